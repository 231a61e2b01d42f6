// Tells screen readers what the filter now shows ("4 quotes by Sergey Lavrov"), in a polite live region.
import { visibleQuotes } from '../../core/quotes/quote-filter.ts'
import { useReader } from '../../reader/reader-context.ts'
import { describeFilterResult } from './filter-words.ts'

export function FilterResultStatus() {
  const { index, state } = useReader()
  const selected = state.filter.speakers
  const count = visibleQuotes(index.article.quotes, selected).length
  const names = selected.map((id) => index.speakers.get(id)?.name ?? id)
  return (
    <p role="status" className="sr-only">
      {describeFilterResult(count, names)}
    </p>
  )
}
