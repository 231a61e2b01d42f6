// The filter's words: a chip's count, what the live region says after the filter changes, and as a reader types;
// and the notice about a link's speakers the article does not have, short whatever the link holds.
import { describe, expect, it } from 'vitest'
import {
  describeFilterResult,
  quoteCount,
  speakersFound,
  unknownSpeakersNotice,
  unknownSpeakerValues,
} from './filter-words.ts'

/** The words as read, without the invisible isolates around each value. */
const plain = (words: string | null) => words?.replace(/[\u2068\u2069]/g, '') ?? null

describe('describeFilterResult', () => {
  it.each<{ count: number; names: string[]; expected: string }>([
    { count: 4, names: ['Sergey Lavrov'], expected: '4 quotes by Sergey Lavrov' },
    { count: 1, names: ['Salim Paigir'], expected: '1 quote by Salim Paigir' },
    { count: 0, names: ['Islamic Emirate'], expected: '0 quotes by Islamic Emirate' },
    { count: 1, names: ['A', 'B'], expected: '1 quote by A and B' },
    {
      count: 6,
      names: ['Sergey Lavrov', 'Zabihullah Mujahid'],
      expected: '6 quotes by Sergey Lavrov and Zabihullah Mujahid',
    },
    { count: 3, names: ['A', 'B', 'C'], expected: '3 quotes by A, B, and C' },
    { count: 2, names: ['ذبیح‌الله مجاهد'], expected: '2 quotes by ذبیح‌الله مجاهد' },
    { count: 8, names: [], expected: '' },
  ])('says "$expected" for $count with $names', ({ count, names, expected }) => {
    expect(describeFilterResult(count, names)).toBe(expected)
  })
})

describe('quoteCount', () => {
  it.each([
    [0, '0 quotes'],
    [1, '1 quote'],
    [4, '4 quotes'],
  ])('says %i as "%s"', (count, expected) => {
    expect(quoteCount(count)).toBe(expected)
  })
})

describe('speakersFound', () => {
  it.each([
    [0, 'No speaker found'],
    [1, '1 speaker found'],
    [12, '12 speakers found'],
  ])('says %i as "%s"', (count, expected) => {
    expect(speakersFound(count)).toBe(expected)
  })
})

describe('unknownSpeakerValues', () => {
  it.each<[string[], string]>([
    [['lavrov'], '“lavrov”'],
    [['a', 'b'], '“a” and “b”'],
    [['a', 'b', 'c'], '“a”, “b”, and “c”'],
    [['a', 'b', 'c', 'd'], '“a”, “b”, “c”, and 1 more'],
    [['x'.repeat(100)], `“${'x'.repeat(40)}…”`],
    [[''], '“”'],
  ])('quotes %j as %s', (unknown, expected) => {
    expect(plain(unknownSpeakerValues(unknown))).toBe(expected)
  })

  it('sets each value apart, so a right-to-left value cannot reorder the quotation marks', () => {
    expect(unknownSpeakerValues(['مجاهد'])).toBe('“\u2068مجاهد\u2069”')
  })
})

describe('unknownSpeakersNotice', () => {
  it('says nothing when every speaker is known', () => {
    expect(unknownSpeakersNotice({ speakers: ['a'], unknown: [] })).toBeNull()
  })

  it.each([
    {
      filter: { speakers: [], unknown: ['lavrov'] },
      expected: 'This link asks for a speaker the article does not have (“lavrov”), so all quotes are shown.',
    },
    {
      filter: { speakers: ['sergey-lavrov'], unknown: ['x', 'y'] },
      expected:
        'This link asks for speakers the article does not have (“x” and “y”), so only the known speakers are filtered.',
    },
  ])('says "$expected"', ({ filter, expected }) => {
    expect(plain(unknownSpeakersNotice(filter))).toBe(expected)
  })

  it('stays short for 10,000 long values: three named, and how many more', () => {
    const unknown = Array.from({ length: 10_000 }, (_, at) => `${at}-${'<script>'.repeat(100)}`)
    const notice = plain(unknownSpeakersNotice({ speakers: [], unknown }))!
    expect(notice.length).toBeLessThan(300)
    expect(notice).toContain('and 9,997 more')
    expect(notice.match(/“/g)).toHaveLength(3)
  })
})
