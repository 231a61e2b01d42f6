// `npm run bench`: builds the site with generated long articles beside the real ones, then measures, in one
// run on this machine, what issue 4 budgets: initial JavaScript, Lighthouse (mobile defaults), Largest
// Contentful Paint against a plain static page of the same text, and how cost grows with article size; and
// what issue 11 budgets: the build's time, peak memory and output at scale (build-scale.ts).
// Timings are noisy on shared machines: read the ratios within one run, not absolute numbers across runs.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium, type Page } from 'playwright-core'
import { preview } from 'vite'
import { buildSite } from '../../src/build/build-site.ts'
import { DEFAULT_CONTENT_DIR } from '../../src/build/content-files.ts'
import { escapeHtml } from '../../src/build/page-html.ts'
import { CARD_MAX_BYTES } from '../../src/build/preview-cards.tsx'
import { documentText } from '../../src/core/anchoring/document-text.ts'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { CHROMIUM_FLAGS, chromiumPath, freePort } from '../chromium.ts'
import { buildTable, measureBuilds, type BuildRow } from './build-scale.ts'
import { draftSpeedTable, measureDraftSpeed } from './draft-speed.ts'
import { generateTranscript } from '../fixtures/generate-transcript.ts'
import { generateHearing } from './hearing.ts'
import { linkWorkTable, measureLinkWork } from './link-work.ts'

const WORK = path.resolve('.tmp/bench')
const SEED = 'csto-members-seek-dialogue'
const LIGHTHOUSE_RUNS = 3

const seedSource = JSON.parse(readFileSync(path.join(DEFAULT_CONTENT_DIR, `${SEED}.json`), 'utf8'))
/** Issue 11's long page: a transcript of about 13,000 words (the generator runs about a tenth over what it is asked), measured by Lighthouse against a bare page of its text. */
const TRANSCRIPT = generateTranscript({ slug: 'bench-transcript', words: 11_850, speakers: 40 })
const seedWords = wordCount(seedSource)
const SCALES = [
  { label: '1× seed', slug: 'bench-1x', words: seedWords, speakers: 5 },
  { label: '4× seed', slug: 'bench-4x', words: seedWords * 4, speakers: 20 },
  { label: '16× seed', slug: 'bench-16x', words: seedWords * 16, speakers: 30 },
  { label: 'hearing (3 h)', slug: 'bench-hearing', words: 40_000, speakers: 30 },
]

async function main() {
  const contentDir = path.join(WORK, 'content')
  const outDir = path.join(WORK, 'dist')
  // `npm run bench -- --skip-build` measures the last build again, on the origin it was built for.
  const reuse = process.argv.includes('--skip-build') && existsSync(path.join(outDir, 'robots.txt'))
  const port = reuse
    ? Number(
        /Sitemap: http:\/\/127\.0\.0\.1:(\d+)/.exec(
          readFileSync(path.join(outDir, 'robots.txt'), 'utf8'),
        )![1],
      )
    : await freePort()
  const origin = `http://127.0.0.1:${port}`
  if (!reuse) {
    rmSync(WORK, { recursive: true, force: true })
    mkdirSync(contentDir, { recursive: true })
    cpSync(DEFAULT_CONTENT_DIR, contentDir, { recursive: true })
    for (const scale of SCALES)
      writeFileSync(path.join(contentDir, `${scale.slug}.json`), JSON.stringify(generateHearing(scale)))
    writeFileSync(path.join(contentDir, `${TRANSCRIPT.slug}.json`), JSON.stringify(TRANSCRIPT))
    console.log('Building the site…')
    await buildSite({ contentDir, outDir, siteUrl: origin })
    writeFileSync(path.join(outDir, 'reference.html'), barePage(seedSource))
    writeFileSync(path.join(outDir, 'reference-transcript.html'), barePage(TRANSCRIPT))
  }
  // `--lighthouse-only` measures the two pages and their bare references, and nothing else.
  const lighthouseOnly = process.argv.includes('--lighthouse-only')
  const server = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })

  const measured = await (async () => {
    try {
      const js = initialJavaScript(outDir, `articles/${SEED}.html`)
      console.log('Running Lighthouse…')
      // Interleaved, so a busy minute on a shared machine weighs on a page and its reference alike.
      const [app, reference, long, longReference] = await lighthouseMedians([
        `${origin}/articles/${SEED}`,
        `${origin}/reference.html`,
        `${origin}/articles/${TRANSCRIPT.slug}`,
        `${origin}/reference-transcript.html`,
      ])
      if (lighthouseOnly)
        return {
          js,
          app: app!,
          reference: reference!,
          long: long!,
          longReference: longReference!,
          lcp: null,
          scale: [],
        }
      console.log('Measuring Largest Contentful Paint side by side…')
      const lcp = await lcpSideBySide(`${origin}/articles/${SEED}`, `${origin}/reference.html`)
      console.log('Measuring scale…')
      const scale = await measureScale(origin)
      console.log('Measuring crafted text-fragment links…')
      console.log(`\n${linkWorkTable(await measureLinkWork(origin, { browserSearch: false }))}`)
      const withSearch = await measureLinkWork(origin, { browserSearch: true, rounds: 1 })
      console.log(`\n${linkWorkTable(withSearch, { browserSearch: true })}`)
      return { js, app: app!, reference: reference!, long: long!, longReference: longReference!, lcp, scale }
    } finally {
      await server.close()
    }
  })()
  if (lighthouseOnly) {
    printReport({ ...measured, builds: null })
    return
  }
  console.log('Building three sites, each twice…')
  // `--no-build-scale` leaves out the three sites built twice each (ten minutes of the run).
  const builds =
    reuse || process.argv.includes('--no-build-scale')
      ? null
      : await measureBuilds(path.join(WORK, 'builds'), origin)
  printReport({ ...measured, builds })
  // Drafting from plain text: time per 1,000 words as the text doubles (1× is linear).
  console.log('\nDrafting articles from plain text…')
  console.log(draftSpeedTable(measureDraftSpeed()))
}

