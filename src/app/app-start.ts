// How a prerendered page hands over to the app, shared by the loader the build inlines into every page
// (src/build/page-html.ts) and the browser entry (src/main.tsx). The page is readable before the app arrives; if
// the app script fails or is slow, the page says so and falls back to the reading layout it has without
// JavaScript (quotes after the article), and a control tapped before the app arrived is pressed once it has.

/**
 * On <html>: `late` or `failed` while the page reads without its app; `starting` from the moment the app takes
 * the page over (React listens to events from then on); `ready` once its first render is committed (app.tsx).
 */
export const APP_STATE_ATTRIBUTE = 'data-app'
/** The notice a page without its app shows above everything else. */
export const APP_NOTICE_ID = 'app-notice'
/** Where the loader keeps the last control tapped before the app arrived. */
export const KEPT_TAP = '__keptTap'
/** The loader's fallback, for the entry to call when the app cannot start. */
export const FALL_BACK = '__appFallBack'
/** How long the loader waits for the app before falling back to the reading layout. */
export const APP_PATIENCE_MS = 8000

export const APP_NOTICES = {
  late: 'The page is still loading its controls. Read on: the quotes follow the article.',
  failed:
    'The page’s controls did not load, perhaps because the connection dropped. Read on: the quotes follow the article. Reload the page to try again.',
} as const

export type AppFallback = keyof typeof APP_NOTICES

/**
 * The loader, as the text of an inline module script: starts `scriptUrl` once the page has loaded and the frame
 * after that has been painted (so the article is on screen before the script is even requested), keeps a tap on
 * a control made before the app runs, and falls back to the reading layout if the app fails or is late.
 * `manifestUrl`, the web app manifest, is linked at the same moment (see prerenderTemplate).
 */
export function appLoader(
  scriptUrl: string,
  { manifestUrl = null }: { manifestUrl?: string | null } = {},
): string {
  return `const html = document.documentElement
const fallBack = (reason) => {
  const state = html.getAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)})
  if (state === 'starting' || state === 'ready' || state === 'failed') return
  html.setAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)}, reason)
  const notice = document.getElementById(${JSON.stringify(APP_NOTICE_ID)}) ?? document.createElement('p')
  notice.id = ${JSON.stringify(APP_NOTICE_ID)}
  notice.setAttribute('role', 'status')
  notice.textContent = ${JSON.stringify(APP_NOTICES)}[reason]
  if (!notice.isConnected) document.body.prepend(notice)
}
addEventListener('click', (event) => {
  const state = html.getAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)})
  if (state === 'starting' || state === 'ready') return
  const control = event.target instanceof Element ? event.target.closest('#root button') : null
  if (control) window.${KEPT_TAP} = control
}, true)
window.${FALL_BACK} = fallBack
const load = () => {
  setTimeout(() => fallBack('late'), ${APP_PATIENCE_MS})
  import(${JSON.stringify(scriptUrl)}).catch(() => fallBack('failed'))${
    manifestUrl === null
      ? ''
      : `
  const manifest = document.createElement('link')
  manifest.rel = 'manifest'
  manifest.href = ${JSON.stringify(manifestUrl)}
  document.head.append(manifest)`
  }
}
const start = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load)))
document.readyState === 'complete' ? start() : addEventListener('load', start, { once: true })`
}

declare global {
  interface Window {
    [KEPT_TAP]?: Element
    [FALL_BACK]?: (reason: AppFallback) => void
  }
}

/**
 * Call just before the app takes the page over. From then on React sees every tap, so the loader keeps none; the
 * one it kept is pressed once the app's first render is committed (the attribute app.tsx sets), and the page
 * leaves its fallback. React hydrates the part of the page a replayed tap lands in first.
 */
export function startApp(): void {
  const html = document.documentElement
  const tapped = window[KEPT_TAP]
  delete window[KEPT_TAP]
  html.setAttribute(APP_STATE_ATTRIBUTE, 'starting')
  const whenReady = () => {
    if (html.getAttribute(APP_STATE_ATTRIBUTE) !== 'ready') return false
    document.getElementById(APP_NOTICE_ID)?.remove()
    if (tapped instanceof HTMLElement && tapped.isConnected) tapped.click()
    return true
  }
  const observer = new MutationObserver(() => {
    if (whenReady()) observer.disconnect()
  })
  observer.observe(html, { attributes: true, attributeFilter: [APP_STATE_ATTRIBUTE] })
}

/** The app cannot run (its content failed to load): the page stays in its reading layout and says why. */
export function markAppFailed(): void {
  window[FALL_BACK]?.('failed')
}
