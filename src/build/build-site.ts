// Builds the site: the client bundle, a server bundle of the same app, then every page prerendered to static
// HTML (home, each article, each quote's share page, a 404 page) with its preview tags, the preview cards,
// sitemap.xml and robots.txt. `npm run build` runs it; so do the end-to-end tests.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { documentText } from '../core/anchoring/document-text.ts'
import type { Article } from '../core/content/article.ts'
import { summarizeArticle } from '../core/content/article.ts'
import { articlePath, quotePath } from '../core/links/article-paths.ts'
import { LIGHT_PALETTE, speakerPaletteSlots } from '../core/speakers/speaker-palette.ts'
import {
  articlePageMeta,
  cardPath,
  homePageMeta,
  quotePageMeta,
  SITE_NAME,
  type PageMeta,
} from '../core/seo/page-meta.ts'
import type { RenderedPage } from '../entry-server.tsx'
import { DEFAULT_CONTENT_DIR } from './content-files.ts'
import { pageHtml, prerenderTemplate } from './page-html.ts'
import { renderCard, type Card } from './preview-cards.tsx'
import { robotsTxt, sitemapXml } from './site-files.ts'
import { inQuotationMarks } from '../core/text/quotation-marks.ts'

export interface SiteOptions {
  contentDir: string
  outDir: string
  /** The origin the site is served from, for canonical URLs, preview images and the sitemap. */
  siteUrl: string
}

/**
 * Articles up to this many characters (about 6,000 words) get their whole text on every quote page; longer
 * ones get an excerpt there (see QuoteExcerptPage), or their quote pages would add up to gigabytes.
 */
const FULL_QUOTE_PAGES_UP_TO = 40_000

interface ServerEntry {
  renderPage: (path: string) => Promise<RenderedPage>
  renderQuoteExcerpt: (article: Article, quoteId: string) => string
  loadArticles: () => Promise<Article[]>
}

/** Builds the whole static site into `outDir`. */
export async function buildSite({ contentDir, outDir, siteUrl }: SiteOptions): Promise<void> {
  const ssrDir = path.resolve('.tmp/ssr', path.basename(outDir))
  // The content plugin reads CONTENT_DIR (vite.config.ts); production mode gives React's production build.
  const saved = { CONTENT_DIR: process.env.CONTENT_DIR, NODE_ENV: process.env.NODE_ENV }
  process.env.CONTENT_DIR = contentDir
  process.env.NODE_ENV = 'production'
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    rmSync(ssrDir, { recursive: true, force: true })
    await build({
      mode: 'production',
      logLevel: 'warn',
      build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
    })
  } finally {
    restoreEnv(saved)
  }
  // A fresh URL each build: Node caches modules by URL, and the tests build more than once per process.
  const entry = pathToFileURL(path.join(ssrDir, 'entry-server.js')).href
  const server = (await import(`${entry}?build=${Date.now()}`)) as ServerEntry
  await prerender(server, { outDir, siteUrl })
}

async function prerender(server: ServerEntry, { outDir, siteUrl }: Omit<SiteOptions, 'contentDir'>) {
  const template = prerenderTemplate(readFileSync(path.join(outDir, 'index.html'), 'utf8'), (asset) =>
    readFileSync(path.join(outDir, asset), 'utf8'),
  )
  const articles = await server.loadArticles()
  const write = (file: string, content: string | Buffer) => {
    const target = path.join(outDir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  const writePage = async (
    pagePath: string,
    meta: PageMeta,
    direction: 'ltr' | 'rtl' = 'ltr',
    excerpt?: { article: Article; quoteId: string },
  ) => {
    // An excerpt is not hydrated: the browser sees another rendered path and renders the page anew.
    const { html, state } = excerpt
      ? { html: server.renderQuoteExcerpt(excerpt.article, excerpt.quoteId), state: null }
      : await server.renderPage(pagePath)
    const renderedPath = excerpt ? `${pagePath}#excerpt` : pagePath
    // `/articles/a` is written as articles/a.html, which static hosts serve for the path without its extension.
    const file = pagePath === '/' ? 'index.html' : `${pagePath.slice(1)}.html`
    write(file, pageHtml(template, { meta, body: html, state, renderedPath, direction }, siteUrl))
  }

  await writePage('/', homePageMeta(articles.map(summarizeArticle)))
  for (const article of articles) {
    const slots = speakerPaletteSlots(article.speakers)
    const long = documentText(article).text.length > FULL_QUOTE_PAGES_UP_TO
    const accentOf = (speaker: string) => LIGHT_PALETTE[slots.get(speaker) ?? 0]!
    await writePage(articlePath(article.slug), articlePageMeta(article, siteUrl), article.direction)
    write(
      cardPath(article.slug),
      await renderCard(
        article.direction === 'rtl'
          ? rightToLeftCard(article, 'article', '#1d3b5c')
          : {
              eyebrow: `${article.outlet.name} · who said what`,
              text: article.headline,
              italic: false,
              attribution: null,
              footer: article.speakers.map((speaker) => speaker.name).join(' · '),
              accent: '#1d3b5c',
            },
      ),
    )
    for (const quote of article.quotes) {
      const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)!
      await writePage(
        quotePath(article.slug, quote.id),
        quotePageMeta(article, quote),
        article.direction,
        long ? { article, quoteId: quote.id } : undefined,
      )
      write(
        cardPath(article.slug, quote.id),
        await renderCard(
          article.direction === 'rtl'
            ? rightToLeftCard(article, 'quote', accentOf(speaker.id))
            : {
                eyebrow: `${article.outlet.name} · ${quote.kind === 'direct' ? 'quote' : 'reported speech'}`,
                text: quote.kind === 'direct' ? inQuotationMarks(quote.text, article.language) : quote.text,
                italic: quote.kind === 'reported',
                attribution: speaker.role === null ? speaker.name : `${speaker.name}, ${speaker.role}`,
                footer: article.headline,
                accent: accentOf(speaker.id),
              },
        ),
      )
    }
  }
  // For hosts that serve a 404 page; the browser renders the right page anew wherever it is served.
  await writePage('/404', {
    title: `Page not found · ${SITE_NAME}`,
    description: 'There is no page at this address.',
    path: '/404',
    type: 'website',
  })

  write('robots.txt', robotsTxt(siteUrl))
  write(
    'sitemap.xml',
    sitemapXml(
      [
        '/',
        ...articles.flatMap((article) => [
          articlePath(article.slug),
          ...article.quotes.map((quote) => quotePath(article.slug, quote.id)),
        ]),
      ],
      siteUrl,
    ),
  )
}

/**
 * The card of a right-to-left article. The card renderer (satori) neither shapes Arabic script nor lays it out
 * right to left, so the card names the language instead of drawing the words; the preview's title and
 * description, which the unfurling app draws itself, carry them.
 */
function rightToLeftCard(article: Article, kind: 'article' | 'quote', accent: string): Card {
  const language =
    new Intl.DisplayNames(['en'], { type: 'language' }).of(article.language) ?? article.language
  return {
    eyebrow: 'Open the link to read it',
    text: kind === 'quote' ? `A quote from an article in ${language}` : `An article in ${language}`,
    italic: false,
    attribution: null,
    footer: '',
    accent,
  }
}

function restoreEnv(saved: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildSite({
    contentDir: process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    outDir: path.resolve(process.env.OUT_DIR ?? 'dist'),
    siteUrl: process.env.SITE_URL ?? 'http://localhost:4173',
  })
}
