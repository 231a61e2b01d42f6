// QuoteList: long lists come in pages, and "Show more" takes keyboard users to the first new quote.
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { makeArticle, makeQuote } from '../../../tests/fixtures/builders.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import type { Quote } from '../../core/content/article.ts'
import { QUOTES_PAGE_SIZE, QuoteList } from './quote-list.tsx'

const speaker = {
  id: 'a',
  name: 'Amina Adler',
  shortName: 'Adler',
  kind: 'person' as const,
  role: null,
  affiliation: null,
}
/** Two and a half pages of quotes. */
const TOTAL = QUOTES_PAGE_SIZE * 2 + QUOTES_PAGE_SIZE / 2
const quotes: Quote[] = Array.from({ length: TOTAL }, (_, index) => {
  const text = `Statement number ${index + 1}.`
  return makeQuote(`q${index + 1}`, 'a', { block: `p${index + 1}`, start: 0, end: text.length }, { text })
})

const article = makeArticle({
  speakers: [speaker],
  paragraphs: quotes.map((quote) => ({ id: quote.anchors[0]!.block, text: quote.text })),
  quotes,
})

function renderList(shownQuote: string | null = null) {
  return renderWithReader(<QuoteList />, { article, state: { shownQuote } }).user
}

describe('QuoteList', () => {
  it('shows the first page and offers the next', async () => {
    const user = renderList()
    expect(screen.getAllByRole('figure')).toHaveLength(QUOTES_PAGE_SIZE)
    await user.click(
      screen.getByRole('button', {
        name: `Show ${QUOTES_PAGE_SIZE} more quotes (${TOTAL - QUOTES_PAGE_SIZE} not shown)`,
      }),
    )
    expect(screen.getAllByRole('figure')).toHaveLength(2 * QUOTES_PAGE_SIZE)
    expect(document.activeElement).toBe(
      screen.getAllByRole('button', { name: /^Show in article/ })[QUOTES_PAGE_SIZE],
    )
    const rest = TOTAL - 2 * QUOTES_PAGE_SIZE
    await user.click(screen.getByRole('button', { name: `Show ${rest} more quotes (${rest} not shown)` }))
    expect(screen.getAllByRole('figure')).toHaveLength(TOTAL)
    expect(screen.queryByRole('button', { name: /more quotes/ })).toBeNull()
    // Fifty cards in jsdom: slow on a busy machine, not a measure of the app.
  }, 20_000)

  it('renders the page holding the quote the address shows, however far down', () => {
    const far = QUOTES_PAGE_SIZE + 5
    renderList(`q${far}`)
    expect(screen.getAllByRole('figure')).toHaveLength(2 * QUOTES_PAGE_SIZE)
    expect(
      screen.getByRole('figure', {
        name: 'Direct quote by Amina Adler',
        description: new RegExp(`number ${far}\\.`),
      }),
    ).toBeTruthy()
  })

  it('prints every quote', () => {
    renderList()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(screen.getAllByRole('figure')).toHaveLength(TOTAL)
  })
})
