// Binds single-key shortcuts for as long as the component is mounted.
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
      // A modal dialog (the shortcut list) owns the keyboard while it is open.
      if (key === null || document.querySelector('dialog[open]')) return
      const action = latest.current[key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
