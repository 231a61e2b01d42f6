// The query client: content is bundled and never changes while the page is open.
import { QueryClient } from '@tanstack/react-query'
import { ArticleNotFoundError } from './content-queries.ts'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // A missing article stays missing; a chunk that failed to load (flaky network) may come on a retry.
        retry: (failureCount, error) => !(error instanceof ArticleNotFoundError) && failureCount < 2,
      },
    },
  })
}
