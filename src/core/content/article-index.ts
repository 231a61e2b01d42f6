// The lookups every layer asks of an article, built once per article: speakers and quotes by id, quotes by
// speaker, palette slots, the document text, and the few ways a speaker or a quote is written out.
import { documentText, type DocumentText } from '../anchoring/document-text.ts'
import { speakerPaletteSlots } from '../speakers/speaker-palette.ts'
import { inQuotationMarks } from '../text/quotation-marks.ts'
import type { Article, Quote, Speaker } from './article.ts'

export interface ArticleIndex {
  readonly article: Article
  readonly speakers: ReadonlyMap<string, Speaker>
  readonly quotes: ReadonlyMap<string, Quote>
  /** Each speaker's quotes in reading order; speakers without quotes have an empty list. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>
  /** Palette slot per speaker id: the colour and underline pattern of their marks. */
  readonly speakerSlots: ReadonlyMap<string, number>
  /** The article as one string in reading order, which passage links address. */
  readonly document: DocumentText
  /** The speaker of a quote; the parser guarantees there is one. */
  speakerOf(quote: Pick<Quote, 'speaker'>): Speaker
}

/** Indexes a parsed article. References are trusted: parseArticle has resolved every one of them. */
export function indexArticle(article: Article): ArticleIndex {
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const quotesBySpeaker = new Map<string, Quote[]>(article.speakers.map((speaker) => [speaker.id, []]))
  for (const quote of article.quotes) quotesBySpeaker.get(quote.speaker)?.push(quote)
  return {
    article,
    speakers,
    quotes: new Map(article.quotes.map((quote) => [quote.id, quote])),
    quotesBySpeaker,
    speakerSlots: speakerPaletteSlots(article.speakers, article.quotes),
    document: documentText(article),
    speakerOf(quote) {
      const speaker = speakers.get(quote.speaker)
      if (!speaker) throw new Error(`"${article.slug}" has no speaker "${quote.speaker}"; parse it first`)
      return speaker
    },
  }
}

/** "Name, role", or the name alone when the article gives no role. */
export function speakerWithRole(speaker: Pick<Speaker, 'name' | 'role'>): string {
  return speaker.role === null ? speaker.name : `${speaker.name}, ${speaker.role}`
}

/**
 * A quote's words as they are shown anywhere outside the article: in the quotation marks of the article's
 * language when they are direct speech, bare when they are reported (no marks around words nobody said) or mixed
 * (whose verbatim words carry the article's own marks).
 */
export function quoteWords(quote: Pick<Quote, 'kind' | 'text'>, language: string): string {
  // On one line: the paragraphs of a quote over several run on.
  const words = quote.text.replace(/\s*\n\s*/g, ' ')
  return quote.kind === 'direct' ? inQuotationMarks(words, language) : words
}
