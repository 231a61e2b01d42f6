// Builds the site: the client bundle, a server bundle of the same app, then every page of the site's page table
// (core/links/site-pages.ts) prerendered to static HTML with its preview tags, the preview cards, sitemap.xml
// and robots.txt. `npm run build` runs it; so do the end-to-end tests and the benchmark.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, mergeConfig, type InlineConfig } from 'vite'
import { indexArticle } from '../core/content/article-index.ts'
import { summarizeArticle } from '../core/content/article.ts'
import { renderedPathOf, sitePages, type SitePage } from '../core/links/site-pages.ts'
import { sitePageMeta } from '../core/seo/page-meta.ts'
import { pageCard } from '../core/seo/preview-card.ts'
import { DEFAULT_CONTENT_DIR } from './content-files.ts'
import { pageHtml, prerenderTemplate } from './page-html.ts'
import { renderCard } from './preview-cards.tsx'
import { siteConfig, type SiteConfigOptions } from './site-config.ts'
import { robotsTxt, sitemapXml } from './site-files.ts'

export interface SiteOptions {
  contentDir: string
  outDir: string
  /** The origin the site is served from, for canonical URLs, preview images and the sitemap. */
  siteUrl: string
}

/** What the server bundle exports: src/entry-server.tsx, built for Node. */
type ServerEntry = typeof import('../entry-server.tsx')

/** Builds the whole static site into `outDir`. */
export async function buildSite({ contentDir, outDir, siteUrl }: SiteOptions): Promise<void> {
  const ssrDir = path.resolve('.tmp/ssr', path.basename(outDir))
  await buildBundles({ contentDir, outDir, ssrDir })
  // A fresh URL each build: Node caches modules by URL, and the tests build more than once per process.
  const entry = pathToFileURL(path.join(ssrDir, 'entry-server.js')).href
  const server = (await import(`${entry}?build=${Date.now()}`)) as ServerEntry

  const articles = (await server.loadArticles()).map(indexArticle)
  const pages = sitePages(articles)
  const summaries = articles.map((index) => summarizeArticle(index.article))
  const template = prerenderTemplate(readFileSync(path.join(outDir, 'index.html'), 'utf8'), (asset) =>
    readFileSync(path.join(outDir, asset), 'utf8'),
  )
  const write = (file: string, content: string | Buffer) => {
    const target = path.join(outDir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }

  for (const page of pages) {
    const { html, state } = await renderBody(server, page)
    const direction = 'index' in page ? page.index.article.direction : 'ltr'
    const meta = sitePageMeta(page, siteUrl, summaries)
    write(
      page.file,
      pageHtml(template, { meta, body: html, state, renderedPath: renderedPathOf(page), direction }, siteUrl),
    )
    const card = pageCard(page)
    if (card) write(card.path, await renderCard(card.card))
  }
  write('robots.txt', robotsTxt(siteUrl))
  write('sitemap.xml', sitemapXml(pages, siteUrl))
}

/**
 * The client bundle into `outDir` and the server bundle into `ssrDir`, both production builds. Vite takes
 * "production" only from process.env.NODE_ENV (its `isProduction`: React's production JSX and build, minified
 * CSS), not from `mode`, so NODE_ENV is set for the two builds and restored after them. The server bundle
 * carries its own copy of React and the libraries around it, with NODE_ENV compiled in, so importing it needs
 * no environment.
 */
async function buildBundles({ contentDir, outDir, ssrDir }: SiteConfigOptions & { ssrDir: string }) {
  const config = (overrides: InlineConfig) =>
    mergeConfig(siteConfig({ contentDir, outDir }), {
      configFile: false,
      mode: 'production',
      logLevel: 'warn',
      ...overrides,
    } satisfies InlineConfig)
  rmSync(ssrDir, { recursive: true, force: true })
  await withNodeEnv('production', async () => {
    await build(config({ build: { emptyOutDir: true } }))
    await build(
      config({
        build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
        ssr: { noExternal: true },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      }),
    )
  })
}

/** A page's body: the app rendered at its path with the query cache to hydrate from, or a quote's excerpt. */
async function renderBody(server: ServerEntry, page: SitePage): Promise<{ html: string; state: unknown }> {
  if (page.page === 'quote' && page.excerpt)
    return { html: server.renderQuoteExcerpt(page.index, page.quote), state: null }
  return server.renderPage(page.path)
}

async function withNodeEnv(value: string, run: () => Promise<void>): Promise<void> {
  const saved = process.env.NODE_ENV
  process.env.NODE_ENV = value
  try {
    await run()
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = saved
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildSite({
    contentDir: process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    outDir: path.resolve(process.env.OUT_DIR ?? 'dist'),
    siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
  })
}
