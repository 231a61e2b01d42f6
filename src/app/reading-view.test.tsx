// The reading view's own rules, driven as a reader would: tabs and their arrow keys (mirrored right to left), the
// sheet on phones (opened, closed by Escape or by the window growing), j and k, the page's direction, and that
// pointing at a quote or opening a link re-renders the outline or the text, not the panel's cards.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { fixtureArticle, loadArticle } from '../../tests/fixtures/articles.ts'
import type { Article } from '../core/content/article.ts'
import { documentText } from '../core/anchoring/document-text.ts'
import { selectPassage } from '../core/anchoring/match-passage.ts'
import { encodePassageLink } from '../core/links/passage-link.ts'
import { ArticleReader } from './article-reader.tsx'

// Counts how often quote cards render, to show that pointing at one re-renders none of them.
const cardRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('../features/quotes/quote-card.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('../features/quotes/quote-card.tsx')>()
  return {
    QuoteCard(props: ComponentProps<typeof real.QuoteCard>) {
      cardRenders.count++
      return real.QuoteCard(props)
    },
  }
})

const article = fixtureArticle()
const dari = () => loadArticle('tests/fixtures/articles/kabul-water-council.json')

/** A window whose width the test sets: `(width < 64rem)` matches below 1024 px, and listeners hear changes. */
function stubWindowWidth(width: number) {
  const listeners = new Set<() => void>()
  let current = width
  const query = {
    get matches() {
      return current < 1024
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }
  window.matchMedia = ((media: string) =>
    media.includes('64rem')
      ? query
      : { matches: false, addEventListener() {}, removeEventListener() {} }) as never
  return {
    resize(next: number) {
      current = next
      act(() => listeners.forEach((listener) => listener()))
    },
  }
}

afterEach(() => {
  // jsdom has no matchMedia of its own; the app treats its absence as a wide screen.
  delete (window as { matchMedia?: unknown }).matchMedia
})

function renderReader(shown: Article = article) {
  const location = memoryLocation({ path: `/articles/${shown.slug}`, record: true })
  history = location.history
  navigate = location.navigate
  const user = userEvent.setup()
  const view = render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <ArticleReader article={shown} quoteId={null} />
    </Router>,
  )
  return { user, view }
}

let history: string[] = []
let navigate: (to: string) => void = () => {}
const panel = () => screen.getByRole('complementary', { name: 'Quotes and positions' })
const cards = () => within(panel()).getAllByRole('figure')

describe('the panel’s tabs', () => {
  it('move with the arrow keys, Home and End', async () => {
    const { user } = renderReader()
    const quotesTab = screen.getByRole('tab', { name: /^Quotes/ })
    await user.click(quotesTab)
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveFocus()
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Home}')
    expect(quotesTab).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(quotesTab).toHaveAttribute('aria-selected', 'true')
  })

  it('follow the reading direction right to left: the left arrow goes forward', async () => {
    const { user } = renderReader(dari())
    await user.click(screen.getByRole('tab', { name: /^Quotes/ }))
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('tab', { name: /^Quotes/ })).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'Positions' })).toHaveAttribute('aria-selected', 'true')
  })
})

