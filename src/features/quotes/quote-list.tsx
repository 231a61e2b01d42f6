// The quotes in reading order, or a note saying why there are none. Long lists come in pages of fifty, so a
// three-hour hearing's 1,500 quotes cost no more to render, hydrate or filter than a short article's; printing
// and a quote the address shows are the exceptions.
import { memo, useEffect, useImperativeHandle, useRef, useState, type Ref, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { visibleQuotes } from '../../core/quotes/quote-filter.ts'
import { useReader } from '../../reader/reader-context.ts'
import { QuoteCard } from './quote-card.tsx'

/** What the reading view can ask of the list: focus moves between cards when the reader asks it to. */
export interface QuoteListHandle {
  /** Focuses the card of a quote; it is rendered, however far down, when the address shows it. */
  focusQuote(quoteId: string): void
  /** Focuses the next (1) or previous (-1) card from the one holding focus; the first or last from elsewhere. */
  focusNextQuote(step: 1 | -1): void
}

/** A card renders again only when its quote or the share verb changes. */
const ShownCard = memo(QuoteCard)

/** How many quotes are shown at first, and how many more each "Show more" adds. */
export const QUOTES_PAGE_SIZE = 50

/**
 * The filtered quotes; give it a new `key` when the filter changes, so it starts again at the first page.
 * `coveredBy`: what stays over the top of the list as it scrolls (the panel's filter and tabs), which a focused
 * card is kept clear of.
 */
export function QuoteList({
  ref,
  coveredBy,
}: {
  ref?: Ref<QuoteListHandle>
  coveredBy?: RefObject<HTMLElement | null>
}) {
  const { index, state } = useReader()
  const quotes = visibleQuotes(index.article.quotes, state.listedSpeakers)
  const reveal = state.shownQuote
  const [paged, setShown] = useState(QUOTES_PAGE_SIZE)
  const revealAt = reveal === null ? -1 : quotes.findIndex((quote) => quote.id === reveal)
  const shown = Math.max(paged, Math.ceil((revealAt + 1) / QUOTES_PAGE_SIZE) * QUOTES_PAGE_SIZE)
  const list = useRef<HTMLOListElement>(null)
  useImperativeHandle(
    ref,
    () => ({
      focusQuote(quoteId) {
        const card = cardsOf(list.current).find((candidate) => candidate.dataset.quoteCard === quoteId)
        if (card) focusCard(card, coveredBy?.current)
      },
      focusNextQuote(step) {
        const cards = cardsOf(list.current)
        if (cards.length === 0) return
        const current = cards.findIndex((card) => card.contains(document.activeElement))
        const next =
          current === -1
            ? step === 1
              ? 0
              : cards.length - 1
            : Math.min(cards.length - 1, Math.max(0, current + step))
        focusCard(cards[next]!, coveredBy?.current)
      },
    }),
    [coveredBy],
  )
  // After "Show more", keyboard users continue at the first new quote rather than below the list.
  const firstNew = useRef<number | null>(null)
  useEffect(() => {
    if (firstNew.current === null) return
    list.current?.children[firstNew.current]?.querySelector('button')?.focus()
    firstNew.current = null
  }, [shown])
  // Paper gets every quote: the rest are rendered at once, before the browser lays out the printout.
  useEffect(() => {
    const showAll = () => flushSync(() => setShown(quotes.length))
    window.addEventListener('beforeprint', showAll)
    return () => window.removeEventListener('beforeprint', showAll)
  }, [quotes.length])
  if (quotes.length === 0)
    return (
      <p dir="auto" className="font-sans text-sm text-ink-soft">
        No quotes by the selected speakers. Their positions may still be listed under Positions.
      </p>
    )
  const hidden = quotes.length - shown
  return (
    <>
      <ol ref={list} className="flex flex-col gap-3">
        {quotes.slice(0, shown).map((quote) => (
          <li key={quote.id}>
            <ShownCard quote={quote} shareVerb={state.shareVerb} />
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => {
            firstNew.current = shown
            setShown(shown + QUOTES_PAGE_SIZE)
          }}
          className="mt-3 min-h-10 w-full rounded-lg border border-line font-sans text-sm font-semibold text-accent"
        >
          Show {Math.min(hidden, QUOTES_PAGE_SIZE)} more quotes ({hidden.toLocaleString('en')} not shown)
        </button>
      )}
    </>
  )
}

/**
 * Focuses a card with all of it in view: below what covers the top of the list (`cover`, measured now, so a sheet
 * just opened counts), and not cut by the bottom edge. The margin is the card's own, set through the CSS object
 * model (allowed under a strict Content-Security-Policy): a custom property on the panel, inherited by every card,
 * cost a style recalculation of the whole list each time it was set, and a scroll padding on the list's scroller
 * made focusing a chip or a tab over the list scroll it.
 */
function focusCard(card: HTMLElement, cover: HTMLElement | null | undefined) {
  if (cover) card.style.scrollMarginTop = `calc(${cover.offsetHeight}px + 0.75rem)`
  card.focus({ preventScroll: true })
  card.scrollIntoView?.({ block: 'nearest' })
}

function cardsOf(list: HTMLOListElement | null): HTMLElement[] {
  return Array.from(list?.querySelectorAll<HTMLElement>('[data-quote-card]') ?? [])
}
