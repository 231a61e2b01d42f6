// Builds the site: the client bundle, a server bundle of the same app, then every page of the site's page table
// (core/links/site-pages.ts) prerendered to static HTML with its preview tags, the preview cards, sitemap.xml
// and robots.txt. `npm run build` runs it; so do the end-to-end tests and the benchmark. Pages are rendered and
// written one at a time, article by article, so memory holds one article's pages, never the site's.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { indexArticle } from '../core/content/article-index.ts'
import {
  articlePages,
  HOME_PAGE,
  NOT_FOUND_PAGE,
  renderedPathOf,
  type SitePage,
} from '../core/links/site-pages.ts'
import { sitePageMeta } from '../core/seo/page-meta.ts'
import { pageCard } from '../core/seo/preview-card.ts'
import { buildBundlesApart, processCost } from './build-bundles.ts'
import { DEFAULT_CARD_CACHE_DIR, openCardCache } from './card-cache.ts'
import { cardFallbackWarning, DEFAULT_CONTENT_DIR } from './content-files.ts'
import { pageHtml, prerenderTemplate } from './page-html.ts'
import { collectInlineCode, emptyInlineCode, headersFile, securityHeaders } from './security-headers.ts'
import { robotsTxt, sitemapXml } from './site-files.ts'

export interface SiteOptions {
  contentDir: string
  outDir: string
  /** The origin the site is served from, for canonical URLs, preview images and the sitemap. */
  siteUrl: string
  /** Where drawn preview cards are kept between builds (see card-cache.ts). */
  cardCacheDir?: string
}

/**
 * What a build did, for the benchmark. Processor time and peak memory count this process from its start, so they
 * are the build's own only when it runs in a process of its own (the command line).
 */
export interface SiteBuild {
  seconds: { bundles: number; pages: number }
  /** Processor time of this process and the bundling one: steadier than seconds on a shared machine. */
  cpuSeconds: number
  pages: number
  cards: { drawn: number; reused: number }
  /**
   * The most memory (resident set, bytes) the build held at once, at most: the larger of this process's peak and
   * the bundling process's peak plus what this one held while it ran.
   */
  peakMemory: number
}

const CARDS_AT_ONCE = 4

/** What the server bundle exports: src/entry-server.tsx, built for Node. */
type ServerEntry = typeof import('../entry-server.tsx')

