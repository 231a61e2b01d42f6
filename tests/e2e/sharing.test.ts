// Sharing journeys in a real Chromium against the built site: share a quote or a selection, open the link cold,
// the browser's own #:~:text= links, and every kind of bad link.
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './axe.ts'
import { baseURL } from './browser.ts'
import { documentText } from '../../src/core/anchoring/document-text.ts'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { findOccurrences } from '../../src/core/text/find-occurrences.ts'
import { oldPassageQuery, oldPassageSelector } from '../fixtures/unit/old-passage-links.ts'
import { appReady, nextFrames, panelOf, SEED, seed, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
let page: Page

const REPEATED = 'a more stable, continuous, and fundamental dialogue'
const parsedSeed = parseArticle(seed)
if (!parsedSeed.ok) throw new Error('the seed article does not parse')
const seedArticle = parsedSeed.article
const seedText = documentText(seedArticle)
const withClipboard: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] }

async function open(path: string, options: BrowserContextOptions = withClipboard) {
  page = await journeys.open(path, options)
  await page.getByRole('heading', { level: 1 }).waitFor()
}

const clipboard = () => page.evaluate(() => navigator.clipboard.readText())
const status = () => page.getByRole('status').filter({ hasText: /copied|Shared/ })
const markedText = (on: Page = page) =>
  on
    .locator('article mark')
    .allTextContents()
    .then((parts) => parts.join(''))

/** Opens a link in a new tab of the same browser, as a friend would, and waits for the article. */
async function openInNewTab(url: string): Promise<Page> {
  const tab = journeys.watch(await page.context().newPage())
  await tab.goto(url)
  await appReady(tab)
  return tab
}

/** The highlighted passage is marked inside the article, on screen, and has focus. */
async function expectPassageShown(on: Page, words: string) {
  await expect.poll(() => markedText(on)).toBe(words)
  await on.waitForFunction(() => {
    const mark = document.querySelector('article mark[data-passage-start]')
    if (!mark || mark !== document.activeElement) return false
    const box = mark.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  })
}

/** The paragraph (or headline, or summary) that holds the first highlighted piece. */
const markedBlock = (on: Page) =>
  on
    .locator('article mark')
    .first()
    .evaluate((mark) => mark.closest('[data-block]')?.getAttribute('data-block'))

/** Drags the mouse across the `occurrence`-th appearance of `words` in the article, as a reader selects text. */
async function selectWithMouse(words: string, occurrence: number) {
  const caretBoxes = (scroll: boolean) =>
    page.evaluate(
      ({ words, occurrence, scroll }) => {
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT)
        const nodes: Text[] = []
        // Only the words: the highlight rules live in a <style> inside the article.
        while (walker.nextNode())
          if (walker.currentNode.parentElement?.tagName !== 'STYLE') nodes.push(walker.currentNode as Text)
        let at = -1
        const text = nodes.map((node) => node.data).join('')
        for (let seen = 0; seen <= occurrence; seen++) at = text.indexOf(words, at + 1)
        /** The box of the character after (or before) a point in the article's text. */
        const box = (offset: number, side: 'after' | 'before') => {
          for (const node of nodes) {
            if (offset < node.data.length || (side === 'before' && offset === node.data.length)) {
              const range = document.createRange()
              range.setStart(node, side === 'after' ? offset : offset - 1)
              range.setEnd(node, side === 'after' ? offset + 1 : offset)
              if (scroll) node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' })
              return range.getBoundingClientRect().toJSON() as DOMRect
            }
            offset -= node.data.length
          }
          throw new Error(`“${words}” is not in the article`)
        }
        return { first: box(at, 'after'), last: box(at + words.length, 'before') }
      },
      { words, occurrence, scroll },
    )
  // Paragraphs off screen are laid out lazily (content-visibility), so measure once scrolled there.
  await caretBoxes(true)
  const { first, last } = await caretBoxes(false)
  await page.mouse.move(first.left + 1, first.top + first.height / 2)
  await page.mouse.down()
  await page.mouse.move(last.right - 1, last.top + last.height / 2, { steps: 8 })
  await page.mouse.up()
}

