// The margin overview's geometry: quote places from document offsets, marks grouped by pixel row and faded by the
// filter, the mark a pointer picks, the offset at a line of the screen and the "you are here" window.
import { describe, expect, it } from 'vitest'
import { makeArticle, makeQuote } from '../../../tests/fixtures/builders.ts'
import { documentText } from '../anchoring/document-text.ts'
import type { Quote } from '../content/article.ts'
import {
  documentOffsetAt,
  firstBlockBelow,
  nearestMark,
  overviewMarks,
  quotePlaces,
  readingWindow,
  type LaidOutBlock,
  type OverviewMark,
  type QuotePlace,
} from './overview-geometry.ts'

// "Headline\n" then p1 (31 characters) then "\n" then p2 (19): 60 characters, so offsets read as sixtieths.
const document = documentText(
  makeArticle({
    headline: 'Headline',
    paragraphs: [
      { id: 'p1', text: 'x'.repeat(31) },
      { id: 'p2', text: 'y'.repeat(19) },
    ],
  }),
)
const quoteAt = (id: string, block: string, start: number, speaker = 'a', more: Partial<Quote> = {}) =>
  makeQuote(id, speaker, { block, start, end: start + 1 }, more)

describe('quotePlaces', () => {
  it.each<{ name: string; quotes: Quote[]; expected: [string, number][] }>([
    { name: 'no quotes: no places', quotes: [], expected: [] },
    { name: 'the start of the headline at 0', quotes: [quoteAt('q', 'headline', 0)], expected: [['q', 0]] },
    { name: 'a paragraph after the headline', quotes: [quoteAt('q', 'p1', 0)], expected: [['q', 9 / 60]] },
    { name: 'inside a paragraph', quotes: [quoteAt('q', 'p1', 21)], expected: [['q', 30 / 60]] },
    { name: 'the last paragraph', quotes: [quoteAt('q', 'p2', 18)], expected: [['q', 59 / 60]] },
    {
      name: 'a quote over two paragraphs, by its first part',
      quotes: [
        makeQuote(
          'q',
          'a',
          { block: 'p1', start: 21, end: 31 },
          {
            anchors: [
              { block: 'p1', start: 21, end: 31 },
              { block: 'p2', start: 0, end: 5 },
            ],
          },
        ),
      ],
      expected: [['q', 30 / 60]],
    },
    {
      name: 'quotes listed out of order, in reading order',
      quotes: [quoteAt('late', 'p2', 0), quoteAt('early', 'p1', 0)],
      expected: [
        ['early', 9 / 60],
        ['late', 41 / 60],
      ],
    },
    { name: 'a quote in a block the article lacks, left out', quotes: [quoteAt('q', 'p9', 0)], expected: [] },
  ])('places $name', ({ quotes, expected }) => {
    expect(quotePlaces(document, quotes).map(({ quote, at }) => [quote.id, at])).toEqual(expected)
  })

  it('counts a summary before the paragraphs', () => {
    const withSummary = documentText(
      makeArticle({
        headline: 'Headline',
        summary: 'Summary',
        paragraphs: [{ id: 'p1', text: 'x'.repeat(43) }],
      }),
    )
    // "Headline\nSummary\n" is 17 characters; the whole is 60.
    expect(quotePlaces(withSummary, [quoteAt('q', 'p1', 0)])[0]!.at).toBe(17 / 60)
  })

  it('places a right-to-left article by its offsets, as a left-to-right one of the same lengths', () => {
    const dari = documentText(
      makeArticle({
        headline: 'شورای آب ',
        direction: 'rtl',
        language: 'fa',
        paragraphs: [
          { id: 'p1', text: 'ذ'.repeat(31) },
          { id: 'p2', text: 'ی'.repeat(19) },
        ],
      }),
    )
    const english = documentText(
      makeArticle({
        headline: 'Water cou',
        paragraphs: [
          { id: 'p1', text: 'x'.repeat(31) },
          { id: 'p2', text: 'y'.repeat(19) },
        ],
      }),
    )
    const quotes = [quoteAt('q1', 'p1', 4), quoteAt('q2', 'p2', 10)]
    expect(quotePlaces(dari, quotes)).toEqual(quotePlaces(english, quotes))
  })

  it('places every quote of an article with a headline alone at 0', () => {
    const bare = documentText(makeArticle({ headline: 'H', paragraphs: [] }))
    expect(quotePlaces(bare, [quoteAt('q', 'headline', 0)])).toEqual([
      { quote: expect.objectContaining({ id: 'q' }), at: 0 },
    ])
  })
})

