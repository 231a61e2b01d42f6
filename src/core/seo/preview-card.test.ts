// Preview cards: what the card of an article and of each kind of quote says, and in which colour.
import { describe, expect, it } from 'vitest'
import { loadArticle } from '../../../tests/fixtures/articles.ts'
import { riverSurveyArticle } from '../../../tests/fixtures/unit/articles.ts'
import { indexArticle } from '../content/article-index.ts'
import type { Article } from '../content/article.ts'
import { sitePages } from '../links/site-pages.ts'
import { LIGHT_PALETTE } from '../speakers/speaker-palette.ts'
import { LIGHT_COLOURS } from '../theme/colour-tokens.ts'
import { cardPath } from './page-meta.ts'
import { CARD_GLYPHS, cardCanDraw, undrawableCharacters } from './card-glyphs.ts'
import { pageCard, previewCard, undrawnOnCards, type Card } from './preview-card.ts'

const river = riverSurveyArticle()
const headline = river.headline
const quote = (article: Article, id: string) => article.quotes.find((candidate) => candidate.id === id)!
/** The river article with one speaker's role left out. */
const withoutRole = (speaker: string): Article => ({
  ...river,
  speakers: river.speakers.map((entry) => (entry.id === speaker ? { ...entry, role: null } : entry)),
})
const dari = loadArticle('tests/fixtures/articles/kabul-water-council.json')
const strike = loadArticle('tests/fixtures/articles/port-strike-talks.json')

describe('previewCard', () => {
  it.each<{ name: string; article: Article; quoteId?: string; expected: Card }>([
    {
      name: 'an article: its headline in bold, its speakers below, in the site’s accent',
      article: river,
      expected: {
        eyebrow: 'Valley Courier · who said what',
        text: headline,
        italic: false,
        attribution: null,
        footer: 'Lena Ortiz · Omar Haddad · Westford Council · Rivers Alliance',
        accent: LIGHT_COLOURS.accent,
      },
    },
    {
      name: 'a direct quote: the words in quotation marks, “name, role”, in the speaker’s colour',
      article: river,
      quoteId: 'alliance-only-the-start',
      expected: {
        eyebrow: 'Valley Courier · quote',
        text: '“A survey is only the start.”',
        italic: false,
        attribution: 'Rivers Alliance, Local environmental charities',
        footer: headline,
        accent: LIGHT_PALETTE[3]!,
      },
    },
    {
      name: 'a reported quote: the words bare and in italics',
      article: river,
      quoteId: 'ortiz-flood-walls',
      expected: {
        eyebrow: 'Valley Courier · reported speech',
        text: 'the old flood walls still need repairs',
        italic: true,
        attribution: 'Lena Ortiz, Mayor of Westford',
        footer: headline,
        accent: LIGHT_PALETTE[0]!,
      },
    },
    {
      name: 'a direct quote over two paragraphs: its words on one line, in quotation marks',
      article: strike,
      quoteId: 'okafor-back-to-the-table',
      expected: {
        eyebrow: 'Fixture News · quote',
        text: '“We came back to the table because our members cannot wait any longer. Every week without a deal costs families their savings. We are ready to sign today if the owners keep their word,”',
        italic: false,
        attribution: 'Maria Okafor, Union leader',
        footer: strike.headline,
        accent: LIGHT_PALETTE[0]!,
      },
    },
    {
      name: 'a mixed quote: bare and in italics, its verbatim words in the article’s own marks',
      article: strike,
      quoteId: 'lindqvist-not-affordable',
      expected: {
        eyebrow: 'Fixture News · partly quoted',
        text: 'the union’s demands were “simply not affordable” this year but that a phased raise was possible',
        italic: true,
        attribution: 'Tomas Lindqvist, Chair of the owners’ association',
        footer: strike.headline,
        accent: LIGHT_PALETTE[1]!,
      },
    },
    {
      name: 'a speaker without a role: the name alone',
      article: withoutRole('rivers-alliance'),
      quoteId: 'alliance-only-the-start',
      expected: {
        eyebrow: 'Valley Courier · quote',
        text: '“A survey is only the start.”',
        italic: false,
        attribution: 'Rivers Alliance',
        footer: headline,
        accent: LIGHT_PALETTE[3]!,
      },
    },
    {
      name: 'a right-to-left article: the card names its language instead of drawing its words',
      article: dari,
      expected: {
        eyebrow: 'Open the link to read it',
        text: 'An article in Dari',
        italic: false,
        attribution: null,
        footer: '',
        accent: LIGHT_COLOURS.accent,
      },
    },
    {
      name: 'a quote of a right-to-left article, direct or reported: the language, in the speaker’s colour',
      article: dari,
      quoteId: 'rahimi-clear-timetable',
      expected: {
        eyebrow: 'Open the link to read it',
        text: 'A quote from an article in Dari',
        italic: false,
        attribution: null,
        footer: '',
        accent: LIGHT_PALETTE[1]!,
      },
    },
    {
      name: 'a reported quote of a right-to-left article: the same card, not in italics',
      article: dari,
      quoteId: 'aab-salem-e-coli',
      expected: {
        eyebrow: 'Open the link to read it',
        text: 'A quote from an article in Dari',
        italic: false,
        attribution: null,
        footer: '',
        accent: LIGHT_PALETTE[2]!,
      },
    },
  ])('$name', ({ article, quoteId, expected }) => {
    const index = indexArticle(article)
    expect(previewCard(index, quoteId === undefined ? undefined : quote(article, quoteId))).toEqual(expected)
  })

  it('quotes direct speech in the article’s own quotation marks', () => {
    const german: Article = { ...river, language: 'de' }
    const card = previewCard(indexArticle(german), quote(german, 'alliance-only-the-start'))
    expect(card.text).toBe('„A survey is only the start.“')
  })
})

