// Says what a share did, on screen and in a polite live region. When the clipboard refused, it holds the
// text in a field, selected, so that nothing is lost: the reader copies it by hand.
import { useEffect, useRef } from 'react'
import { useReader } from '../../reader/reader-context.ts'

/** How long a confirmation stays on screen; one that asks the reader to copy by hand stays until dismissed. */
const VISIBLE_MS = 5000

export function ShareStatus() {
  const { state, actions } = useReader()
  const { announcement } = state
  const onDismiss = actions.dismissAnnouncement
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!announcement) return
    if (announcement.manualCopy !== undefined) {
      field.current?.select()
      return
    }
    const timer = setTimeout(onDismiss, VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [announcement, onDismiss])

  return (
    <div
      role="status"
      className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex justify-center px-4 lg:bottom-6 print:hidden"
    >
      {announcement && (
        // A new key for each announcement: the same words copied twice are announced twice.
        <div
          key={announcement.id}
          className="pointer-events-auto flex max-w-lg flex-wrap items-center gap-x-3 gap-y-2 rounded-xl bg-ink px-4 py-3 font-sans text-sm text-paper shadow-lg"
        >
          <span dir="auto">{announcement.message}</span>
          {announcement.manualCopy !== undefined && (
            <input
              ref={field}
              readOnly
              value={announcement.manualCopy}
              aria-label="Text to copy"
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-8 w-full rounded border border-paper/40 bg-transparent px-2 text-paper"
            />
          )}
          <button type="button" onClick={onDismiss} className="min-h-6 rounded underline underline-offset-2">
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}
