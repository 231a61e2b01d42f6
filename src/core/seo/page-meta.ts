// What each prerendered page tells search engines and link previews: title, description, canonical URL, preview
// image, and the structured data (schema.org NewsArticle, with its speakers and quotes).
import { quoteWords, speakerWithRole, type ArticleIndex } from '../content/article-index.ts'
import type { Article, ArticleSummary, Quote, Speaker } from '../content/article.ts'
import { articlePath, quotePath } from '../links/article-paths.ts'
import type { SitePage } from '../links/site-pages.ts'
import { shorten } from '../text/shorten.ts'

export const SITE_NAME = 'Who said what'
export const CARD_SIZE = { width: 1200, height: 630 }

export interface PageMeta {
  title: string
  description: string
  /** Site-relative path of the canonical URL. */
  path: string
  type: 'website' | 'article'
  /** Site-relative path of the preview image, and its text alternative. */
  image?: { path: string; alt: string }
  /** Structured data, serialized into a JSON-LD script. */
  jsonLd?: Record<string, unknown>
}

/** Where the preview card of an article, or of one of its quotes, is written. */
export function cardPath(slug: string, quoteId?: string): string {
  return quoteId === undefined ? `/cards/${slug}.png` : `/cards/${slug}/${quoteId}.png`
}

/** What a page of the site tells link previews and search engines; the home page counts `articles`. */
export function sitePageMeta(page: SitePage, siteUrl: string, articles: readonly ArticleSummary[]): PageMeta {
  switch (page.page) {
    case 'home':
      return homePageMeta(articles)
    case 'article':
      return articlePageMeta(page.index.article, siteUrl)
    case 'quote':
      return quotePageMeta(page.index, page.quote)
    case 'not-found':
      return notFoundPageMeta(page.path)
  }
}

/** The home page: the site, and how many articles it has. */
export function homePageMeta(articles: readonly ArticleSummary[]): PageMeta {
  return {
    title: SITE_NAME,
    description: `Read the news by who said what: every speaker marked in the text, every quote beside it. ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}.`,
    path: '/',
    type: 'website',
  }
}

/** An article's page: its headline, summary and speakers, its card and its structured data. */
export function articlePageMeta(article: Article, siteUrl: string): PageMeta {
  const names = article.speakers.map((speaker) => speaker.name)
  return {
    title: `${article.headline} · ${SITE_NAME}`,
    description: shorten(
      `${article.summary ?? firstParagraph(article)} Who said what: ${names.join(', ')}; ${article.quotes.length} quotes.`,
      300,
    ),
    path: articlePath(article.slug),
    type: 'article',
    image: { path: cardPath(article.slug), alt: `${article.headline}: who said what` },
    jsonLd: newsArticleJsonLd(article, siteUrl),
  }
}

/** A quote's page: who said what, in which article, with the quote's card. */
export function quotePageMeta(index: ArticleIndex, quote: Quote): PageMeta {
  const { article } = index
  const speaker = index.speakerOf(quote)
  const words = quoteWords(quote, article.language)
  return {
    title: `${speaker.name}: ${shorten(words, 90)}`,
    description: shorten(
      // The headline is named bare: quotation marks here hold only words somebody said.
      `${words} — ${speakerWithRole(speaker)}. From ${article.headline} (${article.outlet.name}).`,
      300,
    ),
    path: quotePath(article.slug, quote.id),
    type: 'article',
    image: { path: cardPath(article.slug, quote.id), alt: `${speaker.name}: ${shorten(words, 200)}` },
  }
}

/** schema.org NewsArticle with the speakers as Person or Organization and each quote as a Quotation. */
export function newsArticleJsonLd(article: Article, siteUrl: string): Record<string, unknown> {
  const url = new URL(articlePath(article.slug), siteUrl).href
  const speakerNode = (speaker: Speaker) => ({
    '@type': speaker.kind === 'person' ? 'Person' : 'Organization',
    '@id': `${url}#${speaker.id}`,
    name: speaker.name,
    ...(speaker.role === null
      ? {}
      : { [speaker.kind === 'person' ? 'jobTitle' : 'description']: speaker.role }),
  })
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.summary === null ? {} : { description: article.summary }),
    url,
    inLanguage: article.language,
    image: new URL(cardPath(article.slug), siteUrl).href,
    ...(article.published === null ? {} : { datePublished: article.published }),
    ...(article.updated === null ? {} : { dateModified: article.updated }),
    publisher: {
      '@type': 'Organization',
      name: article.outlet.name,
      ...(article.outlet.url ? { url: article.outlet.url } : {}),
    },
    ...(article.sourceUrl === null ? {} : { isBasedOn: article.sourceUrl }),
    mentions: article.speakers.map(speakerNode),
    // The first quotes, not all: a transcript's every turn is a quote, and the head would carry its whole text
    // a second time. Each quote's own page describes it in full.
    hasPart: article.quotes.slice(0, JSON_LD_QUOTES).map((quote) => ({
      '@type': 'Quotation',
      '@id': new URL(quotePath(article.slug, quote.id), siteUrl).href,
      text: quote.text,
      spokenByCharacter: { '@id': `${url}#${quote.speaker}` },
    })),
  }
}

/** How many of an article's quotes its structured data lists. */
export const JSON_LD_QUOTES = 50

/** The page hosts serve for any address they have no file for. */
export function notFoundPageMeta(path: string): PageMeta {
  return {
    title: `Page not found · ${SITE_NAME}`,
    description: 'There is no page at this address.',
    path,
    type: 'website',
  }
}

function firstParagraph(article: Article): string {
  return article.paragraphs[0]?.text ?? article.headline
}
