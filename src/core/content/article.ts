// The article as the app reads it: the editor's file with every passage resolved to offsets and verified.
// Built once at the edge (build time or the content check); everything downstream trusts these types.
import type { ArticleSource } from './article-schema.ts'

/** A half-open range [start, end) of UTF-16 code units inside one block of the article. */
export interface Anchor {
  block: string
  start: number
  end: number
}

export type Speaker = ArticleSource['speakers'][number]
export type Issue = ArticleSource['issues'][number]
export type Paragraph = ArticleSource['paragraphs'][number]

export interface Mention {
  speaker: string
  anchor: Anchor
}

export interface Quote {
  id: string
  speaker: string
  kind: 'direct' | 'reported' | 'mixed'
  /** The reporting words and where they are; null where the form attributes the quote (a transcript's label). */
  cue: { text: string; anchor: Anchor } | null
  to: string | null
  /** The quote's words: a line per paragraph; parts in one paragraph joined by an ellipsis. */
  text: string
  /** Where its words are: one anchor per part, in reading order; a quote over three paragraphs has three. */
  anchors: Anchor[]
  /** For a mixed quote, the words inside quotation marks; empty otherwise. */
  verbatim: Anchor[]
  /** The words that attribute it ("she", "a spokesperson", a transcript's label), when the file points at them. */
  source: Anchor | null
  /** The speaker it reaches the article through ("according to the Herald"), or null. */
  via: string | null
  /** Set on the quote of a transcript's turn. */
  turn: { label: string | null; question: boolean } | null
}

/** One speaker's turn in a transcript, with the paragraphs it runs over. */
export interface Turn {
  id: string
  speaker: string
  /** The label's place at the start of the first paragraph, or null when the turn has none. */
  label: Anchor | null
  /** The ids of its paragraphs, in order. */
  blocks: string[]
  question: boolean
}

export type Evidence = { kind: 'quote'; quote: string } | { kind: 'passage'; text: string; anchor: Anchor }

export interface Position {
  speaker: string
  issue: string
  stance: string
  evidence: Evidence[]
}

export interface Article {
  slug: string
  /** Changes whenever the text changes; share links carry it to notice edits. */
  revision: string
  headline: string
  summary: string | null
  outlet: ArticleSource['outlet']
  sourceUrl: string | null
  published: string | null
  updated: string | null
  language: string
  direction: 'ltr' | 'rtl'
  form: 'article' | 'transcript'
  paragraphs: Paragraph[]
  /** A transcript's turns; empty for an article. */
  turns: Turn[]
  speakers: Speaker[]
  mentions: Mention[]
  quotes: Quote[]
  issues: Issue[]
  positions: Position[]
}

/** What the home page lists for each article. */
export type ArticleSummary = Pick<
  Article,
  'slug' | 'headline' | 'summary' | 'outlet' | 'published' | 'language' | 'direction'
> & { speakerNames: string[]; quoteCount: number }

export const HEADLINE_BLOCK = 'headline'
export const SUMMARY_BLOCK = 'summary'

/** The text of a block (headline, summary or paragraph), or undefined if the article has no such block. */
export function blockText(article: Pick<Article, 'headline' | 'summary' | 'paragraphs'>, block: string) {
  if (block === HEADLINE_BLOCK) return article.headline
  if (block === SUMMARY_BLOCK) return article.summary ?? undefined
  return article.paragraphs.find((paragraph) => paragraph.id === block)?.text
}

/** The summary the home page shows for an article. */
export function summarizeArticle(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    headline: article.headline,
    summary: article.summary,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    direction: article.direction,
    speakerNames: article.speakers.map((speaker) => speaker.name),
    quoteCount: article.quotes.length,
  }
}
