// The prerendered site: pages readable with JavaScript off, hydration that loads no content again, link
// previews for bots that run no script, and the files crawlers look for.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL } from './browser.ts'
import { appReady, panelOf, SEED, seed, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
const quote = seed.quotes.find((candidate) => candidate.id === 'mujahid-safer-than-before')!
const speaker = seed.speakers.find((candidate) => candidate.id === quote.speaker)!

async function fetchText(path: string) {
  const response = await fetch(baseURL() + path)
  expect(response.status, path).toBe(200)
  return response.text()
}

/** The content of a meta tag (by name or property) in a page's HTML, read as a bot would. */
function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)
  return tag?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

describe('with JavaScript off', () => {
  it('shows the article with every speaker marked', async () => {
    const page = await journeys.open(`/articles/${SEED}`, { javaScriptEnabled: false })
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(seed.headline)
    expect(await page.locator('article [data-speaker]').count()).toBe(seed.mentions.length)
    expect(await panelOf(page).locator('figure').count()).toBe(seed.quotes.length)
    // Controls that need JavaScript are not offered.
    expect(await page.getByRole('button').count()).toBe(0)
  })

  it('shows the quotes after the article on a phone', async () => {
    const page = await journeys.open(`/articles/${SEED}`, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    })
    await expect.poll(() => panelOf(page).locator('figure').first().isVisible()).toBe(true)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0)
  })

  it('shows a quote’s page with the quote marked', async () => {
    const page = await journeys.open(`/articles/${SEED}/quotes/${quote.id}`, { javaScriptEnabled: false })
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await page.locator('article mark').allTextContents()).toEqual([quote.text])
  })
})

describe('hydration', () => {
  /** Opens a page and lists the scripts it loads. */
  async function scriptsLoadedBy(path: string): Promise<{ page: Page; scripts: string[] }> {
    const scripts: string[] = []
    const page = await journeys.open('about:blank')
    // The prerendered headline, kept before any script runs: hydrating adopts it, rendering anew replaces it.
    await page.addInitScript({
      content: `addEventListener('DOMContentLoaded', () => { window.__prerenderedHeadline = document.querySelector('h1') })`,
    })
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.goto(path)
    await appReady(page)
    await page.waitForLoadState('networkidle')
    return { page, scripts }
  }

  it.each([
    `/articles/${SEED}`,
    `/articles/${SEED}/quotes/${quote.id}`,
    `/articles/${SEED}?speaker=salim-paigir`,
  ])('takes over %s, loading the article data once', async (path) => {
    const { page, scripts } = await scriptsLoadedBy(path)
    // The text is in the page once, as HTML; the article's data comes in its own chunk, once.
    expect(scripts.filter((script) => script.includes(SEED))).toHaveLength(1)
    expect(
      await page.evaluate(
        () =>
          document.querySelector('h1') ===
          (window as unknown as { __prerenderedHeadline: Element }).__prerenderedHeadline,
      ),
    ).toBe(true)
    // Interactive: the filter works.
    const filter = panelOf(page)
      .getByRole('group', { name: 'Filter by speaker' })
      .getByRole('button', { name: /^Zabihullah Mujahid/ })
    await filter.click()
    await expect.poll(() => filter.getAttribute('aria-pressed')).toBe('true')
  })

  it('links the web app manifest once the page has painted, and the browser reads it', async () => {
    const { page } = await scriptsLoadedBy(`/articles/${SEED}`)
    const manifest = page.locator('head link[rel="manifest"]')
    await expect.poll(() => manifest.getAttribute('href')).toBe('/manifest.webmanifest')
    const cdp = await page.context().newCDPSession(page)
    const { url, errors } = await cdp.send('Page.getAppManifest')
    expect(url).toBe(`${baseURL()}/manifest.webmanifest`)
    expect(errors).toEqual([])
  })

  it('applies the query string after hydrating: a filter from the link', async () => {
    const { page } = await scriptsLoadedBy(`/articles/${SEED}?speaker=salim-paigir`)
    await expect.poll(() => panelOf(page).locator('figure').count()).toBe(1)
  })
})

describe('link previews', () => {
  it('gives a quote’s page its own preview: the speaker, the words and a card', async () => {
    const html = await fetchText(`/articles/${SEED}/quotes/${quote.id}`)
    expect(metaContent(html, 'og:title')).toContain(speaker.name)
    expect(metaContent(html, 'og:description')).toContain(quote.text)
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image')
    expect(html).toContain(`<link rel="canonical" href="${baseURL()}/articles/${SEED}/quotes/${quote.id}" />`)
    const image = metaContent(html, 'og:image')!
    expect(image).toBe(`${baseURL()}/cards/${SEED}/${quote.id}.png`)
    const png = Buffer.from(await (await fetch(image)).arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('describes an article as a NewsArticle with its speakers and quotes', async () => {
    const html = await fetchText(`/articles/${SEED}`)
    expect(metaContent(html, 'og:title')).toContain(seed.headline)
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!)
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(jsonLd.headline).toBe(seed.headline)
    expect(
      jsonLd.mentions.map((node: { '@type': string; name: string }) => [node['@type'], node.name]),
    ).toEqual(seed.speakers.map((entry) => [entry.kind === 'person' ? 'Person' : 'Organization', entry.name]))
    expect(jsonLd.hasPart).toHaveLength(seed.quotes.length)
    expect(jsonLd.hasPart[0]['@type']).toBe('Quotation')
  })

  it('serves robots.txt, a sitemap of every page, the manifest and the icons', async () => {
    expect(await fetchText('/robots.txt')).toContain(`Sitemap: ${baseURL()}/sitemap.xml`)
    const sitemap = await fetchText('/sitemap.xml')
    for (const entry of seed.quotes) expect(sitemap).toContain(`/articles/${SEED}/quotes/${entry.id}</loc>`)
    expect(JSON.parse(await fetchText('/manifest.webmanifest')).name).toBe('Who said what')
    for (const path of ['/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png']) await fetchText(path)
  })
})
