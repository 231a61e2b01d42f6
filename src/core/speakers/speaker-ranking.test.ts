// rankSpeakers: most quoted first, ties in the article's order, speakers without quotes last with a count of 0.
import { describe, expect, it } from 'vitest'
import { rankSpeakers } from './speaker-ranking.ts'

const speakers = ['a', 'b', 'c', 'd'].map((id) => ({ id }))
const quotes = (...speakerIds: string[]) => speakerIds.map((speaker) => ({ speaker }))

describe('rankSpeakers', () => {
  it.each<{ name: string; quotes: { speaker: string }[]; expected: string[] }>([
    { name: 'no quotes: the article order', quotes: [], expected: ['a:0', 'b:0', 'c:0', 'd:0'] },
    { name: 'the most quoted first', quotes: quotes('c', 'b', 'c'), expected: ['c:2', 'b:1', 'a:0', 'd:0'] },
    {
      name: 'ties in article order, whatever the reading order',
      quotes: quotes('d', 'b', 'd', 'b'),
      expected: ['b:2', 'd:2', 'a:0', 'c:0'],
    },
    {
      name: 'a quote by nobody listed is ignored',
      quotes: quotes('x', 'a'),
      expected: ['a:1', 'b:0', 'c:0', 'd:0'],
    },
  ])('$name', ({ quotes, expected }) => {
    expect(rankSpeakers(speakers, quotes).map(({ speaker, quotes }) => `${speaker.id}:${quotes}`)).toEqual(
      expected,
    )
  })

  it('keeps the speakers it was given, not copies', () => {
    expect(rankSpeakers(speakers, [])[0]!.speaker).toBe(speakers[0])
  })
})
