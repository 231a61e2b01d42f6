// The reading view as a reader shares from it: quote links and citations copied and announced, a refused
// clipboard that loses nothing, and links that open on a quote or explain what they cannot show.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Router, useRoute } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { seedArticle } from '../../tests/fixtures/articles.ts'
import { HYDRATING_PARTS, READER_HYDRATED_MARK } from '../reader/hydration.ts'
import { ArticleReader } from './article-reader.tsx'

const article = seedArticle()
const quote = article.quotes.find((candidate) => candidate.id === 'paigir-main-reason')!
const quoteUrl = `${window.location.origin}/articles/${article.slug}/quotes/${quote.id}`

function renderReader({
  path = `/articles/${article.slug}`,
  search = '',
  quoteId = null as string | null,
} = {}) {
  const location = memoryLocation({ path, searchPath: search, record: true })
  const user = userEvent.setup()
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <ArticleReader article={article} quoteId={quoteId} />
    </Router>,
  )
  return { user, history: location.history }
}

const panel = () => screen.getByRole('complementary', { name: 'Quotes and positions' })
const marked = () =>
  Array.from(screen.getByRole('article').querySelectorAll('mark'))
    .map((mark) => mark.textContent)
    .join('')

describe('ArticleReader sharing', () => {
  it('copies a quote’s link and says so in a live region', async () => {
    const { user } = renderReader()
    await user.click(within(panel()).getByRole('button', { name: 'Copy link: quote by Salim Paigir' }))
    expect(await screen.findByText('Link to the quote by Salim Paigir copied.')).toBeVisible()
    expect(
      screen.getByText('Link to the quote by Salim Paigir copied.').closest('[role="status"]'),
    ).not.toBeNull()
    expect(await navigator.clipboard.readText()).toBe(quoteUrl)
  })

  it('copies a quote with its citation', async () => {
    const { user } = renderReader()
    await user.click(
      within(panel()).getByRole('button', { name: 'Copy with citation: quote by Salim Paigir' }),
    )
    await screen.findByText('Quote by Salim Paigir copied with its citation.')
    expect(await navigator.clipboard.readText()).toBe(
      `“${quote.text}”\n— Salim Paigir, Military affairs expert. ${article.headline}. TOLOnews, date not given.\n${quoteUrl}`,
    )
  })

  it('hands over the link in a field when the clipboard refuses it', async () => {
    const { user } = renderReader()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    )
    await user.click(within(panel()).getByRole('button', { name: 'Copy link: quote by Salim Paigir' }))
    expect(await screen.findByRole('textbox', { name: 'Text to copy' })).toHaveValue(quoteUrl)
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('textbox', { name: 'Text to copy' })).toBeNull()
  })

  it('shows a quote by navigating to its path, keeping the speaker filter', async () => {
    const { user, history } = renderReader({ search: 'speaker=salim-paigir' })
    await user.click(within(panel()).getByRole('button', { name: 'Show in article: quote by Salim Paigir' }))
    expect(history.at(-1)).toBe(`/articles/${article.slug}/quotes/${quote.id}?speaker=salim-paigir`)
  })
})

describe('ArticleReader opened from a link', () => {
  it(`reads the link once every part of the view (${HYDRATING_PARTS.join(', ')}) has reported itself hydrated`, () => {
    // A part listed without a reporter in the view would keep the link from ever being read.
    performance.clearMarks(READER_HYDRATED_MARK)
    renderReader()
    expect(performance.getEntriesByName(READER_HYDRATED_MARK)).toHaveLength(1)
  })

  it('marks the quote of a quote path and offers to clear it', async () => {
    const { user, history } = renderReader({
      path: `/articles/${article.slug}/quotes/${quote.id}`,
      quoteId: quote.id,
    })
    expect(marked()).toBe(quote.text)
    expect(screen.getByText('Showing a quote by Salim Paigir.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear highlight' }))
    expect(history.at(-1)).toBe(`/articles/${article.slug}`)
  })

  it('shows the article with a notice for a quote it does not have', () => {
    renderReader({ quoteId: 'no-such-quote' })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(article.headline)
    expect(screen.getByText(/does not have \(“no-such-quote”\)/)).toBeVisible()
    expect(marked()).toBe('')
  })

  it('marks a passage of a passage link', () => {
    const words = 'threats from Afghan soil still persist'
    renderReader({ search: `at=0-${words.length}&text=${encodeURIComponent(words)}` })
    expect(marked()).toBe(words)
    expect(screen.getByText('Showing the passage from the link.')).toBeVisible()
  })
})

describe('ArticleReader bringing a mark on screen', () => {
  const scrolls = vi.fn<(options?: ScrollIntoViewOptions) => void>()
  Element.prototype.scrollIntoView = scrolls
  afterEach(() => scrolls.mockReset())

  /** The reader as the app routes it: the quote path's id becomes the reader's quote. */
  function RoutedReader() {
    const [, params] = useRoute('/articles/:slug/quotes/:quote')
    return <ArticleReader article={article} quoteId={params?.quote ?? null} />
  }

  it('goes to the mark the page was opened with at once, and scrolls smoothly to one the reader asks for', async () => {
    const other = article.quotes.find((candidate) => candidate.speaker !== quote.speaker)!
    const location = memoryLocation({ path: `/articles/${article.slug}/quotes/${quote.id}`, record: true })
    const user = userEvent.setup()
    render(
      <Router hook={location.hook} searchHook={location.searchHook}>
        <RoutedReader />
      </Router>,
    )
    expect(scrolls).toHaveBeenCalled()
    expect(scrolls.mock.calls[0]![0]).toMatchObject({ behavior: 'instant' })
    scrolls.mockReset()

    const name = article.speakers.find((speaker) => speaker.id === other.speaker)!.name
    await user.click(
      within(panel()).getAllByRole('button', { name: `Show in article: quote by ${name}` })[0]!,
    )
    expect(location.history.at(-1)).toMatch(/\/quotes\//)
    await vi.waitFor(() => expect(scrolls).toHaveBeenCalled())
    expect(scrolls.mock.calls[0]![0]).toMatchObject({ behavior: 'smooth' })
  })
})
