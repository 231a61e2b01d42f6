// Every page the site has, in one table: home, each article, each quote's page and the 404 page, with the path
// it is served at and the file it is written to. The prerender step writes them and the sitemap lists them;
// the path a page tells the browser it was rendered for decides whether the browser hydrates it.
import type { ArticleIndex } from '../content/article-index.ts'
import type { Quote } from '../content/article.ts'
import { articlePath, quotePath } from './article-paths.ts'

/**
 * Articles up to this many characters (about 650 words, a short news story) get their whole text on every quote
 * page, which the browser hydrates as it is. Longer ones get an excerpt there (the quote in its paragraph), which
 * the browser replaces with the whole article: each quote page would otherwise carry the whole text again, and
 * an article's quote pages add up with its length times its quotes (a 2,200-word story's 55 quote pages made
 * 12 MB). See decision 006.
 */
export const FULL_QUOTE_PAGES_UP_TO = 4_000

interface PageFile {
  /** The site-relative path the page is served at. */
  path: string
  /** Where it is written in the built site, relative to its root. */
  file: string
}

export type SitePage = PageFile &
  (
    | { page: 'home' }
    | { page: 'article'; index: ArticleIndex }
    /** `excerpt`: the page holds the quote in its paragraph instead of the whole article. */
    | { page: 'quote'; index: ArticleIndex; quote: Quote; excerpt: boolean }
    /** Served by hosts for any path they have no file for. */
    | { page: 'not-found' }
  )

/** Every page of the site, home first and the 404 page last, articles in the order given. */
export function sitePages(articles: readonly ArticleIndex[]): SitePage[] {
  return [HOME_PAGE, ...articles.flatMap(articlePages), NOT_FOUND_PAGE]
}

/** The home page, first in the table. */
export const HOME_PAGE: SitePage = { page: 'home', ...pageFile('/') }

/** The 404 page, last in the table. */
export const NOT_FOUND_PAGE: SitePage = { page: 'not-found', ...pageFile('/404') }

/** One article's part of the table: its page, then its quotes' pages in reading order. */
export function articlePages(index: ArticleIndex): SitePage[] {
  const excerpt = index.document.text.length > FULL_QUOTE_PAGES_UP_TO
  return [
    { page: 'article', index, ...pageFile(articlePath(index.article.slug)) },
    ...index.article.quotes.map((quote): SitePage => ({
      page: 'quote',
      index,
      quote,
      excerpt,
      ...pageFile(quotePath(index.article.slug, quote.id)),
    })),
  ]
}

/** `/articles/a` is written as articles/a.html, which static hosts serve for the path without its extension. */
function pageFile(path: string): PageFile {
  return { path, file: path === '/' ? 'index.html' : `${path.slice(1)}.html` }
}

/**
 * The path a prerendered page says it was rendered for (its root's `data-path`). An excerpt page is marked
 * `#excerpt`: no address's path holds a `#`, so the browser never hydrates it and renders the whole article.
 */
export function renderedPathOf(page: SitePage): string {
  return page.page === 'quote' && page.excerpt ? `${page.path}#excerpt` : page.path
}

/**
 * Whether the browser may hydrate the page it was served: only at the path it was rendered for. A host's
 * fallback page (404.html) or an excerpt page is rendered anew instead, as markup for another page would not match.
 */
export function shouldHydrate(renderedPath: string | undefined, pathname: string): boolean {
  return renderedPath === pathname
}
