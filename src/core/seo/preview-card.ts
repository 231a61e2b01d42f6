// What a page's preview card (the image link previews show) says, and in which colour: an article's card (its
// headline and speakers) or a quote's (the words, who said them, the headline). src/build/preview-cards.tsx
// draws it; the colours are the page's own light tokens.
import { quoteWords, speakerWithRole, type ArticleIndex } from '../content/article-index.ts'
import type { Quote } from '../content/article.ts'
import type { SitePage } from '../links/site-pages.ts'
import { LIGHT_PALETTE } from '../speakers/speaker-palette.ts'
import { LIGHT_COLOURS } from '../theme/colour-tokens.ts'
import { undrawableCharacters } from './card-glyphs.ts'
import { cardPath } from './page-meta.ts'

export interface Card {
  /** Small line on top: the outlet and the kind of card. */
  eyebrow: string
  /** The big words: a quote, or a headline. */
  text: string
  italic: boolean
  /** Who said it, under the words; null on an article's card. */
  attribution: string | null
  /** The line at the bottom: the article's headline, or its speakers. */
  footer: string
  /** The bar down the left edge: the speaker's colour on a quote's card, the site's accent on an article's. */
  accent: string
}

/** What the card's top line calls each kind of quote. */
const KIND_NAMES: Record<Quote['kind'], string> = {
  direct: 'quote',
  reported: 'reported speech',
  mixed: 'partly quoted',
}

/**
 * The card of an article, or of one of its quotes. A card with words its fonts cannot draw (card-glyphs.ts) names
 * the article's language instead, as a right-to-left card does: the unfurling app draws the preview's title and
 * description itself, and they carry the words.
 */
export function previewCard(index: ArticleIndex, quote?: Quote): Card {
  const card = cardWords(index, quote)
  return card.undrawable.length === 0 ? card.card : languageCard(index, quote)
}

/** What an article's cards cannot draw: the characters, and how many of its cards name the language for them. */
export interface UndrawnOnCards {
  characters: string[]
  cards: number
  /** How many cards the article has: its own and one per quote. */
  of: number
}

/** The characters the cards of an article cannot draw, or null when every card draws its words. */
export function undrawnOnCards(index: ArticleIndex): UndrawnOnCards | null {
  const cards = [undefined, ...index.article.quotes].map((quote) => cardWords(index, quote).undrawable)
  const characters = [...new Set(cards.flat())]
  if (characters.length === 0) return null
  return { characters, cards: cards.filter((undrawable) => undrawable.length > 0).length, of: cards.length }
}

/** The card as it would draw the words, and the characters in them the fonts lack. */
function cardWords(index: ArticleIndex, quote: Quote | undefined): { card: Card; undrawable: string[] } {
  const { article } = index
  // The card renderer (satori) neither shapes Arabic script nor lays text out right to left, so the card names
  // the language instead of drawing the words.
  if (article.direction === 'rtl') return { card: languageCard(index, quote), undrawable: [] }
  // One form for every letter: "ę" written as "e" and a combining ogonek is drawn as the font's "ę".
  const words = quote === undefined ? articleCard(index) : quoteCard(index, quote)
  const card = {
    ...words,
    eyebrow: words.eyebrow.normalize('NFC'),
    text: words.text.normalize('NFC'),
    attribution: words.attribution?.normalize('NFC') ?? null,
    footer: words.footer.normalize('NFC'),
  }
  const drawn = [card.eyebrow, card.text, card.attribution ?? '', card.footer].join('\n')
  return { card, undrawable: undrawableCharacters(drawn) }
}

function articleCard({ article }: ArticleIndex): Card {
  return {
    eyebrow: `${article.outlet.name} · who said what`,
    text: article.headline,
    italic: false,
    attribution: null,
    footer: article.speakers.map((speaker) => speaker.name).join(' · '),
    accent: LIGHT_COLOURS.accent,
  }
}

function quoteCard(index: ArticleIndex, quote: Quote): Card {
  const { article } = index
  return {
    eyebrow: `${article.outlet.name} · ${KIND_NAMES[quote.kind]}`,
    text: quoteWords(quote, article.language),
    // As in the quotes panel: only words given as spoken stand upright.
    italic: quote.kind !== 'direct',
    attribution: speakerWithRole(index.speakerOf(quote)),
    footer: article.headline,
    accent: accentOf(index, quote),
  }
}

/** The card that names the article's language: for words the cards cannot draw, or lay out right to left. */
function languageCard(index: ArticleIndex, quote: Quote | undefined): Card {
  const language = languageName(index.article.language)
  return {
    eyebrow: 'Open the link to read it',
    text: quote === undefined ? `An article in ${language}` : `A quote from an article in ${language}`,
    italic: false,
    attribution: null,
    footer: '',
    accent: accentOf(index, quote),
  }
}

/** The bar's colour: the speaker's on a quote's card, the site's accent on an article's. */
function accentOf(index: ArticleIndex, quote: Quote | undefined): string {
  return quote === undefined
    ? LIGHT_COLOURS.accent
    : LIGHT_PALETTE[index.speakerSlots.get(quote.speaker) ?? 0]!
}

/** The card a page of the site shows in link previews, with where it is written; null if it has none. */
export function pageCard(page: SitePage): { path: string; card: Card } | null {
  if (page.page === 'article')
    return { path: cardPath(page.index.article.slug), card: previewCard(page.index) }
  if (page.page === 'quote')
    return {
      path: cardPath(page.index.article.slug, page.quote.id),
      card: previewCard(page.index, page.quote),
    }
  return null
}

function languageName(language: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language
}
