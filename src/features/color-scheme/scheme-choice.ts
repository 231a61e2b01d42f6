// The reader's colour scheme: the system's, unless they chose one with the toggle. A choice is kept in
// localStorage and set as <html data-scheme>, which the stylesheet turns into `color-scheme`. A script in the
// page's head applies it before anything is painted, so a page never flashes the other scheme.

export type Scheme = 'light' | 'dark'

const STORAGE_KEY = 'who-said-what:scheme'
const SYSTEM_DARK = '(prefers-color-scheme: dark)'

/**
 * Shows `scheme` on the page, or the system's with null: `html[data-scheme]`, and the browser's own colour
 * (the `theme-color` meta whose media names the scheme is made to match always, the other never). It uses
 * nothing but its argument and the document, because the head script runs its source as it is.
 */
export function showScheme(scheme: Scheme | null): void {
  if (scheme) document.documentElement.dataset.scheme = scheme
  else delete document.documentElement.dataset.scheme
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"][media]')) {
    const media = (meta.dataset.media ??= meta.getAttribute('media')!)
    meta.setAttribute('media', scheme === null ? media : media.includes(scheme) ? 'all' : 'not all')
  }
}

/** The head script (inlined by vite.config.ts): applies a stored choice before first paint, and never throws. */
export const APPLY_STORED_SCHEME = `try{var s=localStorage.getItem(${JSON.stringify(STORAGE_KEY)});if(s==='light'||s==='dark')(${showScheme.toString()})(s)}catch(e){}`

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
  showScheme(remembered)
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
  showScheme(stored === 'light' || stored === 'dark' ? stored : null)
  notify()
}

function notify() {
  for (const listener of listeners) listener()
}
