// What crafted #:~:text= links cost the main thread on the 40,000-word hearing, in Chromium with the CPU slowed 4×
// as Lighthouse's phone is (issue 15: any link settles within 200 ms of work). Each link's page is loaded until
// it shows its mark or its notice, and its main-thread task time (CDP Performance.getMetrics) is set against the
// same page loaded without a link; links and the plain page take turns, and each figure is the median of a few.
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.ts'

/** The links measured: what froze the tab before (issue 15), and a link the browser itself would make. */
export const MEASURED_LINKS = [
  { label: 'start and end everywhere, suffix nowhere', directive: 'text=the,the,-zzzz' },
  { label: 'a common start, an end nowhere', directive: 'text=the,zzzz' },
  { label: 'prefix, start and suffix all common', directive: 'text=the-,the,-the' },
  { label: 'a letter inside most words', directive: 'text=e' },
  { label: '300 common words, then one nowhere', directive: `text=${'the%20'.repeat(300)}zzzz` },
  { label: '50 directives, none there', directive: Array(50).fill('text=the,the,-zzzz').join('&') },
  { label: 'a link the browser makes (found)', directive: 'text=the%20border%20agreement' },
] as const

/** The budget issue 15 sets for any link on this article, at 4× CPU slowdown. */
export const LINK_BUDGET_MS = 200

export interface LinkWorkRow {
  label: string
  /** What the page showed for the link: its mark, its notice, or neither (a failure to report). */
  outcome: 'mark' | 'notice' | 'neither'
  /** Main-thread task time from navigation until the page settled, with the link and without it (ms). */
  withLinkMs: number
  withoutLinkMs: number
  /** The difference: what the link cost (ms). */
  linkMs: number
  /** The longest single task while the page with the link loaded (ms). */
  longestTaskMs: number
}

/**
 * Loads `/articles/<slug>` on `origin` (a built site served, as `npm run bench` does) with each link and without,
 * `rounds` times in turn, the CPU slowed 4×, and returns one row per link. Chromium searches for the text itself
 * too (its own highlight), on the same main thread: that work counts, unless `browserSearch` is false.
 */
export async function measureLinkWork(
  origin: string,
  {
    slug = 'bench-hearing',
    rounds = 3,
    browserSearch = true,
  }: {
    slug?: string
    rounds?: number
    /** false: Chromium's own search and highlight of the text are turned off, to see what the app's part costs. */
    browserSearch?: boolean
  } = {},
): Promise<LinkWorkRow[]> {
  const args = browserSearch
    ? CHROMIUM_FLAGS
    : [...CHROMIUM_FLAGS, '--disable-blink-features=TextFragmentIdentifiers']
  const browser = await chromium.launch({ executablePath: chromiumPath(), args })
  try {
    const article = `${origin}/articles/${slug}`
    const plain: number[] = []
    const runs = MEASURED_LINKS.map(() => [] as Load[])
    for (let round = 0; round < rounds; round++) {
      plain.push((await load(browser, article)).taskMs)
      for (const [at, link] of MEASURED_LINKS.entries())
        runs[at]!.push(await load(browser, `${article}#:~:${link.directive}`))
    }
    const withoutLinkMs = median(plain)
    return MEASURED_LINKS.map((link, at) => {
      const loads = runs[at]!
      const withLinkMs = median(loads.map((one) => one.taskMs))
      return {
        label: link.label,
        outcome: loads.every((one) => one.outcome === loads[0]!.outcome) ? loads[0]!.outcome : 'neither',
        withLinkMs,
        withoutLinkMs,
        linkMs: Math.max(0, withLinkMs - withoutLinkMs),
        longestTaskMs: median(loads.map((one) => one.longestTaskMs)),
      }
    })
  } finally {
    await browser.close()
  }
}

/** The rows as a Markdown table, with the budget. */
export function linkWorkTable(rows: readonly LinkWorkRow[]): string {
  const ms = (value: number) => Math.round(value).toLocaleString('en')
  return [
    `| Crafted #:~:text= link, 40,000-word hearing, CPU 4× slower | Shows | Main thread, page with link (ms) | Without (ms) | The link's work (ms) | Longest task (ms) | ≤ ${LINK_BUDGET_MS} ms |`,
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.outcome} | ${ms(row.withLinkMs)} | ${ms(row.withoutLinkMs)} | ${ms(row.linkMs)} | ${ms(row.longestTaskMs)} | ${row.outcome !== 'neither' && row.linkMs <= LINK_BUDGET_MS ? 'ok' : 'OVER'} |`,
    ),
    '',
    "Main-thread task time is CDP Performance.getMetrics TaskDuration from navigation until the page is quiet (a second with under 30 ms of work) after its mark or notice shows; the link's work is that less the same for the page without a link (median of each), Chromium's own search for the text included.",
  ].join('\n')
}

/** A page is quiet once a second passes with less than 30 ms of main-thread work; it is given 20 seconds. */
const QUIET_MS = 1000
const QUIET_WORK_MS = 30
const QUIET_WITHIN_MS = 20_000

interface Load {
  outcome: LinkWorkRow['outcome']
  taskMs: number
  longestTaskMs: number
}

/** One page load with the CPU slowed 4×, until the page settles: its outcome and main-thread time. */
async function load(browser: Browser, url: string): Promise<Load> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.addInitScript({
      content: `window.__longest = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration) }).observe({ type: 'longtask', buffered: true })`,
    })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(url)
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 120_000 })
    // Polled with two cheap selectors, every 100 ms: a text search over the whole article each frame would be
    // work of its own on this page's main thread, counted with the link's.
    const outcome: Load['outcome'] = url.includes(':~:')
      ? await page
          .waitForFunction(
            () => {
              if (document.querySelector('article mark[data-passage-start]')) return 'mark'
              const notices = [...document.querySelectorAll('[role="status"]')]
              return notices.some((notice) => notice.textContent?.includes('The text this link points to'))
                ? 'notice'
                : false
            },
            undefined,
            { polling: 100, timeout: 60_000 },
          )
          .then((handle) => handle.jsonValue() as Promise<'mark' | 'notice'>)
          .catch(() => 'neither' as const)
      : 'neither'
    // Then until the page is quiet: hydration goes on in chunks after the app is ready, and a mark is watched for
    // a few seconds while the page settles around it (decision 012); both pages are measured to the same state.
    const taskMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN)
    }
    let before = await taskMs()
    for (let waited = 0; waited < QUIET_WITHIN_MS; waited += QUIET_MS) {
      await page.waitForTimeout(QUIET_MS)
      const after = await taskMs()
      if (after - before < QUIET_WORK_MS) break
      before = after
    }
    const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
    return { outcome, taskMs: before, longestTaskMs }
  } finally {
    await page.close()
  }
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}
