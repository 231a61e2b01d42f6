// Where the reading panel sits: beside the article on wide screens; on phones and narrow windows, a sheet that a
// floating button opens over the article, with a backdrop and a Close button. Its focus rules are actions of the
// reader model (openSheet, closeSheet); the refs let those actions move focus here.
import type { ReactNode, RefObject } from 'react'
import type { ArticleIndex } from '../core/content/article-index.ts'
import { useReader } from '../reader/reader-context.ts'

interface PanelSheetProps {
  sheetButton: RefObject<HTMLButtonElement | null>
  sheetClose: RefObject<HTMLButtonElement | null>
  children: ReactNode
}

export function PanelSheet({ sheetButton, sheetClose, children }: PanelSheetProps) {
  const { index, state, actions } = useReader()
  const { sheetOpen } = state
  const shown = sheetButtonLabel(index, state.filter.speakers)
  return (
    <>
      <button
        ref={sheetButton}
        type="button"
        aria-expanded={sheetOpen}
        aria-controls="reading-panel"
        aria-label={`Quotes & positions: ${shown}`}
        onClick={actions.openSheet}
        inert={sheetOpen}
        className="js-only fixed end-4 bottom-4 z-20 min-h-12 rounded-full bg-accent px-5 font-sans font-semibold text-paper shadow-lg lg:hidden"
      >
        {shown}
      </button>
      {sheetOpen && (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-black/40 lg:hidden print:hidden"
          onClick={actions.closeSheet}
        />
      )}
      <aside
        id="reading-panel"
        aria-label="Quotes and positions"
        className={`${sheetOpen ? 'max-lg:flex' : 'max-lg:hidden'} z-40 flex-col max-lg:fixed print:static! print:mt-8 print:flex! print:max-h-none! print:border-0! print:shadow-none! max-lg:inset-x-0 max-lg:bottom-0 max-lg:max-h-[85dvh] max-lg:rounded-t-2xl max-lg:border-t max-lg:border-line max-lg:bg-paper max-lg:shadow-2xl lg:sticky lg:top-0 lg:flex lg:max-h-dvh lg:py-6`}
      >
        <div className="js-only flex items-center justify-between border-b border-line px-4 py-2 lg:hidden">
          <span className="font-sans font-semibold">Quotes &amp; positions</span>
          <button
            ref={sheetClose}
            type="button"
            onClick={actions.closeSheet}
            className="min-h-10 rounded px-3 font-sans text-sm text-accent underline"
          >
            Close
          </button>
        </div>
        <div className="overflow-y-auto overscroll-contain p-4 lg:rounded-xl lg:bg-panel print:overflow-visible print:bg-transparent print:p-0">
          {children}
        </div>
      </aside>
    </>
  )
}

/**
 * What the floating button says the panel shows: "8 quotes", or with a filter on "6 of 8 quotes · Lavrov,
 * Mujahid" (two names at most, then how many more), so a phone reader sees the filter without opening the sheet.
 */
function sheetButtonLabel(index: ArticleIndex, selected: readonly string[]): string {
  const total = index.article.quotes.length
  if (selected.length === 0) return `${total} ${total === 1 ? 'quote' : 'quotes'}`
  const count = selected.reduce((sum, id) => sum + (index.quotesBySpeaker.get(id)?.length ?? 0), 0)
  const names = selected.map((id) => index.speakers.get(id)?.shortName ?? id)
  const named = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ')
  return `${count} of ${total} quotes · ${named}`
}
