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
