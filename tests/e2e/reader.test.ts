// Reader journeys in a real Chromium against the built site: read, filter, reload, not found, phone.
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './axe.ts'
import { panelOf, quoteFiguresOf, SEED, seed, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
let page: Page

async function open(path: string, options?: BrowserContextOptions) {
  page = await journeys.open(path, options)
}

const panel = () => panelOf(page)
const quoteFigures = () => quoteFiguresOf(page)
const speakerButton = (name: string) =>
  panel()
    .getByRole('group', { name: 'Filter by speaker' })
    .getByRole('button', { name: new RegExp(name) })

describe('reading an article', () => {
  it('lists every bundled article on the home page, the fixture included, each at its own URL', async () => {
    await open('/')
    await expect.poll(() => page.getByRole('link', { name: seed.headline }).count()).toBe(1)
    await page.getByRole('link', { name: 'Harbour Council Delays Vote on Ferry Fares' }).click()
    await page.waitForURL('**/articles/harbour-council-vote')
    await expect.poll(() => quoteFigures().count()).toBe(2)
  })

  it('marks every mention in the article and lists every quote in the panel', async () => {
    await open(`/articles/${SEED}`)
    await page.locator('article [data-speaker]').first().waitFor()
    for (const speaker of seed.speakers) {
      const expected = seed.mentions.filter((mention) => mention.speaker === speaker.id).length
      await expect.poll(() => page.locator(`article [data-speaker="${speaker.id}"]`).count()).toBe(expected)
    }
    await expect.poll(() => quoteFigures().count()).toBe(seed.quotes.length)
    await expect.poll(() => quoteFigures().locator('blockquote').count()).toBe(seed.quotes.length)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).allTextContents())
      .toEqual([seed.headline])
    await expect.poll(() => page.title()).toContain('Lavrov')
  })

  it('filters by each speaker with quotes in turn, with counts, dimming, and a way to clear', async () => {
    await open(`/articles/${SEED}`)
    // A speaker without quotes is listed, not offered as a filter.
    const quoted = seed.speakers.filter((speaker) =>
      seed.quotes.some((quote) => quote.speaker === speaker.id),
    )
    for (const speaker of quoted) {
      const expected = seed.quotes.filter((quote) => quote.speaker === speaker.id).length
      await speakerButton(speaker.name).click()
      await expect.poll(() => speakerButton(speaker.name).getAttribute('aria-pressed')).toBe('true')
      await expect.poll(() => quoteFigures().count()).toBe(expected)
      const captions = await quoteFigures().locator('figcaption').allTextContents()
      expect(captions.every((caption) => caption.includes(speaker.name))).toBe(true)
      expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual([speaker.id])
      await page.getByRole('button', { name: 'Clear filter' }).click()
      await expect.poll(() => quoteFigures().count()).toBe(seed.quotes.length)
    }
  })

  it('keeps a filter of several speakers through reload and back', async () => {
    await open(`/articles/${SEED}`)
    await speakerButton('Sergey Lavrov').click()
    await speakerButton('Salim Paigir').click()
    await expect.poll(() => quoteFigures().count()).toBe(5)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'quotes by' }).textContent())
      .toBe('5 quotes by Sergey Lavrov and Salim Paigir')
    await page.reload()
    await expect.poll(() => quoteFigures().count()).toBe(5)
    await expect.poll(() => speakerButton('Salim Paigir').getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('link', { name: 'Who said what' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.goBack()
    await expect.poll(() => quoteFigures().count()).toBe(5)
  })

  it('opens a card about a speaker whose name is clicked in the text, and filters only when asked', async () => {
    await open(`/articles/${SEED}`)
    const address = page.url()
    await page.locator('article [data-speaker="salim-paigir"]').first().click()
    const card = page.getByRole('dialog', { name: 'Salim Paigir' })
    await expect.poll(() => card.isVisible()).toBe(true)
    expect(page.url()).toBe(address)
    await expect.poll(() => quoteFigures().count()).toBe(seed.quotes.length)
    await card.getByRole('button', { name: 'Show only Salim Paigir' }).click()
    await expect.poll(() => quoteFigures().count()).toBe(1)
    await expect.poll(() => speakerButton('Salim Paigir').getAttribute('aria-pressed')).toBe('true')
  })

  it('outlines a quote in the text while its card is hovered or focused', async () => {
    await open(`/articles/${SEED}`)
    const quote = seed.quotes[0]!
    const inText = page.locator(`article [data-quote="${quote.id}"]`)
    const outline = () => inText.evaluate((element) => getComputedStyle(element).outlineStyle)
    await expect.poll(outline).toBe('none')
    await quoteFigures().first().hover()
    await expect.poll(outline).toBe('solid')
    await page.mouse.move(0, 0)
    await expect.poll(outline).toBe('none')
    await panel()
      .getByRole('button', { name: `Show in article: quote by ${seed.speakers[0]!.name}` })
      .first()
      .focus()
    await expect.poll(outline).toBe('solid')
  })

  it('shows a quote in the article: scrolled into view, marked and focused', async () => {
    await open(`/articles/${SEED}`)
    const quote = seed.quotes.find((candidate) => candidate.speaker === 'salim-paigir')!
    await panel()
      .getByRole('button', { name: /Show in article: quote by Salim Paigir/ })
      .click()
    const mark = page.locator('article mark').first()
    await mark.waitFor()
    await expect
      .poll(() =>
        page
          .locator('article mark')
          .allTextContents()
          .then((parts) => parts.join('')),
      )
      .toBe(quote.text)
    await expect.poll(() => mark.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.waitForFunction(() => {
      const box = document.querySelector('article mark')!.getBoundingClientRect()
      return box.top >= 0 && box.bottom <= window.innerHeight
    })
    await page.getByRole('button', { name: 'Clear highlight' }).click()
    await expect.poll(() => page.locator('article mark').count()).toBe(0)
  })

  it('opens the Positions view with every issue and evidence that shows in the text', async () => {
    await open(`/articles/${SEED}`)
    await panel()
      .getByRole('tab', { name: /Positions/ })
      .click()
    await expect.poll(() => panel().getByRole('heading', { name: 'Positions' }).count()).toBe(1)
    for (const issue of seed.issues) await panel().getByRole('heading', { name: issue.title }).waitFor()
    await panel()
      .getByRole('button', { name: /Show passage in article: This was the majority opinion/ })
      .click()
    await expect
      .poll(() => page.locator('article mark').first().textContent())
      .toBe('This was the majority opinion during the discussions')
  })
})

