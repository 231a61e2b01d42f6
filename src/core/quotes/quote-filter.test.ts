// visibleQuotes and quoteCountsBySpeaker: what the quotes panel shows for a speaker filter.
import { describe, expect, it } from 'vitest'
import { makeQuote } from '../../../tests/fixtures/builders.ts'
import type { Quote } from '../content/article.ts'
import { quoteCountsBySpeaker, visibleQuotes } from './quote-filter.ts'

const quote = (id: string, speaker: string, start: number): Quote =>
  makeQuote(id, speaker, { block: 'p1', start, end: start + 5 }, { kind: 'reported' })

const quotes = [
  quote('l1', 'lavrov', 0),
  quote('m1', 'mujahid', 10),
  quote('l2', 'lavrov', 20),
  quote('p1', 'paigir', 30),
  quote('l3', 'lavrov', 40),
  quote('m2', 'mujahid', 50),
]

describe('visibleQuotes', () => {
  it.each<{ name: string; speakers: string[]; expected: string[] }>([
    { name: 'no speaker: every quote', speakers: [], expected: ['l1', 'm1', 'l2', 'p1', 'l3', 'm2'] },
    { name: 'one speaker', speakers: ['lavrov'], expected: ['l1', 'l2', 'l3'] },
    { name: 'a speaker with one quote', speakers: ['paigir'], expected: ['p1'] },
    {
      name: 'several speakers, in the quotes’ order',
      speakers: ['mujahid', 'lavrov'],
      expected: ['l1', 'm1', 'l2', 'l3', 'm2'],
    },
    {
      name: 'every speaker',
      speakers: ['paigir', 'mujahid', 'lavrov'],
      expected: ['l1', 'm1', 'l2', 'p1', 'l3', 'm2'],
    },
    { name: 'a speaker twice', speakers: ['paigir', 'paigir'], expected: ['p1'] },
    { name: 'a speaker without quotes', speakers: ['islamic-emirate'], expected: [] },
    { name: 'an unknown speaker beside a known one', speakers: ['nobody', 'paigir'], expected: ['p1'] },
  ])('shows $name', ({ speakers, expected }) => {
    expect(visibleQuotes(quotes, speakers).map((q) => q.id)).toEqual(expected)
  })

  it('shows nothing when there are no quotes', () => {
    expect(visibleQuotes([], ['lavrov'])).toEqual([])
    expect(visibleQuotes([], [])).toEqual([])
  })
})

describe('quoteCountsBySpeaker', () => {
  it('counts quotes per speaker, in the order speakers first appear', () => {
    expect([...quoteCountsBySpeaker(quotes)]).toEqual([
      ['lavrov', 3],
      ['mujahid', 2],
      ['paigir', 1],
    ])
  })

  it('leaves out speakers without quotes', () => {
    expect(quoteCountsBySpeaker(quotes).has('islamic-emirate')).toBe(false)
  })

  it('is empty for no quotes', () => {
    expect(quoteCountsBySpeaker([]).size).toBe(0)
  })
})
