// The quotes in reading order, or a note saying why there are none. Long lists come in pages of fifty, so a
// three-hour hearing's 1,500 quotes cost no more to render, hydrate or filter than a short article's; printing
// and a quote the address shows are the exceptions.
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Quote, Speaker } from '../../core/content/article.ts'
import { QuoteCard } from './quote-card.tsx'

interface QuoteListProps {
  quotes: readonly Quote[]
  speakers: ReadonlyMap<string, Speaker>
  speakerSlots: ReadonlyMap<string, number>
  language: string
  direction: 'ltr' | 'rtl'
  shareVerb: string
  onPreview: (quoteId: string | null) => void
  onShow: (quote: Quote) => void
  onShare: (quote: Quote) => void
  onCopyCitation: (quote: Quote) => void
  /** A quote whose card must be rendered even past the first pages: the one the address shows. */
  reveal?: string | null
}

/** How many quotes are shown at first, and how many more each "Show more" adds. */
export const QUOTES_PAGE_SIZE = 50

export function QuoteList({ quotes, speakers, speakerSlots, reveal = null, ...cardProps }: QuoteListProps) {
  const [paged, setShown] = useState(QUOTES_PAGE_SIZE)
  const revealAt = reveal === null ? -1 : quotes.findIndex((quote) => quote.id === reveal)
  const shown = Math.max(paged, Math.ceil((revealAt + 1) / QUOTES_PAGE_SIZE) * QUOTES_PAGE_SIZE)
  const list = useRef<HTMLOListElement>(null)
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
        {quotes.slice(0, shown).map((quote) => {
          const speaker = speakers.get(quote.speaker)
          if (!speaker) return null
          return (
            <li key={quote.id}>
              <QuoteCard
                quote={quote}
                speaker={speaker}
                slot={speakerSlots.get(speaker.id) ?? 0}
                {...cardProps}
              />
            </li>
          )
        })}
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