describe('sharing a quote', () => {
  const quote = seed.quotes.find((candidate) => candidate.id === 'paigir-main-reason')!

  it('copies the quote’s own link, says so, and the link opens on the quote', async () => {
    await open(`/articles/${SEED}`)
    await panelOf(page).getByRole('button', { name: 'Copy link: quote by Salim Paigir' }).click()
    await expect.poll(() => status().textContent()).toBe('Link to the quote by Salim Paigir copied.Dismiss')
    const url = await clipboard()
    expect(url).toBe(`${baseURL()}/articles/${SEED}/quotes/${quote.id}`)

    const tab = await openInNewTab(url)
    await expectPassageShown(tab, quote.text!)
    await tab.getByText('Showing a quote by Salim Paigir.').waitFor()
    await tab.getByRole('button', { name: 'Clear highlight' }).click()
    await expect.poll(() => tab.locator('article mark').count()).toBe(0)
    await expect.poll(() => new URL(tab.url()).pathname).toBe(`/articles/${SEED}`)
  })

  it('copies the quote with its citation as plain text', async () => {
    await open(`/articles/${SEED}`)
    await panelOf(page).getByRole('button', { name: 'Copy with citation: quote by Salim Paigir' }).click()
    await status().waitFor()
    expect(await clipboard()).toBe(
      `“${quote.text}”\n— Salim Paigir, Military affairs expert. ${seed.headline}. TOLOnews, date not given.\n` +
        `${baseURL()}/articles/${SEED}/quotes/${quote.id}`,
    )
  })

  it('opens the phone’s share sheet where there is one', async () => {
    await open(`/articles/${SEED}`, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await page.context().addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          ;(window as unknown as { shared: ShareData }).shared = data
        },
      })
    })
    await page.reload()
    await appReady(page)
    await page.getByRole('button', { name: /Quotes & positions/ }).click()
    await panelOf(page).getByRole('button', { name: 'Share: quote by Salim Paigir' }).click()
    await expect.poll(() => status().textContent()).toBe('Shared.Dismiss')
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)
    expect(shared).toEqual({
      url: `${baseURL()}/articles/${SEED}/quotes/${quote.id}`,
      title: seed.headline,
      text: 'Quote by Salim Paigir',
    })
  })

  it('keeps the highlight in the address: reload, back and forward show the same', async () => {
    await open(`/articles/${SEED}`)
    await panelOf(page).getByRole('button', { name: 'Show in article: quote by Salim Paigir' }).click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/articles/${SEED}/quotes/${quote.id}`)
    await page.reload()
    await expectPassageShown(page, quote.text!)
    await page.goBack()
    await expect.poll(() => page.locator('article mark').count()).toBe(0)
    await page.goForward()
    await expect.poll(() => markedText()).toBe(quote.text)
  })
})

describe('sharing a selection', () => {
  it('offers a link beside the selection, reached with Tab, that opens on exactly that occurrence', async () => {
    await open(`/articles/${SEED}`)
    await selectWithMouse(REPEATED, 1)
    await page.keyboard.press('Tab')
    const control = page.getByRole('button', { name: 'Copy link to the selected text' })
    await expect.poll(() => control.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => status().textContent()).toBe('Link to the selected text copied.Dismiss')
    const url = await clipboard()
    expect(url.length).toBeLessThanOrEqual(400)

    const tab = await openInNewTab(url)
    await expectPassageShown(tab, REPEATED)
    expect(await markedBlock(tab)).toBe('p4')
  })

  it('waits for the mouse to be released before it offers the menu, so the drag never runs over it', async () => {
    await open(`/articles/${SEED}`)
    const control = page.getByRole('button', { name: 'Copy link to the selected text' })
    const words = await page
      .locator('[data-block="p2"]')
      .evaluate((paragraph) => paragraph.getBoundingClientRect().toJSON() as DOMRect)
    await page.mouse.move(words.left + 2, words.top + 10)
    await page.mouse.down()
    await page.mouse.move(words.left + words.width / 2, words.top + 10, { steps: 6 })
    await nextFrames(page)
    expect(await page.evaluate(() => String(getSelection()).length)).toBeGreaterThan(0)
    expect(await control.count()).toBe(0)
    await page.mouse.up()
    await control.waitFor()
  })

  it.each([
    [0, 'p2'],
    [1, 'p4'],
  ])('lands occurrence %i of the repeated phrase in %s', async (occurrence, block) => {
    await open(`/articles/${SEED}`)
    await selectWithMouse(REPEATED, occurrence)
    await page.getByRole('button', { name: 'Copy link to the selected text' }).click()
    const tab = await openInNewTab(await clipboard())
    await expect.poll(() => markedText(tab)).toBe(REPEATED)
    expect(await markedBlock(tab)).toBe(block)
  })

  it('opens a link made by navigating inside the app', async () => {
    await open(`/articles/${SEED}`)
    await selectWithMouse('threats from Afghan soil still persist', 0)
    await page.getByRole('button', { name: 'Copy link to the selected text' }).click()
    const url = new URL(await clipboard())
    await page.evaluate((href) => {
      history.pushState(null, '', href)
      dispatchEvent(new PopStateEvent('popstate'))
    }, url.pathname + url.search)
    await expectPassageShown(page, 'threats from Afghan soil still persist')
  })
})

describe('short passage links', () => {
  const SENTENCE =
    'Lavrov added in this press conference that they support a more stable, continuous, and fundamental ' +
    'dialogue aimed at implementing real projects with the interim Afghan government.'
  /** In the summary and again as paragraph p6. */
  const TWICE = seedArticle.summary!

  /** Selects the words with the mouse, copies the link, and checks that it is short. */
  async function copyLinkTo(words: string, occurrence: number): Promise<string> {
    await selectWithMouse(words, occurrence)
    await page.getByRole('button', { name: 'Copy link to the selected text' }).click()
    await expect.poll(() => status().textContent()).toBe('Link to the selected text copied.Dismiss')
    const url = await clipboard()
    expect(url.length, url).toBeLessThan(140)
    return url
  }

  it('copies a link under 140 characters to a sentence, which opens on exactly its words', async () => {
    await open(`/articles/${SEED}`)
    const url = await copyLinkTo(SENTENCE, 0)
    // Its first and last words, not all of them.
    expect(new URL(url).searchParams.get('from')).toBe('Lavrov added')
    const tab = await openInNewTab(url)
    await expectPassageShown(tab, SENTENCE)
    expect(await markedBlock(tab)).toBe('p2')
    await tab.getByText('Showing the passage from the link.').waitFor()
  })

  it.each([
    [0, 'summary'],
    [1, 'p6'],
  ])('opens occurrence %i of a sentence the article has twice in %s', async (occurrence, block) => {
    expect(seed.paragraphs.find((paragraph) => paragraph.id === 'p6')?.text).toBe(TWICE)
    await open(`/articles/${SEED}`)
    const tab = await openInNewTab(await copyLinkTo(TWICE, occurrence))
    await expectPassageShown(tab, TWICE)
    expect(await markedBlock(tab)).toBe(block)
  })

  it('still opens a link made before, with all the words, on exactly its occurrence', async () => {
    const second = findOccurrences(seedText.text, REPEATED)[1]!
    const selector = oldPassageSelector(seedText.text, { start: second, end: second + REPEATED.length })
    await open(`/articles/${SEED}?${oldPassageQuery({ ...selector, revision: seedArticle.revision })}`)
    await expectPassageShown(page, REPEATED)
    expect(await markedBlock(page)).toBe('p4')
    expect(await page.getByText(/edited since|altered|not in the article/).count()).toBe(0)
  })

  it('finds the sentence of a link made before the article was edited, and says so', async () => {
    await open(`/articles/${SEED}`)
    const url = new URL(await copyLinkTo(SENTENCE, 0))
    // As if seven characters before it were added since, and the revision were another.
    const [start, end] = url.searchParams.get('at')!.split('-').map(Number)
    url.searchParams.set('at', `${start! - 7}-${end! - 7}`)
    url.searchParams.set('rev', 'zzzzzz')
    const tab = await openInNewTab(url.href)
    await expectPassageShown(tab, SENTENCE)
    await tab.getByText(/has been edited since this link was made/).waitFor()
    // Two pages, one copied link: slow on a machine busy with other work.
  }, 60_000)

  it('says a link was altered, and highlights nothing, when its words are not at its place', async () => {
    await open(`/articles/${SEED}`)
    const url = await copyLinkTo('concern is not justified', 0)
    expect(url).toContain('words=concern+is+not+justified')
    const altered = url.replace('is+not+justified', 'is+now+justified')
    const tab = await openInNewTab(altered)
    await tab
      .getByText(/This link was altered after it was made: it asks for “concern is now justified”/)
      .waitFor()
    expect(await tab.locator('article mark').count()).toBe(0)
    await expect.poll(() => tab.locator('article p').count()).toBeGreaterThan(5)
  })
})

describe('links the browser makes', () => {
  it('highlights the first match of a #:~:text= link', async () => {
    await open(`/articles/${SEED}#:~:text=a%20more%20stable,dialogue`)
    await expectPassageShown(page, REPEATED)
    expect(await markedBlock(page)).toBe('p2')
  })

  it('lets a prefix pick the later match', async () => {
    await open(`/articles/${SEED}#:~:text=establishing-,a%20more%20stable,dialogue`)
    await expect.poll(() => markedText()).toBe(REPEATED)
    expect(await markedBlock(page)).toBe('p4')
  })
})

