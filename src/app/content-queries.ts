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
