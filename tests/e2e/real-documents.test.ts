// Journeys through the forms real news and transcripts take (content format 2), in fixtures written for them:
// a quote over two paragraphs, a split quote, mixed quotes, a chain of sources, a pronoun source; a transcript's
// turns, questions paired with answers, and cards with no stand-in cue.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { accessibilityViolations } from './axe.ts'
import { panelOf, quoteFiguresOf, setUpJourneys } from './journey.ts'

const journeys = setUpJourneys()
let page: Page
const card = (id: string) => panelOf(page).locator(`[data-quote-card="${id}"]`)
const blockOf = (id: string) => page.locator(`article [data-block="${id}"]`)

describe('a news story in every form of attribution', () => {
  const slug = 'port-strike-talks'

  it('marks a quote over two paragraphs in both, and shows it as one card of two paragraphs', async () => {
    page = await journeys.open(`/articles/${slug}`)
    const quote = 'okafor-back-to-the-table'
    await expect.poll(() => blockOf('p2').locator(`[data-quote="${quote}"]`).count()).toBe(1)
    await expect.poll(() => blockOf('p3').locator(`[data-quote="${quote}"]`).count()).toBe(1)
    const paragraphs = await card(quote).locator('blockquote p').allTextContents()
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]).toMatch(/^“We came back to the table/)
    expect(paragraphs[0]).not.toMatch(/”$/)
    expect(paragraphs[1]).toMatch(/^“We are ready to sign today.*,”$/)
  })

  it('opens a two-paragraph quote’s link with both pieces marked', async () => {
    page = await journeys.open(`/articles/${slug}/quotes/okafor-back-to-the-table`)
    await expect.poll(() => page.locator('article mark').count()).toBe(2)
    const marked = await page.locator('article mark').allTextContents()
    expect(marked.join('\n')).toBe(
      'We came back to the table because our members cannot wait any longer. Every week without a deal costs families their savings.\nWe are ready to sign today if the owners keep their word,',
    )
  })

  it('shows mixed quotes without marks of their own, keeping the article’s marks around the quoted words', async () => {
    page = await journeys.open(`/articles/${slug}`)
    const words = await card('lindqvist-not-affordable').locator('blockquote').textContent()
    expect(words).toBe(
      'the union’s demands were “simply not affordable” this year but that a phased raise was possible',
    )
    await expect
      .poll(() => card('lindqvist-not-affordable').getAttribute('aria-label'))
      .toBe('Partly quoted statement by Tomas Lindqvist')
  })

  it('names the source a quote came through, and who “she” is', async () => {
    page = await journeys.open(`/articles/${slug}`)
    await expect
      .poll(() => card('okafor-strike-fund').locator('figcaption').textContent())
      .toContain('via Harbour Gazette')
    const she = blockOf('p9').locator('[data-speaker="maria-okafor"]', { hasText: /^she$/ })
    await expect.poll(() => she.getAttribute('title')).toBe('Maria Okafor')
  })

  it('passes axe', async () => {
    page = await journeys.open(`/articles/${slug}`)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})

describe('a transcript', () => {
  const slug = 'harbour-board-briefing'

  it('keeps each turn’s paragraphs together and pairs each question with its answer', async () => {
    page = await journeys.open(`/articles/${slug}`)
    await expect.poll(() => page.locator('article [data-turn="t1"] [data-block]').count()).toBe(2)
    await expect.poll(() => page.locator('article .exchange').count()).toBe(2)
    const exchange = page.locator('article .exchange').first()
    expect(
      await exchange
        .locator('[data-turn]')
        .evaluateAll((turns) => turns.map((turn) => turn.getAttribute('data-turn'))),
    ).toEqual(['t2', 't3'])
    // The label is read once, at the start of its turn.
    expect(await page.locator('article [data-turn="t5"]').textContent()).toMatch(/^MR\. LINDQVIST:/)
    expect((await page.locator('article [data-turn="t5"]').textContent())?.match(/LINDQVIST/g)).toHaveLength(
      1,
    )
  })

  it('shows turns as cards without a stand-in cue, questions named as such', async () => {
    page = await journeys.open(`/articles/${slug}`)
    await expect.poll(() => quoteFiguresOf(page).count()).toBe(6)
    const question = await card('t2').locator('figcaption').textContent()
    expect(question).toContain('Question')
    const answer = await card('t5').locator('figcaption').textContent()
    expect(answer).toMatch(/Tomas Lindqvist\s*Direct$/)
    expect(await card('t5').locator('blockquote p').allTextContents()).toEqual([
      '“The port owners pay for it. We agreed that last week.',
      '“It comes out of the maintenance fund, not out of harbour fees.”',
    ])
  })

  it('passes axe', async () => {
    page = await journeys.open(`/articles/${slug}`)
    expect(await accessibilityViolations(page)).toEqual([])
  })
})
