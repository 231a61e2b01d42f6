// The browser entry: hydrates a prerendered page once the content it was rendered from has loaded, or renders
// from scratch where no page was prerendered for this path (the dev server, a host's fallback page).
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { markAppFailed, startApp } from './app/app-start.ts'
import { showCanonicalAddress } from './app/canonical-address.ts'
import { contentQuery } from './app/content-queries.ts'
import { createQueryClient } from './app/query-client.ts'
import { shouldHydrate } from './core/links/site-pages.ts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Another address of a page (/articles/x.html, as many static hosts also serve it) becomes the page's own before
// anything reads it, so the prerendered page is hydrated rather than rendered anew.
showCanonicalAddress()

const queryClient = createQueryClient()
// A host may serve a page prerendered for another path (a fallback page), or an excerpt: rendered anew.
const prerendered = shouldHydrate(root.dataset.path, window.location.pathname)

if (prerendered) {
  // The page names the queries it was rendered from; with their data in the cache, the first render in the
  // browser is the page's own, so React adopts the HTML instead of replacing it.
  const queries = (JSON.parse(document.getElementById('query-keys')?.textContent ?? '[]') as unknown[])
    .map(contentQuery)
    .filter((query) => query !== null)
  await Promise.all(queries.map((query) => queryClient.prefetchQuery(query)))
  if (queries.some((query) => queryClient.getQueryState(query.queryKey)?.status !== 'success')) {
    // Hydrating now would replace the page with an error: it stays as it is, readable, and says why.
    markAppFailed()
  } else {
    // The page was rendered with no query string: hydrate the same, then the app reads the real one. As a
    // transition, React hydrates in slices of a few milliseconds, yielding to the browser between them, so a long
    // transcript never holds the main thread for long (decision 012); a tap meanwhile hydrates its part first.
    startApp()
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} ssrPath={window.location.pathname} ssrSearch="" />
        </StrictMode>,
      )
    })
  }
} else {
  root.replaceChildren()
  startApp()
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}