describe('j and k', () => {
  it('move focus through the quote cards, coming back from Positions', async () => {
    const { user } = renderReader()
    await user.click(screen.getByRole('tab', { name: 'Positions' }))
    await user.keyboard('j')
    expect(screen.getByRole('tab', { name: /^Quotes/ })).toHaveAttribute('aria-selected', 'true')
    expect(cards()[0]).toHaveFocus()
    await user.keyboard('j')
    expect(cards()[1]).toHaveFocus()
    await user.keyboard('k')
    expect(cards()[0]).toHaveFocus()
    await user.keyboard('k')
    expect(cards()[0]).toHaveFocus()
  })

  it('open the sheet first on a phone, and focus lands on the card', async () => {
    stubWindowWidth(375)
    const { user } = renderReader()
    await user.keyboard('j')
    expect(screen.getByRole('button', { name: /^Quotes & positions/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(cards()[0]).toHaveFocus()
  })
})

describe('the sheet on a phone', () => {
  it('takes focus when opened, and gives it back to its button on Escape', async () => {
    stubWindowWidth(375)
    const { user } = renderReader()
    const button = screen.getByRole('button', { name: /^Quotes & positions/ })
    await user.click(button)
    expect(within(panel()).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })

  it('closes when the window grows past the sheet layout, so the article is not left inert', async () => {
    const window = stubWindowWidth(375)
    const { user } = renderReader()
    await user.click(screen.getByRole('button', { name: /^Quotes & positions/ }))
    expect(screen.getByRole('article').closest('[inert]')).not.toBeNull()
    window.resize(1280)
    expect(screen.getByRole('button', { name: /^Quotes & positions/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
    expect(screen.getByRole('article').closest('[inert]')).toBeNull()
  })
})

describe('the page around the article', () => {
  it('is mirrored for a right-to-left article, and set back when the reader leaves it', () => {
    const { view } = renderReader(dari())
    expect(document.documentElement.dir).toBe('rtl')
    view.unmount()
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('re-renders only the outline, not the quote cards, while the reader points at a quote', async () => {
    const { user } = renderReader(article)
    const before = cardRenders.count
    expect(before).toBeGreaterThan(0)
    await user.hover(cards()[0]!)
    await user.unhover(cards()[0]!)
    expect(cardRenders.count).toBe(before)
    await user.hover(cards()[1]!)
    expect(documentRules()).toContain(`data-quote="${article.quotes[1]!.id}"`)
  })
})

describe('a name in the text', () => {
  const speaker = article.speakers.find((candidate) =>
    article.quotes.some((quote) => quote.speaker === candidate.id),
  )!

  it('opens a card about the speaker and leaves the address as it was', async () => {
    const { user } = renderReader()
    const before = [...history]
    await user.click(screen.getByRole('article').querySelector(`[data-speaker="${speaker.id}"]`)!)
    const card = screen.getByRole('dialog', { name: speaker.name })
    expect(card).toHaveTextContent(/quotes? in this article/)
    expect(history).toEqual(before)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: speaker.name })).toBeNull()
  })

  it('filters to the speaker only when asked, from the card', async () => {
    const { user } = renderReader()
    await user.click(screen.getByRole('article').querySelector(`[data-speaker="${speaker.id}"]`)!)
    await user.click(screen.getByRole('button', { name: `Show only ${speaker.name}` }))
    expect(history.at(-1)).toBe(`/articles/${article.slug}?speaker=${speaker.id}`)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('takes the reader to the speaker’s first quote in the panel', async () => {
    const { user } = renderReader()
    await user.click(screen.getByRole('article').querySelector(`[data-speaker="${speaker.id}"]`)!)
    await user.click(screen.getByRole('button', { name: 'Show in panel' }))
    const first = article.quotes.find((quote) => quote.speaker === speaker.id)!
    expect(document.activeElement).toBe(panel().querySelector(`[data-quote-card="${first.id}"]`))
  })
})

describe('a link’s target', () => {
  it('is marked in the text without rendering any quote card again', () => {
    renderReader(article)
    const before = cardRenders.count
    expect(before).toBeGreaterThan(0)
    const text = documentText(article).text
    const words = article.paragraphs.at(-1)!.text.slice(0, 30)
    const start = text.indexOf(words)
    const link = { ...selectPassage(text, { start, end: start + words.length }), revision: article.revision }
    act(() => navigate(`/articles/${article.slug}?${encodePassageLink(link)}`))
    expect(screen.getByRole('article').querySelector('mark[data-passage-start]')).toHaveTextContent(words)
    expect(cardRenders.count).toBe(before)
  })
})

describe('what the text marks', () => {
  it('marks quotes and names until the reader chooses otherwise, and remembers the choice', async () => {
    const { user } = renderReader()
    const text = screen.getByRole('article')
    expect(text).toHaveAttribute('data-marks', 'all')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mark' }), 'Quotes')
    expect(text).toHaveAttribute('data-marks', 'quotes')
    expect(localStorage.getItem('who-said-what:marks')).toBe('quotes')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mark' }), 'Quotes and names')
  })
})

describe('the sheet’s button on a phone', () => {
  it('says how many quotes the panel shows, and whose, when a filter is on', async () => {
    stubWindowWidth(375)
    const { user } = renderReader()
    const total = article.quotes.length
    const button = screen.getByRole('button', { name: /^Quotes & positions/ })
    expect(button).toHaveTextContent(`${total} quotes`)
    const speaker = article.speakers.find((candidate) =>
      article.quotes.some((quote) => quote.speaker === candidate.id),
    )!
    await user.click(button)
    await user.click(within(panel()).getByRole('button', { name: new RegExp(`^${speaker.name}`) }))
    const count = article.quotes.filter((quote) => quote.speaker === speaker.id).length
    expect(button).toHaveTextContent(`${count} of ${total} quotes · ${speaker.shortName}`)
  })
})

/** The style rules the page applies at run time: adopted style sheets, or style elements where there are none. */
function documentRules(): string {
  const adopted = (document.adoptedStyleSheets ?? []).flatMap((sheet) =>
    Array.from(sheet.cssRules, (rule) => rule.cssText),
  )
  const elements = Array.from(document.querySelectorAll('style'), (element) => element.textContent ?? '')
  return [...adopted, ...elements].join('\n')
}
