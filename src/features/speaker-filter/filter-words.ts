// The words the speaker filter says, on its chips, to screen readers, and about a link's speakers the article
// does not have, kept out of core so another interface language can replace them.
import { unknownToName, type SpeakerFilter } from '../../core/links/speaker-filter.ts'

/** "1 quote", "4 quotes": a chip's count as its accessible name says it. */
export function quoteCount(count: number): string {
  return `${count} ${count === 1 ? 'quote' : 'quotes'}`
}

/** What a live region says after the filter changes: "4 quotes by Sergey Lavrov"; nothing when unfiltered. */
export function describeFilterResult(count: number, speakerNames: readonly string[]): string {
  if (speakerNames.length === 0) return ''
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(speakerNames)
  return `${quoteCount(count)} by ${names}`
}

/** What the search field's live region says as the reader types: "3 speakers found". */
export function speakersFound(count: number): string {
  return count === 0 ? 'No speaker found' : `${count} ${count === 1 ? 'speaker' : 'speakers'} found`
}

/**
 * The values of a link's filter that name no speaker, as a notice quotes them: the first few, each cut short
 * with an ellipsis where it was long and set apart from the words around it, then how many more there are.
 */
export function unknownSpeakerValues(unknown: readonly string[]): string {
  const { named, more } = unknownToName(unknown)
  // Each value is isolated (U+2068 … U+2069): a right-to-left value cannot reorder the quotation marks or commas.
  const quoted = named.map(({ value, cut }) => `“\u2068${value}${cut ? '…' : ''}\u2069”`)
  const items = more === 0 ? quoted : [...quoted, `${more.toLocaleString('en')} more`]
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(items)
}

/** Says which speakers of the link's filter the article does not have; null when it has them all. */
export function unknownSpeakersNotice(filter: SpeakerFilter): string | null {
  if (filter.unknown.length === 0) return null
  return (
    `This link asks for ${filter.unknown.length === 1 ? 'a speaker' : 'speakers'} the article does not have ` +
    `(${unknownSpeakerValues(filter.unknown)}), so ` +
    (filter.speakers.length === 0 ? 'all quotes are shown.' : 'only the known speakers are filtered.')
  )
}
