// describeFilterResult: what the live region says after the speaker filter changes.
import { describe, expect, it } from 'vitest'
import { describeFilterResult } from './filter-words.ts'

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
