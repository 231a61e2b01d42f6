// Cutting text short for a notice, a preview or a card, without breaking a character or (where it can) a word.

/** At most `length` characters, cut at a word with an ellipsis. */
export function shorten(text: string, length: number): string {
  const characters = Array.from(text)
  if (characters.length <= length) return text
  const cut = characters.slice(0, length - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}