describe('links that lead nowhere', () => {
  it('says an unknown article was not found', async () => {
    await open('/articles/no-such-article')
    await page.getByRole('heading', { name: 'Article not found' }).waitFor()
  })

  it('says an unknown page was not found', async () => {
    await open('/no/such/page')
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
  })

  it('shows the article with a notice for an unknown or hostile speaker in the link', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">${'x'.repeat(10_000)}`
    await open(`/articles/${SEED}?speaker=${encodeURIComponent(hostile)}&speaker=sergey-lavrov`)
    await page.getByText(/asks for a speaker the article does not have/).waitFor()
    await expect.poll(() => quoteFigures().count()).toBe(4)
    await expect.poll(() => page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false)
    await expect.poll(() => page.locator('img').count()).toBe(0)
  })
})

describe('on a phone', () => {
  it('keeps the article readable at 375 px and opens the panel from a button', async () => {
    await open(`/articles/${SEED}`, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await page.locator('article [data-speaker]').first().waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expect.poll(() => panel().isVisible()).toBe(false)
    await page.getByRole('button', { name: /Quotes & positions/ }).click()
    await expect.poll(() => panel().isVisible()).toBe(true)
    await speakerButton('Zabihullah Mujahid').click()
    await expect.poll(() => quoteFigures().count()).toBe(2)
    await page.keyboard.press('Escape')
    await expect.poll(() => panel().isVisible()).toBe(false)
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: /Quotes & positions/ })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true)
  })

  it('opens the panel, filtered, from the card of a name tapped in the text', async () => {
    await open(`/articles/${SEED}`, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await page.locator('article [data-speaker="salim-paigir"]').first().tap()
    await page
      .getByRole('dialog', { name: 'Salim Paigir' })
      .getByRole('button', { name: 'Show in panel' })
      .tap()
    await expect.poll(() => panel().isVisible()).toBe(true)
    await expect.poll(() => quoteFigures().count()).toBe(1)
  })
})

describe('accessibility', () => {
  it.each([
    ['the article', `/articles/${SEED}`, async () => {}],
    ['a filtered view', `/articles/${SEED}?speaker=zabihullah-mujahid`, async () => {}],
    [
      'the Positions view',
      `/articles/${SEED}`,
      async () => {
        await panel()
          .getByRole('tab', { name: /Positions/ })
          .click()
      },
    ],
    ['the home page', '/', async () => {}],
    ['the not-found page', '/articles/missing', async () => {}],
  ])('axe finds no violation on %s', async (_name, path, prepare) => {
    await open(path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await prepare()
    await expect.poll(() => accessibilityViolations(page)).toEqual([])
  })
})
