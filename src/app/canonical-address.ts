// The page's own address in the browser's address bar, whichever address of it the reader opened.
import { canonicalPath } from '../core/links/article-paths.ts'

/**
 * Another address of a page that static hosts also serve (`/articles/a.html`, `//articles/a`) becomes the page's
 * own, query and hash kept; the address is rewritten in place, so back still leaves the site as before.
 */
export function showCanonicalAddress() {
  const canonical = canonicalPath(window.location.pathname)
  if (canonical === null) return
  window.history.replaceState(
    window.history.state,
    '',
    canonical + window.location.search + window.location.hash,
  )
}
