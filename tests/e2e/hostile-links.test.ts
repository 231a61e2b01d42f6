// Links as hosts and strangers make them, in a real Chromium against the built site: the other addresses static
// hosts serve a page at (.html, index.html, doubled slashes) show that page under its own address, and crafted
// #:~:text= links that once froze the tab show the article with a notice.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL } from './browser.ts'
import { SEED, seed, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
let page: Page

const QUOTE = 'lavrov-taliban-government'
/** The generated 12,000-word transcript the journeys' site is built with (global-setup.ts). */
const TRANSCRIPT = 'hearing-transcript'

/** The address shown now, without the origin. */
const address = () => {
  const url = new URL(page.url())
  return url.pathname + url.search + url.hash
}

describe('other addresses of a page, as static hosts serve them', () => {
  it.each([
    ['/index.html', '/', 'Who said what'],
    ['/index.html?speaker=x#top', '/?speaker=x#top', 'Who said what'],
    [`/articles/${SEED}.html`, `/articles/${SEED}`, seed.headline],
    [
      `/articles/${SEED}.html?speaker=sergey-lavrov#top`,
      `/articles/${SEED}?speaker=sergey-lavrov#top`,
      seed.headline,
    ],
    [`/articles/${SEED}/index.html`, `/articles/${SEED}`, seed.headline],
    [`//articles/${SEED}`, `/articles/${SEED}`, seed.headline],
    [`/articles/${SEED}/quotes/${QUOTE}.html`, `/articles/${SEED}/quotes/${QUOTE}`, seed.headline],
  ])('%s shows its page at %s', async (path, expected, heading) => {
    // Absolute, so that a path starting with two slashes is not read as another host.
    page = await journeys.open(`${baseURL()}${path}`)
    await expect.poll(address).toBe(expected)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading)
    expect(await page.getByText(/not found|could not be found/i).count()).toBe(0)
  })

  it('keeps the filter of a .html address, and marks the quote of a quote’s .html address', async () => {
    page = await journeys.open(`/articles/${SEED}.html?speaker=sergey-lavrov`)
    await expect
      .poll(() =>
        page.getByRole('group', { name: 'Filter by speaker' }).getByRole('button', { pressed: true }).count(),
      )
      .toBe(1)
    page = await journeys.open(`/articles/${SEED}/quotes/${QUOTE}.html`)
    await expect.poll(() => page.locator('article mark[data-passage-start]').count()).toBeGreaterThan(0)
  })

  it('goes back to where the reader came from, as the address was rewritten in place', async () => {
    page = await journeys.open('/')
    await page.goto(`/articles/${SEED}.html`)
    await expect.poll(address).toBe(`/articles/${SEED}`)
    await page.goBack()
    await expect.poll(address).toBe('/')
  })
})

describe('crafted #:~:text= links', () => {
  it.each([
    ['a start and end everywhere, a suffix nowhere', 'the,the,-zzzz', '“the … the zzzz”'],
    ['a common start, an end nowhere', 'the,zzzz', '“the … zzzz”'],
    ['every term common, the suffix nowhere', 'the-,the,the,-zzzz', '“the the … the zzzz”'],
    ['300 common words', `${'the%20'.repeat(300)}zzzz`, '“the the the'],
  ])('show the long transcript with a notice for %s', async (_, directive, words) => {
    page = await journeys.open(`/articles/${TRANSCRIPT}#:~:text=${directive}`)
    await page.getByText(`The text this link points to is not in the article: ${words}`).waitFor()
    expect(await page.locator('article p').count()).toBeGreaterThan(100)
    expect(await page.locator('article mark[data-passage-start]').count()).toBe(0)
  })

  it('still highlights a link the browser would make, on the same page', async () => {
    page = await journeys.open(`/articles/${TRANSCRIPT}#:~:text=the%20border%20agreement`)
    await expect
      .poll(() => page.locator('article mark[data-passage-start]').first().textContent())
      .toMatch(/^the border agreement$/i)
  })
})