/** Gzipped size of the scripts an article page loads before any interaction: its app script and preloads. */
function initialJavaScript(outDir: string, page: string) {
  const html = readFileSync(path.join(outDir, page), 'utf8')
  const sources = [
    ...html.matchAll(
      /<script type="module">[^<]*import\("([^"]+)"\)|<link rel="modulepreload"[^>]*href="([^"]+)"/g,
    ),
  ].map((match) => match[1] ?? match[2]!)
  const bytes = sources.map((source) => gzipSync(readFileSync(path.join(outDir, source))).length)
  return { files: sources.length, gzipKB: bytes.reduce((a, b) => a + b, 0) / 1024 }
}

interface LighthouseResult {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  totalBlockingTimeMs: number
}

/** Lighthouse with its default (mobile) settings on each page in turn, several rounds; the median of each number. */
async function lighthouseMedians(urls: readonly string[]): Promise<LighthouseResult[]> {
  const runs = urls.map(() => [] as LighthouseResult[])
  for (let round = 0; round < LIGHTHOUSE_RUNS; round++)
    for (const [at, url] of urls.entries()) runs[at]!.push(await lighthouseRun(url))
  return runs.map((pageRuns) => ({
    performance: median(pageRuns.map((r) => r.performance)),
    accessibility: median(pageRuns.map((r) => r.accessibility)),
    bestPractices: median(pageRuns.map((r) => r.bestPractices)),
    seo: median(pageRuns.map((r) => r.seo)),
    lcpMs: median(pageRuns.map((r) => r.lcpMs)),
    totalBlockingTimeMs: median(pageRuns.map((r) => r.totalBlockingTimeMs)),
  }))
}

async function lighthouseRun(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    }
  } finally {
    await chrome.kill()
  }
}

const LCP_RUNS = 7

/**
 * LCP of the article page and of the plain reference page, loaded in turn in Chromium under Lighthouse's mobile
 * throttling (150 ms round trips, 1.6 Mbit/s, CPU slowed 4×), the median of each. Real loads, not Lighthouse's
 * simulation, which counts any script fetched before the first paint against it even when it blocks nothing.
 */
async function lcpSideBySide(appUrl: string, referenceUrl: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  const runs = { app: [] as number[], reference: [] as number[] }
  try {
    for (let run = 0; run < LCP_RUNS; run++)
      for (const [key, url] of [
        ['app', appUrl],
        ['reference', referenceUrl],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 })
        await page.addInitScript({
          content: `window.__lcp = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__lcp = entry.startTime }).observe({ type: 'largest-contentful-paint', buffered: true })`,
        })
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: (1.6e6 * 0.9) / 8,
          uploadThroughput: (750e3 * 0.9) / 8,
        })
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        await page.goto(url)
        await page.waitForTimeout(2500)
        runs[key].push(await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp))
        await page.close()
      }
  } finally {
    await browser.close()
  }
  return { appMs: median(runs.app), referenceMs: median(runs.reference) }
}

