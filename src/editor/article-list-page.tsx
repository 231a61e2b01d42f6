// The editor's first page: every article of the content folder, and a new article from plain text (pasted or
// opened), drafted by the draft annotator and opened in the editor, unsaved until Save.
import { useEffect, useId, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { draftArticle } from '../core/draft/draft-article.ts'
import { listArticles, type ArticleListing } from './editor-api.ts'
import { uniqueId } from './passages.ts'
import { writeReview, writeUnsavedWork } from './unsaved-work.ts'

export function ArticleListPage() {
  const [articles, setArticles] = useState<ArticleListing[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [text, setText] = useState('')
  const [summary, setSummary] = useState(false)
  const [status, setStatus] = useState('')
  const [, navigate] = useLocation()
  const ids = { text: useId(), file: useId(), summary: useId() }

  useEffect(() => {
    document.title = 'Editor · Who said what'
    listArticles().then(setArticles, () => setFailed(true))
  }, [])

  const draft = () => {
    if (text.trim() === '') return setStatus('Paste or open the text first: the headline on the first line.')
    const drafted = draftArticle(text, { summary })
    const taken = new Set((articles ?? []).map((article) => article.slug))
    const slug = uniqueId(drafted.article.slug, taken)
    const article = { ...drafted.article, slug }
    writeUnsavedWork(slug, { article, baseHash: null, drafted: true })
    writeReview(slug, drafted.review)
    navigate(`/edit/${slug}`)
  }

  return (
    <main
      id="main"
      tabIndex={-1}
      className="editor-panel mx-auto max-w-3xl px-4 py-8 font-sans focus:outline-none"
    >
      <h1 className="mb-6 text-3xl font-bold">Editor</h1>
      <section aria-labelledby="new-heading" className="mb-10">
        <h2 id="new-heading" className="mb-2 text-xl font-bold">
          New article
        </h2>
        <p className="mb-3 text-ink-soft">
          Paste the article as published: the headline on the first line, then the paragraphs, a blank line
          between them. Draft finds the speakers, mentions and quotes; you check and complete them, then save.
        </p>
        <label htmlFor={ids.text} className="mb-1 block font-semibold">
          Article text
        </label>
        <textarea
          id={ids.text}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={14}
          className="editor-input mb-3 w-full font-serif"
        />
        <div className="mb-3 flex flex-wrap items-center gap-4">
          <span className="flex flex-col gap-1">
            <label htmlFor={ids.file}>Or open a text file</label>
            <input
              id={ids.file}
              type="file"
              accept=".txt,text/plain"
              onChange={async (event) => {
                const file = event.target.files?.[0]
                if (file) setText(await file.text())
              }}
            />
          </span>
          <span className="flex items-center gap-2">
            <input
              id={ids.summary}
              type="checkbox"
              checked={summary}
              onChange={(event) => setSummary(event.target.checked)}
            />
            <label htmlFor={ids.summary}>The paragraph after the headline is a summary</label>
          </span>
        </div>
        <button type="button" className="editor-button editor-button-primary" onClick={draft}>
          Draft
        </button>
        <p role="status" className="mt-2">
          {status}
        </p>
      </section>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="mb-2 text-xl font-bold">
          Articles
        </h2>
        {failed && <p role="alert">The development server did not list the articles.</p>}
        {articles === null && !failed && <p role="status">Loading the articles…</p>}
        <ul className="flex flex-col gap-2">
          {articles?.map((article) => (
            <li key={article.slug}>
              <Link href={`/edit/${article.slug}`} className="underline">
                {article.headline ?? article.slug}
              </Link>{' '}
              <span className="text-sm text-ink-soft">
                {article.slug}.json
                {article.errors > 0 && ` · ${article.errors} ${article.errors === 1 ? 'error' : 'errors'}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
