// The CSS that shows the reader's filter and the quote they point at, without re-rendering the text.
// Ids are schema-checked slugs (lowercase letters, digits, hyphens), so they are safe inside selectors.

/** Style rules for the article: other speakers muted while filtering, the previewed quote outlined. */
export function highlightRules(selectedSpeakers: readonly string[], previewQuote: string | null): string {
  const rules: string[] = []
  if (selectedSpeakers.length > 0) {
    const notSelected = (attribute: string) =>
      selectedSpeakers.map((id) => `:not([${attribute}="${id}"])`).join('')
    rules.push(
      `.mention${notSelected('data-speaker')}{background:none;text-decoration-color:var(--color-line);color:var(--color-ink-soft)}`,
      `.quote${notSelected('data-quote-speaker')}{color:var(--color-ink-soft)}`,
      ...selectedSpeakers.map(
        (id) =>
          `.quote[data-quote-speaker="${id}"]{background:color-mix(in srgb,var(--speaker) 9%,transparent)}`,
      ),
    )
  }
  if (previewQuote !== null)
    rules.push(
      `.quote[data-quote="${previewQuote}"]{background:color-mix(in srgb,var(--speaker) 20%,transparent);outline:2px solid var(--speaker);outline-offset:1px}`,
    )
  return rules.map((rule) => `[data-article-text] ${rule}`).join('\n')
}
