// The editor's pages, on the development server only: /edit (the articles and a new one) and /edit/<slug>.
import { useEffect } from 'react'
import { Route, Router, Switch } from 'wouter'
import { ArticleListPage } from './article-list-page.tsx'
import { EditPage } from './edit-page.tsx'

export function EditorApp() {
  // The end-to-end tests wait for this before they interact, as on the reader's pages.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready'
  }, [])
  return (
    <Router>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-accent px-4 py-2 font-sans text-paper focus:not-sr-only focus:fixed focus:top-2 focus:start-2"
      >
        Skip to content
      </a>
      <Switch>
        <Route path="/edit/:slug">{(params) => <EditPage key={params.slug} slug={params.slug} />}</Route>
        <Route>
          <ArticleListPage />
        </Route>
      </Switch>
    </Router>
  )
}
