// Renders one page to HTML at build time, with the keys of the queries it was rendered from, so the browser loads
// the same content (the article's own chunk, after the page has painted) and hydrates the same page. Used by the
// prerender step (src/build/build-site.ts).
import type { QueryKey } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { articleLoaders, articleSummaries } from 'virtual:content'
import { App } from './app/app.tsx'
import { QuoteExcerptPage } from './app/quote-excerpt-page.tsx'
import { articleListQuery, articleQuery } from './app/content-queries.ts'
import { createQueryClient } from './app/query-client.ts'
import type { ArticleIndex } from './core/content/article-index.ts'
import type { Article, ArticleSummary, Quote } from './core/content/article.ts'
import { parsePagePath } from './core/links/article-paths.ts'

export interface RenderedPage {
  html: string
  /** The queries the page was rendered from; the browser fetches them again before hydrating. */
  queryKeys: QueryKey[]
}

/** The page at `path` as HTML, rendered with an empty query string (the browser applies its own after hydration). */
export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient()
  const page = parsePagePath(path)
  if (page.page === 'home') await queryClient.prefetchQuery(articleListQuery())
  if (page.page === 'article' || page.page === 'quote')
    await queryClient.prefetchQuery(articleQuery(page.slug))
  const html = renderToString(
    <StrictMode>
      <App queryClient={queryClient} ssrPath={path} ssrSearch="" />
    </StrictMode>,
  )
  return {
    html,
    queryKeys: queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey),
  }
}

/** The light page of one quote of a long article (see QuoteExcerptPage); the browser renders it anew. */
export function renderQuoteExcerpt(index: ArticleIndex, quote: Quote): string {
  return renderToString(
    <StrictMode>
      <QuoteExcerptPage index={index} quote={quote} />
    </StrictMode>,
  )
}

/** Every bundled article in brief, in the order the site lists them, for the prerender step to go through one by one. */
export function listArticles(): ArticleSummary[] {
  return articleSummaries
}

/** One bundled article, verified, for the prerender step to write its pages and previews. */
export async function loadArticle(slug: string): Promise<Article> {
  const load = Object.hasOwn(articleLoaders, slug) ? articleLoaders[slug] : undefined
  if (!load) throw new Error(`No bundled article "${slug}"`)
  return load()
}
