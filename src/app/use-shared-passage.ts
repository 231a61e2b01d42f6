// The passage the URL asks for (a quote path, a passage query, or the browser's own `#:~:text=`), resolved
// against the article; and the navigation that shows another one or clears it. The URL is the one source of
// truth, so back, reload and a copied address all show what the reader saw.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useLocation } from 'wouter'
import { documentText } from '../core/anchoring/document-text.ts'
import type { Article } from '../core/content/article.ts'
import { articlePath } from '../core/links/article-paths.ts'
import { passageLinkQuery, withoutPassageLink } from '../core/links/passage-link.ts'
import { resolveSharedPassage } from '../core/links/shared-passage.ts'
import { useRawSearch } from './use-raw-search.ts'

export function useSharedPassage(article: Article, quoteId: string | null) {
  const search = useRawSearch()
  const [, navigate] = useLocation()
  const fullText = useMemo(() => documentText(article), [article])
  // Only the passage's own parameters: toggling the speaker filter must not count as a new highlight.
  const passageQuery = useMemo(() => passageLinkQuery(search), [search])
  const [navigationUrl, setNavigationUrl] = useState<string | null>(null)
  const [request, setRequest] = useState(0)

  // Read after the first render, so that a prerendered page hydrates with the markup it was served with.
  useEffect(() => {
    const url = takeTextDirectiveUrl()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's own URL is known only here
    if (url !== null) setNavigationUrl(url)
  }, [])

  const shared = useMemo(
    () => resolveSharedPassage(article, fullText, { quoteId, search: passageQuery, navigationUrl }),
    [article, fullText, quoteId, passageQuery, navigationUrl],
  )

  /** Opens a link inside the app; the same link again scrolls back to the passage and focuses it. */
  const show = useCallback(
    (href: string) => {
      // Compared as the browser writes URLs (it encodes some characters itself).
      const target = new URL(href, window.location.href)
      if (target.pathname + target.search === window.location.pathname + window.location.search)
        setRequest((count) => count + 1)
      else navigate(href)
    },
    [navigate],
  )

  const clear = useCallback(() => {
    setNavigationUrl(null)
    navigate(articlePath(article.slug) + withoutPassageLink(search))
  }, [navigate, article.slug, search])

  return { fullText, shared, request, show, clear }
}

let textDirectiveTaken = false

/**
 * The URL this document was opened with, if it holds a `#:~:text=` directive for the page now shown; only
 * once per document, so that a cleared highlight stays cleared when the reader comes back to the article.
 * Chromium strips the directive from `location`, but the navigation entry keeps it.
 */
function takeTextDirectiveUrl(): string | null {
  if (textDirectiveTaken) return null
  textDirectiveTaken = true
  const entry = performance.getEntriesByType?.('navigation')[0]
  if (!entry?.name.includes(':~:')) return null
  try {
    return new URL(entry.name).pathname === window.location.pathname ? entry.name : null
  } catch {
    return null
  }
}