const place = (id: string, at: number, speaker = 'a'): QuotePlace => ({
  quote: quoteAt(id, 'p1', 0, speaker),
  at,
})
const slots = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
])
const summary = (marks: OverviewMark[]) =>
  marks.map((mark) => ({
    row: mark.row,
    quotes: mark.quotes.map((quote) => quote.id),
    quote: mark.quote.id,
    slot: mark.slot,
    kept: mark.kept,
  }))

describe('overviewMarks', () => {
  it.each<{
    name: string
    places: QuotePlace[]
    rows: number
    speakers?: string[]
    expected: ReturnType<typeof summary>
  }>([
    { name: 'no quotes: no marks', places: [], rows: 100, expected: [] },
    { name: 'no rows (not measured yet): no marks', places: [place('q1', 0.5)], rows: 0, expected: [] },
    {
      name: 'one mark per quote in rows of their own',
      places: [place('q1', 0), place('q2', 0.5, 'b'), place('q3', 0.999, 'c')],
      rows: 10,
      expected: [
        { row: 0, quotes: ['q1'], quote: 'q1', slot: 0, kept: true },
        { row: 5, quotes: ['q2'], quote: 'q2', slot: 1, kept: true },
        { row: 9, quotes: ['q3'], quote: 'q3', slot: 2, kept: true },
      ],
    },
    {
      name: 'quotes in one row grouped, drawn in the first one’s colour',
      places: [place('q1', 0.51, 'b'), place('q2', 0.52, 'a'), place('q3', 0.61)],
      rows: 10,
      expected: [
        { row: 5, quotes: ['q1', 'q2'], quote: 'q1', slot: 1, kept: true },
        { row: 6, quotes: ['q3'], quote: 'q3', slot: 0, kept: true },
      ],
    },
    {
      name: 'the end of the text in the last row',
      places: [place('q1', 1)],
      rows: 4,
      expected: [{ row: 3, quotes: ['q1'], quote: 'q1', slot: 0, kept: true }],
    },
    {
      name: 'a filter: other speakers’ marks not kept, a mixed row shown by its kept quote',
      places: [place('q1', 0.1, 'a'), place('q2', 0.51, 'a'), place('q3', 0.52, 'b'), place('q4', 0.9, 'c')],
      rows: 10,
      speakers: ['b'],
      expected: [
        { row: 1, quotes: ['q1'], quote: 'q1', slot: 0, kept: false },
        { row: 5, quotes: ['q2', 'q3'], quote: 'q3', slot: 1, kept: true },
        { row: 9, quotes: ['q4'], quote: 'q4', slot: 2, kept: false },
      ],
    },
    {
      name: 'a filter of several speakers',
      places: [place('q1', 0.1, 'a'), place('q2', 0.5, 'b'), place('q3', 0.9, 'c')],
      rows: 10,
      speakers: ['c', 'a'],
      expected: [
        { row: 1, quotes: ['q1'], quote: 'q1', slot: 0, kept: true },
        { row: 5, quotes: ['q2'], quote: 'q2', slot: 1, kept: false },
        { row: 9, quotes: ['q3'], quote: 'q3', slot: 2, kept: true },
      ],
    },
    {
      name: 'a speaker without a slot in the first colour',
      places: [place('q1', 0.1, 'unknown')],
      rows: 10,
      expected: [{ row: 1, quotes: ['q1'], quote: 'q1', slot: 0, kept: true }],
    },
  ])('draws $name', ({ places, rows, speakers = [], expected }) => {
    expect(summary(overviewMarks(places, { rows, speakerSlots: slots, speakers }))).toEqual(expected)
  })

  it('draws 1,500 quotes in a 200-row column as at most 200 marks, every quote in one of them', () => {
    const places = Array.from({ length: 1500 }, (_, index) => place(`q${index}`, index / 1500))
    const marks = overviewMarks(places, { rows: 200, speakerSlots: slots, speakers: [] })
    expect(marks.length).toBeLessThanOrEqual(200)
    expect(marks.flatMap((mark) => mark.quotes).length).toBe(1500)
    expect(marks.map((mark) => mark.row)).toEqual(
      [...new Set(marks.map((mark) => mark.row))].sort((a, b) => a - b),
    )
  })
})

