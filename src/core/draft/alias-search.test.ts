import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findOccurrences } from '../text/find-occurrences.ts'
import { AliasSearch } from './alias-search.ts'

/** What the search replaced: each alias in turn, every occurrence, kept when no letter or digit touches it. */
function aliasByAlias(aliases: readonly string[], text: string) {
  const word = (unit: string | undefined) => /[\p{L}\p{N}]/u.test(unit ?? '')
  return aliases.flatMap((alias, index) =>
    findOccurrences(text, alias)
      .filter((start) => !word(text[start - 1]) && !word(text[start + alias.length]))
      .map((start) => ({ alias: index, start, end: start + alias.length })),
  )
}

const words = (text: string, matches: { start: number; end: number }[]) =>
  matches.map((match) => text.slice(match.start, match.end))

describe('AliasSearch.occurrences', () => {
  it.each([
    { case: 'a name', aliases: ['Okafor'], text: 'Okafor said so.', expected: ['Okafor'] },
    { case: 'not inside a longer word', aliases: ['Okafor'], text: 'The Okafors and NOkafor.', expected: [] },
    { case: 'before a possessive', aliases: ['Okafor'], text: 'Okafor’s union', expected: ['Okafor'] },
    { case: 'between quotation marks', aliases: ['Okafor'], text: '“Okafor”', expected: ['Okafor'] },
    {
      case: 'longest first, as listed',
      aliases: ['Maria Okafor', 'Okafor'],
      text: 'Maria Okafor met Okafor.',
      expected: ['Maria Okafor', 'Okafor', 'Okafor'],
    },
    {
      case: 'overlapping occurrences',
      aliases: ['Ann Ann'],
      text: 'Ann Ann Ann',
      expected: ['Ann Ann', 'Ann Ann'],
    },
    { case: 'next to an emoji', aliases: ['Berg'], text: '🎉Berg🎉', expected: ['Berg'] },
    { case: 'accented letters are letters', aliases: ['Berg'], text: 'Bergé and éBerg', expected: [] },
    { case: 'right-to-left text', aliases: ['لافروف'], text: 'قال لافروف إن', expected: ['لافروف'] },
    { case: 'an alias that opens with a mark', aliases: ['“Q”'], text: 'the “Q” label', expected: ['“Q”'] },
  ])('$case', ({ aliases, text, expected }) => {
    expect(words(text, new AliasSearch(aliases).occurrences(text))).toEqual(expected)
  })

  it('gives an alias two speakers share to both, the first listed first', () => {
    expect(new AliasSearch(['Okafor', 'Okafor']).occurrences('Okafor said')).toEqual([
      { alias: 0, start: 0, end: 6 },
      { alias: 1, start: 0, end: 6 },
    ])
  })

  it('finds what searching alias by alias finds, in the same order', () => {
    const piece = fc.constantFrom('Ann', 'Berg', 'the', 'The', ' ', ' ', ',', '’s', 'é', '🎉', 'x', '1')
    const textArbitrary = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
    const aliasArbitrary = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.array(aliasArbitrary, { maxLength: 6 }), textArbitrary, (aliases, text) => {
        expect(new AliasSearch(aliases).occurrences(text)).toEqual(aliasByAlias(aliases, text))
      }),
    )
  })

  it('walks as far for three hundred speakers as for three', () => {
    const text = 'Maria Okafor said the talks would go on, and Tomas Lindqvist agreed. '.repeat(50)
    const steps = (speakers: number) => {
      const aliases = Array.from({ length: speakers }, (_, index) => [
        `Person${index} Name`,
        `Name${index}`,
      ]).flat()
      const search = new AliasSearch(['Maria Okafor', 'Okafor', 'Tomas Lindqvist', ...aliases])
      search.occurrences(text)
      return search.steps
    }
    expect(steps(3)).toBeGreaterThan(text.length / 10)
    expect(steps(300)).toBe(steps(3))
  })
})
