// The words the speaker filter says, on its chips and to screen readers, kept out of core so another interface
// language can replace them.

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
