// Single-key shortcuts, and the guards that keep them out of the way: they never act while the reader types,
// holds a modifier, or has turned them off (WCAG 2.1.4), so screen readers and browsers keep their keys.

/** Every shortcut the app has, as the help dialog lists them. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['j'], action: 'Next quote' },
  { keys: ['k'], action: 'Previous quote' },
  { keys: ['Enter'], action: 'On a quote: show it in the article' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close this list, or the quotes sheet on a phone' },
]

const STORAGE_KEY = 'who-said-what:shortcuts'
const listeners = new Set<() => void>()
/** The setting for this page when storage refuses to keep it. */
let unstored: boolean | null = null

/** Whether single-key shortcuts are on: they are, unless the reader turned them off. */
export function shortcutsEnabled(): boolean {
  if (unstored !== null) return unstored
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

export function setShortcutsEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, 'off')
    unstored = null
  } catch {
    // Storage refused (private browsing, blocked cookies): the setting holds for this page only.
    unstored = enabled
  }
  for (const listener of listeners) listener()
}

export function subscribeToShortcutSetting(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether the list of shortcuts is open: a modal dialog, which then owns the keyboard. */
let listOpen = false

/** Told by the shortcut list when it opens and closes. */
export function setShortcutListOpen(open: boolean): void {
  listOpen = open
}

/**
 * The key a shortcut answers to, or null when the key press belongs to someone else. Escape is no
 * single-character shortcut (WCAG 2.1.4 is about those): it works in fields and with shortcuts turned off.
 */
export function shortcutKey(event: KeyboardEvent): string | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing)
    return null
  // The open list closes itself on Escape, as every modal dialog does.
  if (listOpen) return null
  if (event.key === 'Escape') return event.key
  if (isTypingTarget(event.target)) return null
  if (!shortcutsEnabled()) return null
  return event.key
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])'))
    return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file'].includes(target.type)
  return false
}
