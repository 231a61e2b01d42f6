// Dates as readers of the article's language write them.

/**
 * A publication date in the article's language (UTC, long form), or the input as given if it is no date. The
 * content check refuses impossible dates and language tags; a tag the platform still cannot use (an older ICU in a
 * browser) falls back to English rather than failing the page.
 */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const options = { dateStyle: 'long', timeZone: 'UTC' } as const
  try {
    return new Intl.DateTimeFormat(language, options).format(date)
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date)
  }
}
