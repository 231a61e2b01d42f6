// Dates as readers of the article's language write them.

/** A publication date in the article's language (UTC, long form), or the input as given if it is no date. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
