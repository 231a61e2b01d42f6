// Which speakers matter most in an article: ranked by how often they are quoted, so the filter lists them first
// and the palette gives them its distinct slots.
import type { Quote, Speaker } from '../content/article.ts'

/** A speaker and how many quotes the article gives them. */
export interface RankedSpeaker<S> {
  speaker: S
  quotes: number
}

/** The speakers, most quoted first; ties keep the article's order, so the ranking is the same on every render. */
export function rankSpeakers<S extends Pick<Speaker, 'id'>>(
  speakers: readonly S[],
  quotes: readonly Pick<Quote, 'speaker'>[],
): RankedSpeaker<S>[] {
  const counts = new Map<string, number>()
  for (const quote of quotes) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1)
  // Array.prototype.sort is stable, which is what keeps ties in article order.
  return speakers
    .map((speaker) => ({ speaker, quotes: counts.get(speaker.id) ?? 0 }))
    .sort((a, b) => b.quotes - a.quotes)
}
