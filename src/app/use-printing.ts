// Whether the page is being laid out for paper: from `beforeprint` to `afterprint`, and whenever the print media
// query matches (a print preview, or a test emulating print media).
import { useSyncExternalStore } from 'react'

const PRINT = '(print)'

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
  const query = window.matchMedia(PRINT)
  printing = query.matches
  const start = () => {
    printing = true
    onChange()
  }
  const end = () => {
    printing = query.matches
    onChange()
  }
  const change = () => (query.matches ? start() : end())
  window.addEventListener('beforeprint', start)
  window.addEventListener('afterprint', end)
  query.addEventListener('change', change)
  return () => {
    window.removeEventListener('beforeprint', start)
    window.removeEventListener('afterprint', end)
    query.removeEventListener('change', change)
  }
}

let printing = false

/** True while the page is laid out for paper; false on the server and on screen. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  )
}
