// The app shell: providers, the site header, a skip link, and the routes.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, Route, Router, Switch } from 'wouter'
import { PAGE_ROUTES } from '../core/links/article-paths.ts'
import { ColorSchemeToggle } from '../features/color-scheme/color-scheme-toggle.tsx'
import { ShortcutsHelp } from '../features/shortcuts/shortcuts-dialog.tsx'
import { ArticlePage } from './article-page.tsx'
import { showCanonicalAddress } from './canonical-address.ts'
import { HomePage } from './home-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'

interface AppProps {
  queryClient: QueryClient
  /** Set when rendering on the server or in tests: the path and query to render. */
  ssrPath?: string
  ssrSearch?: string
}

export function App({ queryClient, ssrPath, ssrSearch }: AppProps) {
  // Before the routes read the address, so that they never show "not found" for it.
  if (ssrPath === undefined) showCanonicalAddress()
  // Marks the page as live (hydrated or rendered): the end-to-end tests wait for it before they interact.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready'
  }, [])

  return (
    <QueryClientProvider client={queryClient}>
      <Router {...(ssrPath === undefined ? {} : { ssrPath, ssrSearch: ssrSearch ?? '' })}>
        <a
          href="#main"
          className="sr-only z-50 rounded bg-accent px-4 py-2 font-sans text-paper focus:not-sr-only focus:fixed focus:top-2 focus:start-2"
        >
          Skip to content
        </a>
        <header className="border-b border-line">
          <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-3 sm:px-6">
            <Link href="/" className="font-sans font-bold tracking-tight text-accent">
              Who said what
            </Link>
            <div className="flex items-center gap-2">
              <ShortcutsHelp />
              <ColorSchemeToggle />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="focus:outline-none">
          <Switch>
            <Route path={PAGE_ROUTES.home}>
              <HomePage />
            </Route>
            <Route path={PAGE_ROUTES.article}>{(params) => <ArticlePage slug={params.slug} />}</Route>
            <Route path={PAGE_ROUTES.quote}>
              {(params) => <ArticlePage slug={params.slug} quoteId={params.quoteId} />}
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </main>
      </Router>
    </QueryClientProvider>
  )
}