interface ScaleRow {
  label: string
  words: number
  quotes: number
  speakers: number
  firstContentfulPaintMs: number
  loadBusyMs: number
  filterMs: number
  passageLinkMs: number
}

/** Opens each generated article in Chromium and times first render and two interactions (Event Timing). */
async function measureScale(origin: string): Promise<ScaleRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  const rows: ScaleRow[] = []
  try {
    for (const scale of SCALES) {
      const article = generateHearing(scale)
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.addInitScript({ content: OBSERVE_PERFORMANCE })
      await page.goto(`${origin}/articles/${scale.slug}`)
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(500)
      const load = await page.evaluate(() => window.__bench.load())
      const firstSpeaker = page.getByRole('group', { name: 'Filter by speaker' }).getByRole('button').first()
      // Each round filters to a speaker (measured) and clears the filter again (not measured).
      const filterMs = median(
        await repeat(3, async () => {
          const duration = await interaction(page, () => firstSpeaker.click())
          await firstSpeaker.click()
          return duration
        }),
      )
      const show = page
        .getByRole('button', { name: /^Show in article/ })
        .nth(Math.min(40, article.quotes.length - 1))
      const passageLinkMs = median(await repeat(3, () => interaction(page, () => show.click())))
      rows.push({
        label: scale.label,
        words: wordCount(article),
        quotes: article.quotes.length,
        speakers: article.speakers.length,
        firstContentfulPaintMs: load.fcp,
        loadBusyMs: load.longTasks,
        filterMs,
        passageLinkMs,
      })
      await page.close()
    }
  } finally {
    await browser.close()
  }
  return rows
}

/** Runs in the page before anything else: records paints, long tasks and interactions. Plain JavaScript. */
const OBSERVE_PERFORMANCE = `
  const events = []
  let longTasks = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks += entry.duration
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId) events.push({ interactionId: entry.interactionId, duration: entry.duration })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  window.__bench = {
    load: () => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      longTasks,
    }),
    takeInteractions: () => events.splice(0),
  }
`

/** The longest interaction `act` caused, in ms; Event Timing reports none under 16 ms, so 0 means "under 16". */
async function interaction(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => window.__bench.takeInteractions())
  await act()
  await page.waitForTimeout(400)
  const events = await page.evaluate(() => window.__bench.takeInteractions())
  return Math.max(0, ...events.map((event) => event.duration))
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let index = 0; index < times; index++) results.push(await run())
  return results
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

function wordCount(source: Parameters<typeof documentText>[0]): number {
  return documentText(source).text.split(/\s+/).filter(Boolean).length
}

/**
 * The bare limit for LCP (issue 11): the article's text as HTML and nothing else, no stylesheet, no inline CSS,
 * no script. The viewport and description tags only keep Lighthouse from scoring the page as broken.
 */
