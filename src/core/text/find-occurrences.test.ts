// findOccurrences: every start index of a needle, overlapping ones included; nothing for an empty needle.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findOccurrences } from './find-occurrences.ts'

describe('findOccurrences', () => {
  it.each<{ name: string; text: string; needle: string; expected: number[] }>([
    { name: 'a single occurrence', text: 'Lavrov told reporters', needle: 'told', expected: [7] },
    { name: 'repeated words', text: 'dialogue, more dialogue', needle: 'dialogue', expected: [0, 15] },
    { name: 'overlapping occurrences', text: 'aaaa', needle: 'aa', expected: [0, 1, 2] },
    { name: 'overlapping longer occurrences', text: 'abababa', needle: 'aba', expected: [0, 2, 4] },
    { name: 'the whole text', text: 'Lavrov', needle: 'Lavrov', expected: [0] },
    { name: 'the end of the text', text: 'said Lavrov', needle: 'Lavrov', expected: [5] },
    { name: 'no occurrence', text: 'Lavrov', needle: 'Mujahid', expected: [] },
    { name: 'a needle longer than the text', text: 'Lav', needle: 'Lavrov', expected: [] },
    { name: 'different capitals', text: 'Lavrov', needle: 'lavrov', expected: [] },
    { name: 'a straight apostrophe for a curly one', text: 'Russia’s', needle: "Russia's", expected: [] },
    { name: 'an empty needle', text: 'Lavrov', needle: '', expected: [] },
    { name: 'an empty needle in empty text', text: '', needle: '', expected: [] },
    { name: 'empty text', text: '', needle: 'a', expected: [] },
    {
      name: 'astral characters, counted in UTF-16 units',
      text: '👋a👋b👋',
      needle: '👋',
      expected: [0, 3, 6],
    },
    { name: 'right-to-left text', text: 'گفت و گفت', needle: 'گفت', expected: [0, 6] },
  ])('finds $name', ({ text, needle, expected }) => {
    expect(findOccurrences(text, needle)).toEqual(expected)
  })

  it('finds exactly the indexes where the needle starts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '🙂'), maxLength: 20 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '🙂'), minLength: 1, maxLength: 3 }),
        (text, needle) => {
          const starts = Array.from({ length: text.length }, (_, index) => index).filter((index) =>
            text.startsWith(needle, index),
          )
          expect(findOccurrences(text, needle)).toEqual(starts)
        },
      ),
    )
  })
})
