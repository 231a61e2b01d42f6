// Every reader, end to end in Chromium: keyboard and screen reader users, the dark scheme, reduced motion,
// phones and tablets, print, and a right-to-left article; and the views the README shows (their screenshots are
// written only when asked: see UPDATE_SCREENSHOTS below).
import { readFileSync } from 'node:fs'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { accessibilityViolations } from './axe.ts'
import {
  appReady,
  nextFrames,
  panelOf,
  quoteFiguresOf,
  quoteTintOf,
  SEED,
  seed,
  setUpJourneys,
} from './journey.ts'

const journeys = setUpJourneys()
let page: Page

async function open(path: string, options?: BrowserContextOptions) {
  page = await journeys.open(path, options)
  await page.getByRole('heading', { level: 1 }).waitFor()
}

const DARI = 'kabul-water-council'
const dari = JSON.parse(readFileSync(`tests/fixtures/articles/${DARI}.json`, 'utf8')) as ArticleSource

const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
const TABLET: BrowserContextOptions = {
  viewport: { width: 768, height: 1024 },
  isMobile: true,
  hasTouch: true,
}
const LIGHT_PAPER = 'rgb(251, 250, 247)'
const DARK_PAPER = 'rgb(22, 24, 27)'

const panel = () => panelOf(page)
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return {
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      quote: element?.dataset.quoteCard ?? null,
      outline: element ? getComputedStyle(element).outlineStyle : 'none',
    }
  })
const paper = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const markedText = () =>
  page
    .locator('article mark')
    .allTextContents()
    .then((parts) => parts.join(''))
const quoteLabel = (quote: ArticleSource['quotes'][number], source: ArticleSource) =>
  `${quote.kind === 'direct' ? 'Direct' : 'Reported'} quote by ${source.speakers.find((speaker) => speaker.id === quote.speaker)!.name}`

