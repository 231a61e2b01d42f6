// The product's first rule, over every bundled article and fixture: whatever it shows between quotation marks
// (quote cards, positions, preview cards, citations, link previews, structured data) is words the article itself
// puts in quotation marks. Paraphrase and narration never appear inside them.
import { screen } from '@testing-library/react'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONTENT_DIR, listArticleFiles, loadArticleFile } from '../../src/build/content-files.ts'
import { indexArticle } from '../../src/core/content/article-index.ts'
import { blockText, type Anchor, type Article } from '../../src/core/content/article.ts'
import { citeQuote } from '../../src/core/quotes/cite-quote.ts'
import { articlePageMeta, newsArticleJsonLd, quotePageMeta } from '../../src/core/seo/page-meta.ts'
import { previewCard } from '../../src/core/seo/preview-card.ts'
import { PositionsView } from '../../src/features/positions/positions-view.tsx'
import { QuoteList } from '../../src/features/quotes/quote-list.tsx'
import { renderWithReader } from '../reader-harness.tsx'

/** Each opening mark and the marks that close what it opens (German „…“ and Polish „…” both). */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“”', '"': '"' }

/**
 * The stretches of `text` that stand inside quotation marks. A quotation left open ends at the next opening
 * mark, as a quote over several paragraphs opens each one anew; an ellipsis marks a cut, so each side of it is
 * a stretch of its own.
 */
function quotedStretches(text: string): string[] {
  const stretches: string[] = []
  let open: { at: number; closers: string } | null = null
  const emit = (end: number) => {
    if (open === null) return
    for (const piece of text.slice(open.at, end).split('…')) {
      const words = piece.replace(/\s+/g, ' ').trim()
      if (words !== '') stretches.push(words)
    }
    open = null
  }
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!
    if (open !== null && open.closers.includes(mark)) emit(at)
    else if (mark in CLOSERS) {
      emit(at)
      open = { at: at + 1, closers: CLOSERS[mark]! }
    }
  }
  emit(text.length)
  return stretches
}

/** Every string a structure holds, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/**
 * What the article itself quotes verbatim: the words of its direct quotes (inside quotation marks, or a
 * transcript's turns) and the verbatim words of its mixed quotes.
 */
function verbatimOf(article: Article): string[] {
  const words = (anchor: Anchor) =>
    (blockText(article, anchor.block) ?? '').slice(anchor.start, anchor.end).replace(/\s+/g, ' ')
  // A quote over several paragraphs may be shown on one line: its parts run on, in order.
  return article.quotes.flatMap((quote) =>
    quote.kind === 'direct'
      ? [...quote.anchors.map(words), quote.anchors.map(words).join(' ')]
      : quote.verbatim.map(words),
  )
}

const files = [
  ...listArticleFiles(DEFAULT_CONTENT_DIR),
  ...listArticleFiles(path.resolve('tests/fixtures/articles')),
]

describe.each(files.map((file) => ({ file, name: path.basename(file) })))('$name', ({ file }) => {
  const loaded = loadArticleFile(file)
  if (!loaded.ok) throw new Error(`${file} does not parse`)
  const { article } = loaded
  const index = indexArticle(article)
  const verbatim = verbatimOf(article)
  const expectOnlyVerbatim = (where: string, texts: readonly string[]) => {
    const unquoted = texts
      .flatMap(quotedStretches)
      .filter((stretch) => !verbatim.some((words) => words.includes(stretch)))
    expect(unquoted, `${where}: words in quotation marks that the article does not quote`).toEqual([])
  }

  it('quotes only verbatim words on its quote cards', () => {
    renderWithReader(<QuoteList />, { article })
    const cards = screen.queryAllByRole('figure')
    expect(cards).toHaveLength(Math.min(article.quotes.length, 50))
    expectOnlyVerbatim(
      'cards',
      cards.map((card) => card.querySelector('blockquote')?.textContent ?? ''),
    )
  })

  it('quotes only verbatim words in the Positions view', () => {
    renderWithReader(<PositionsView />, { article })
    expectOnlyVerbatim('positions', [document.body.textContent ?? ''])
  })

  it('quotes only verbatim words in its preview cards, citations, link previews and structured data', () => {
    const url = 'https://example.org/q'
    expectOnlyVerbatim('article card', stringsOf(previewCard(index)))
    expectOnlyVerbatim('article preview', stringsOf(articlePageMeta(article, 'https://example.org')))
    expectOnlyVerbatim('JSON-LD', stringsOf(newsArticleJsonLd(article, 'https://example.org')))
    for (const quote of article.quotes) {
      expectOnlyVerbatim(`card of ${quote.id}`, stringsOf(previewCard(index, quote)))
      expectOnlyVerbatim(`preview of ${quote.id}`, stringsOf(quotePageMeta(index, quote)))
      expectOnlyVerbatim(`citation of ${quote.id}`, [citeQuote(article, quote, index.speakerOf(quote), url)])
    }
  })
})

describe('quotedStretches', () => {
  it.each<{ text: string; expected: string[] }>([
    { text: 'He said “we will” and “soon”.', expected: ['we will', 'soon'] },
    { text: '“First paragraph. “Second paragraph.”', expected: ['First paragraph.', 'Second paragraph.'] },
    { text: '“We will stay …”', expected: ['We will stay'] },
    { text: '«ما می‌آییم.»', expected: ['ما می‌آییم.'] },
    { text: 'No marks here.', expected: [] },
  ])('finds $expected in $text', ({ text, expected }) => {
    expect(quotedStretches(text)).toEqual(expected)
  })
})