/** Builds the whole static site into `outDir`. */
export async function buildSite({
  contentDir,
  outDir,
  siteUrl,
  cardCacheDir = DEFAULT_CARD_CACHE_DIR,
}: SiteOptions): Promise<SiteBuild> {
  const started = performance.now()
  // One server bundle folder per output folder, so builds into different folders (the tests', the bench's,
  // `npm run build`) can run at once without one deleting the other's modules.
  const ssrDir = path.resolve(
    '.tmp/ssr',
    `${path.basename(outDir)}-${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 8)}`,
  )
  const heldWhileBundling = process.memoryUsage().rss
  const bundling = await buildBundlesApart({ contentDir, outDir, ssrDir })
  const bundled = performance.now()
  // A fresh URL each build: Node caches modules by URL, and the tests build more than once per process.
  const entry = pathToFileURL(path.join(ssrDir, 'entry-server.js')).href
  const server = (await import(`${entry}?build=${Date.now()}`)) as ServerEntry

  const summaries = server.listArticles()
  const template = prerenderTemplate(readFileSync(path.join(outDir, 'index.html'), 'utf8'), (asset) =>
    readFileSync(path.join(outDir, asset), 'utf8'),
  )
  const cards = openCardCache(cardCacheDir)
  const drawing = new Set<Promise<void>>()
  // Only what the sitemap needs is kept of each page; the article behind it is let go after its pages.
  const written: Pick<SitePage, 'page' | 'path'>[] = []
  // The inline code of every page, which the Content-Security-Policy allows by hash.
  const inlineCode = emptyInlineCode()
  collectInlineCode(template, inlineCode)
  const writePage = async (page: SitePage) => {
    const { html, queryKeys } = await renderBody(server, page)
    const direction = 'index' in page ? page.index.article.direction : 'ltr'
    const meta = sitePageMeta(page, siteUrl, summaries)
    const document = pageHtml(
      template,
      { meta, body: html, queryKeys, renderedPath: renderedPathOf(page), direction },
      siteUrl,
    )
    collectInlineCode(document, inlineCode)
    writeFile(outDir, page.file, document)
    const card = pageCard(page)
    if (card) {
      // A few cards at once, beside the pages: resvg rasterizes on other threads while this one lays out.
      const copied = cards.copyCard(card.card, path.join(outDir, card.path))
      drawing.add(copied)
      void copied.then(
        () => drawing.delete(copied),
        () => undefined,
      )
      if (drawing.size >= CARDS_AT_ONCE) await Promise.race(drawing)
    }
    written.push({ page: page.page, path: page.path })
  }

  await writePage(HOME_PAGE)
  for (const { slug } of summaries) {
    const index = indexArticle(await server.loadArticle(slug))
    const cardWarning = cardFallbackWarning(index)
    if (cardWarning) console.warn(`${slug}: ${cardWarning}`)
    for (const page of articlePages(index)) await writePage(page)
  }
  await writePage(NOT_FOUND_PAGE)
  await Promise.all(drawing)
  writeFile(outDir, 'robots.txt', robotsTxt(siteUrl))
  writeFile(outDir, 'sitemap.xml', sitemapXml(written, siteUrl))
  writeFile(outDir, '_headers', headersFile(securityHeaders(inlineCode)))
  return {
    seconds: { bundles: (bundled - started) / 1000, pages: (performance.now() - bundled) / 1000 },
    pages: written.length,
    cards: { ...cards.counts },
    cpuSeconds: processCost().cpuSeconds + bundling.cpuSeconds,
    peakMemory: Math.max(processCost().peakMemory, heldWhileBundling + bundling.peakMemory),
  }
}

function writeFile(outDir: string, file: string, content: string) {
  const target = path.join(outDir, file)
  mkdirSync(path.dirname(target), { recursive: true })
  writeFileSync(target, content)
}

/** A page's body: the app rendered at its path with the queries to hydrate from, or a quote's excerpt. */
async function renderBody(
  server: ServerEntry,
  page: SitePage,
): Promise<{ html: string; queryKeys: unknown[] | null }> {
  if (page.page === 'quote' && page.excerpt)
    return { html: server.renderQuoteExcerpt(page.index, page.quote), queryKeys: null }
  return server.renderPage(page.path)
}

/** Where `npm run build` says the site lives when SITE_URL is not set: right for `npm run preview` alone. */
const PREVIEW_SITE_URL = 'http://localhost:4173'

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.env.SITE_URL)
    console.warn(
      `\n!! SITE_URL is not set: canonical addresses, preview tags and the sitemap will point at ${PREVIEW_SITE_URL}.\n` +
        `!! Fine for \`npm run preview\`; for a site others read, build with SITE_URL=https://your.site npm run build\n`,
    )
  const built = await buildSite({
    contentDir: process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    outDir: path.resolve(process.env.OUT_DIR ?? 'dist'),
    siteUrl: process.env.SITE_URL ?? PREVIEW_SITE_URL,
    cardCacheDir: process.env.CARD_CACHE_DIR,
  })
  console.log(
    `Built ${built.pages} pages in ${(built.seconds.bundles + built.seconds.pages).toFixed(1)} s ` +
      `(bundles ${built.seconds.bundles.toFixed(1)} s; ${built.cpuSeconds.toFixed(1)} s of processor time), ` +
      `at most ${Math.round(built.peakMemory / 2 ** 20)} MB; ` +
      `preview cards: ${built.cards.drawn} drawn, ${built.cards.reused} reused`,
  )
  // `--report=file.json`: the same as JSON, for the benchmark.
  const report = process.argv.find((argument) => argument.startsWith('--report='))
  if (report) writeFileSync(report.slice('--report='.length), JSON.stringify(built))
}
