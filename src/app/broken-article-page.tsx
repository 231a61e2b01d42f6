// On the development server, an article file the content check refuses fails only its own page: its loader
// rejects with the file's errors (src/build/content-plugin.ts), which this page lists, with the way to fix them.
import type { ContentError } from '../core/content/parse-article.ts'

/** The error a broken article's loader rejects with on the development server (never in a build). */
export type ArticleContentError = Error & { slug: string; errors: ContentError[] }

/** Whether `error` is a broken article's (its name is content-plugin.ts's ARTICLE_CONTENT_ERROR). */
export function isArticleContentError(error: unknown): error is ArticleContentError {
  return (
    error instanceof Error &&
    error.name === 'ArticleContentError' &&
    Array.isArray((error as Partial<ArticleContentError>).errors)
  )
}

export function BrokenArticlePage({ error }: { error: ArticleContentError }) {
  const count = error.errors.length
  return (
    <div role="alert" className="mx-auto max-w-3xl px-6 py-16 font-sans">
      <h1 className="mb-3 text-2xl font-bold">This article has errors</h1>
      <p className="mb-4 text-ink-soft">
        The content check refuses {error.slug}.json ({count} {count === 1 ? 'error' : 'errors'}); every other
        article still works. A build refuses it too.
      </p>
      <ul className="mb-6 list-disc space-y-1 ps-6">
        {error.errors.map((item, index) => (
          <li key={index}>
            {item.path !== '' && <code>{item.path}: </code>}
            {item.message}
          </li>
        ))}
      </ul>
      <a href={`/edit/${error.slug}`} className="font-semibold text-accent underline">
        Fix it in the editor
      </a>
    </div>
  )
}
