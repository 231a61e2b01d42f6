// A page opened with the browser's own `#:~:text=` link: the directive is read from the navigation entry only once
// the prerendered text has hydrated, so that the reader's state does not change under chunks React has not yet
// adopted (which made it hydrate all of them at once and start over: seconds on a long article).
// Each test imports the app afresh: the navigation entry is taken once per document.
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateTranscript } from '../../tests/fixtures/generate-transcript.ts'
import { indexArticle } from '../core/content/article-index.ts'
import { parseArticle } from '../core/content/parse-article.ts'

const source = generateTranscript({ slug: 'long-hearing', words: 3_000, speakers: 8 })
const parsed = parseArticle(source)
if (!parsed.ok) throw new Error('the generated transcript does not parse')
const article = parsed.article
const articlePath = `/articles/${article.slug}`

/** The browser's navigation entry, as Chromium keeps it for a page opened with a text directive. */
function openedWith(directive: string) {
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { name: `${window.location.origin}${articlePath}#:~:text=${directive}` } as PerformanceEntry,
  ])
}

async function freshApp() {
  vi.resetModules()
  const [{ Router }, { memoryLocation }, { useLinkTarget }, { ArticleReader }] = await Promise.all([
    import('wouter'),
    import('wouter/memory-location'),
    import('./use-link-target.ts'),
    import('./article-reader.tsx'),
  ])
  const location = memoryLocation({ path: articlePath })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      {children}
    </Router>
  )
  // The page as the prerender step serves it and the browser hydrates it: the address is the article's.
  window.history.replaceState(null, '', articlePath)
  const page = (
    <Router ssrPath={articlePath} ssrSearch="">
      <ArticleReader article={article} quoteId={null} />
    </Router>
  )
  return { wrapper, useLinkTarget, page }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('a text directive on a prerendered page', () => {
  it('is read from the navigation entry only once the page has hydrated', async () => {
    openedWith('border%20agreement')
    const { wrapper, useLinkTarget } = await freshApp()
    const index = indexArticle(article)
    const { result, rerender } = renderHook(
      ({ hydrated }: { hydrated: boolean }) => useLinkTarget(index, null, hydrated),
      { wrapper, initialProps: { hydrated: false } },
    )
    expect(result.current.target).toEqual({ kind: 'none' })
    rerender({ hydrated: true })
    await vi.waitFor(() => expect(result.current.target.kind).toBe('text'))
  })

  it('marks its words once every chunk of a long text has hydrated, adopting the served markup', async () => {
    openedWith('border%20agreement')
    const { page } = await freshApp()
    const { hydrateRoot } = await import('react-dom/client')
    const container = document.createElement('div')
    container.innerHTML = renderToString(page)
    document.body.append(container)
    const served = [...container.querySelectorAll('article p')]
    expect(served.length).toBeGreaterThan(24) // more than two chunks
    const recoverable = vi.fn()

    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: recoverable })
    })

    await vi.waitFor(() => expect(container.querySelector('article mark')).not.toBeNull())
    expect(container.querySelector('article mark')!.textContent).toBe('border agreement')
    expect([...container.querySelectorAll('article p')]).toEqual(served)
    expect(recoverable).not.toHaveBeenCalled()
  })
})
