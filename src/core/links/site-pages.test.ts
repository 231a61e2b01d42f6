// The site's page table: every page with its path and file, excerpt pages for long articles, and which pages
// the browser hydrates.
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { indexArticle, type ArticleIndex } from '../content/article-index.ts'
import type { Article } from '../content/article.ts'
import { parsePagePath } from './article-paths.ts'
import {
  articlePages,
  FULL_QUOTE_PAGES_UP_TO,
  HOME_PAGE,
  NOT_FOUND_PAGE,
  renderedPathOf,
  shouldHydrate,
  sitePages,
  type SitePage,
} from './site-pages.ts'

const seed = seedArticle()

/** The seed article under another slug with its first `quotes` quotes, its text padded to `length` characters. */
function article(slug: string, { quotes, length }: { quotes: number; length?: number }): ArticleIndex {
  const trimmed: Article = { ...seed, slug, quotes: seed.quotes.slice(0, quotes) }
  if (length === undefined) return indexArticle(trimmed)
  const padding = length - indexArticle(trimmed).document.text.length - 1
  return indexArticle({
    ...trimmed,
    paragraphs: [...trimmed.paragraphs, { id: 'pad', text: 'x'.repeat(padding) }],
  })
}

/** A page as one row: kind, path, file, and for a quote page whether it is an excerpt. */
const row = (page: SitePage) => [page.page, page.path, page.file, page.page === 'quote' ? page.excerpt : '-']
const q0 = seed.quotes[0]!.id
const q1 = seed.quotes[1]!.id

describe('sitePages', () => {
  it.each<{ name: string; articles: ArticleIndex[]; expected: ReturnType<typeof row>[] }>([
    {
      name: 'no articles: home and the 404 page',
      articles: [],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
    {
      name: 'a short article: its page and one full page per quote',
      articles: [article('short', { quotes: 2 })],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['article', '/articles/short', 'articles/short.html', '-'],
        ['quote', `/articles/short/quotes/${q0}`, `articles/short/quotes/${q0}.html`, false],
        ['quote', `/articles/short/quotes/${q1}`, `articles/short/quotes/${q1}.html`, false],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
    {
      name: 'an article of exactly the limit still gets full quote pages',
      articles: [article('at-limit', { quotes: 1, length: FULL_QUOTE_PAGES_UP_TO })],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['article', '/articles/at-limit', 'articles/at-limit.html', '-'],
        ['quote', `/articles/at-limit/quotes/${q0}`, `articles/at-limit/quotes/${q0}.html`, false],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
    {
      name: 'a long article and a short one: excerpts only for the long one’s quotes, in the order given',
      articles: [
        article('long', { quotes: 2, length: FULL_QUOTE_PAGES_UP_TO + 1 }),
        article('short', { quotes: 1 }),
      ],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['article', '/articles/long', 'articles/long.html', '-'],
        ['quote', `/articles/long/quotes/${q0}`, `articles/long/quotes/${q0}.html`, true],
        ['quote', `/articles/long/quotes/${q1}`, `articles/long/quotes/${q1}.html`, true],
        ['article', '/articles/short', 'articles/short.html', '-'],
        ['quote', `/articles/short/quotes/${q0}`, `articles/short/quotes/${q0}.html`, false],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
    {
      name: 'a 2,200-word story (13,000 characters): excerpts, or each quote page would carry the whole text',
      articles: [article('story', { quotes: 1, length: 13_000 })],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['article', '/articles/story', 'articles/story.html', '-'],
        ['quote', `/articles/story/quotes/${q0}`, `articles/story/quotes/${q0}.html`, true],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
    {
      name: 'an article without quotes: its page alone',
      articles: [article('quiet', { quotes: 0 })],
      expected: [
        ['home', '/', 'index.html', '-'],
        ['article', '/articles/quiet', 'articles/quiet.html', '-'],
        ['not-found', '/404', '404.html', '-'],
      ],
    },
  ])('$name', ({ articles, expected }) => {
    expect(sitePages(articles).map(row)).toEqual(expected)
  })

  it('gives each page its article and quote, and each page a path the router reads as that page', () => {
    const index = article('short', { quotes: 2 })
    for (const page of sitePages([index])) {
      const parsed = parsePagePath(page.path)
      if (page.page === 'home') expect(parsed).toEqual({ page: 'home' })
      if (page.page === 'not-found') expect(parsed).toEqual({ page: 'other' })
      if (page.page === 'article') {
        expect(page.index).toBe(index)
        expect(parsed).toEqual({ page: 'article', slug: 'short' })
      }
      if (page.page === 'quote') {
        expect(page.index).toBe(index)
        expect(parsed).toEqual({ page: 'quote', slug: 'short', quoteId: page.quote.id })
      }
    }
  })

  it('is home, then each article’s pages (articlePages), then the 404 page', () => {
    const [a, b] = [article('a', { quotes: 2 }), article('b', { quotes: 1, length: 13_000 })]
    expect(sitePages([a, b])).toEqual([HOME_PAGE, ...articlePages(a), ...articlePages(b), NOT_FOUND_PAGE])
  })

  it('writes every page to its own file', () => {
    const files = sitePages([article('a', { quotes: 3 }), article('b', { quotes: 3 })]).map(
      (page) => page.file,
    )
    expect(new Set(files).size).toBe(files.length)
  })
})

describe('renderedPathOf and shouldHydrate', () => {
  const pages = sitePages([
    article('long', { quotes: 1, length: FULL_QUOTE_PAGES_UP_TO + 1 }),
    article('short', { quotes: 1 }),
  ])
  const byPath = (path: string) => pages.find((page) => page.path === path)!

  it.each<{ served: string; at: string; hydrated: boolean }>([
    { served: '/', at: '/', hydrated: true },
    { served: '/articles/short', at: '/articles/short', hydrated: true },
    { served: `/articles/short/quotes/${q0}`, at: `/articles/short/quotes/${q0}`, hydrated: true },
    // An excerpt holds a paragraph, the app shows the whole article: rendered anew.
    { served: `/articles/long/quotes/${q0}`, at: `/articles/long/quotes/${q0}`, hydrated: false },
    { served: '/articles/long', at: '/articles/long', hydrated: true },
    // A host's fallback page, served for another path: rendered anew.
    { served: '/404', at: '/articles/gone', hydrated: false },
    { served: '/', at: '/articles/short', hydrated: false },
  ])('the page of $served, served at $at: hydrated $hydrated', ({ served, at, hydrated }) => {
    expect(shouldHydrate(renderedPathOf(byPath(served)), at)).toBe(hydrated)
  })

  it('renders anew a page that says no path', () => {
    expect(shouldHydrate(undefined, '/')).toBe(false)
  })
})
