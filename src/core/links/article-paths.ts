// The routes of the app's pages, written once in the router's pattern syntax: the app's <Switch> matches them,
// the path builders fill them in, and parsePagePath reads them back; canonicalPath names the page behind the other
// addresses static hosts serve it at. Slugs and quote ids are kebab-case by the content schema, so they need no
// escaping.
import { encodePassageLink, type PassageLink } from './passage-link.ts'

/** Each page's route pattern, as wouter reads it (`:name` is one path segment). */
export const PAGE_ROUTES = {
  home: '/',
  article: '/articles/:slug',
  quote: '/articles/:slug/quotes/:quoteId',
} as const

/** The article's own page. */
export function articlePath(slug: string): string {
  return fillRoute(PAGE_ROUTES.article, { slug })
}

/** A quote's page: the article opened on that quote, and (prerendered) the page link previews read. */
export function quotePath(slug: string, quoteId: string): string {
  return fillRoute(PAGE_ROUTES.quote, { slug, quoteId })
}

/** The article opened on one passage. */
export function passagePath(slug: string, link: PassageLink): string {
  return `${articlePath(slug)}?${encodePassageLink(link)}`
}

export type PagePath =
  | { page: 'home' }
  | { page: 'article'; slug: string }
  | { page: 'quote'; slug: string; quoteId: string }
  | { page: 'other' }

/** Which page a path shows, as the router matches it; the inverse of the path builders above. */
export function parsePagePath(path: string): PagePath {
  if (matchRoute(PAGE_ROUTES.home, path)) return { page: 'home' }
  const article = matchRoute(PAGE_ROUTES.article, path)
  if (article) return { page: 'article', slug: article.slug! }
  const quote = matchRoute(PAGE_ROUTES.quote, path)
  if (quote) return { page: 'quote', slug: quote.slug!, quoteId: quote.quoteId! }
  return { page: 'other' }
}

/**
 * The page's own path for another address a static host serves it at (`/index.html`, `/articles/a.html`,
 * `/articles/a/index.html`, `/articles/a/quotes/q.html`, a trailing slash) or a path with doubled slashes
 * (`//articles/a`); null when `path` is already a page's own path or is no page at all.
 */
export function canonicalPath(path: string): string | null {
  if (!path.startsWith('/')) return null
  const single = `/${path.split('/').filter(Boolean).join('/')}`
  const page = single.endsWith('/index.html')
    ? single.slice(0, -'/index.html'.length) || '/'
    : single.replace(/(?<=[^/])\.html$/, '')
  if (page === path || parsePagePath(page).page === 'other') return null
  return page
}

/** The parameter names of a route pattern, as an object type: `'/a/:b/:c'` gives `{ b: string; c: string }`. */
type RouteParams<Route extends string> = Route extends `${string}:${infer Name}/${infer Rest}`
  ? { [Key in Name]: string } & RouteParams<Rest>
  : Route extends `${string}:${infer Name}`
    ? { [Key in Name]: string }
    : Record<never, string>

function fillRoute<Route extends string>(route: Route, params: RouteParams<Route>): string {
  const values: Record<string, string> = params
  return route.replace(/:(\w+)/g, (_, name: string) => values[name]!)
}

/**
 * The parameters of `path` if it matches `route`, else null. As in the router, a parameter is one non-empty
 * segment and one trailing slash is allowed (`/articles/a/` shows the article `a`).
 */
function matchRoute(route: string, path: string): Record<string, string> | null {
  if (!path.startsWith('/')) return null
  const expected = route.split('/').slice(1).filter(Boolean)
  const actual = path === '/' ? [] : path.split('/').slice(1)
  if (actual.length > 1 && actual.at(-1) === '') actual.pop()
  if (actual.length !== expected.length) return null
  const params: Record<string, string> = {}
  for (const [index, segment] of expected.entries()) {
    const value = actual[index]!
    if (segment.startsWith(':')) {
      if (value === '') return null
      params[segment.slice(1)] = value
    } else if (segment !== value) return null
  }
  return params
}