describe('nearestMark', () => {
  const marks = summaryMarks([
    { row: 10, kept: true },
    { row: 14, kept: true },
    { row: 30, kept: false },
    { row: 40, kept: true },
  ])
  it.each<{ name: string; row: number; reach: number; expected: number | null }>([
    { name: 'on a mark: that mark', row: 10.5, reach: 3, expected: 10 },
    { name: 'near a mark: that mark', row: 8, reach: 3, expected: 10 },
    { name: 'between two: the nearer', row: 13.2, reach: 3, expected: 14 },
    { name: 'halfway between two: the upper', row: 12.5, reach: 3, expected: 10 },
    { name: 'too far from any: none', row: 22, reach: 3, expected: null },
    { name: 'on a mark the filter fades: none', row: 30.5, reach: 3, expected: null },
    { name: 'near a faded mark and a kept one: the kept one', row: 33, reach: 8, expected: 40 },
    { name: 'just within reach', row: 43.5, reach: 3, expected: 40 },
  ])('picks $name', ({ row, reach, expected }) => {
    expect(nearestMark(marks, row, reach)?.row ?? null).toBe(expected)
  })

  it('picks nothing when there are no marks', () => {
    expect(nearestMark([], 5, 3)).toBeNull()
  })
})

function summaryMarks(rows: { row: number; kept: boolean }[]): OverviewMark[] {
  return rows.map(({ row, kept }) => {
    const quote = quoteAt(`q${row}`, 'p1', 0)
    return { row, kept, quotes: [quote], quote, slot: 0 }
  })
}

describe('documentOffsetAt', () => {
  const blocks: LaidOutBlock[] = [
    { top: 100, bottom: 200, start: 0, end: 50 },
    { top: 220, bottom: 420, start: 51, end: 151 },
    { top: 420, bottom: 420, start: 152, end: 152 },
    { top: 440, bottom: 540, start: 153, end: 253 },
  ]
  it.each<{ name: string; y: number; expected: number }>([
    { name: 'above the first block: its start', y: 0, expected: 0 },
    { name: 'at the first block’s top', y: 100, expected: 0 },
    { name: 'halfway down a block', y: 150, expected: 25 },
    { name: 'in the gap between blocks: the next one’s start', y: 210, expected: 51 },
    { name: 'a quarter down the second block', y: 270, expected: 76 },
    { name: 'past an empty block, in the next gap', y: 430, expected: 153 },
    { name: 'below the last block: its end', y: 900, expected: 253 },
  ])('finds $name', ({ y, expected }) => {
    expect(documentOffsetAt(y, blocks.length, (index) => blocks[index]!)).toBe(expected)
  })

  it('finds 0 without blocks', () => {
    expect(documentOffsetAt(100, 0, () => blocks[0]!)).toBe(0)
  })

  it('reads about log2(n) blocks of a long article', () => {
    let reads = 0
    const blockAt = (index: number): LaidOutBlock => {
      reads++
      return { top: index * 50, bottom: index * 50 + 40, start: index * 100, end: index * 100 + 99 }
    }
    expect(documentOffsetAt(50 * 700 + 20, 1500, blockAt)).toBe(700 * 100 + 50)
    expect(reads).toBeLessThanOrEqual(13)
  })
})

describe('firstBlockBelow', () => {
  it('finds the first block of a box that holds several, measuring the box for each of them', () => {
    // Blocks 0–2 on their own, 3–14 in a box from 300 to 900, 15–26 in one from 900 to 1500.
    const bottomOf = (index: number) => ({ bottom: index < 3 ? (index + 1) * 100 : index < 15 ? 900 : 1500 })
    expect(firstBlockBelow(50, 27, bottomOf)).toBe(0)
    expect(firstBlockBelow(250, 27, bottomOf)).toBe(2)
    expect(firstBlockBelow(300, 27, bottomOf)).toBe(3)
    expect(firstBlockBelow(899, 27, bottomOf)).toBe(3)
    expect(firstBlockBelow(900, 27, bottomOf)).toBe(15)
    expect(firstBlockBelow(1500, 27, bottomOf)).toBe(27)
  })
})

describe('readingWindow', () => {
  it.each<{
    name: string
    range: { start: number; end: number }
    expected: { top: number; height: number }
  }>([
    {
      name: 'the top of the text at the top',
      range: { start: 0, end: 100 },
      expected: { top: 0, height: 80 },
    },
    {
      name: 'in proportion to the text',
      range: { start: 500, end: 600 },
      expected: { top: 400, height: 80 },
    },
    {
      name: 'a short range at its minimum height',
      range: { start: 500, end: 501 },
      expected: { top: 400, height: 6 },
    },
    {
      name: 'a short range at the very end, inside the column',
      range: { start: 1000, end: 1000 },
      expected: { top: 794, height: 6 },
    },
    {
      name: 'the whole text as the whole column',
      range: { start: 0, end: 1000 },
      expected: { top: 0, height: 800 },
    },
  ])('puts $name', ({ range, expected }) => {
    expect(readingWindow(range, { length: 1000, height: 800, minHeight: 6 })).toEqual(expected)
  })
})
