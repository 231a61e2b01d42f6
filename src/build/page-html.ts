// Fills the client build's index.html with one prerendered page: its head (title, description, canonical,
// Open Graph and Twitter tags, JSON-LD) and its body, plus the keys of the queries the browser hydrates from.
import type { PageMeta } from '../core/seo/page-meta.ts'
import { CARD_SIZE, SITE_NAME } from '../core/seo/page-meta.ts'
import { appLoader } from '../app/app-start.ts'

export interface PageHtml {
  meta: PageMeta
  /** The app rendered to HTML. */
  body: string
  /**
   * The keys of the queries the page was rendered from, or null for a page that is not hydrated. Keys, not their
   * data: the article's text is in the page once, as HTML, and its data comes in its own chunk after the page
   * has painted (docs/decisions/012-long-pages.md), which keeps the first response in as few round trips as a
   * plain page of the same text.
   */
  queryKeys: unknown[] | null
  /** The path the page was rendered for; the browser hydrates only at that path. */
  renderedPath: string
  /**
   * The page's direction: an article's, so a right-to-left article's page is mirrored. Its language stays the
   * interface's (English); the article and quotes carry their own `lang`.
   */
  direction: 'ltr' | 'rtl'
}

/**
 * The client's index.html made ready for prerendered pages: its stylesheet inlined, and its script started by the
 * app's loader (src/app/app-start.ts) after the whole page has been painted. A shared link is most often a reader's
 * first and only page: inline styles save a round trip before anything shows, and the page is readable before the
 * script (which only adds interaction) has arrived. The web app manifest, needed only to install the site, is
 * linked by the loader at the same moment: a request the browser makes for it while the page first paints is one
 * more that Lighthouse counts against the paint (its simulation made the seed's LCP ×1.41 of a bare page instead
 * of ×1.21 whenever the browser asked for the manifest before the paint was presented).
 */
export function prerenderTemplate(template: string, readAsset: (path: string) => string): string {
  const stylesheet = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/.exec(template)
  const script = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/.exec(template)
  const manifest = /\s*<link rel="manifest"[^>]*href="([^"]+)"[^>]*>/.exec(template)
  if (!stylesheet || !script)
    throw new Error('index.html has no stylesheet link or module script to prerender with')
  const loader = appLoader(script[1]!, { manifestUrl: manifest?.[1] ?? null })
  return (manifest ? template.replace(manifest[0], '') : template)
    .replace(stylesheet[0], () => `<style>${readAsset(stylesheet[1]!)}</style>`)
    .replace(script[0], () => `<script type="module">${loader}</script>`)
}

/** The page as a complete HTML document, built from the prerender template. */
export function pageHtml(template: string, page: PageHtml, siteUrl: string): string {
  const url = (path: string) => new URL(path, siteUrl).href
  const { meta } = page
  const tags = [
    `<link rel="canonical" href="${escapeHtml(url(meta.path))}" />`,
    property('og:site_name', SITE_NAME),
    property('og:type', meta.type),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', url(meta.path)),
    ...(meta.image
      ? [
          property('og:image', url(meta.image.path)),
          property('og:image:width', String(CARD_SIZE.width)),
          property('og:image:height', String(CARD_SIZE.height)),
          property('og:image:alt', meta.image.alt),
          name('twitter:card', 'summary_large_image'),
          name('twitter:image', url(meta.image.path)),
          name('twitter:image:alt', meta.image.alt),
        ]
      : [name('twitter:card', 'summary')]),
    name('twitter:title', meta.title),
    name('twitter:description', meta.description),
  ]
  const root =
    `<div id="root" data-path="${escapeHtml(page.renderedPath)}">${page.body}</div>` +
    (page.queryKeys === null
      ? ''
      : `<script id="query-keys" type="application/json">${scriptJson(page.queryKeys)}</script>`) +
    // After the text, not in the head: the first paint need not wait for it to arrive.
    (meta.jsonLd ? `<script type="application/ld+json">${scriptJson(meta.jsonLd)}</script>` : '')

  return replaceOnce(
    replaceOnce(
      replaceOnce(
        replaceOnce(template, /(?<=<html lang="[^"]*")>/, ` dir="${page.direction}">`),
        /<title>[^<]*<\/title>/,
        `<title>${escapeHtml(meta.title)}</title>`,
      ),
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `${name('description', meta.description)}\n    ${tags.join('\n    ')}`,
    ),
    /<div id="root"><\/div>/,
    root,
  )
}

function property(key: string, value: string): string {
  return `<meta property="${key}" content="${escapeHtml(value)}" />`
}

function name(key: string, value: string): string {
  return `<meta name="${key}" content="${escapeHtml(value)}" />`
}

/** JSON safe inside a <script>: no "</script>" or "<!--" can end or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${pattern.source}; the prerender step needs it`)
  return html.replace(pattern, () => replacement)
}
