// Which quotes the panel shows for a speaker filter, and how many each speaker has.
import type { Quote } from '../content/article.ts'

/** The quotes by any of the given speakers, in the order given; all quotes when no speaker is given. */
export function visibleQuotes(quotes: readonly Quote[], speakers: readonly string[]): readonly Quote[] {
  if (speakers.length === 0) return quotes
  const wanted = new Set(speakers)
  return quotes.filter((quote) => wanted.has(quote.speaker))
}

/** How many quotes each speaker has; speakers without quotes are absent. */
export function quoteCountsBySpeaker(quotes: readonly Quote[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const quote of quotes) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1)
  return counts
}
