// The home page: every bundled article, in the order of their file names.
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link } from 'wouter'
import { articlePath } from '../core/links/article-paths.ts'
import { articleListQuery } from './content-queries.ts'

export function HomePage() {
  const { data: articles = [] } = useQuery(articleListQuery())
  useEffect(() => {
    document.title = 'Who said what'
  }, [])
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="mb-2 font-serif text-4xl font-bold">Who said what</h1>
      <p className="mb-10 font-sans text-lg text-ink-soft">
        News stories with every speaker marked in the text and every quote beside it.
      </p>
      <h2 className="mb-4 font-sans text-sm font-semibold tracking-wide text-ink-soft uppercase">Articles</h2>
      <ul className="flex flex-col gap-4">
        {articles.map((article) => (
          <li key={article.slug} className="rounded-xl border border-line p-5 hover:border-ink-soft">
            <h3
              className="font-serif text-2xl leading-snug font-bold"
              lang={article.language}
              dir={article.direction}
            >
              <Link href={articlePath(article.slug)} className="hover:underline">
                {article.headline}
              </Link>
            </h3>
            {article.summary !== null && (
              <p className="mt-2 font-serif text-ink-soft" lang={article.language} dir={article.direction}>
                {article.summary}
              </p>
            )}
            <p className="mt-3 font-sans text-sm text-ink-soft">
              {article.outlet.name} · {article.quoteCount} {article.quoteCount === 1 ? 'quote' : 'quotes'} ·{' '}
              {article.speakerNames.join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
