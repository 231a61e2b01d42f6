// @vitest-environment node
// renderCard draws a card as the PNG link previews fetch: 1200×630, the size the page's tags announce, with a
// palette, and small enough for every card of every article we have, and for a card as crowded as cards get.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadArticle, seedArticle } from '../../tests/fixtures/articles.ts'
import { indexArticle } from '../core/content/article-index.ts'
import { CARD_SIZE } from '../core/seo/page-meta.ts'
import { CARD_GLYPHS } from '../core/seo/card-glyphs.ts'
import { previewCard, type Card } from '../core/seo/preview-card.ts'
import { fontCoverage, rangesOf } from './font-coverage.ts'
import { CARD_FONTS, CARD_MAX_BYTES, missingGlyphs, renderCard } from './preview-cards.tsx'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const ARTICLE_FOLDERS = ['src/content/articles', 'tests/fixtures/articles']

it('draws a quote’s card as a 1200×630 palette PNG', async () => {
  const article = seedArticle()
  const png = await renderCard(previewCard(indexArticle(article), article.quotes[0]))
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  // The first chunk is IHDR: width and height, big-endian, right after its length and type, then bit depth and
  // colour type (3: indexed).
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(CARD_SIZE)
  expect(CARD_SIZE).toEqual({ width: 1200, height: 630 })
  expect(png[25]).toBe(3)
})

describe(`every card is at most ${CARD_MAX_BYTES / 1024} KB`, () => {
  const articles = ARTICLE_FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => loadArticle(path.join(folder, name))),
  )

  it.each(articles.map((article) => ({ slug: article.slug, article })))(
    'the cards of $slug',
    async ({ article }) => {
      const index = indexArticle(article)
      const cards = [previewCard(index), ...article.quotes.map((quote) => previewCard(index, quote))]
      const sizes = await Promise.all(cards.map(async (card) => (await renderCard(card)).length))
      expect(Math.max(...sizes)).toBeLessThanOrEqual(CARD_MAX_BYTES)
    },
    30_000,
  )

  const words =
    'Quickly judging wavy fox-like zebras, Mrs. Whitfield-Kowalczyk explained why our jagged quays & bright ' +
    'moorings (9,870 of them!) need “vigorous” upkeep, and why the harbour board will not wait another winter'
  it.each<{ name: string; card: Card }>([
    {
      name: 'a long quote in italics, a two-line attribution and a two-line headline',
      card: {
        eyebrow: 'The Harbour Gazette and Weekly Maritime Review · partly quoted',
        text: `${words} ${words}`,
        italic: true,
        attribution:
          'Maximilian Whitfield-Kowalczyk, Deputy Director of Harbour Infrastructure and Coastal Works',
        footer:
          'Harbour Council Delays Vote on Ferry Fares After Residents Ask Whether the Plan Would Raise Taxes',
        accent: '#c0392b',
      },
    },
    {
      name: 'a long headline on an article’s card, and many speakers',
      card: {
        eyebrow: 'The Harbour Gazette · who said what',
        text: words,
        italic: false,
        attribution: null,
        footer: Array.from({ length: 12 }, (_, index) => `Speaker Number ${index + 1}`).join(' · '),
        accent: '#1d3b5c',
      },
    },
  ])('$name', async ({ card }) => {
    expect((await renderCard(card)).length).toBeLessThanOrEqual(CARD_MAX_BYTES)
  })
})

describe('the cards’ fonts', () => {
  /** What each style (regular, italic, bold) of the fonts draws, all subsets together. */
  const coverageByStyle = new Map<string, Set<number>>()
  for (const font of CARD_FONTS) {
    const key = `${font.weight} ${font.style}`
    const covered = coverageByStyle.get(key) ?? new Set<number>()
    for (const codePoint of fontCoverage(font.data)) covered.add(codePoint)
    coverageByStyle.set(key, covered)
  }
  const names = ['Erdoğan, Wałęsa, Łódź', 'Володимир Зеленський', 'Κυριάκος Μητσοτάκης', 'Nguyễn Phú Trọng']

  it('come in a regular, an italic and a bold style, in .woff files satori reads', () => {
    expect([...coverageByStyle.keys()].sort()).toEqual(['400 italic', '400 normal', '700 normal'])
  })

  it.each(names)('have a glyph for every letter of %s in every style', (name) => {
    for (const [style, covered] of coverageByStyle)
      expect(
        [...name].filter((character) => !covered.has(character.codePointAt(0)!)),
        style,
      ).toEqual([])
  })

  it('draw exactly the characters core/seo/card-glyphs.ts lists', () => {
    const styles = [...coverageByStyle.values()]
    const everyStyle = [...styles[0]!].filter((codePoint) =>
      styles.every((covered) => covered.has(codePoint)),
    )
    const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0')
    const listed = rangesOf(everyStyle).map(([first, last]) =>
      first === last ? hex(first) : `${hex(first)}-${hex(last)}`,
    )
    // On a change of fonts, paste this list into CARD_GLYPHS.
    expect(CARD_GLYPHS.trim().split(/\s+/)).toEqual(listed)
  })

  it('draw every letter of a card of those names, in each style, with no empty box', async () => {
    const card: Card = {
      eyebrow: 'Gazeta Wyborcza · Łódź',
      text: `“${names.join(', ')}”`,
      italic: false,
      attribution: names[2]!,
      footer: names[1]!,
      accent: '#1d3b5c',
    }
    expect(await missingGlyphs(card)).toEqual([])
    expect(await missingGlyphs({ ...card, italic: true })).toEqual([])
    const png = await renderCard(card)
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  })

  it('say which characters they lack when a card holds one', async () => {
    const card: Card = {
      eyebrow: 'Outlet',
      text: 'ომარ',
      italic: false,
      attribution: null,
      footer: '',
      accent: '#1d3b5c',
    }
    expect((await missingGlyphs(card)).join('')).toContain('ომარ')
  })
})