describe('bad links', () => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
  const article = `/articles/${SEED}`
  it.each([
    [
      'a quote the article does not have',
      `${article}/quotes/lavrov-resigns`,
      /does not have \(“lavrov-resigns”\)/,
    ],
    ['a hostile quote id', `${article}/quotes/${encodeURIComponent(hostile)}`, /does not have/],
    ['a malformed passage', `${article}?at=12&text=`, /could not be read: it does not say which words/],
    [
      'a truncated passage',
      `${article}?at=0-39&text=Sergey+Lavrov,+the+Rus`,
      /cut short or altered. It asked for “Sergey Lavrov, the Rus”/,
    ],
    [
      'a short link cut short',
      `${article}?at=0-66&from=Lavrov:+CSTO&to=Afghan+Go`,
      /cut short or altered. It asked for “Lavrov: CSTO … Afghan Go”/,
    ],
    [
      'a hostile passage',
      `${article}?at=0-${hostile.length}&text=${encodeURIComponent(hostile)}`,
      /not in the article as it stands: “<img src=x/,
    ],
    [
      'an enormous passage',
      `${article}?at=0-10000&text=${'x'.repeat(10_000)}`,
      /far longer than any passage link/,
    ],
    [
      'a stale passage',
      `${article}?at=10-33&text=Lavrov+has+resigned+now&rev=old`,
      /not in the article as it stands: “Lavrov has resigned now”/,
    ],
    [
      'a #:~:text= that is not there',
      `${article}#:~:text=Vladimir%20Putin`,
      /not in the article: “Vladimir Putin”/,
    ],
    ['a malformed #:~:text=', `${article}#:~:text=%E0%A4%A`, /could not be read/],
  ])('shows the article with a notice for %s', async (_name, path, notice) => {
    await open(path)
    await page.getByText(notice).waitFor()
    await expect.poll(() => page.locator('article p').count()).toBeGreaterThan(5)
    expect(await page.locator('article mark').count()).toBe(0)
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false)
    expect(await page.locator('img, article script').count()).toBe(0)
  })
})

describe('accessibility of shared links', () => {
  it('axe finds no violation on an opened quote link, with its share confirmation showing', async () => {
    await open(`/articles/${SEED}/quotes/lavrov-taliban-government`)
    await page.locator('article mark').first().waitFor()
    await panelOf(page)
      .getByRole('button', { name: /^Copy link: quote by Sergey Lavrov$/ })
      .first()
      .click()
    await status().waitFor()
    await expect.poll(() => accessibilityViolations(page)).toEqual([])
  })
})
