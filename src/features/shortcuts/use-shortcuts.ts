// Binds keyboard shortcuts for as long as the component is mounted: the one place keys are listened for on the
// page, so Escape and the single-key shortcuts have one owner (see shortcutKey for when they stand aside).
import { useEffect, useRef } from 'react'
import { shortcutKey } from './shortcut-keys.ts'

/** `bindings` maps a key (as `KeyboardEvent.key` names it) to what it does. */
export function useShortcuts(bindings: Readonly<Record<string, () => void>>): void {
  const latest = useRef(bindings)
  useEffect(() => {
    latest.current = bindings
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = shortcutKey(event)
      if (key === null) return
      const action = latest.current[key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
