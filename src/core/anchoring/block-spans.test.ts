// spansByBlock: the mention and quote spans of an article, grouped by the block they sit in.
import { describe, expect, it } from 'vitest'
import { makeQuote } from '../../../tests/fixtures/builders.ts'
import type { Mention, Quote } from '../content/article.ts'
import { spansByBlock } from './block-spans.ts'

const mention = (speaker: string, block: string, start: number, end: number): Mention => ({
  speaker,
  anchor: { block, start, end },
})

const quote = (id: string, speaker: string, block: string, start: number, end: number): Quote =>
  makeQuote(id, speaker, { block, start, end })

describe('spansByBlock', () => {
  it('returns an empty map for an article without mentions or quotes', () => {
    expect(spansByBlock({ mentions: [], quotes: [] })).toEqual(new Map())
  })

  it('groups spans by block, mentions before quotes, each in the article order', () => {
    const spans = spansByBlock({
      mentions: [
        mention('lavrov', 'p1', 0, 6),
        mention('mujahid', 'headline', 0, 7),
        mention('ie', 'p1', 20, 30),
      ],
      quotes: [quote('q1', 'lavrov', 'p1', 10, 40), quote('q2', 'mujahid', 'p2', 0, 5)],
    })
    expect([...spans.keys()]).toEqual(['p1', 'headline', 'p2'])
    expect(spans.get('p1')).toEqual([
      { kind: 'mention', speaker: 'lavrov', start: 0, end: 6 },
      { kind: 'mention', speaker: 'ie', start: 20, end: 30 },
      { kind: 'quote', quote: 'q1', speaker: 'lavrov', speech: 'direct', start: 10, end: 40 },
    ])
    expect(spans.get('headline')).toEqual([{ kind: 'mention', speaker: 'mujahid', start: 0, end: 7 }])
    expect(spans.get('p2')).toEqual([
      { kind: 'quote', quote: 'q2', speaker: 'mujahid', speech: 'direct', start: 0, end: 5 },
    ])
  })

  it('has no entry for a block without spans', () => {
    const spans = spansByBlock({ mentions: [mention('lavrov', 'p1', 0, 6)], quotes: [] })
    expect(spans.has('p2')).toBe(false)
  })
})
