// The query client: content is bundled and never changes while the page is open.
import { QueryClient } from '@tanstack/react-query'
import { isArticleContentError } from './broken-article-page.tsx'
import { ArticleNotFoundError } from './content-queries.ts'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // Offline, a query would otherwise wait for the network to come back, showing "Loading" for ever: an
        // article is a chunk of this site, so try it and say what happened if it fails.
        networkMode: 'always',
        // A missing article stays missing, and a broken article file (the development server) broken until it
        // is fixed; a chunk that failed to load (flaky network) may come on a retry.
        retry: (failureCount, error) =>
          !(error instanceof ArticleNotFoundError) && !isArticleContentError(error) && failureCount < 2,
      },
    },
  })
}