describe('with the keyboard', () => {
  it('makes the skip link the first stop, and it leads to the content', async () => {
    await open(`/articles/${SEED}`)
    await page.keyboard.press('Tab')
    expect((await focused()).label).toBe('Skip to content')
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: 'Skip to content' })
          .evaluate((link) => link.getBoundingClientRect().width),
      )
      .toBeGreaterThan(1)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('moves through the quotes with j and k, each announced by kind and speaker, focus visible', async () => {
    await open(`/articles/${SEED}`)
    await page.keyboard.press('j')
    await expect.poll(focused).toEqual({
      label: quoteLabel(seed.quotes[0]!, seed),
      quote: seed.quotes[0]!.id,
      outline: 'solid',
    })
    await page.keyboard.press('j')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(seed.quotes[1]!.id)
    await page.keyboard.press('k')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(seed.quotes[0]!.id)
    // Focusing a card outlines its quote in the text, as hovering does.
    await expect
      .poll(() =>
        page
          .locator(`article [data-quote="${seed.quotes[0]!.id}"]`)
          .evaluate((element) => getComputedStyle(element).outlineStyle),
      )
      .toBe('solid')
  })

  it.each([
    ['a desktop, light', { viewport: { width: 1280, height: 720 }, colorScheme: 'light' }],
    ['a phone, dark', { ...PHONE, colorScheme: 'dark' }],
  ] as const)(
    'keeps each card j reaches whole in view, under the filter and tabs, on %s',
    async (_, options) => {
      await open(`/articles/${SEED}`, options)
      // Down the whole list with j, then back up with k: every card whole, below the sticky filter and tabs.
      // A card is whole once the scroll that brings it has settled (smoothly, unless the reader asks otherwise).
      const check = async (quoteId: string) => {
        await expect.poll(() => focused().then((state) => state.quote)).toBe(quoteId)
        const placement = () =>
          page.evaluate((id) => {
            const card = document.querySelector<HTMLElement>(`[data-quote-card="${id}"]`)!
            const head = document.querySelector('[role="tablist"]')!.getBoundingClientRect()
            let scroller: HTMLElement | null = card.parentElement
            while (scroller && getComputedStyle(scroller).overflowY !== 'auto')
              scroller = scroller.parentElement
            const box = card.getBoundingClientRect()
            const bottom = Math.min(window.innerHeight, scroller!.getBoundingClientRect().bottom)
            return box.top >= head.bottom - 1 && box.bottom <= bottom + 1 ? 'whole' : `${id} cut`
          }, quoteId)
        await expect.poll(placement).toBe('whole')
      }
      for (const quote of seed.quotes) {
        await page.keyboard.press('j')
        await check(quote.id)
      }
      for (const quote of seed.quotes.slice(0, -1).reverse()) {
        await page.keyboard.press('k')
        await check(quote.id)
      }
    },
  )

  it('leaves the list where it is when focus goes back to the filter and tabs over it', async () => {
    await open(`/articles/${SEED}`, { viewport: { width: 1280, height: 720 } })
    const last = seed.quotes.at(-1)!
    for (const _ of seed.quotes) await page.keyboard.press('j')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(last.id)
    const listScroll = () =>
      page.evaluate(() => {
        let scroller = document.querySelector<HTMLElement>('[data-quote-card]')!.parentElement
        while (scroller && getComputedStyle(scroller).overflowY !== 'auto') scroller = scroller.parentElement
        return Math.round(scroller!.scrollTop)
      })
    // A scroll that would follow a focus is over well within this (it is smooth unless the reader asks otherwise).
    const settle = () => page.waitForTimeout(800)
    await expect.poll(listScroll).toBeGreaterThan(0)
    await settle()
    const scrolled = await listScroll()
    // The filter and the tabs stay over the list: focusing them must not scroll it to make room for them.
    await panel().getByRole('tab', { selected: true }).focus()
    await settle()
    expect(await listScroll()).toBe(scrolled)
    await panel().getByRole('button', { pressed: false }).first().focus()
    await settle()
    expect(await listScroll()).toBe(scrolled)
  })

  it('jumps from a quote to its place in the text with Enter, and back to the quote', async () => {
    await open(`/articles/${SEED}`)
    const quote = seed.quotes[2]!
    for (let step = 0; step < 3; step++) await page.keyboard.press('j')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(quote.id)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/articles/${SEED}/quotes/${quote.id}`)
    await expect.poll(markedText).toBe(quote.text)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('article') !== null))
      .toBe(true)
    await page.getByRole('button', { name: 'Back to the quote' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(quote.id)
  })

  it('lists the shortcuts on ?, and lets the reader turn single-key shortcuts off for good', async () => {
    await open(`/articles/${SEED}`)
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null))
      .toBe(true)
    await expect.poll(() => accessibilityViolations(page)).toEqual([])
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck()
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)

    await page.reload()
    await appReady(page)
    // From Positions, j would switch the panel back to the quotes and focus the first; ? would open the list.
    const positionsTab = panel().getByRole('tab', { name: /Positions/ })
    await positionsTab.click()
    await expect.poll(() => positionsTab.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('j')
    await page.keyboard.press('?')
    // Two frames on, whatever the keys set in motion has been rendered: what has not happened by now will not.
    await nextFrames(page)
    expect(await positionsTab.getAttribute('aria-selected')).toBe('true')
    expect((await focused()).quote).toBeNull()
    expect(await dialog.isVisible()).toBe(false)
    // The header's button still opens the list, where they can be turned back on.
    await page.getByRole('button', { name: 'Shortcuts' }).click()
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).check()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.keyboard.press('j')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(seed.quotes[0]!.id)
  })

  it('switches from Positions back to the quotes when j is pressed', async () => {
    await open(`/articles/${SEED}`)
    await panel()
      .getByRole('tab', { name: /Positions/ })
      .click()
    await page.keyboard.press('j')
    await expect.poll(() => focused().then((state) => state.quote)).toBe(seed.quotes[0]!.id)
    expect(
      await panel()
        .getByRole('tab', { name: /Quotes/ })
        .getAttribute('aria-selected'),
    ).toBe('true')
  })

  it('ignores j and ? once turned off, while Escape, which keeps working, still closes the sheet on a phone', async () => {
    await open(`/articles/${SEED}`, PHONE)
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await page.getByRole('button', { name: 'Shortcuts' }).click()
    await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    await page.getByRole('button', { name: /Quotes & positions/ }).click()
    const positionsTab = panel().getByRole('tab', { name: /Positions/ })
    await positionsTab.click()
    await expect.poll(() => positionsTab.getAttribute('aria-selected')).toBe('true')

    await page.keyboard.press('j')
    await page.keyboard.press('?')
    // The control: one listener takes every key, in order, so once the Escape after them has closed the sheet,
    // j and ? have been handled, and whatever they changed has been rendered. Had ? opened the list, Escape would
    // have closed the list and left the sheet open.
    await page.keyboard.press('Escape')
    await expect.poll(() => panel().isVisible()).toBe(false)
    // The closed sheet is out of the accessibility tree, its tabs with it.
    const hiddenTab = page.getByRole('tab', { name: /Positions/, includeHidden: true })
    expect(await hiddenTab.getAttribute('aria-selected')).toBe('true')
    expect(await dialog.isVisible()).toBe(false)
  })

  it('opens the quotes sheet on a phone when j is pressed, on the first quote', async () => {
    await open(`/articles/${SEED}`, PHONE)
    await page.keyboard.press('j')
    await expect.poll(() => panel().isVisible()).toBe(true)
    await expect.poll(() => focused().then((state) => state.quote)).toBe(seed.quotes[0]!.id)
  })
})

describe('for screen readers', () => {
  it('gives the page landmarks and a heading outline', async () => {
    await open(`/articles/${SEED}`)
    for (const landmark of ['banner', 'main', 'complementary'] as const)
      expect(await page.getByRole(landmark).count()).toBeGreaterThanOrEqual(1)
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([seed.headline])
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(1)
  })

  it('announces the result of a filter in a live region', async () => {
    await open(`/articles/${SEED}`)
    await panel()
      .getByRole('group', { name: 'Filter by speaker' })
      .getByRole('button', { name: /Sergey Lavrov/ })
      .click()
    const count = seed.quotes.filter((quote) => quote.speaker === 'sergey-lavrov').length
    await expect
      .poll(() => panel().getByRole('status').allTextContents())
      .toContain(`${count} quotes by Sergey Lavrov`)
  })
})

describe('the dark scheme', () => {
  it('follows the system until the reader chooses, and keeps the choice with no flash on the next load', async () => {
    await open(`/articles/${SEED}`, { colorScheme: 'light' })
    expect(await paper()).toBe(LIGHT_PAPER)
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    await toggle.click()
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(paper).toBe(DARK_PAPER)

    // The scheme is on <html> before the body exists, so the first paint is already dark.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return
        ;(window as unknown as { schemeAtBody: string }).schemeAtBody =
          document.documentElement.dataset.scheme ?? 'system'
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    await page.reload()
    await appReady(page)
    expect(await page.evaluate(() => (window as unknown as { schemeAtBody: string }).schemeAtBody)).toBe(
      'dark',
    )
    expect(await paper()).toBe(DARK_PAPER)
    // The browser's own chrome takes the chosen scheme's colour too.
    expect(await page.locator('meta[name="theme-color"][media="all"]').getAttribute('content')).toBe(
      '#16181b',
    )

    // Choosing what the system shows anyway forgets the choice: the page follows the system again.
    await toggle.click()
    await expect.poll(paper).toBe(LIGHT_PAPER)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(paper).toBe(DARK_PAPER)
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
  })
})

describe('with reduced motion', () => {
  it('scrolls without animation and fades nothing', async () => {
    await open(`/articles/${SEED}`, { reducedMotion: 'reduce' })
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto')
    expect(
      await page
        .locator('article .quote')
        .first()
        .evaluate((quote) => getComputedStyle(quote).transitionDuration),
    ).toBe('0s')
  })
})

describe('on phones and tablets', () => {
  it.each([
    ['a phone', PHONE],
    ['a tablet', TABLET],
  ])(
    'never scrolls sideways on %s, with the sheet closed or open, in either direction',
    async (_, device) => {
      for (const slug of [SEED, DARI]) {
        await open(`/articles/${slug}`, device)
        const overflow = () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(await overflow()).toBeLessThanOrEqual(0)
        await page.getByRole('button', { name: /Quotes & positions/ }).click()
        await expect.poll(() => panel().isVisible()).toBe(true)
        expect(await overflow()).toBeLessThanOrEqual(0)
        await page.keyboard.press('Escape')
      }
    },
  )

  it('gives every control outside the running text a target of at least 24 by 24 px', async () => {
    await open(`/articles/${SEED}`, PHONE)
    await page.getByRole('button', { name: /Quotes & positions/ }).click()
    await expect.poll(() => panel().isVisible()).toBe(true)
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input'))
        .filter((control) => control.offsetParent !== null && !control.closest('article'))
        .filter((control) => !control.classList.contains('sr-only'))
        .map((control) => ({ name: control.textContent?.trim(), box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
    expect(small).toEqual([])
  })
})

/** What the browser does when the reader prints: print media, and the `beforeprint` event before the layout. */
async function startPrinting() {
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
}

describe('in print', () => {
  it('prints the article with its marks, then the quotes, in light colours and with no controls', async () => {
    // Paper is about 794 CSS pixels wide: the phone layout, with its sheet, is what gets printed.
    await open(`/articles/${SEED}`, { viewport: { width: 794, height: 1123 }, colorScheme: 'light' })
    await page.getByRole('button', { name: 'Dark theme' }).click()
    await page.getByRole('button', { name: /Quotes & positions/ }).click()
    await startPrinting()
    expect(await paper()).toBe(LIGHT_PAPER)
    const visibleControls = await page.evaluate(() =>
      // Controls, and anything fixed on screen (the sheet's backdrop, the share toast) that paper would repeat.
      Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter(
          (element) =>
            element.matches('button, input, [role="tab"]') || getComputedStyle(element).position === 'fixed',
        )
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 0)
        .map((element) => element.textContent?.trim() || element.className),
    )
    expect(visibleControls).toEqual([])
    const article = (await page.locator('article').boundingBox())!
    const quotes = (await panel().boundingBox())!
    expect(quotes.y).toBeGreaterThanOrEqual(article.y + article.height)
    expect(await quoteFiguresOf(page).count()).toBe(seed.quotes.length)
    // Then the positions, whichever tab was open; and page margins.
    const printedHeadings = () =>
      page
        .getByRole('heading', { level: 2 })
        .evaluateAll((all) =>
          all
            .filter((heading) => heading.getBoundingClientRect().width > 1)
            .map((heading) => heading.textContent?.trim()),
        )
    await expect.poll(printedHeadings).toEqual(['Quotes', 'Positions'])
    expect(
      await page.evaluate(() =>
        Array.from(document.styleSheets).some((sheet) =>
          Array.from(sheet.cssRules).some(
            (rule) => rule instanceof CSSPageRule && rule.style.marginTop !== '',
          ),
        ),
      ),
    ).toBe(true)
    // In black and white the first five speakers differ by underline pattern.
    const patterns = await page
      .locator('article .mention')
      .evaluateAll((marks) => [...new Set(marks.map((mark) => getComputedStyle(mark).textDecorationStyle))])
    expect(patterns.length).toBeGreaterThanOrEqual(Math.min(seed.speakers.length, 5))
  })
})

describe('in print, filtered', () => {
  it('says on paper which speakers a filter keeps, and leaves the others unmarked', async () => {
    const kept = seed.speakers[0]!
    await open(`/articles/${SEED}?speaker=${kept.id}`, { viewport: { width: 794, height: 1123 } })
    await startPrinting()
    const key = page.getByRole('region', { name: 'Who is marked in the text' })
    await expect.poll(() => key.getByText(`Filtered: only the quotes of ${kept.name}`).isVisible()).toBe(true)
    expect(await key.getByText('(not marked)').count()).toBe(seed.speakers.length - 1)
    // Other speakers' quotes read as narration on paper too: no tint, no rule (once the tint's short fade is over).
    const other = seed.quotes.find((quote) => quote.speaker !== kept.id)!
    await expect.poll(() => quoteTintOf(page, other.id)).toBe('rgba(0, 0, 0, 0)')
  })
})

describe('right to left', () => {
  it('renders a Dari article right to left with its language, the layout mirrored', async () => {
    await open(`/articles/${DARI}`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'rtl',
    ])
    const article = page.locator('article')
    expect([await article.getAttribute('lang'), await article.getAttribute('dir')]).toEqual(['fa-AF', 'rtl'])
    // The panel sits on the left of the text, where the reading ends.
    const text = (await article.boundingBox())!
    const beside = (await panel().boundingBox())!
    expect(beside.x + beside.width).toBeLessThanOrEqual(text.x)
    await expect.poll(() => accessibilityViolations(page)).toEqual([])
  })

  it('opens a Dari quote link on exactly its words', async () => {
    const quote = dari.quotes.find((candidate) => candidate.kind === 'direct')!
    await open(`/articles/${DARI}/quotes/${quote.id}`)
    await expect.poll(markedText).toBe(quote.text)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('article') !== null))
      .toBe(true)
  })

  it('shares a selected Dari passage, Latin words inside it, and the link opens on exactly those words', async () => {
    const words = 'یک مؤسسهٔ غیردولتی که در بخش WASH در کابل کار می‌کند'
    await open(`/articles/${DARI}`, { permissions: ['clipboard-read', 'clipboard-write'] })
    await page.evaluate((words) => {
      const block = document.querySelector('article [data-block="p4"]')!
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      while (walker.nextNode()) nodes.push(walker.currentNode as Text)
      const at = nodes
        .map((node) => node.data)
        .join('')
        .indexOf(words)
      const point = (offset: number): [Text, number] => {
        for (const node of nodes) {
          if (offset <= node.data.length) return [node, offset]
          offset -= node.data.length
        }
        throw new Error('not found')
      }
      const range = document.createRange()
      range.setStart(...point(at))
      range.setEnd(...point(at + words.length))
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
    }, words)
    await page.getByRole('button', { name: 'Copy link to the selected text' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    // The link carries the passage's words (all of them, or its first and last: decision 005), right to left
    // and Latin alike, as readable text.
    const params = new URL(link).searchParams
    const ends = params.get('words') ?? `${params.get('from')}…${params.get('to')}`
    expect(words.startsWith(ends.split('…')[0]!) && words.endsWith(ends.split('…').at(-1)!)).toBe(true)
    await page.goto(link)
    await appReady(page)
    await expect.poll(markedText).toBe(words)
  })
})

describe('accessibility', () => {
  const openSheet = () => page.getByRole('button', { name: /Quotes & positions/ }).click()
  const showPositions = () =>
    panel()
      .getByRole('tab', { name: /Positions/ })
      .click()
  it.each<{ name: string; path: string; options: BrowserContextOptions; prepare?: () => Promise<void> }>([
    { name: 'a shared link, opened', path: `/articles/${SEED}/quotes/${seed.quotes[1]!.id}`, options: {} },
    { name: 'the phone layout', path: `/articles/${SEED}`, options: PHONE },
    { name: 'the phone layout, sheet open', path: `/articles/${SEED}`, options: PHONE, prepare: openSheet },
    { name: 'the dark scheme', path: `/articles/${SEED}`, options: { colorScheme: 'dark' } },
    {
      name: 'the dark scheme, Positions view',
      path: `/articles/${SEED}`,
      options: { colorScheme: 'dark' },
      prepare: showPositions,
    },
  ])('axe finds no violation on $name', async ({ path, options, prepare }) => {
    await open(path, options)
    await prepare?.()
    await expect.poll(() => accessibilityViolations(page)).toEqual([])
  })
})

describe('the views the README shows', () => {
  // Each view is opened, brought to the state its screenshot shows, and checked: that state, no sideways scroll,
  // and, as in every journey, no console error or warning. Screenshots are written only when asked:
  //   UPDATE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/every-reader.test.ts -t "views the README"
  // writes docs/screenshots/<name>.png, where the README links to them; without it nothing is written.
  const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1'
  const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } }
  const sharedQuote = seed.quotes[1]!
  const lavrovQuotes = seed.quotes.filter((quote) => quote.speaker === 'sergey-lavrov').length

  const speakersMarked = async () => {
    await expect.poll(() => page.locator('article [data-speaker]').count()).toBe(seed.mentions.length)
  }
  const everyQuoteListed = async () => {
    await expect.poll(() => panel().isVisible()).toBe(true)
    await expect.poll(() => quoteFiguresOf(page).count()).toBe(seed.quotes.length)
  }
  const sheetClosed = async () => {
    await expect.poll(() => panel().isVisible()).toBe(false)
    await expect.poll(() => page.getByRole('button', { name: /Quotes & positions/ }).isVisible()).toBe(true)
  }
  const rightToLeft = async () => {
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await page.locator('article').getAttribute('lang')).toBe(dari.language)
  }

  it.each<{
    name: string
    path: string
    options: BrowserContextOptions
    prepare?: () => Promise<void>
    expectShown: () => Promise<void>
  }>([
    {
      name: 'article-light',
      path: `/articles/${SEED}`,
      options: { colorScheme: 'light' },
      expectShown: async () => {
        expect(await paper()).toBe(LIGHT_PAPER)
        await speakersMarked()
        await everyQuoteListed()
      },
    },
    {
      name: 'article-dark',
      path: `/articles/${SEED}`,
      options: { colorScheme: 'dark' },
      expectShown: async () => {
        expect(await paper()).toBe(DARK_PAPER)
        await speakersMarked()
        await everyQuoteListed()
      },
    },
    {
      name: 'positions-dark',
      path: `/articles/${SEED}`,
      options: { colorScheme: 'dark' },
      prepare: () =>
        panel()
          .getByRole('tab', { name: /Positions/ })
          .click(),
      expectShown: async () => {
        expect(await paper()).toBe(DARK_PAPER)
        await expect
          .poll(() =>
            panel()
              .getByRole('tab', { name: /Positions/ })
              .getAttribute('aria-selected'),
          )
          .toBe('true')
        for (const issue of seed.issues)
          await expect.poll(() => panel().getByRole('heading', { name: issue.title }).isVisible()).toBe(true)
      },
    },
    {
      name: 'shared-quote-light',
      path: `/articles/${SEED}/quotes/${sharedQuote.id}`,
      options: { colorScheme: 'light' },
      expectShown: async () => {
        expect(await paper()).toBe(LIGHT_PAPER)
        await expect.poll(markedText).toBe(sharedQuote.text)
        await page.waitForFunction(() => {
          const mark = document.querySelector('article mark')
          if (!mark || document.activeElement?.closest('article') === null) return false
          const box = mark.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        })
      },
    },
    {
      name: 'phone-light',
      path: `/articles/${SEED}`,
      options: { ...PHONE, colorScheme: 'light' },
      expectShown: async () => {
        expect(await paper()).toBe(LIGHT_PAPER)
        await speakersMarked()
        await sheetClosed()
      },
    },
    {
      name: 'phone-sheet-dark',
      path: `/articles/${SEED}?speaker=sergey-lavrov`,
      options: { ...PHONE, colorScheme: 'dark' },
      prepare: () => page.getByRole('button', { name: /Quotes & positions/ }).click(),
      expectShown: async () => {
        expect(await paper()).toBe(DARK_PAPER)
        await expect.poll(() => panel().isVisible()).toBe(true)
        await expect.poll(() => quoteFiguresOf(page).count()).toBe(lavrovQuotes)
        await expect
          .poll(() =>
            panel()
              .getByRole('group', { name: 'Filter by speaker' })
              .getByRole('button', { name: /Sergey Lavrov/ })
              .getAttribute('aria-pressed'),
          )
          .toBe('true')
      },
    },
    {
      name: 'shortcuts-dark',
      path: `/articles/${SEED}`,
      options: { colorScheme: 'dark' },
      prepare: () => page.keyboard.press('?'),
      expectShown: async () => {
        expect(await paper()).toBe(DARK_PAPER)
        const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
        await expect.poll(() => dialog.isVisible()).toBe(true)
        await expect.poll(() => dialog.getByText('Next quote').isVisible()).toBe(true)
      },
    },
    {
      name: 'dari-light',
      path: `/articles/${DARI}`,
      options: { colorScheme: 'light' },
      expectShown: async () => {
        expect(await paper()).toBe(LIGHT_PAPER)
        await rightToLeft()
        await expect.poll(() => quoteFiguresOf(page).count()).toBe(dari.quotes.length)
      },
    },
    {
      name: 'dari-phone-dark',
      path: `/articles/${DARI}`,
      options: { ...PHONE, colorScheme: 'dark' },
      expectShown: async () => {
        expect(await paper()).toBe(DARK_PAPER)
        await rightToLeft()
        await sheetClosed()
      },
    },
  ])('shows $name as its screenshot does', async ({ name, path, options, prepare, expectShown }) => {
    await open(path, { ...DESKTOP, ...options })
    await prepare?.()
    await expectShown()
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      'sideways scroll',
    ).toBeLessThanOrEqual(0)
    if (updateScreenshots) {
      await nextFrames(page)
      await page.screenshot({ path: `docs/screenshots/${name}.png` })
    }
  })
})
