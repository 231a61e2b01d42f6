// What the address asks to show (a quote path, a passage query, or the browser's own `#:~:text=`), resolved
// against the article; and the navigation that shows another target or clears it. The address is the one source
// of truth, so back, reload and a copied link all show what the reader saw.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useLocation } from 'wouter'
import type { ArticleIndex } from '../core/content/article-index.ts'
import { articlePath, canonicalPath } from '../core/links/article-paths.ts'
import { passageLinkQuery, withoutPassageLink } from '../core/links/passage-link.ts'
import { resolveLinkTarget } from '../core/links/shared-passage.ts'
import { decodeTextDirective } from '../core/links/text-directive.ts'
import { matchTextDirectivesOffThread } from '../dom/text-directive-worker.ts'
import { useRawSearch } from './use-raw-search.ts'

/** `hydrated`: whether the page has hydrated, so that the browser's own navigation entry may be read. */
export function useLinkTarget(index: ArticleIndex, quoteId: string | null, hydrated = true) {
  const search = useRawSearch()
  const [path, navigate] = useLocation()
  // Only the passage's own parameters: toggling the speaker filter must not count as a new target.
  const passageQuery = useMemo(() => passageLinkQuery(search), [search])
  const [navigationUrl, setNavigationUrl] = useState<string | null>(null)

  // Read once the page has hydrated, so that it hydrates with the markup it was served with; searched for in a
  // worker first, so that the render that shows it finds the answer ready (matchTextDirectives remembers it).
  useEffect(() => {
    if (!hydrated) return
    const url = takeTextDirectiveUrl(path)
    if (url === null) return
    const decoded = decodeTextDirective(url)
    // A directive that cannot be read is said at once; one that can is shown once the worker has searched.
    const searched =
      decoded.kind === 'directive'
        ? matchTextDirectivesOffThread(index.document.text, decoded.directives)
        : Promise.resolve()
    void searched.then(() => setNavigationUrl(url))
    // Only the address the document was opened with can hold a directive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated])

  const { article, document } = index
  const target = useMemo(
    () => resolveLinkTarget(article, document, { quoteId, search: passageQuery, navigationUrl }),
    [article, document, quoteId, passageQuery, navigationUrl],
  )

  /** Whether `href` is the address shown now, compared as URLs (the browser encodes some characters itself). */
  const isShown = useCallback(
    (href: string) => {
      const base = 'http://address.invalid'
      const wanted = new URL(href, base)
      const shown = new URL(path + search, base)
      return wanted.pathname + wanted.search === shown.pathname + shown.search
    },
    [path, search],
  )

  const clear = useCallback(() => {
    setNavigationUrl(null)
    navigate(articlePath(article.slug) + withoutPassageLink(search))
  }, [navigate, article.slug, search])

  return { target, isShown, navigate, clear }
}

let textDirectiveTaken = false

/**
 * The URL this document was opened with, if it holds a `#:~:text=` directive for the page now shown at `path`;
 * only once per document, so that a cleared highlight stays cleared when the reader comes back to the article.
 * Chromium strips the directive from `location`, but the navigation entry keeps it.
 */
function takeTextDirectiveUrl(path: string): string | null {
  if (textDirectiveTaken) return null
  textDirectiveTaken = true
  const entry = performance.getEntriesByType?.('navigation')[0]
  if (!entry?.name.includes(':~:')) return null
  try {
    // The page may have been opened at another address of itself (/articles/x.html), rewritten since.
    const opened = new URL(entry.name).pathname
    return (canonicalPath(opened) ?? opened) === path ? entry.name : null
  } catch {
    return null
  }
}
