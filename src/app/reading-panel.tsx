// The panel beside the article: the speaker filter, then the quotes or the positions behind two tabs.
import { useId, useRef, type KeyboardEvent } from 'react'
import type { Anchor, Article, Quote } from '../core/content/article.ts'
import { describeFilterResult, quoteCountsBySpeaker, visibleQuotes } from '../core/quotes/quote-filter.ts'
import { PositionsView } from '../features/positions/positions-view.tsx'
import { QuoteList } from '../features/quotes/quote-list.tsx'
import { SpeakerFilter } from '../features/speaker-filter/speaker-filter.tsx'

export type PanelTab = 'quotes' | 'positions'
const TABS: { id: PanelTab; label: string }[] = [
  { id: 'quotes', label: 'Quotes' },
  { id: 'positions', label: 'Positions' },
]

interface ReadingPanelProps {
  article: Article
  speakerSlots: ReadonlyMap<string, number>
  selectedSpeakers: readonly string[]
  /** The view shown: the reader's choice, kept by the reading view so shortcuts can switch to the quotes. */
  tab: PanelTab
  onTabChange: (tab: PanelTab) => void
  /** The quote the address shows, whose card is rendered however far down the list it is. */
  revealQuote: string | null
  onSelectSpeakers: (speakers: string[]) => void
  onPreviewQuote: (quoteId: string | null) => void
  onShowQuote: (quote: Quote) => void
  onShowPassage: (anchor: Anchor) => void
  shareVerb: string
  onShareQuote: (quote: Quote) => void
  onCopyCitation: (quote: Quote) => void
}

export function ReadingPanel({
  article,
  speakerSlots,
  selectedSpeakers,
  tab,
  onTabChange: setTab,
  revealQuote,
  onSelectSpeakers,
  onPreviewQuote,
  onShowQuote,
  onShowPassage,
  shareVerb,
  onShareQuote,
  onCopyCitation,
}: ReadingPanelProps) {
  const tabRefs = useRef(new Map<PanelTab, HTMLButtonElement>())
  const idPrefix = useId()
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]))
  const quotes = visibleQuotes(article.quotes, selectedSpeakers)

  // Arrow keys move between tabs, as the ARIA tabs pattern has it; right to left, the arrows swap.
  const onTabKeyDown = (event: KeyboardEvent) => {
    const forward = article.direction === 'rtl' ? -1 : 1
    const step = { ArrowRight: forward, ArrowLeft: -forward, Home: -TABS.length, End: TABS.length }[event.key]
    if (step === undefined) return
    event.preventDefault()
    const index = TABS.findIndex((entry) => entry.id === tab)
    const next = TABS[Math.min(TABS.length - 1, Math.max(0, index + step))]!.id
    setTab(next)
    tabRefs.current.get(next)?.focus()
  }

  return (
    <div className="flex flex-col gap-4">
      <SpeakerFilter
        speakers={article.speakers}
        language={article.language}
        speakerSlots={speakerSlots}
        quoteCounts={quoteCountsBySpeaker(article.quotes)}
        selected={selectedSpeakers}
        onChange={onSelectSpeakers}
      />
      <p role="status" className="sr-only">
        {describeFilterResult(
          quotes.length,
          selectedSpeakers.map((id) => speakers.get(id)?.name ?? id),
        )}
      </p>
      <div
        role="tablist"
        aria-label="Panel views"
        className="js-only flex gap-1 border-b border-line font-sans"
      >
        {TABS.map((entry) => (
          <button
            key={entry.id}
            ref={(element) => {
              if (element) tabRefs.current.set(entry.id, element)
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${entry.id}`}
            aria-controls={`${idPrefix}-view-${entry.id}`}
            aria-selected={tab === entry.id}
            tabIndex={tab === entry.id ? 0 : -1}
            onClick={() => setTab(entry.id)}
            onKeyDown={onTabKeyDown}
            className="-mb-px min-h-10 border-b-2 border-transparent px-3 text-sm font-semibold text-ink-soft aria-selected:border-accent aria-selected:text-ink"
          >
            {entry.label}
            {entry.id === 'quotes' && (
              <span className="ms-1 font-normal tabular-nums">({quotes.length})</span>
            )}
          </button>
        ))}
      </div>
      {/* On paper the tabs are gone; this names what follows the article. */}
      <h2 className="hidden font-serif text-xl font-bold print:block">
        {TABS.find((entry) => entry.id === tab)!.label}
      </h2>
      <div role="tabpanel" id={`${idPrefix}-view-${tab}`} aria-labelledby={`${idPrefix}-tab-${tab}`}>
        {tab === 'quotes' ? (
          <QuoteList
            // A new filter starts again at the first page.
            key={selectedSpeakers.join(' ')}
            quotes={quotes}
            speakers={speakers}
            speakerSlots={speakerSlots}
            language={article.language}
            direction={article.direction}
            shareVerb={shareVerb}
            onPreview={onPreviewQuote}
            onShow={onShowQuote}
            onShare={onShareQuote}
            onCopyCitation={onCopyCitation}
            reveal={revealQuote}
          />
        ) : (
          <PositionsView
            article={article}
            speakerSlots={speakerSlots}
            selectedSpeakers={selectedSpeakers}
            onShowPassage={onShowPassage}
          />
        )}
      </div>
    </div>
  )
}
