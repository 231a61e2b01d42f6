// One query per resource: the list of bundled articles and each article, loaded as its own chunk.
import { queryOptions } from '@tanstack/react-query'
import { articleLoaders, articleSummaries } from 'virtual:content'

/** Thrown for a slug no bundled article has, so the page can say "not found" rather than "failed". */
export class ArticleNotFoundError extends Error {
  constructor(readonly slug: string) {
    super(`There is no article "${slug}".`)
    this.name = 'ArticleNotFoundError'
  }
}

export function articleListQuery() {
  return queryOptions({
    queryKey: ['articles'],
    queryFn: () => Promise.resolve(articleSummaries),
  })
}

export function articleQuery(slug: string) {
  return queryOptions({
    queryKey: ['articles', slug],
    queryFn: () => {
      const load = Object.hasOwn(articleLoaders, slug) ? articleLoaders[slug] : undefined
      if (!load) throw new ArticleNotFoundError(slug)
      return load()
    },
  })
}

/**
 * The query a prerendered page names by its key (src/build/page-html.ts), so the browser loads what the page was
 * rendered from before hydrating it; null for a key this module never made.
 */
export function contentQuery(key: unknown) {
  if (!Array.isArray(key) || key[0] !== 'articles') return null
  if (key.length === 1) return articleListQuery()
  if (key.length === 2 && typeof key[1] === 'string') return articleQuery(key[1])
  return null
}
