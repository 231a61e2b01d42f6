// The article route: loads the article through the query cache and shows it, or says why it cannot.
import { useQuery } from '@tanstack/react-query'
import { ArticleNotFoundError, articleQuery } from './content-queries.ts'
import { ArticleReader } from './article-reader.tsx'
import { BrokenArticlePage, isArticleContentError } from './broken-article-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'

export function ArticlePage({ slug, quoteId = null }: { slug: string; quoteId?: string | null }) {
  const query = useQuery(articleQuery(slug))

  if (query.isPending)
    return (
      <p role="status" className="mx-auto max-w-2xl px-6 py-16 font-sans text-ink-soft">
        Loading the article…
      </p>
    )
  if (query.isError) {
    if (query.error instanceof ArticleNotFoundError) return <NotFoundPage what="article" />
    // Only on the development server: a broken file's page lists its errors; every other article still works.
    if (isArticleContentError(query.error)) return <BrokenArticlePage error={query.error} />
    return (
      <div role="alert" className="mx-auto max-w-2xl px-6 py-16 font-sans">
        <h1 className="mb-3 text-2xl font-bold">The article could not be loaded</h1>
        <p className="mb-6 text-ink-soft">
          {navigator.onLine === false
            ? 'You seem to be offline. Connect to the internet, then try again.'
            : 'Part of the page did not arrive, often because the connection dropped. Try again in a moment.'}
        </p>
        <button
          type="button"
          // A chunk the browser failed to load once may not be asked for again: if trying again in place fails,
          // the page is loaded anew (the address is the article's, so nothing is lost).
          onClick={() =>
            void query.refetch().then((result) => {
              if (result.isError) window.location.reload()
            })
          }
          className="min-h-10 rounded-full bg-accent px-5 font-semibold text-paper"
        >
          Try again
        </button>
      </div>
    )
  }
  return <ArticleReader key={slug} article={query.data} quoteId={quoteId} />
}
