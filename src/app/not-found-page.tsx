// Shown for any address that leads nowhere: an unknown article or an unknown page.
import { useEffect } from 'react'
import { Link } from 'wouter'

export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'article' }) {
  const title = what === 'article' ? 'Article not found' : 'Page not found'
  useEffect(() => {
    document.title = `${title} · Who said what`
  }, [title])
  return (
    <div className="mx-auto max-w-2xl px-6 py-16 font-sans">
      <h1 className="mb-3 text-3xl font-bold">{title}</h1>
      <p className="mb-6 text-ink-soft">
        {what === 'article'
          ? 'The article was not found. It may have been removed, or the link may be mistyped.'
          : 'There is nothing at this address.'}
      </p>
      <Link href="/" className="text-accent underline underline-offset-2">
        See all articles
      </Link>
    </div>
  )
}
