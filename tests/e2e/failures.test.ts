// When things go wrong, end to end in Chromium on the built site: the strict Content-Security-Policy the build
// writes in `_headers` (the preview server sends it, as a host would), an app script that fails or comes late,
// and a reader who goes offline. The page stays readable and says what happened, in words.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { APP_NOTICES } from '../../src/app/app-start.ts'
import { baseURL, launchBrowser, openPage, type WatchedPage } from './browser.ts'
import { appReady, panelOf, quoteTintOf, SEED, seed } from './journey.ts'

let browser: Browser
let watched: WatchedPage | undefined
/** Console messages a journey causes on purpose: the resources it made fail. */
let expected: RegExp | null = null

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})
afterEach(async () => {
  const problems = (watched?.problems ?? []).filter((problem) => !expected?.test(problem))
  await watched?.close()
  watched = undefined
  expected = null
  expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([])
})

const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }

async function newPage(options?: BrowserContextOptions): Promise<Page> {
  watched = await openPage(browser, options)
  // Every violation of the policy, reported by the page itself as it happens.
  await watched.page.addInitScript({
    content: `window.__violations = []; addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + event.blockedURI))`,
  })
  return watched.page
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

/** The app's script, the one every page's loader starts. */
const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/

describe('under the strict Content-Security-Policy of _headers', () => {
  it('sends the policy, allowing no inline code but its own, and the page runs under it', async () => {
    const page = await newPage()
    const response = await page.goto(`/articles/${SEED}`)
    const policy = response!.headers()['content-security-policy']!
    expect(policy).toContain("script-src 'self' 'sha256-")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(response!.headers()['x-content-type-options']).toBe('nosniff')
    await appReady(page)
    // What changes styles as the reader acts: the filter's rules, the previewed quote, the speaker card's place.
    const speaker = seed.speakers.find((candidate) =>
      seed.quotes.some((quote) => quote.speaker === candidate.id),
    )!
    await panelOf(page)
      .getByRole('group', { name: 'Filter by speaker' })
      .getByRole('button', { name: new RegExp(`^${speaker.name}`) })
      .click()
    const other = seed.quotes.find((quote) => quote.speaker !== speaker.id)!
    await expect.poll(() => quoteTintOf(page, other.id)).toBe('rgba(0, 0, 0, 0)')
    await page.locator(`article [data-speaker="${speaker.id}"]`).first().click()
    await page.getByRole('dialog', { name: speaker.name }).waitFor()
    expect(await violations(page)).toEqual([])
  })
})

describe('when the app script fails', () => {
  it('says so and reads as without JavaScript: the quotes after the article, reachable on a phone', async () => {
    const page = await newPage(PHONE)
    await page.route(APP_SCRIPT, (route) => route.abort())
    expected = /Failed to load resource/
    await page.goto(`/articles/${SEED}`)
    const notice = page.getByRole('status').filter({ hasText: APP_NOTICES.failed })
    await expect.poll(() => notice.isVisible()).toBe(true)
    const panel = panelOf(page)
    await expect.poll(() => panel.isVisible()).toBe(true)
    const article = (await page.locator('article').boundingBox())!
    expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(article.y + article.height)
    // No control that would do nothing is offered.
    expect(await page.getByRole('button', { name: /^Quotes & positions/ }).isVisible()).toBe(false)
    expect(await violations(page)).toEqual([])
  })
})

describe('when the app script is late', () => {
  it('keeps a tap made before it arrived, and acts on it once it runs', async () => {
    const page = await newPage(PHONE)
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(APP_SCRIPT, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`/articles/${SEED}`)
    const sheetButton = page.getByRole('button', { name: /^Quotes & positions/ })
    await sheetButton.tap()
    expect(await sheetButton.getAttribute('aria-expanded')).toBe('false')
    release()
    await appReady(page)
    await expect.poll(() => sheetButton.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => panelOf(page).isVisible()).toBe(true)
  })
})

describe('offline', () => {
  it('says in words that an article could not be loaded, and Try again loads it once back online', async () => {
    const page = await newPage()
    await page.goto('/')
    await appReady(page)
    await page.context().setOffline(true)
    expected = /Failed to load resource|Failed to fetch dynamically imported module/
    await page.getByRole('link', { name: seed.headline }).click()
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('You seem to be offline')
    expect(await alert.textContent()).not.toContain('http')
    await page.context().setOffline(false)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe(seed.headline)
    expect(page.url()).toBe(`${baseURL()}/articles/${SEED}`)
  }, 45_000)
})
