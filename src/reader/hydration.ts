// When the reading view has hydrated. A prerendered view hydrates in parts, each a Suspense boundary of its own
// that React adopts in a task of its own (decision 012): the text's chunks, the overview and the panel. A change
// of the reader's state before a part has hydrated makes React hydrate it at once and start the render over,
// so what only the browser knows (a link's text directive, whether the device has a share sheet) is read once
// every part has reported.
import { useCallback, useEffect, useRef } from 'react'

/** The user timing mark set when every part has hydrated: the bench times a link's work from it. */
export const READER_HYDRATED_MARK = 'reader-hydrated'

/** The parts of the reading view that hydrate on their own. */
export const HYDRATING_PARTS = ['text', 'overview', 'panel'] as const

/**
 * A callback for each part to report itself hydrated with; `onAll` is called once, when all of `parts` have.
 * The callback keeps its identity, so the parts' effects run once.
 */
export function usePartsHydrated<Part extends string>(
  parts: readonly Part[],
  onAll: () => void,
): (part: Part) => void {
  const reported = useRef(new Set<Part>())
  const latest = useRef({ parts, onAll })
  useEffect(() => {
    latest.current = { parts, onAll }
  })
  return useCallback((part: Part) => {
    const { parts: expected, onAll: done } = latest.current
    if (reported.current.has(part)) return
    reported.current.add(part)
    if (!expected.every((one) => reported.current.has(one))) return
    performance.mark?.(READER_HYDRATED_MARK)
    done()
  }, [])
}

/**
 * Put inside a Suspense boundary: reports `part` once the boundary has hydrated (or mounted), since its effect
 * runs only then.
 */
export function ReportHydrated<Part>({ part, onHydrated }: { part: Part; onHydrated: (part: Part) => void }) {
  useEffect(() => onHydrated(part), [part, onHydrated])
  return null
}
