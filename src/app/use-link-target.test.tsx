// useLinkTarget: the target the address names, whether an href is the address shown, and clearing it.
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { fixtureArticle } from '../../tests/fixtures/articles.ts'
import { indexArticle } from '../core/content/article-index.ts'
import { useLinkTarget } from './use-link-target.ts'

const index = indexArticle(fixtureArticle())
const quote = index.article.quotes[0]!
const articlePath = `/articles/${index.article.slug}`

function renderLinkTarget(path: string, search: string, quoteId: string | null) {
  const location = memoryLocation({ path, searchPath: search, record: true })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      {children}
    </Router>
  )
  const { result } = renderHook(() => useLinkTarget(index, quoteId), { wrapper })
  return { result, history: location.history }
}

describe('useLinkTarget', () => {
  it('resolves a quote path to its quote', () => {
    const { result } = renderLinkTarget(`${articlePath}/quotes/${quote.id}`, '', quote.id)
    expect(result.current.target).toMatchObject({ kind: 'quote', quote: { id: quote.id } })
  })

  it('resolves nothing for the article’s own path, whatever its filter', () => {
    const { result } = renderLinkTarget(articlePath, 'speaker=x', null)
    expect(result.current.target).toEqual({ kind: 'none' })
  })

  it('tells the shown address from another, as the browser encodes it', () => {
    const { result } = renderLinkTarget(articlePath, 'text=a%20b', null)
    expect(result.current.isShown(`${articlePath}?text=a%20b`)).toBe(true)
    expect(result.current.isShown(`${articlePath}?text=a b`)).toBe(true)
    expect(result.current.isShown(`${articlePath}?text=a%20c`)).toBe(false)
    expect(result.current.isShown(`${articlePath}/quotes/${quote.id}`)).toBe(false)
  })

  it('clears a target to the article’s path, keeping the speaker filter', () => {
    const { result, history } = renderLinkTarget(
      `${articlePath}/quotes/${quote.id}`,
      'speaker=a&speaker=b',
      quote.id,
    )
    act(() => result.current.clear())
    expect(history.at(-1)).toBe(`${articlePath}?speaker=a&speaker=b`)
  })
})
