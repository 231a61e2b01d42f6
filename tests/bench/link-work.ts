// What crafted #:~:text= links cost the main thread on the 40,000-word hearing, in Chromium with the CPU slowed 4×
// as Lighthouse's phone is (issue 15: any link settles within 200 ms of work). Each link's page is loaded until
// it shows its mark or its notice and is quiet, traced, and its main-thread work is set against the same page
// loaded without a link (once before each link's load); each figure is a median.
//
// The app reads a link once the reading view has hydrated (decision 012), so the link's work is what the main
// thread does from that moment (the user timing mark READER_HYDRATED_MARK) until the page is quiet, less the same
// for the page without a link. The whole load is shown too, with and without: on a shared machine it varies by
// more than the budget from one load to the next, which is why the budget is not read off it.
import { chromium, type Browser } from 'playwright-core'
import { READER_HYDRATED_MARK } from '../../src/reader/hydration.ts'
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
  /** Main-thread work once the view had hydrated, until the page settled, with the link and without it (ms). */
  withLinkMs: number
  withoutLinkMs: number
  /** The difference: what the link cost (ms). */
  linkMs: number
  /** Main-thread work of the whole load, with the link and without (ms). */
  wholeLoadMs: number
  wholeLoadWithoutMs: number
  /** The longest single task while the page with the link loaded (ms). */
  longestTaskMs: number
}

/**
 * Loads `/articles/<slug>` on `origin` (a built site served, as `npm run bench` does) with each link, each time
 * just after the page without a link, `rounds` times, the CPU slowed 4×, and returns one row per link. Chromium
 * searches for the text itself too (its own highlight), on the same main thread: that work counts, unless
 * `browserSearch` is false.
 */
export async function measureLinkWork(
  origin: string,
  {
    slug = 'bench-hearing',
    rounds = 5,
    browserSearch = false,
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
    // Each link's page is loaded right after the plain page, so both share the machine's load as it drifts over
    // a run; every plain load then counts towards one baseline, which a single load varies around by about the
    // budget.
    const plain: Load[] = []
    const runs = MEASURED_LINKS.map(() => [] as Load[])
    for (let round = 0; round < rounds; round++)
      for (const [at, link] of MEASURED_LINKS.entries()) {
        plain.push(await load(browser, article))
        runs[at]!.push(await load(browser, `${article}#:~:${link.directive}`))
      }
    const withoutLinkMs = median(plain.map((one) => one.afterHydrationMs))
    return MEASURED_LINKS.map((link, at) => {
      const loads = runs[at]!
      const withLinkMs = median(loads.map((one) => one.afterHydrationMs))
      return {
        label: link.label,
        outcome: loads.every((one) => one.outcome === loads[0]!.outcome) ? loads[0]!.outcome : 'neither',
        withLinkMs,
        withoutLinkMs,
        linkMs: Math.max(0, withLinkMs - withoutLinkMs),
        wholeLoadMs: median(loads.map((one) => one.wholeLoadMs)),
        wholeLoadWithoutMs: median(plain.map((one) => one.wholeLoadMs)),
        longestTaskMs: median(loads.map((one) => one.longestTaskMs)),
      }
    })
  } finally {
    await browser.close()
  }
}

/**
 * The rows as a Markdown table. The budget is the app's: with Chromium's own search of the text measured too
 * (`browserSearch`), the rows show what a reader's tab spends, part of which no page can turn off.
 */
export function linkWorkTable(rows: readonly LinkWorkRow[], { browserSearch = false } = {}): string {
  const ms = (value: number) => Math.round(value).toLocaleString('en')
  const budgeted = !browserSearch
  if (browserSearch)
    return [
      "| Crafted #:~:text= link, 40,000-word hearing, CPU 4× slower, Chromium's own search included | Shows | Whole load, page with link (ms) | Without (ms) | Difference (ms) | Longest task (ms) |",
      '|---|---|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.label} | ${row.outcome} | ${ms(row.wholeLoadMs)} | ${ms(row.wholeLoadWithoutMs)} | ${ms(Math.max(0, row.wholeLoadMs - row.wholeLoadWithoutMs))} | ${ms(row.longestTaskMs)} |`,
      ),
      '',
      "Chromium searches the directive itself too, on the same thread, from the moment the page is parsed and whatever the page does: its work is in the whole load, and no page can turn it off. One load each, so the difference is within the load's own variation.",
    ].join('\n')
  return [
    `| Crafted #:~:text= link, 40,000-word hearing, CPU 4× slower | Shows | Main thread once the view hydrated, with link (ms) | Without (ms) | The link's work (ms) | Whole load with link (ms) | Without (ms) | Longest task (ms) | ≤ ${LINK_BUDGET_MS} ms |`,
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.outcome} | ${ms(row.withLinkMs)} | ${ms(row.withoutLinkMs)} | ${ms(row.linkMs)} | ${ms(row.wholeLoadMs)} | ${ms(row.wholeLoadWithoutMs)} | ${ms(row.longestTaskMs)} | ${budgeted && row.outcome !== 'neither' && row.linkMs <= LINK_BUDGET_MS ? 'ok' : 'OVER'} |`,
    ),
    '',
    "Main-thread work is the trace's tasks on the page's main thread (medians), until the page is quiet (a second with under 30 ms of work) after its mark or notice shows. The app reads a link once the view has hydrated, so the link's work is the work from then on less the same for the page without a link (loaded before each link's load, all those loads' median). Chromium's own search for the text is turned off (--disable-blink-features=TextFragmentIdentifiers): the figures are the app's work, which the budget is for.",
  ].join('\n')
}

/** A page is quiet once a second passes with less than 30 ms of main-thread work; it is given 20 seconds. */
const QUIET_MS = 1000
const QUIET_WORK_MS = 30
const QUIET_WITHIN_MS = 20_000

interface Load {
  outcome: LinkWorkRow['outcome']
  /** Main-thread task time from navigation until quiet, and from the view's hydration until quiet (ms). */
  wholeLoadMs: number
  afterHydrationMs: number
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
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
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
              return notices.some((notice) =>
                /this link points to is (not )?in the article/.test(notice.textContent ?? ''),
              )
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
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    return { outcome, longestTaskMs, ...mainThreadWork(trace.traceEvents), wholeLoadMs: before }
  } finally {
    await page.close()
  }
}

const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata']

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string }
}

/** The page's main-thread task time in a trace, from its hydration mark on (ms). */
function mainThreadWork(events: readonly TraceEvent[]): { afterHydrationMs: number } {
  const mark = events.find((event) => event.name === READER_HYDRATED_MARK)
  if (!mark) throw new Error(`The page set no ${READER_HYDRATED_MARK} mark: did the reading view hydrate?`)
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      event.pid === mark.pid,
  )
  const tid = main?.tid ?? mark.tid
  let afterHydrationMs = 0
  for (const event of events)
    if (
      event.name === 'RunTask' &&
      event.pid === mark.pid &&
      event.tid === tid &&
      event.ts + (event.dur ?? 0) > mark.ts
    )
      afterHydrationMs += (event.ts + (event.dur ?? 0) - Math.max(event.ts, mark.ts)) / 1000
  return { afterHydrationMs }
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}
