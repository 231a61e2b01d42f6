// markTitle: the tooltip of a mark of the margin overview.
import { describe, expect, it } from 'vitest'
import { markTitle } from './overview-words.ts'

describe('markTitle', () => {
  it.each<{ names: string[]; expected: string }>([
    { names: ['Amina Adler'], expected: 'Amina Adler' },
    { names: ['Amina Adler', 'Amina Adler'], expected: 'Amina Adler' },
    { names: ['Amina Adler', 'Boris Baker'], expected: 'Amina Adler and Boris Baker' },
    { names: ['A', 'B', 'A', 'C'], expected: 'A, B, and C' },
    { names: ['A', 'B', 'C', 'D', 'E'], expected: 'A, B, C, and 2 more' },
    { names: [], expected: '' },
  ])('names $names as “$expected”', ({ names, expected }) => {
    expect(markTitle(names)).toBe(expected)
  })
})
