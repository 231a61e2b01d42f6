// The paths of the app's pages: an article, one of its quotes, one of its passages.
// Slugs and quote ids are kebab-case by the content schema, so they need no escaping.
import { encodePassageLink, type PassageLink } from './passage-link.ts'

/** The article's own page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

/** A quote's page: the article opened on that quote, and (prerendered) the page link previews read. */
export function quotePath(slug: string, quoteId: string): string {
  return `${articlePath(slug)}/quotes/${quoteId}`
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

/** Which page a path shows; the inverse of the path builders above. */
export function parsePagePath(path: string): PagePath {
  if (path === '/') return { page: 'home' }
  const parts = path.split('/')
  if (parts[1] !== 'articles' || !parts[2]) return { page: 'other' }
  if (parts.length === 3) return { page: 'article', slug: parts[2] }
  if (parts.length === 5 && parts[3] === 'quotes' && parts[4])
    return { page: 'quote', slug: parts[2], quoteId: parts[4] }
  return { page: 'other' }
}
