// The panel beside the article: the speaker filter (the key to the marks, too), then the quotes or the positions
// behind two tabs.
import { useId, useRef, type KeyboardEvent, type Ref } from 'react'
import { PositionsView } from '../features/positions/positions-view.tsx'
import { QuoteList, type QuoteListHandle } from '../features/quotes/quote-list.tsx'
import { FilterResultStatus } from '../features/speaker-filter/filter-result-status.tsx'
import { SpeakerFilter } from '../features/speaker-filter/speaker-filter.tsx'
import { SpeakerKey } from '../features/speaker-filter/speaker-key.tsx'
import { visibleQuotes } from '../core/quotes/quote-filter.ts'
import { usePrinting } from './use-printing.ts'
import { useReader, type PanelView } from '../reader/reader-context.ts'

const VIEWS: { id: PanelView; label: string }[] = [
  { id: 'quotes', label: 'Quotes' },
  { id: 'positions', label: 'Positions' },
]

export function ReadingPanel({ quoteList }: { quoteList: Ref<QuoteListHandle> }) {
  const { index, state, actions } = useReader()
  const { view } = state
  const tabRefs = useRef(new Map<PanelView, HTMLButtonElement>())
  const idPrefix = useId()
  const quoteCount = visibleQuotes(index.article.quotes, state.listedSpeakers).length
  const panelHead = useRef<HTMLDivElement>(null)
  // Paper has no tabs: it gets the quotes, then the positions, whichever tab is open on screen.
  const printing = usePrinting()

  // Arrow keys move between tabs, as the ARIA tabs pattern has it; right to left, the arrows swap.
  const onTabKeyDown = (event: KeyboardEvent) => {
    const forward = index.article.direction === 'rtl' ? -1 : 1
    const step = { ArrowRight: forward, ArrowLeft: -forward, Home: -VIEWS.length, End: VIEWS.length }[
      event.key
    ]
    if (step === undefined) return
    event.preventDefault()
    const at = VIEWS.findIndex((entry) => entry.id === view)
    const next = VIEWS[Math.min(VIEWS.length - 1, Math.max(0, at + step))]!.id
    actions.setView(next)
    tabRefs.current.get(next)?.focus()
  }

  return (
    <div className="flex flex-col gap-4">
      <h2 className="sr-only">Reading panel</h2>
      {/* The filter and the tabs stay at the top of the panel while the list scrolls under them, so what a chip
          does is always in view. They take back the panel's padding (sticky offsets count from inside it), so
          nothing scrolls past above them. */}
      <div
        ref={panelHead}
        className="sticky -top-4 z-10 -mx-4 -mt-4 flex flex-col gap-3 bg-paper px-4 pt-4 lg:bg-panel print:static print:m-0 print:p-0"
      >
        <SpeakerFilter />
        <FilterResultStatus />
        <div
          role="tablist"
          aria-label="Panel views"
          className="js-only flex gap-1 border-b border-line font-sans"
        >
          {VIEWS.map((entry) => (
            <button
              key={entry.id}
              ref={(element) => {
                if (element) tabRefs.current.set(entry.id, element)
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${entry.id}`}
              aria-controls={`${idPrefix}-view-${entry.id}`}
              aria-selected={view === entry.id}
              tabIndex={view === entry.id ? 0 : -1}
              onClick={() => actions.setView(entry.id)}
              onKeyDown={onTabKeyDown}
              className="-mb-px min-h-10 border-b-2 border-transparent px-3 text-sm font-semibold text-ink-soft aria-selected:border-accent aria-selected:text-ink"
            >
              {entry.label}
              {entry.id === 'quotes' && <span className="ms-1 font-normal tabular-nums">({quoteCount})</span>}
            </button>
          ))}
        </div>
      </div>
      <SpeakerKey />
      {/* On paper the tabs are gone; this names what follows the article. */}
      <h2 className="hidden font-serif text-xl font-bold print:block">
        {printing ? 'Quotes' : VIEWS.find((entry) => entry.id === view)!.label}
      </h2>
      <div role="tabpanel" id={`${idPrefix}-view-${view}`} aria-labelledby={`${idPrefix}-tab-${view}`}>
        {view === 'quotes' || printing ? (
          // A new filter starts again at the first page.
          <QuoteList key={state.listedSpeakers.join(' ')} ref={quoteList} coveredBy={panelHead} />
        ) : (
          <PositionsView />
        )}
      </div>
      {printing && (
        <div className="mt-6">
          <PositionsView />
        </div>
      )}
    </div>
  )
}
