// encodePassageLink / decodePassageLink: a passage survives the round trip; any other input decodes to a typed
// failure, never an exception.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { riverSurveyArticle } from '../../../tests/fixtures/unit/articles.ts'
import { documentText } from '../anchoring/document-text.ts'
import { selectPassage } from '../anchoring/match-passage.ts'
import { passagePath } from './article-paths.ts'
import {
  decodePassageLink,
  encodePassageLink,
  MAX_PASSAGE_LENGTH,
  passageLinkQuery,
  withoutPassageLink,
} from './passage-link.ts'

const link = {
  start: 20,
  end: 47,
  exact: 'The ministers met in Almaty',
  prefix: 'spoke first. ',
  suffix: ' on Friday, Mujahid',
  revision: 'abc123',
}

describe('encodePassageLink', () => {
  it('writes position, words, context and revision, readable', () => {
    expect(encodePassageLink(link)).toBe(
      'at=20-47&text=The+ministers+met+in+Almaty&before=spoke+first.+&after=+on+Friday,+Mujahid&rev=abc123',
    )
  })

  it('leaves out empty context', () => {
    expect(encodePassageLink({ ...link, prefix: '', suffix: '' })).toBe(
      'at=20-47&text=The+ministers+met+in+Almaty&rev=abc123',
    )
  })

  it('escapes what would end the value or the URL', () => {
    const encoded = encodePassageLink({ ...link, exact: 'a&b=c+d#e%f?g', end: 33 })
    expect(encoded).toContain('text=a%26b%3Dc%2Bd%23e%25f%3Fg&')
    expect(decodePassageLink(encoded)).toEqual({
      kind: 'passage',
      link: { ...link, exact: 'a&b=c+d#e%f?g', end: 33 },
    })
  })

  it('encodes what browsers or chat apps would change or cut at', () => {
    expect(encodePassageLink({ ...link, exact: "don't (ever)!*", end: 34 })).toContain(
      'text=don%27t+%28ever%29%21%2A&',
    )
  })

  it('never throws on half a surrogate pair', () => {
    expect(() => encodePassageLink({ ...link, exact: '\uD83D', end: 21 })).not.toThrow()
  })
})

describe('decodePassageLink', () => {
  it('finds no passage in a query without one', () => {
    expect(decodePassageLink('')).toEqual({ kind: 'none' })
    expect(decodePassageLink('?speaker=sergey-lavrov')).toEqual({ kind: 'none' })
  })

  it('reads a query with a leading ? and other parameters', () => {
    expect(decodePassageLink(`?speaker=x&${encodePassageLink(link)}`)).toEqual({ kind: 'passage', link })
  })

  it.each([
    { name: 'words without a position', search: 'text=Lavrov', reason: 'altered' },
    { name: 'a position without words', search: 'at=1-7', reason: 'no-words' },
    { name: 'empty words', search: 'at=1-1&text=', reason: 'no-words' },
    { name: 'only white space', search: 'at=1-2&text=%0A', reason: 'no-words' },
    { name: 'words cut short', search: 'at=20-47&text=The+minis', reason: 'altered' },
    { name: 'a backwards position', search: 'at=47-20&text=The', reason: 'altered' },
    { name: 'a negative position', search: 'at=-1-2&text=abc', reason: 'altered' },
    {
      name: 'a position that is no number',
      search: 'at=a-b&text=abc',
      reason: 'altered',
    },
    {
      name: 'ten thousand characters of words',
      search: `at=0-10000&text=${'x'.repeat(10_000)}`,
      reason: 'too-long',
    },
  ])('reports $name as malformed', ({ search, reason }) => {
    expect(decodePassageLink(search)).toMatchObject({ kind: 'malformed', reason })
  })

  it('keeps hostile words as plain text for the notice to quote', () => {
    const words = '<img src=x onerror=alert(1)>'
    expect(decodePassageLink(`at=0-3&text=${encodeURIComponent(words)}`)).toEqual({
      kind: 'malformed',
      reason: 'altered',
      words,
    })
  })

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        expect(() => decodePassageLink(search)).not.toThrow()
      }),
    )
  })

  it('never throws on queries made of link pieces', () => {
    const piece = fc.constantFrom(
      'at=',
      'text=',
      'before=',
      'after=',
      'rev=',
      '&',
      '%',
      '%E2',
      '+',
      '-',
      '1',
      '9'.repeat(12),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(() => decodePassageLink(pieces.join(''))).not.toThrow()
      }),
    )
  })
})

describe('decodePassageLink(encodePassageLink(x))', () => {
  /** Any article-like text (any characters, astral ones included) and a range of it, cut between code points. */
  const passageOfAnyArticle = fc
    .record({
      headline: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      summary: fc.option(fc.string({ unit: 'grapheme', maxLength: 80 })),
      paragraphs: fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 6 }),
      revision: fc.stringMatching(/^[0-9a-z]{1,11}$/),
    })
    .chain((article) => {
      const { text } = documentText({
        ...article,
        paragraphs: article.paragraphs.map((paragraph, index) => ({ id: `p${index + 1}`, text: paragraph })),
      })
      const boundaries = [
        0,
        ...Array.from(text).map((_, index, all) => all.slice(0, index + 1).join('').length),
      ]
      return (
        fc
          .tuple(fc.constantFrom(...boundaries), fc.constantFrom(...boundaries))
          // Shared passages are never only white space: selections are trimmed.
          .filter(
            ([a, b]) =>
              text.slice(Math.min(a, b), Math.max(a, b)).trim() !== '' &&
              Math.abs(b - a) <= MAX_PASSAGE_LENGTH,
          )
          .map(([a, b]) => ({
            ...selectPassage(text, { start: Math.min(a, b), end: Math.max(a, b) }),
            revision: article.revision,
          }))
      )
    })

  it('gives back any passage of any article', () => {
    fc.assert(
      fc.property(passageOfAnyArticle, (passage) => {
        expect(decodePassageLink(encodePassageLink(passage))).toEqual({ kind: 'passage', link: passage })
      }),
    )
  })
})

describe('links to passages of an article', () => {
  const article = riverSurveyArticle()
  const document = documentText(article)
  const origin = 'https://whosaidwhat.example'

  it('stay within 400 characters for every sentence, the longest included', () => {
    const sentences = document.text.split(/(?<=[.!?”])\s+|\n/).filter((sentence) => sentence.length > 0)
    const longest = sentences.reduce((a, b) => (b.length > a.length ? b : a))
    expect(longest.length).toBeGreaterThan(250)
    for (const sentence of sentences) {
      const start = document.text.indexOf(sentence)
      const passage = selectPassage(document.text, { start, end: start + sentence.length })
      const url = origin + passagePath(article.slug, { ...passage, revision: article.revision })
      expect(url.length, sentence).toBeLessThanOrEqual(400)
    }
  })
})

describe('withoutPassageLink', () => {
  it('drops the passage and keeps the speaker filter', () => {
    expect(withoutPassageLink(`?speaker=a&${encodePassageLink(link)}&speaker=b`)).toBe('?speaker=a&speaker=b')
    expect(withoutPassageLink(encodePassageLink(link))).toBe('')
  })
})

describe('passageLinkQuery', () => {
  it('keeps only the passage parameters, as written', () => {
    expect(passageLinkQuery(`?speaker=a&${encodePassageLink(link)}`)).toBe(encodePassageLink(link))
    expect(passageLinkQuery('?speaker=a')).toBe('')
  })
})
