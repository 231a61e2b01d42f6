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
  kind: 'direct' | 'reported'
  cue: string
  to: string | null
  text: string
  anchor: Anchor
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
  paragraphs: Paragraph[]
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
