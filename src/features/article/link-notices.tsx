// The notice above the article about a link target that cannot be shown. A target that was shown explains itself
// in the bar by its mark instead; speakers the filter names that the article does not have are the speaker
// filter's notice (features/speaker-filter/unknown-speakers-notice.tsx).
import { useReader } from '../../reader/reader-context.ts'
import { linkNotice } from './link-words.ts'

export function LinkNotices() {
  const { state } = useReader()
  const unshown = state.highlight.length === 0 ? linkNotice(state.target) : null
  const notices = [unshown].filter((notice) => notice !== null)
  return notices.map((notice) => (
    <p
      key={notice}
      role="status"
      dir="auto"
      className="mb-6 rounded-lg border border-line bg-panel p-3 font-sans text-sm"
    >
      {notice}
    </p>
  ))
}
