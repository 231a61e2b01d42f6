// Every target a link or a button asks for reaches the screen, on a long transcript (12,000 words, generated):
// a quote link, a passage link, a text fragment and "Show in article" put their mark in the upper third of the
// screen, on a desktop and a phone. A link the page is opened with goes there at once, as the browser goes to a
// fragment; "Show in article" scrolls smoothly unless the reader asks for reduced motion. The notice that explains
// a link sits beside its mark.
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { documentText } from '../../src/core/anchoring/document-text.ts'
import { selectPassage } from '../../src/core/anchoring/match-passage.ts'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { encodePassageLink } from '../../src/core/links/passage-link.ts'
import { generateTranscript } from '../fixtures/generate-transcript.ts'
import { panelOf, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
let page: Page

const SLUG = 'hearing-transcript'
const parsed = parseArticle(generateTranscript({ slug: SLUG, words: 12_000, speakers: 60 }))
if (!parsed.ok) throw new Error('the generated transcript does not parse')
const article = parsed.article
const document = documentText(article)
const deepQuote = article.quotes[Math.floor(article.quotes.length * 0.6)]!

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }

/** Where the first piece of the mark is, as a share of the screen's height from the top (0 top, 1 bottom). */
async function markPosition(): Promise<number> {
  return page.evaluate(() => {
    const mark = window.document.querySelector('article mark')
    if (!mark) return Number.NaN
    return mark.getBoundingClientRect().top / window.innerHeight
  })
}

/** How far the mark's top is below the bottom of the sticky bar over the text (px); negative: under it. */
async function clearOfTheBar(): Promise<number> {
  return page.evaluate(() => {
    const mark = window.document.querySelector('article mark')
    const bar = [...window.document.querySelectorAll('div.sticky')].find((element) =>
      element.textContent?.includes('Clear highlight'),
    )
    if (!mark || !bar) return Number.NaN
    return mark.getBoundingClientRect().top - bar.getBoundingClientRect().bottom
  })
}

/**
 * Waits until the mark rests in the upper third of the screen, below the sticky bar over the text (and stays there
 * a moment: no late jump).
 */
async function expectMarkInUpperThird() {
  await expect.poll(markPosition, { timeout: 15_000 }).toBeGreaterThanOrEqual(0)
  await expect.poll(markPosition, { timeout: 15_000 }).toBeLessThanOrEqual(1 / 3)
  await page.waitForTimeout(700)
  const settled = await markPosition()
  expect(settled).toBeGreaterThanOrEqual(0)
  expect(settled).toBeLessThanOrEqual(1 / 3)
  expect(await clearOfTheBar()).toBeGreaterThanOrEqual(0)
}

/** Run before the page's scripts: records how each element is scrolled into view. */
const RECORD_SCROLLS = `{
  const scrollIntoView = Element.prototype.scrollIntoView
  window.__scrolls = []
  Element.prototype.scrollIntoView = function (options) {
    window.__scrolls.push(options?.behavior ?? 'auto')
    return scrollIntoView.call(this, options)
  }
}`

/** How the page has scrolled elements into view so far (RECORD_SCROLLS). */
async function scrollBehaviours(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __scrolls?: string[] }).__scrolls ?? [])
}

function passagePathOf(text: string, revision = article.revision, shift = 0) {
  const start = document.text.indexOf(text)
  const selector = selectPassage(document.text, { start, end: start + text.length })
  const link = { ...selector, start: selector.start + shift, end: selector.end + shift, revision }
  return `/articles/${SLUG}?${encodePassageLink(link)}`
}

describe.each([
  { screen: 'desktop', options: DESKTOP },
  { screen: 'phone', options: PHONE },
])('on a $screen', ({ options }) => {
  it.each([
    { motion: 'reduced motion', reducedMotion: 'reduce' as const },
    { motion: 'no preference for motion', reducedMotion: 'no-preference' as const },
  ])(
    'opens a quote link deep in the transcript with its mark in the upper third, at once, with $motion',
    async ({ reducedMotion }) => {
      page = await journeys.open(
        `/articles/${SLUG}/quotes/${deepQuote.id}`,
        { ...options, reducedMotion },
        RECORD_SCROLLS,
      )
      await expectMarkInUpperThird()
      expect(await scrollBehaviours()).toContain('instant')
      expect(await scrollBehaviours()).not.toContain('smooth')
    },
  )

  it('opens a passage link deep in the transcript with its mark in the upper third', async () => {
    const words = article.paragraphs.at(-12)!.text.slice(0, 60)
    page = await journeys.open(passagePathOf(words), { ...options, reducedMotion: 'reduce' })
    await expectMarkInUpperThird()
    expect(await page.locator('article mark').first().textContent()).toBe(words)
  })

  it('opens a text fragment deep in the transcript with its mark in the upper third', async () => {
    const last = article.paragraphs.at(-3)!
    const words = last.text.split(' ').slice(2, 8).join(' ')
    page = await journeys.open(`/articles/${SLUG}#:~:text=${encodeURIComponent(words)}`, {
      ...options,
      reducedMotion: 'reduce',
    })
    await expectMarkInUpperThird()
  })
})

describe('inside the app', () => {
  it('“Show in article” on the 100th quote brings it to the upper third, smoothly', async () => {
    page = await journeys.open(`/articles/${SLUG}`, DESKTOP, RECORD_SCROLLS)
    await panelOf(page)
      .getByRole('button', { name: /^Show 50 more quotes/ })
      .click()
    const hundredth = article.quotes[99]!
    await panelOf(page)
      .locator(`[data-quote-card="${hundredth.id}"]`)
      .getByRole('button', { name: /^Show in article/ })
      .click()
    await page.waitForURL(`**/quotes/${hundredth.id}`)
    await expectMarkInUpperThird()
    expect(await scrollBehaviours()).toContain('smooth')
  })

  it('says a link was made before the article was edited, in the bar beside the mark', async () => {
    const words = article.paragraphs.at(-20)!.text.slice(0, 50)
    page = await journeys.open(passagePathOf(words, 'an-older-revision', 7), {
      ...DESKTOP,
      reducedMotion: 'reduce',
    })
    await expectMarkInUpperThird()
    const notice = page.getByText(/has been edited since this link was made/)
    await expect.poll(() => notice.isVisible()).toBe(true)
    const box = await notice.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(800 / 3)
  })
})
