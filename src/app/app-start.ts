// How a prerendered page hands over to the app, shared by the loader the build inlines into every page
// (src/build/page-html.ts) and the browser entry (src/main.tsx). The page is readable before the app arrives; if
// the app script fails or is slow, the page says so and falls back to the reading layout it has without
// JavaScript (quotes after the article), and a control tapped before the app arrived is pressed once it has.

/** On <html>: `late` or `failed` while the page reads without its app, `ready` once the app runs. */
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
 */
export function appLoader(scriptUrl: string): string {
  return `const html = document.documentElement
const fallBack = (reason) => {
  const state = html.getAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)})
  if (state === 'ready' || state === 'failed') return
  html.setAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)}, reason)
  const notice = document.getElementById(${JSON.stringify(APP_NOTICE_ID)}) ?? document.createElement('p')
  notice.id = ${JSON.stringify(APP_NOTICE_ID)}
  notice.setAttribute('role', 'status')
  notice.textContent = ${JSON.stringify(APP_NOTICES)}[reason]
  if (!notice.isConnected) document.body.prepend(notice)
}
addEventListener('click', (event) => {
  if (html.getAttribute(${JSON.stringify(APP_STATE_ATTRIBUTE)}) === 'ready') return
  const control = event.target instanceof Element ? event.target.closest('#root button') : null
  if (control) window.${KEPT_TAP} = control
}, true)
window.${FALL_BACK} = fallBack
const start = () => {
  setTimeout(() => fallBack('late'), ${APP_PATIENCE_MS})
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => import(${JSON.stringify(scriptUrl)}).catch(() => fallBack('failed')))))
}
document.readyState === 'complete' ? start() : addEventListener('load', start, { once: true })`
}

declare global {
  interface Window {
    [KEPT_TAP]?: Element
    [FALL_BACK]?: (reason: AppFallback) => void
  }
}

/** The app runs: the page leaves its fallback, if it was in one, and a control tapped before is pressed now. */
export function markAppReady(): void {
  document.documentElement.setAttribute(APP_STATE_ATTRIBUTE, 'ready')
  document.getElementById(APP_NOTICE_ID)?.remove()
  const tapped = window[KEPT_TAP]
  delete window[KEPT_TAP]
  if (tapped instanceof HTMLElement && tapped.isConnected) tapped.click()
}

/** The app cannot run (its content failed to load): the page stays in its reading layout and says why. */
export function markAppFailed(): void {
  window[FALL_BACK]?.('failed')
}
