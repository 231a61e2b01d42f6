// searchText / foldTerm / findFolded: text folded as a find-in-page compares it, each unit mapped back to the
// original, and every occurrence of a term found in steps linear in the text, whatever it holds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findFolded, foldTerm, originalEnd, originalStart, searchText, type Work } from './search-text.ts'

const unlimited = (): Work => ({ spent: 0, limit: Number.POSITIVE_INFINITY })
const fold = (text: string) => searchText(text, unlimited())!

describe('searchText', () => {
  it('folds plain text at once, unit for unit', () => {
    const folded = fold('“He’s Here,” ΟΔΟΣ said.\nNext')
    expect(folded).toEqual({ folded: '"he\'s here," οδοσ said.\nnext', from: null, to: null, starts: null })
  })

  it('collapses white space, drops soft hyphens and maps each unit back', () => {
    const text = 'a \u00a0 b\u00adc\n\td'
    const folded = fold(text)
    expect(folded.folded).toBe('a bc\n d')
    expect(
      [...folded.folded].map((_, at) => text.slice(originalStart(folded, at), originalEnd(folded, at))),
    ).toEqual(['a', ' \u00a0 ', 'b', 'c', '\n', '\t', 'd'])
  })

  it('folds a letter and its combining accent as the precomposed letter, compatibility forms as their letters', () => {
    expect(fold('Cafe\u0301').folded).toBe(fold('CAFÉ').folded)
    const ligature = fold('ﬁne')
    expect(ligature.folded).toBe('fine')
    expect([...ligature.starts!.subarray(0, 5)]).toEqual([1, 0, 1, 1, 1])
    expect(originalEnd(ligature, 1)).toBe(1)
  })

  it('gives up before it starts when the text alone would pass the limit', () => {
    expect(searchText('x'.repeat(1000), { spent: 0, limit: 1000 })).toBeUndefined()
  })
})

describe('foldTerm', () => {
  it('folds a link’s words like the text, a line break as a space', () => {
    expect(foldTerm('He’s\nHERE')).toBe("he's here")
  })
})

describe('findFolded', () => {
  it('finds every occurrence, overlapping ones too, whole folded characters only', () => {
    expect([...findFolded(fold('aaaa'), 'aa', unlimited())!]).toEqual([0, 1, 2])
    expect([...findFolded(fold('ﬁ fi'), 'fi', unlimited())!]).toEqual([0, 3])
    expect([...findFolded(fold('ﬁ fi'), 'i', unlimited())!]).toEqual([4])
  })

  it('finds what a plain search finds, in at most five steps per unit of text and of the term', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 300 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 30 }),
        (text, term) => {
          const folded = fold(text)
          const work = unlimited()
          const found = findFolded(folded, term, work)!
          expect(work.spent).toBeLessThanOrEqual(5 * (folded.folded.length + term.length))
          const expected: number[] = []
          for (let at = folded.folded.indexOf(term); at !== -1; at = folded.folded.indexOf(term, at + 1))
            expected.push(at)
          expect([...found]).toEqual(expected)
        },
      ),
    )
  })

  it.each([
    ['a long term the text almost repeats', 'a'.repeat(100_000), `${'a'.repeat(1000)}b`, 0],
    ['a long term the text repeats everywhere', 'ab'.repeat(50_000), 'ab'.repeat(500), 49_501],
    ['a long term that overlaps itself', 'a'.repeat(100_000), 'a'.repeat(1000), 99_001],
  ])('stays linear on %s, where a search from each place is quadratic', (_, text, term, count) => {
    const work = unlimited()
    expect(findFolded(fold(text), term, work)).toHaveLength(count)
    expect(work.spent).toBeLessThanOrEqual(5 * (text.length + term.length))
  })

  it('gives up when the search could pass the limit', () => {
    expect(findFolded(fold('abc'.repeat(100)), 'abc', { spent: 0, limit: 500 })).toBeUndefined()
  })
})