describe('previewCard with letters its fonts cannot draw', () => {
  /** The river article with one speaker renamed; their mentions keep their words, which is all a card reads. */
  const renamed = (speaker: string, name: string): Article => ({
    ...river,
    speakers: river.speakers.map((entry) => (entry.id === speaker ? { ...entry, name } : entry)),
  })

  it('draws Latin Extended, Cyrillic, Greek and Vietnamese names', () => {
    const names = ['Erdoğan, Wałęsa, Łódź', 'Володимир Зеленський', 'Κυριάκος Μητσοτάκης', 'Nguyễn Phú Trọng']
    for (const name of names) {
      const article = renamed('omar-haddad', name)
      const index = indexArticle(article)
      expect(previewCard(index).footer).toContain(name)
      expect(previewCard(index, quote(article, 'haddad-lasting-plan')).attribution).toContain(name)
      expect(undrawnOnCards(index)).toBeNull()
    }
  })

  it('names the language on the cards that would draw a Georgian name, and only on those', () => {
    const article = renamed('omar-haddad', 'ომარ ჰადადი')
    const index = indexArticle(article)
    expect(previewCard(index)).toEqual({
      eyebrow: 'Open the link to read it',
      text: 'An article in English',
      italic: false,
      attribution: null,
      footer: '',
      accent: LIGHT_COLOURS.accent,
    })
    expect(previewCard(index, quote(article, 'haddad-lasting-plan'))).toMatchObject({
      text: 'A quote from an article in English',
      accent: LIGHT_PALETTE[1]!,
    })
    // Lena Ortiz's quote draws no Georgian: her card draws her words.
    expect(previewCard(index, quote(article, 'ortiz-flood-walls')).text).toBe(
      'the old flood walls still need repairs',
    )
    expect(undrawnOnCards(index)).toEqual({
      characters: [...new Set('ომარჰადი')],
      cards: 2,
      of: 1 + article.quotes.length,
    })
  })

  it('names the language of a whole article in a script the fonts lack', () => {
    const georgian: Article = { ...river, language: 'ka', headline: 'მერები შეთანხმდნენ' }
    expect(previewCard(indexArticle(georgian)).text).toBe('An article in Georgian')
  })

  it('draws a letter written with a combining accent as the font’s own letter', () => {
    const article = renamed('omar-haddad', 'Wałe\u0328sa')
    const card = previewCard(indexArticle(article))
    expect(card.footer).toContain('Wałęsa')
    expect(undrawnOnCards(indexArticle(article))).toBeNull()
  })

  it('counts an emoji as a character the fonts lack', () => {
    const article = renamed('omar-haddad', 'Omar 🙂')
    expect(undrawnOnCards(indexArticle(article))?.characters).toEqual(['🙂'])
  })
})

describe('cardCanDraw', () => {
  it.each([...'Erdoğan, Wałęsa, Łódź — ЖЇҐ ΩάΐΰΫ Ắẹ “’…”·€₴₽№'])('draws %s', (character) => {
    expect(cardCanDraw(character.codePointAt(0)!)).toBe(true)
  })

  it.each([...'ქ漢한ب🙂\u200d\u202e'])('does not draw %s', (character) => {
    expect(cardCanDraw(character.codePointAt(0)!)).toBe(false)
  })

  it('lists the characters it cannot draw once each, in order', () => {
    expect(undrawableCharacters('a ქაქ b 🙂🙂')).toEqual(['ქ', 'ა', '🙂'])
  })

  it('keeps its list sorted, so that its search finds every range', () => {
    const ranges = CARD_GLYPHS.trim()
      .split(/\s+/)
      .map((item) => item.split('-').map((hex) => Number.parseInt(hex, 16)))
    for (const [index, [first, last = first]] of ranges.entries()) {
      expect(first).toBeLessThanOrEqual(last!)
      if (index > 0) expect(first).toBeGreaterThan(ranges[index - 1]!.at(-1)! + 1)
    }
  })
})

describe('pageCard', () => {
  it('gives the article and each quote page a card at its card path, and no other page one', () => {
    const index = indexArticle(river)
    const cards = sitePages([index]).map((page) => [page.page, pageCard(page)?.path ?? null])
    expect(cards).toEqual([
      ['home', null],
      ['article', cardPath(river.slug)],
      ...river.quotes.map((entry) => ['quote', cardPath(river.slug, entry.id)]),
      ['not-found', null],
    ])
  })

  it('draws a quote page’s card for that quote', () => {
    const index = indexArticle(river)
    const page = sitePages([index]).find((entry) => entry.page === 'quote')!
    expect(pageCard(page)?.card).toEqual(previewCard(index, river.quotes[0]))
  })
})
