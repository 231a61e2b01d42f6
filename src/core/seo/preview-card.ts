// What a page's preview card (the image link previews show) says, and in which colour: an article's card (its
// headline and speakers) or a quote's (the words, who said them, the headline). src/build/preview-cards.tsx
// draws it; the colours are the page's own light tokens.
import { quoteWords, speakerWithRole, type ArticleIndex } from '../content/article-index.ts'
import type { Quote } from '../content/article.ts'
import type { SitePage } from '../links/site-pages.ts'
import { LIGHT_PALETTE } from '../speakers/speaker-palette.ts'
import { LIGHT_COLOURS } from '../theme/colour-tokens.ts'
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

/** The card of an article, or of one of its quotes. */
export function previewCard(index: ArticleIndex, quote?: Quote): Card {
  const { article } = index
  const accent =
    quote === undefined ? LIGHT_COLOURS.accent : LIGHT_PALETTE[index.speakerSlots.get(quote.speaker) ?? 0]!
  // The card renderer (satori) neither shapes Arabic script nor lays text out right to left, so the card names
  // the language instead of drawing the words; the preview's title and description, which the unfurling app
  // draws itself, carry them.
  if (article.direction === 'rtl') {
    const language = languageName(article.language)
    return {
      eyebrow: 'Open the link to read it',
      text: quote === undefined ? `An article in ${language}` : `A quote from an article in ${language}`,
      italic: false,
      attribution: null,
      footer: '',
      accent,
    }
  }
  if (quote === undefined)
    return {
      eyebrow: `${article.outlet.name} · who said what`,
      text: article.headline,
      italic: false,
      attribution: null,
      footer: article.speakers.map((speaker) => speaker.name).join(' · '),
      accent,
    }
  return {
    eyebrow: `${article.outlet.name} · ${KIND_NAMES[quote.kind]}`,
    text: quoteWords(quote, article.language),
    // As in the quotes panel: only words given as spoken stand upright.
    italic: quote.kind !== 'direct',
    attribution: speakerWithRole(index.speakerOf(quote)),
    footer: article.headline,
    accent,
  }
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
