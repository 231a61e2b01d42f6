// The build at scale, for `npm run bench`: three sites (the seed, the seed with a three-hour hearing, fifty news
// stories), each built in a process of its own with an empty card cache, then again after a one-word edit to one
// article. Reports time, processor time, peak memory and what the build wrote.
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { SiteBuild } from '../../src/build/build-site.ts'
import { DEFAULT_CONTENT_DIR } from '../../src/build/content-files.ts'
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { generateHearing } from './hearing.ts'
import { generateNewsSite } from './news-site.ts'

interface ScaleSite {
  label: string
  /** Generated articles added to the seed (or instead of it). */
  articles: () => ArticleSource[]
  withSeed: boolean
  /** The article the one-word edit goes to. */
  edited: string
}

const SITES: ScaleSite[] = [
  { label: 'seed', articles: () => [], withSeed: true, edited: 'csto-members-seek-dialogue' },
  {
    label: 'seed + hearing (40,000 words)',
    articles: () => [generateHearing({ slug: 'bench-hearing', words: 40_000, speakers: 30 })],
    withSeed: true,
    edited: 'bench-hearing',
  },
  // news-7 is a 2,200-word story, the length whose quote pages issue 11 found carrying the whole text.
  { label: '50 news stories', articles: () => generateNewsSite(50), withSeed: false, edited: 'news-7' },
]

export interface OutputSize {
  total: number
  cards: { count: number; total: number; largest: number }
  largestQuotePage: number
}

export interface BuildRow {
  label: string
  articles: number
  cold: SiteBuild
  edited: SiteBuild
  output: OutputSize
}

/** Builds each site cold, then after a one-word edit, in `workDir`. */
export async function measureBuilds(workDir: string, siteUrl: string): Promise<BuildRow[]> {
  const rows: BuildRow[] = []
  for (const [number, site] of SITES.entries()) {
    const dir = path.join(workDir, `site-${number + 1}`)
    const contentDir = path.join(dir, 'content')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(contentDir, { recursive: true })
    if (site.withSeed) cpSync(DEFAULT_CONTENT_DIR, contentDir, { recursive: true })
    for (const article of site.articles())
      writeFileSync(path.join(contentDir, `${article.slug}.json`), JSON.stringify(article))
    const build = () =>
      buildApart({
        contentDir,
        outDir: path.join(dir, 'dist'),
        siteUrl,
        cardCacheDir: path.join(dir, 'cards'),
      })
    const cold = await build()
    const output = outputSize(path.join(dir, 'dist'))
    const file = path.join(contentDir, `${site.edited}.json`)
    writeFileSync(
      file,
      JSON.stringify(oneWordEdited(JSON.parse(readFileSync(file, 'utf8')) as ArticleSource)),
    )
    rows.push({
      label: site.label,
      articles: readdirSync(contentDir).length,
      cold,
      edited: await build(),
      output,
    })
  }
  return rows
}

/** `npm run build`'s own command in a process of its own, so its peak memory and processor time are its own. */
async function buildApart(options: {
  contentDir: string
  outDir: string
  siteUrl: string
  cardCacheDir: string
}) {
  const report = path.join(path.dirname(options.outDir), 'build-report.json')
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/build/build-site.ts', `--report=${report}`],
    {
      env: {
        ...process.env,
        CONTENT_DIR: options.contentDir,
        OUT_DIR: options.outDir,
        SITE_URL: options.siteUrl,
        CARD_CACHE_DIR: options.cardCacheDir,
      },
      maxBuffer: 64 * 2 ** 20,
    },
  )
  return JSON.parse(readFileSync(report, 'utf8')) as SiteBuild
}

/**
 * The article with one word of one direct quote in capitals: its quote page and card change, and nothing else
 * does. The first quote that still parses after the edit is taken.
 */
export function oneWordEdited(source: ArticleSource): ArticleSource {
  for (const quote of source.quotes) {
    if (quote.kind !== 'direct' || !quote.in || !quote.text || quote.occurrence) continue
    const word = /\b[a-z]{5,}\b/.exec(quote.text)?.[0]
    const paragraph = source.paragraphs.find((candidate) => candidate.id === quote.in)
    if (!word || !paragraph || paragraph.text.split(quote.text).length !== 2) continue
    const text = quote.text.replace(word, word.toUpperCase())
    const edited: ArticleSource = {
      ...source,
      paragraphs: source.paragraphs.map((entry) =>
        entry === paragraph ? { ...entry, text: entry.text.replace(quote.text!, text) } : entry,
      ),
      quotes: source.quotes.map((entry) => (entry === quote ? { ...entry, text } : entry)),
    }
    if (parseArticle(edited, source.slug).ok) return edited
  }
  throw new Error(`${source.slug} has no direct quote to edit one word of`)
}

/** What a built site holds: all of it, its cards, and its largest quote page, in bytes. */
export function outputSize(outDir: string): OutputSize {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => ({ file: file.split(path.sep).join('/'), path: path.join(outDir, file) }))
    .map((entry) => ({ ...entry, stat: statSync(entry.path) }))
    .filter((entry) => entry.stat.isFile())
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0)
  const cards = files.filter((entry) => entry.file.startsWith('cards/')).map((entry) => entry.stat.size)
  const quotePages = files
    .filter((entry) => /^articles\/[^/]+\/quotes\/[^/]+\.html$/.test(entry.file))
    .map((entry) => entry.stat.size)
  return {
    total: sum(files.map((entry) => entry.stat.size)),
    cards: { count: cards.length, total: sum(cards), largest: Math.max(0, ...cards) },
    largestQuotePage: Math.max(0, ...quotePages),
  }
}

/** The build rows of the report: one table, a line per site. */
export function buildTable(rows: readonly BuildRow[]): string[] {
  const seconds = (build: SiteBuild) => build.seconds.bundles + build.seconds.pages
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
  return [
    '| Site | Articles | Pages | Build, empty card cache (processor time) | Peak memory | Output | Cards (largest) | Largest quote page | Rebuild after a one-word edit (processor time) | Cards drawn again |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.articles} | ${row.cold.pages.toLocaleString('en')} | ${seconds(row.cold).toFixed(1)} s (${row.cold.cpuSeconds.toFixed(1)} s) | ${mb(Math.max(row.cold.peakMemory, row.edited.peakMemory))} | ${mb(row.output.total)} | ${mb(row.output.cards.total)} in ${row.output.cards.count.toLocaleString('en')} (${kb(row.output.cards.largest)}) | ${kb(row.output.largestQuotePage)} | ${seconds(row.edited).toFixed(1)} s (${row.edited.cpuSeconds.toFixed(1)} s) | ${row.edited.cards.drawn} |`,
    ),
  ]
}
