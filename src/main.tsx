// The browser entry: hydrates a prerendered page with the query cache it was rendered with, or renders from
// scratch where no page was prerendered for this path (the dev server, a host's fallback page).
import { hydrate, type DehydratedState } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { createQueryClient } from './app/query-client.ts'
import { shouldHydrate } from './core/links/site-pages.ts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
// A host may serve a page prerendered for another path (a fallback page), or an excerpt: rendered anew.
const prerendered = shouldHydrate(root.dataset.path, window.location.pathname)
const state = document.getElementById('query-state')?.textContent
if (prerendered && state) hydrate(queryClient, JSON.parse(state) as DehydratedState)

if (prerendered) {
  // The page was rendered with no query string: hydrate the same, then the app reads the real one.
  hydrateRoot(
    root,
    <StrictMode>
      <App queryClient={queryClient} ssrPath={window.location.pathname} ssrSearch="" />
    </StrictMode>,
  )
} else {
  root.replaceChildren()
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}
