// documentText: the article as one string in reading order, and block anchors to and from offsets in it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { riverSurveyArticle } from '../../../tests/fixtures/unit/articles.ts'
import { blockText } from '../content/article.ts'
import { anchorsInRange, documentText, rangeOfAnchor } from './document-text.ts'

const article = {
  headline: 'Head',
  summary: 'Sum',
  paragraphs: [
    { id: 'p1', text: 'One two.' },
    { id: 'p2', text: 'Three.' },
  ],
}

describe('documentText', () => {
  it('joins headline, summary and paragraphs, one line each', () => {
    const document = documentText(article)
    expect(document.text).toBe('Head\nSum\nOne two.\nThree.')
    expect(document.blocks.map((block) => [block.block, block.start, block.end])).toEqual([
      ['headline', 0, 4],
      ['summary', 5, 8],
      ['p1', 9, 17],
      ['p2', 18, 24],
    ])
  })

  it('leaves out a missing summary', () => {
    expect(documentText({ ...article, summary: null }).text).toBe('Head\nOne two.\nThree.')
  })

  it('places every block of an article at its own text', () => {
    const river = riverSurveyArticle()
    const document = documentText(river)
    expect(document.blocks.map((block) => block.block)).toEqual([
      'headline',
      'summary',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ])
    for (const block of document.blocks)
      expect(document.text.slice(block.start, block.end)).toBe(blockText(river, block.block))
  })
})

describe('anchorsInRange and rangeOfAnchor', () => {
  const document = documentText(article)

  it('gives one anchor for a range inside a block', () => {
    expect(anchorsInRange(document, { start: 13, end: 16 })).toEqual([{ block: 'p1', start: 4, end: 7 }])
  })

  it('splits a range that crosses blocks, leaving out the separators', () => {
    expect(anchorsInRange(document, { start: 13, end: 20 })).toEqual([
      { block: 'p1', start: 4, end: 8 },
      { block: 'p2', start: 0, end: 2 },
    ])
  })

  it('gives nothing for a range that holds only a separator', () => {
    expect(anchorsInRange(document, { start: 17, end: 18 })).toEqual([])
  })

  it('gives no range for an unknown block', () => {
    expect(rangeOfAnchor(document, { block: 'p9', start: 0, end: 1 })).toBeUndefined()
  })

  it('round-trips every anchor inside a block', () => {
    fc.assert(
      fc.property(fc.constantFrom(...document.blocks), fc.nat(), fc.nat(), (block, a, b) => {
        const length = block.end - block.start
        const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number]
        fc.pre(start < end)
        const anchor = { block: block.block, start, end }
        expect(anchorsInRange(document, rangeOfAnchor(document, anchor)!)).toEqual([anchor])
      }),
    )
  })
})
