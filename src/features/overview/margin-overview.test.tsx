// MarginOverview against the reader model: a mark per quote in its speaker's name, a click on or near a mark shows
// its quote, the filter fades other speakers' marks, and nothing in it is a tab stop. jsdom lays nothing out, so
// the column's height comes from a stand-in ResizeObserver.
import { screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeArticle, makeQuote, makeSpeaker } from '../../../tests/fixtures/builders.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import { MARK_ROW_PX } from '../../core/quotes/overview-geometry.ts'
import { MarginOverview } from './margin-overview.tsx'

/** The column's height: 100 rows of marks. */
const COLUMN_PX = 400

const sentence = (n: number) => `Statement ${n} `.padEnd(100, 'x')
const article = makeArticle({
  // "A test article\n" then three paragraphs of 100 characters: 317 characters in all.
  speakers: [
    { ...makeSpeaker('a'), name: 'Amina Adler' },
    { ...makeSpeaker('b'), name: 'Boris Baker' },
  ],
  paragraphs: [1, 2, 3].map((n) => ({ id: `p${n}`, text: sentence(n) })),
  quotes: [
    makeQuote('q1', 'a', { block: 'p1', start: 0, end: 11 }),
    makeQuote('q2', 'b', { block: 'p2', start: 0, end: 11 }),
    makeQuote('q3', 'a', { block: 'p3', start: 0, end: 11 }),
    // In the same row as q3: one mark for both.
    makeQuote('q4', 'b', { block: 'p3', start: 1, end: 11 }),
  ],
})
const [q1, q2, q3] = article.quotes
/** The middle of q2's mark: it starts at offset 116 of 317, in row 36. */
const Q2_MIDDLE_PX = (Math.floor((116 / 317) * (COLUMN_PX / MARK_ROW_PX)) + 0.5) * MARK_ROW_PX

function Overview() {
  const container = useRef<HTMLDivElement>(null)
  return (
    <div ref={container}>
      <MarginOverview container={container} />
    </div>
  )
}

function renderOverview(speakers: string[] = []) {
  return renderWithReader(<Overview />, { article, state: { filter: { speakers, unknown: [] } } })
}

/** The marks, by who their quotes are by (their tooltips). */
const mark = (title: string) => screen.getByTitle(title)

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe() {
        this.report([{ contentRect: { height: COLUMN_PX } } as ResizeObserverEntry], this as never)
      }
      disconnect() {}
    },
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('MarginOverview', () => {
  it('draws a mark per quote, quotes in one row as one, named by who said them', () => {
    renderOverview()
    expect(screen.getAllByTitle(/Amina Adler|Boris Baker/)).toHaveLength(3)
    expect(mark('Amina Adler and Boris Baker')).toBeInTheDocument()
  })

  it.each([
    { name: 'a mark', title: 'Amina Adler', quote: q1 },
    { name: 'another speaker’s mark', title: 'Boris Baker', quote: q2 },
    { name: 'a mark of two quotes: the first', title: 'Amina Adler and Boris Baker', quote: q3 },
  ])('shows the quote of $name when it is clicked', async ({ title, quote }) => {
    const { actions, user } = renderOverview()
    await user.click(mark(title))
    expect(actions.showQuote).toHaveBeenCalledExactlyOnceWith(quote)
  })

  it.each([
    { name: 'on its middle', offset: 0, shows: q2 },
    { name: '10 px above it', offset: -10, shows: q2 },
    { name: '11 px below it', offset: 11, shows: q2 },
    { name: '20 px from any mark', offset: 20, shows: undefined },
  ])('shows the nearest quote to a click $name', async ({ offset, shows }) => {
    const { actions, user } = renderOverview()
    // The strip the marks sit in, clicked where no mark is drawn.
    const strip = mark('Boris Baker').parentElement!
    await user.pointer({ keys: '[MouseLeft]', target: strip, coords: { clientY: Q2_MIDDLE_PX + offset } })
    if (shows) expect(actions.showQuote).toHaveBeenCalledExactlyOnceWith(shows)
    else expect(actions.showQuote).not.toHaveBeenCalled()
  })

  it('fades the marks of speakers outside the filter, and a click on one shows nothing', async () => {
    const { actions, user } = renderOverview(['a'])
    expect(mark('Boris Baker')).toHaveAttribute('data-faded')
    expect(mark('Amina Adler')).not.toHaveAttribute('data-faded')
    // A row with a kept quote is kept, and shows that quote.
    expect(mark('Amina Adler and Boris Baker')).not.toHaveAttribute('data-faded')
    await user.click(mark('Boris Baker'))
    expect(actions.showQuote).not.toHaveBeenCalled()
  })

  it('shows the kept quote of a mixed row under a filter', async () => {
    const { actions, user } = renderOverview(['b'])
    await user.click(mark('Amina Adler and Boris Baker'))
    expect(actions.showQuote).toHaveBeenCalledExactlyOnceWith(article.quotes[3])
  })

  it('is hidden from screen readers and adds no tab stop', async () => {
    const { user } = renderOverview()
    const overview = mark('Amina Adler').closest('[aria-hidden="true"]')!
    expect(overview).toBeInTheDocument()
    expect(overview.querySelectorAll('a, button, input, [tabindex]')).toHaveLength(0)
    await user.tab()
    expect(document.body).toHaveFocus()
  })

  it('draws nothing where nothing is laid out', () => {
    vi.stubGlobal('ResizeObserver', undefined)
    renderOverview()
    expect(screen.queryAllByTitle(/Amina Adler|Boris Baker/)).toHaveLength(0)
  })
})
