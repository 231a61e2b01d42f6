// A notice above the article when the link's speaker filter names speakers the article does not have: a few of
// the values, cut short, and how many more. The speaker filter's own words, so it lives with the filter.
import { useReader } from '../../reader/reader-context.ts'
import { unknownSpeakersNotice } from './filter-words.ts'

export function UnknownSpeakersNotice() {
  const { state } = useReader()
  const notice = unknownSpeakersNotice(state.filter)
  if (notice === null) return null
  return (
    <p role="status" dir="auto" className="mb-6 rounded-lg border border-line bg-panel p-3 font-sans text-sm">
      {notice}
    </p>
  )
}
