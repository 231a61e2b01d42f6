// The filter's words: a chip's count, what the live region says after the filter changes, and as a reader types.
import { describe, expect, it } from 'vitest'
import { describeFilterResult, quoteCount, speakersFound } from './filter-words.ts'

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