function barePage(source: unknown): string {
  const result = parseArticle(source)
  if (!result.ok) throw new Error('A benchmark article does not parse')
  const { article } = result
  return `<!doctype html><html lang="${article.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Reference page"><title>${escapeHtml(article.headline)}</title></head><body><h1>${escapeHtml(article.headline)}</h1>${article.summary ? `<p>${escapeHtml(article.summary)}</p>` : ''}${article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph.text)}</p>`).join('')}</body></html>`
}

function printReport({
  js,
  app,
  reference,
  long,
  longReference,
  lcp,
  scale,
  builds,
}: {
  js: ReturnType<typeof initialJavaScript>
  app: LighthouseResult
  reference: LighthouseResult
  long: LighthouseResult
  longReference: LighthouseResult
  lcp: { appMs: number; referenceMs: number } | null
  scale: ScaleRow[]
  builds: BuildRow[] | null
}) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const ms = (value: number) => (value === 0 ? '< 16' : Math.round(value).toString())
  const lines = [
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    '| Budget | Measured | Limit | |',
    '|---|---|---|---|',
    `| Initial JS, article page (gzip) | ${js.gzipKB.toFixed(1)} KB in ${js.files} file(s) | ≤ 110 KB | ${js.gzipKB <= 110 ? 'ok' : 'OVER'} |`,
    `| Lighthouse performance (mobile) | ${app.performance} | ≥ 98 | ${app.performance >= 98 ? 'ok' : 'UNDER'} |`,
    `| Lighthouse accessibility | ${app.accessibility} | 100 | ${app.accessibility === 100 ? 'ok' : 'UNDER'} |`,
    `| Lighthouse best practices | ${app.bestPractices} | 100 | ${app.bestPractices === 100 ? 'ok' : 'UNDER'} |`,
    `| Lighthouse SEO | ${app.seo} | 100 | ${app.seo === 100 ? 'ok' : 'UNDER'} |`,
    lcpRow('LCP, seed article vs its bare page (Lighthouse, same run)', app, reference),
    `| Lighthouse performance, ${TRANSCRIPT_WORDS} transcript (mobile) | ${long.performance} | ≥ 95 | ${long.performance >= 95 ? 'ok' : 'UNDER'} |`,
    `| Total blocking time, ${TRANSCRIPT_WORDS} transcript (Lighthouse) | ${Math.round(long.totalBlockingTimeMs)} ms | < 200 ms | ${long.totalBlockingTimeMs < 200 ? 'ok' : 'OVER'} |`,
    lcpRow(
      `LCP, ${TRANSCRIPT_WORDS} transcript vs its bare page (Lighthouse, same run)`,
      long,
      longReference,
    ),
    ...(lcp
      ? [
          `| LCP, seed article and bare page loaded for real under the same throttling (median of ${LCP_RUNS}) | ${Math.round(lcp.appMs)} ms vs ${Math.round(lcp.referenceMs)} ms (${(lcp.appMs / lcp.referenceMs).toFixed(2)}×) | watched | |`,
        ]
      : []),
    ...(builds ? buildBudgets(builds) : []),
    '',
    '| Article | Words | Quotes | Speakers | First paint (ms) | Main thread busy while loading (ms) | Toggle a speaker filter (ms) | Open a passage link (ms) |',
    '|---|---|---|---|---|---|---|---|',
    ...scale.map(
      (row) =>
        `| ${row.label} | ${row.words.toLocaleString('en')} | ${row.quotes.toLocaleString('en')} | ${row.speakers} | ${Math.round(row.firstContentfulPaintMs)} | ${Math.round(row.loadBusyMs)} | ${ms(row.filterMs)} | ${ms(row.passageLinkMs)} |`,
    ),
    '',
    'Interactions are Event Timing durations (input to next paint), median of 3; "< 16" means below what Event Timing reports.',
    '',
    ...(builds ? buildTable(builds) : ['(The builds are not measured with --skip-build.)']),
  ]
  console.log(`\n${lines.join('\n')}`)
}

const TRANSCRIPT_WORDS = `${wordCount(TRANSCRIPT).toLocaleString('en')}-word`

function lcpRow(label: string, page: LighthouseResult, bare: LighthouseResult): string {
  const ratio = page.lcpMs / bare.lcpMs
  return `| ${label} | ${Math.round(page.lcpMs)} ms vs ${Math.round(bare.lcpMs)} ms (${ratio.toFixed(2)}×) | ≤ 1.25× | ${ratio <= 1.25 ? 'ok' : 'OVER'} |`
}

/** Issue 11's budgets for the build: its peak memory and its cards, over the three sites. */
function buildBudgets(builds: readonly BuildRow[]): string[] {
  const peak = Math.max(...builds.flatMap((row) => [row.cold.peakMemory, row.edited.peakMemory]))
  const card = Math.max(...builds.map((row) => row.output.cards.largest))
  return [
    `| Build peak memory, largest of the three sites below | ${Math.round(peak / 2 ** 20)} MB | < 1,024 MB | ${peak < 2 ** 30 ? 'ok' : 'OVER'} |`,
    `| Largest preview card | ${(card / 1024).toFixed(1)} KB | ≤ ${CARD_MAX_BYTES / 1024} KB | ${card <= CARD_MAX_BYTES ? 'ok' : 'OVER'} |`,
  ]
}

declare global {
  interface Window {
    __bench: {
      load: () => { fcp: number; longTasks: number }
      takeInteractions: () => { interactionId: number; duration: number }[]
    }
  }
}

await main()
