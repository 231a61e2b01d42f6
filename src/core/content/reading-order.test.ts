// inReadingOrder: headline, then summary, then paragraphs in article order; by offset within a block.
import { describe, expect, it } from 'vitest'
import type { Anchor } from './article.ts'
import { inReadingOrder } from './reading-order.ts'

const article = {
  paragraphs: [
    { id: 'p1', text: '' },
    { id: 'intro', text: '' },
    { id: 'p2', text: '' },
  ],
}
const item = (name: string, block: string, start: number): { name: string; anchor: Anchor } => ({
  name,
  anchor: { block, start, end: start + 1 },
})

describe('inReadingOrder', () => {
  it.each<{ name: string; items: { name: string; anchor: Anchor }[]; expected: string[] }>([
    { name: 'no items', items: [], expected: [] },
    {
      name: 'headline, summary, then paragraphs in the article order (not by id)',
      items: [
        item('p2', 'p2', 0),
        item('intro', 'intro', 0),
        item('summary', 'summary', 0),
        item('p1', 'p1', 0),
        item('headline', 'headline', 0),
      ],
      expected: ['headline', 'summary', 'p1', 'intro', 'p2'],
    },
    {
      name: 'by offset within one block',
      items: [item('late', 'p1', 40), item('early', 'p1', 3), item('middle', 'p1', 12)],
      expected: ['early', 'middle', 'late'],
    },
    {
      name: 'a later block first even at a smaller offset',
      items: [item('p2 start', 'p2', 0), item('p1 end', 'p1', 90)],
      expected: ['p1 end', 'p2 start'],
    },
    {
      name: 'items of unknown blocks last',
      items: [item('unknown', 'p9', 0), item('p2', 'p2', 5), item('headline', 'headline', 5)],
      expected: ['headline', 'p2', 'unknown'],
    },
    {
      name: 'items at the same place in their given order',
      items: [item('first', 'p1', 4), item('second', 'p1', 4), item('third', 'p1', 4)],
      expected: ['first', 'second', 'third'],
    },
  ])('sorts $name', ({ items, expected }) => {
    expect(inReadingOrder(article, items).map((i) => i.name)).toEqual(expected)
  })

  it('does not change the input', () => {
    const items = [item('b', 'p2', 0), item('a', 'p1', 0)]
    const before = [...items]
    const sorted = inReadingOrder(article, items)
    expect(items).toEqual(before)
    expect(sorted).not.toBe(items)
  })
})
