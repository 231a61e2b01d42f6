// Exact substring search, the one primitive every anchor check is built on.

/** Every index at which `needle` starts in `text`, overlapping occurrences included. */
export function findOccurrences(text: string, needle: string): number[] {
  if (needle === '') return []
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}
