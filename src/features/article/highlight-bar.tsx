// The bar over the article while the address marks something: what is marked (and, for a link made before the
// article was edited, that it was found elsewhere), a way back to the quote's card, and a way to clear the mark.
// It stays at the top of the screen as the reader scrolls, so what it says is in view beside the mark.
import { useReader } from '../../reader/reader-context.ts'
import { highlightLabel, linkNotice } from './link-words.ts'

export function HighlightBar() {
  const { index, state, actions } = useReader()
  const label = highlightLabel(state.target, index)
  if (label === null) return null
  const notice = linkNotice(state.target)
  return (
    <div className="sticky top-0 z-10 mb-4 flex items-center justify-between gap-3 print:hidden rounded-b-lg border border-t-0 border-line bg-panel px-3 py-2 font-sans text-sm">
      <span dir="auto">
        {label}
        {notice !== null && <span role="status"> {notice}</span>}
      </span>
      {state.shownQuote !== null && (
        <button
          type="button"
          onClick={actions.backToQuote}
          className="js-only ms-auto min-h-6 rounded text-accent underline underline-offset-2"
        >
          Back to the quote
        </button>
      )}
      <button
        type="button"
        onClick={actions.clearHighlight}
        className="js-only min-h-6 rounded text-accent underline underline-offset-2"
      >
        Clear highlight
      </button>
    </div>
  )
}
