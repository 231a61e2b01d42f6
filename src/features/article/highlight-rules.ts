// The CSS that shows the reader's filter and the quote they point at, without re-rendering the text.
// Ids are schema-checked slugs (lowercase letters, digits, hyphens), so they are safe inside selectors.

/** Style rules for the article: other speakers' quotes unmarked while filtering, the previewed quote outlined. */
export function highlightRules(selectedSpeakers: readonly string[], previewQuote: string | null): string {
  const rules: string[] = []
  if (selectedSpeakers.length > 0) {
    const notSelected = (attribute: string) =>
      selectedSpeakers.map((id) => `:not([${attribute}="${id}"])`).join('')
    // Other speakers' words lose their tint and read as the narration around them; their names fade.
    rules.push(
      `.mention${notSelected('data-speaker')}{text-decoration-color:var(--color-line)}`,
      `.quote${notSelected('data-quote-speaker')}{background:none;box-shadow:none}`,
    )
  }
  if (previewQuote !== null)
    rules.push(
      `.quote[data-quote="${previewQuote}"]{background:color-mix(in srgb,var(--speaker) 20%,transparent);outline:2px solid var(--speaker);outline-offset:1px}`,
    )
  return rules.map((rule) => `[data-article-text] ${rule}`).join('\n')
}
