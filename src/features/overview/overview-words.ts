// The words of the margin overview: the tooltip that names who a mark's quotes are by, kept out of core so another
// interface language can replace them.

/** How many names a tooltip lists before it counts the rest. */
const NAMES_SHOWN = 3
// Made once: a formatter costs far more to make than to use, and the longest articles title some 200 marks.
const NAME_LIST = new Intl.ListFormat('en', { type: 'conjunction' })

/** A mark's tooltip: "Amina Adler", "Amina Adler and Boris Baker", "A, B, C, and 2 more"; each name once. */
export function markTitle(speakerNames: readonly string[]): string {
  const names = [...new Set(speakerNames)]
  if (names.length <= NAMES_SHOWN) return NAME_LIST.format(names)
  return `${names.slice(0, NAMES_SHOWN).join(', ')}, and ${names.length - NAMES_SHOWN} more`
}
