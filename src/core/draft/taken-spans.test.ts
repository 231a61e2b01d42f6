import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BlockSpan } from './attribute-quotes.ts'
import { crosses, TakenSpans } from './taken-spans.ts'

const span = (block: string, start: number, end: number): BlockSpan => ({ block, start, end })

function spansOf(stored: readonly BlockSpan[]): TakenSpans {
  const spans = new TakenSpans()
  for (const item of stored) spans.add(item)
  return spans
}

describe('TakenSpans.overlapping', () => {
  it.each([
    { case: 'nothing kept', stored: [], query: span('p1', 0, 5), expected: [] },
    { case: 'another block', stored: [span('p2', 0, 10)], query: span('p1', 0, 10), expected: [] },
    {
      case: 'ends where the query starts',
      stored: [span('p1', 0, 5)],
      query: span('p1', 5, 9),
      expected: [],
    },
    {
      case: 'starts where the query ends',
      stored: [span('p1', 9, 12)],
      query: span('p1', 5, 9),
      expected: [],
    },
    {
      case: 'one character in common at each end',
      stored: [span('p1', 0, 6), span('p1', 8, 12)],
      query: span('p1', 5, 9),
      expected: [span('p1', 0, 6), span('p1', 8, 12)],
    },
    {
      case: 'holds the query',
      stored: [span('p1', 0, 100)],
      query: span('p1', 40, 45),
      expected: [span('p1', 0, 100)],
    },
    {
      case: 'inside the query',
      stored: [span('p1', 41, 43)],
      query: span('p1', 40, 45),
      expected: [span('p1', 41, 43)],
    },
    {
      // The long span starts far before the short ones near the query: the search must reach back to it.
      case: 'a long span far back, short ones between',
      stored: [span('p1', 0, 500), span('p1', 10, 12), span('p1', 300, 302), span('p1', 600, 610)],
      query: span('p1', 450, 460),
      expected: [span('p1', 0, 500)],
    },
    {
      case: 'kept out of order, found in start order',
      stored: [span('p1', 20, 30), span('p1', 0, 25), span('p1', 10, 22)],
      query: span('p1', 21, 23),
      expected: [span('p1', 0, 25), span('p1', 10, 22), span('p1', 20, 30)],
    },
    {
      case: 'the same range twice',
      stored: [span('p1', 3, 7), span('p1', 3, 7)],
      query: span('p1', 3, 7),
      expected: [span('p1', 3, 7), span('p1', 3, 7)],
    },
  ])('$case', ({ stored, query, expected }) => {
    expect(spansOf(stored).overlapping(query)).toEqual(expected)
  })

  it('finds what comparing with every span kept finds, in any order of adding', () => {
    const spanArbitrary = fc
      .record({ block: fc.constantFrom('headline', 'p1', 'p2'), start: fc.nat(60), length: fc.nat(30) })
      .map(({ block, start, length }) => span(block, start, start + length))
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 40 }), spanArbitrary, (stored, query) => {
        const everyOne = stored.filter(
          (other) => other.block === query.block && other.start < query.end && query.start < other.end,
        )
        const byStart = (a: BlockSpan, b: BlockSpan) => a.start - b.start || a.end - b.end
        expect([...spansOf(stored).overlapping(query)].sort(byStart)).toEqual(everyOne.sort(byStart))
      }),
    )
  })

  it('looks only at the spans of the query’s block near it, however many blocks there are', () => {
    const count = (blocks: number) => {
      const spans = new TakenSpans()
      for (let block = 0; block < blocks; block++)
        for (let start = 0; start < 200; start += 20) spans.add(span(`p${block}`, start, start + 10))
      for (let block = 0; block < blocks; block++) spans.overlapping(span(`p${block}`, 95, 105))
      return spans.comparisons
    }
    expect(count(10)).toBeGreaterThan(0)
    expect(count(1000)).toBe(count(10) * 100)
  })
})

describe('crosses', () => {
  it.each([
    { case: 'overlap in part', a: span('p1', 0, 10), b: span('p1', 5, 15), expected: true },
    { case: 'one holds the other', a: span('p1', 0, 10), b: span('p1', 2, 8), expected: false },
    { case: 'the same range', a: span('p1', 2, 8), b: span('p1', 2, 8), expected: false },
    { case: 'sharing a start', a: span('p1', 2, 8), b: span('p1', 2, 12), expected: false },
    { case: 'side by side', a: span('p1', 0, 5), b: span('p1', 5, 10), expected: false },
    { case: 'other blocks', a: span('p1', 0, 10), b: span('p2', 5, 15), expected: false },
  ])('$case', ({ a, b, expected }) => {
    expect(crosses(a, b)).toBe(expected)
    expect(crosses(b, a)).toBe(expected)
  })
})
