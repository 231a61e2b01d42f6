// The words the speaker filter says to screen readers, kept out of core so another interface language can
// replace them.

/** What a live region says after the filter changes: "4 quotes by Sergey Lavrov"; nothing when unfiltered. */
export function describeFilterResult(count: number, speakerNames: readonly string[]): string {
  if (speakerNames.length === 0) return ''
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(speakerNames)
  return `${count} ${count === 1 ? 'quote' : 'quotes'} by ${names}`
}
