// compareInReadingOrder: headline, then summary, then paragraphs in article order; by offset within a block.
import { describe, expect, it } from 'vitest'
import type { Anchor } from './article.ts'
import { compareInReadingOrder } from './reading-order.ts'

const article = {
  paragraphs: [
    { id: 'p1', text: '' },
    { id: 'intro', text: '' },
    { id: 'p2', text: '' },
  ],
}
const compare = compareInReadingOrder(article)
const at = (block: string, start: number): Anchor => ({ block, start, end: start + 1 })
const named = (name: string, block: string, start: number) => ({ name, anchor: at(block, start) })

describe('compareInReadingOrder', () => {
  it.each<{ name: string; items: { name: string; anchor: Anchor }[]; expected: string[] }>([
    { name: 'no items', items: [], expected: [] },
    {
      name: 'headline, summary, then paragraphs in the article order (not by id)',
      items: [
        named('p2', 'p2', 0),
        named('intro', 'intro', 0),
        named('summary', 'summary', 0),
        named('p1', 'p1', 0),
        named('headline', 'headline', 0),
      ],
      expected: ['headline', 'summary', 'p1', 'intro', 'p2'],
    },
    {
      name: 'by offset within one block',
      items: [named('late', 'p1', 40), named('early', 'p1', 3), named('middle', 'p1', 12)],
      expected: ['early', 'middle', 'late'],
    },
    {
      name: 'a later block after an earlier one even at a smaller offset',
      items: [named('p2 start', 'p2', 0), named('p1 end', 'p1', 90)],
      expected: ['p1 end', 'p2 start'],
    },
    {
      name: 'anchors in unknown blocks last',
      items: [named('unknown', 'p9', 0), named('p2', 'p2', 5), named('headline', 'headline', 5)],
      expected: ['headline', 'p2', 'unknown'],
    },
  ])('sorts $name', ({ items, expected }) => {
    const sorted = [...items].sort((a, b) => compare(a.anchor, b.anchor))
    expect(sorted.map((item) => item.name)).toEqual(expected)
  })

  it.each<{ name: string; a: Anchor; b: Anchor; sign: -1 | 0 | 1 }>([
    { name: 'an earlier offset in one block', a: at('p1', 3), b: at('p1', 4), sign: -1 },
    { name: 'a later offset in one block', a: at('p1', 4), b: at('p1', 3), sign: 1 },
    {
      name: 'the same start, whatever the end',
      a: at('p1', 4),
      b: { block: 'p1', start: 4, end: 30 },
      sign: 0,
    },
    { name: 'the summary against the first paragraph', a: at('summary', 80), b: at('p1', 0), sign: -1 },
    { name: 'the headline against the summary', a: at('summary', 0), b: at('headline', 50), sign: 1 },
  ])('orders $name', ({ a, b, sign }) => {
    expect(Math.sign(compare(a, b))).toBe(sign)
  })

  it('ranks a repeated paragraph id where it first stands, the paragraph its anchors are found in', () => {
    const repeated = compareInReadingOrder({
      paragraphs: [
        { id: 'p1', text: '' },
        { id: 'p2', text: '' },
        { id: 'p1', text: '' },
      ],
    })
    expect(Math.sign(repeated(at('p1', 50), at('p2', 0)))).toBe(-1)
  })
})
