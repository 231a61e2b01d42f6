// blockText and summarizeArticle: reading a block of an article by id, and the home page summary.
import { describe, expect, it } from 'vitest'
import { blockText, summarizeArticle, type Article } from './article.ts'

const article: Article = {
  slug: 'lavrov-dialogue',
  revision: 'abc123',
  headline: 'Lavrov seeks dialogue',
  summary: 'Mujahid told TOLOnews it is safe.',
  outlet: { name: 'TOLOnews', url: null },
  sourceUrl: null,
  published: '2024-06-21',
  updated: null,
  language: 'en',
  direction: 'ltr',
  form: 'article',
  turns: [],
  paragraphs: [
    { id: 'p1', text: 'Sergey Lavrov told reporters.' },
    { id: 'p2', text: 'Mujahid said it is safe.' },
  ],
  speakers: [
    {
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      shortName: 'Lavrov',
      kind: 'person',
      role: null,
      affiliation: null,
    },
    {
      id: 'zabihullah-mujahid',
      name: 'Zabihullah Mujahid',
      shortName: 'Mujahid',
      kind: 'person',
      role: null,
      affiliation: null,
    },
  ],
  mentions: [],
  quotes: [
    {
      id: 'q1',
      speaker: 'sergey-lavrov',
      kind: 'reported',
      cue: { text: 'told', anchor: { block: 'p1', start: 2, end: 6 } },
      to: 'reporters',
      text: 'x',
      anchors: [{ block: 'p1', start: 0, end: 1 }],
      verbatim: [],
      source: null,
      via: null,
      turn: null,
    },
  ],
  issues: [],
  positions: [],
}

describe('blockText', () => {
  it.each([
    { block: 'headline', expected: 'Lavrov seeks dialogue' },
    { block: 'summary', expected: 'Mujahid told TOLOnews it is safe.' },
    { block: 'p1', expected: 'Sergey Lavrov told reporters.' },
    { block: 'p2', expected: 'Mujahid said it is safe.' },
    { block: 'p3', expected: undefined },
    { block: '', expected: undefined },
    { block: 'P1', expected: undefined },
  ])('reads block "$block"', ({ block, expected }) => {
    expect(blockText(article, block)).toBe(expected)
  })

  it('has no summary block when the summary is null', () => {
    expect(blockText({ ...article, summary: null }, 'summary')).toBeUndefined()
  })
})

describe('summarizeArticle', () => {
  it('lists speaker names in the article order and counts the quotes', () => {
    expect(summarizeArticle(article)).toEqual({
      slug: 'lavrov-dialogue',
      headline: 'Lavrov seeks dialogue',
      summary: 'Mujahid told TOLOnews it is safe.',
      outlet: { name: 'TOLOnews', url: null },
      published: '2024-06-21',
      language: 'en',
      direction: 'ltr',
      speakerNames: ['Sergey Lavrov', 'Zabihullah Mujahid'],
      quoteCount: 1,
    })
  })
})
