// Notices above the article about its address: speakers the filter names that the article does not have, and a
// link target that cannot be shown (or was found in an edited article).
import { useReader } from '../../reader/reader-context.ts'
import { linkNotice, unknownSpeakersNotice } from './link-words.ts'

export function LinkNotices() {
  const { state } = useReader()
  const notices = [unknownSpeakersNotice(state.filter), linkNotice(state.target)].filter(
    (notice) => notice !== null,
  )
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
