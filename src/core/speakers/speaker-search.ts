// Finding a speaker by what a reader types: any part of the name, short name or role, whatever the case,
// accents or Arabic-script variants of the letters.
import type { Speaker } from '../content/article.ts'

/** Text folded for matching: lower case, no diacritics or joiners, Arabic yeh and kaf written the Persian way. */
export function searchKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Combining marks (accents, Arabic short vowels) and zero-width (non-)joiners are not typed reliably.
      .replace(/[\p{M}\u200c\u200d]/gu, '')
      // Keyboards in Afghanistan type either form of these letters.
      .replace(/\u064a/g, '\u06cc')
      .replace(/\u0643/g, '\u06a9')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** Whether a speaker answers to the query; an empty query matches everyone. */
export function speakerMatches(
  speaker: Pick<Speaker, 'name' | 'shortName' | 'role'>,
  query: string,
): boolean {
  const wanted = searchKey(query)
  if (wanted === '') return true
  return [speaker.name, speaker.shortName, speaker.role].some(
    (field) => field !== null && searchKey(field).includes(wanted),
  )
}
