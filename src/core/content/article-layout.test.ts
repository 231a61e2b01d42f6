// layoutArticle: paragraphs one by one in an article; turns, and questions with their answers, in a transcript.
import { describe, expect, it } from 'vitest'
import type { Turn } from './article.ts'
import { layoutArticle, type LayoutItem } from './article-layout.ts'

const paragraphs = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => ({ id, text: id }))
const turn = (id: string, blocks: string[], question = false): Turn => ({
  id,
  speaker: question ? 'reporters' : 'mayor',
  label: null,
  blocks,
  question,
})

/** The layout in short: p for a paragraph, t(…) for a turn, q(…)[…] for a question and its answers. */
function shape(items: LayoutItem[]): string[] {
  return items.map((item) => {
    if (item.kind === 'paragraph') return item.placed.paragraph.id
    if (item.kind === 'turn') return `t(${item.group.paragraphs.map((p) => p.paragraph.id).join(' ')})`
    return `q(${item.question.turn.id})[${item.answers.map((answer) => answer.turn.id).join(' ')}]`
  })
}

describe('layoutArticle', () => {
  it('lays an article out paragraph by paragraph', () => {
    expect(shape(layoutArticle({ paragraphs, turns: [] }))).toEqual(paragraphs.map((p) => p.id))
  })

  it('groups a transcript by turn and pairs each question with the answers after it', () => {
    const turns = [
      turn('opening', ['p2', 'p3']),
      turn('ask-1', ['p4'], true),
      turn('answer-1', ['p5']),
      turn('answer-1b', ['p6']),
    ]
    expect(shape(layoutArticle({ paragraphs, turns }))).toEqual([
      'p1',
      't(p2 p3)',
      'q(ask-1)[answer-1 answer-1b]',
      'p7',
    ])
  })

  it('keeps each paragraph’s place in the article', () => {
    const items = layoutArticle({ paragraphs, turns: [turn('opening', ['p2', 'p3'])] })
    const group = items.find((item) => item.kind === 'turn')
    expect(group?.kind === 'turn' && group.group.paragraphs.map((p) => p.index)).toEqual([1, 2])
  })

  it('ends an exchange at narration, so later turns stand alone', () => {
    const turns = [turn('ask', ['p1'], true), turn('answer', ['p2']), turn('after', ['p4'])]
    expect(shape(layoutArticle({ paragraphs: paragraphs.slice(0, 4), turns }))).toEqual([
      'q(ask)[answer]',
      'p3',
      't(p4)',
    ])
  })
})
