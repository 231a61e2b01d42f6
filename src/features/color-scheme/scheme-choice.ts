// The reader's colour scheme: the system's, unless they chose one with the toggle. A choice is kept in
// localStorage and set as <html data-scheme>, which the stylesheet turns into `color-scheme`. A script in the
// page's head applies it before anything is painted, so a page never flashes the other scheme.

export type Scheme = 'light' | 'dark'

const STORAGE_KEY = 'who-said-what:scheme'
const SYSTEM_DARK = '(prefers-color-scheme: dark)'

/** The head script (inlined by vite.config.ts): applies a stored choice before first paint, and never throws. */
export const APPLY_STORED_SCHEME = `try{var s=localStorage.getItem(${JSON.stringify(STORAGE_KEY)});if(s==='light'||s==='dark')document.documentElement.dataset.scheme=s}catch(e){}`

const listeners = new Set<() => void>()

/** The scheme the page shows: the reader's choice, or the system's. */
export function currentScheme(): Scheme {
  const chosen = document.documentElement.dataset.scheme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return systemScheme()
}

function systemScheme(): Scheme {
  return window.matchMedia?.(SYSTEM_DARK).matches ? 'dark' : 'light'
}

/**
 * Shows `scheme` and remembers it. Choosing what the system shows anyway forgets the choice instead, so the
 * page follows the system again (and a reader is never stuck in a scheme they only meant to switch back from).
 */
export function chooseScheme(scheme: Scheme): void {
  const remembered = scheme === systemScheme() ? null : scheme
  if (remembered) document.documentElement.dataset.scheme = remembered
  else delete document.documentElement.dataset.scheme
  try {
    if (remembered) localStorage.setItem(STORAGE_KEY, remembered)
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage refused (private browsing, blocked cookies): the choice holds for this page only.
  }
  notify()
}

/** Calls `listener` whenever the shown scheme may have changed: a choice here or in another tab, or the system's. */
export function subscribeToScheme(listener: () => void): () => void {
  listeners.add(listener)
  const system = window.matchMedia?.(SYSTEM_DARK)
  system?.addEventListener('change', listener)
  if (listeners.size === 1) window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    system?.removeEventListener('change', listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

/** Another tab chose a scheme: show it here too. */
function onStorage(event: StorageEvent) {
  if (event.key !== STORAGE_KEY && event.key !== null) return
  const stored = event.newValue
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.scheme = stored
  else delete document.documentElement.dataset.scheme
  notify()
}

function notify() {
  for (const listener of listeners) listener()
}
