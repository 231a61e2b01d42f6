// encodePassageLink / decodePassageLink: a passage survives the round trip; links made before (all the words) are
// read as they always were; any other input decodes to a typed failure, never an exception. And how long the links
// to every sentence of the seed article are.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { oldPassageQuery, oldPassageSelector } from '../../../tests/fixtures/unit/old-passage-links.ts'
import { documentText } from '../anchoring/document-text.ts'
import { isPassageAt, matchPassage, selectPassage } from '../anchoring/match-passage.ts'
import { passagePath } from './article-paths.ts'
import {
  decodePassageLink,
  encodePassageLink,
  isSameRevision,
  MAX_PASSAGE_LENGTH,
  passageLinkQuery,
  revisionTag,
  withoutPassageLink,
} from './passage-link.ts'

const words = {
  start: 20,
  end: 47,
  exact: 'The ministers met in Almaty',
  prefix: '',
  suffix: '',
  revision: '13khkjx5c19',
}
const ends = {
  start: 211,
  end: 500,
  textStart: 'Sergey Lavrov,',
  textEnd: 'Afghan government.',
  prefix: '',
  suffix: '',
  revision: '13khkjx5c19',
}
const oldLink = { ...words, prefix: 'spoke first. ', suffix: ' on Friday, Mujahid', revision: 'abc123' }

describe('encodePassageLink', () => {
  it('writes a short passage whole: position, words and the end of the revision, readable', () => {
    expect(encodePassageLink(words)).toBe('at=20-47&words=The+ministers+met+in+Almaty&rev=jx5c19')
  })

  it('writes a longer passage by its first and last words', () => {
    expect(encodePassageLink(ends)).toBe('at=211-500&from=Sergey+Lavrov,&to=Afghan+government.&rev=jx5c19')
  })

  it('writes context around the words where it has any, the revision always last', () => {
    expect(encodePassageLink({ ...ends, prefix: 'Govt\n', suffix: ' Mujahid' })).toBe(
      'at=211-500&before=Govt%0A&from=Sergey+Lavrov,&to=Afghan+government.&after=+Mujahid&rev=jx5c19',
    )
  })

  it('escapes what would end the value or the URL', () => {
    const encoded = encodePassageLink({ ...words, exact: 'a&b=c+d#e%f?g', end: 33 })
    expect(encoded).toContain('words=a%26b%3Dc%2Bd%23e%25f%3Fg&')
    expect(decodePassageLink(encoded)).toEqual({
      kind: 'passage',
      link: { ...words, exact: 'a&b=c+d#e%f?g', end: 33, revision: 'jx5c19' },
    })
  })

  it('encodes what browsers or chat apps would change or cut at', () => {
    expect(encodePassageLink({ ...words, exact: "don't (ever)!*", end: 34 })).toContain(
      'words=don%27t+%28ever%29%21%2A&',
    )
  })

  it('never throws on half a surrogate pair', () => {
    expect(() => encodePassageLink({ ...words, exact: '\uD83D', end: 21 })).not.toThrow()
  })
})

describe('revisionTag and isSameRevision', () => {
  it('name a revision by its last six characters, whole revisions of links made before too', () => {
    expect(revisionTag('13khkjx5c19')).toBe('jx5c19')
    expect(revisionTag('abc')).toBe('000abc')
    expect(isSameRevision('jx5c19', '13khkjx5c19')).toBe(true)
    expect(isSameRevision('13khkjx5c19', '13khkjx5c19')).toBe(true)
    expect(isSameRevision('jx5c18', '13khkjx5c19')).toBe(false)
    expect(isSameRevision('old', '13khkjx5c19')).toBe(false)
    expect(isSameRevision('', '000000')).toBe(false)
  })
})

describe('decodePassageLink', () => {
  it('finds no passage in a query without one', () => {
    expect(decodePassageLink('')).toEqual({ kind: 'none' })
    expect(decodePassageLink('?speaker=sergey-lavrov')).toEqual({ kind: 'none' })
  })

  it('reads both kinds of link, with a leading ? and other parameters', () => {
    expect(decodePassageLink(`?speaker=x&${encodePassageLink(words)}`)).toEqual({
      kind: 'passage',
      link: { ...words, revision: 'jx5c19' },
    })
    expect(decodePassageLink(`?speaker=x&${encodePassageLink(ends)}`)).toEqual({
      kind: 'passage',
      link: { ...ends, revision: 'jx5c19' },
    })
  })

  it('reads a link made before, as it was written then', () => {
    const query =
      'at=20-47&text=The+ministers+met+in+Almaty&before=spoke+first.+&after=+on+Friday,+Mujahid&rev=abc123'
    expect(oldPassageQuery(oldLink)).not.toContain('words=')
    expect(decodePassageLink(query)).toEqual({ kind: 'passage', link: oldLink })
    expect(decodePassageLink(oldPassageQuery(oldLink))).toEqual({ kind: 'passage', link: oldLink })
    // Without a revision, as hand-made links may be.
    expect(decodePassageLink('at=20-47&text=The+ministers+met+in+Almaty')).toMatchObject({
      kind: 'passage',
      link: { revision: '' },
    })
  })

  it.each([
    { name: 'old words without a position', search: 'text=Lavrov', reason: 'altered' },
    { name: 'a position without words', search: 'at=1-7', reason: 'no-words' },
    { name: 'empty old words', search: 'at=1-1&text=', reason: 'no-words' },
    { name: 'old words of only white space', search: 'at=1-2&text=%0A', reason: 'no-words' },
    { name: 'old words cut short', search: 'at=20-47&text=The+minis', reason: 'altered' },
    { name: 'a backwards position', search: 'at=47-20&text=The', reason: 'altered' },
    { name: 'a negative position', search: 'at=-1-2&text=abc', reason: 'altered' },
    { name: 'a position that is no number', search: 'at=a-b&text=abc', reason: 'altered' },
    {
      name: 'ten thousand characters of words',
      search: `at=0-10000&text=${'x'.repeat(10_000)}`,
      reason: 'too-long',
    },
    { name: 'empty words', search: 'at=1-1&words=&rev=jx5c19', reason: 'no-words' },
    { name: 'empty first words', search: 'at=1-30&from=&to=abc&rev=jx5c19', reason: 'no-words' },
    { name: 'words cut short', search: 'at=20-47&words=The+minis', reason: 'altered' },
    {
      name: 'words without a revision',
      search: 'at=20-47&words=The+ministers+met+in+Almaty',
      reason: 'altered',
    },
    {
      name: 'a revision cut short',
      search: 'at=211-500&from=Sergey&to=government.&rev=jx5',
      reason: 'altered',
    },
    {
      name: 'the last words cut off',
      search: 'at=211-500&from=Sergey+Lavrov,&to=Afghan+gov',
      reason: 'altered',
    },
    {
      name: 'first words without last',
      search: 'at=211-500&from=Sergey+Lavrov,&rev=jx5c19',
      reason: 'altered',
    },
    {
      name: 'ends longer than the position',
      search: 'at=0-5&from=Sergey&to=Lavrov&rev=jx5c19',
      reason: 'altered',
    },
    { name: 'ends a position too far apart', search: 'at=0-5000&from=a&to=b&rev=jx5c19', reason: 'too-long' },
  ])('reports $name as malformed', ({ search, reason }) => {
    expect(decodePassageLink(search)).toMatchObject({ kind: 'malformed', reason })
  })

  it('keeps what a malformed link asked for, as plain text, for the notice to quote', () => {
    const hostile = '<img src=x onerror=alert(1)>'
    expect(decodePassageLink(`at=0-3&text=${encodeURIComponent(hostile)}`)).toEqual({
      kind: 'malformed',
      reason: 'altered',
      words: hostile,
    })
    expect(decodePassageLink('at=211-500&from=Sergey+Lavrov,&to=Afghan+gov')).toEqual({
      kind: 'malformed',
      reason: 'altered',
      words: 'Sergey Lavrov, … Afghan gov',
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
      'words=',
      'from=',
      'to=',
      'before=',
      'after=',
      'rev=',
      'jx5c19',
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
            text.slice(Math.min(a, b), Math.max(a, b)).trim() !== '' && Math.abs(b - a) <= MAX_PASSAGE_LENGTH,
        )
        .map(([a, b]) => ({ text, range: { start: Math.min(a, b), end: Math.max(a, b) }, ...article }))
    )
  })

describe('decodePassageLink(encodePassageLink(x))', () => {
  it('gives back any passage of any article, with the end of its revision', () => {
    fc.assert(
      fc.property(passageOfAnyArticle, ({ text, range, revision }) => {
        const passage = { ...selectPassage(text, range), revision }
        expect(decodePassageLink(encodePassageLink(passage))).toEqual({
          kind: 'passage',
          link: { ...passage, revision: revisionTag(revision) },
        })
      }),
    )
  })

  it('gives back any passage of a link made before, whole revision and all', () => {
    fc.assert(
      fc.property(passageOfAnyArticle, ({ text, range, revision }) => {
        const passage = { ...oldPassageSelector(text, range), revision }
        expect(decodePassageLink(oldPassageQuery(passage))).toEqual({ kind: 'passage', link: passage })
      }),
    )
  })
})

/** The value at `share` (0 to 1) of sorted `values`, by the nearest rank. */
const percentile = (values: readonly number[], share: number) =>
  values[Math.max(0, Math.ceil(share * values.length) - 1)]!

describe('links to every sentence of the seed article', () => {
  const article = seedArticle()
  const document = documentText(article)
  const origin = 'https://whosaidwhat.example'
  const sentences = document.text.split(/(?<=[.!?”])\s+|\n/).filter((sentence) => sentence.length > 0)
  // In order, each after the one before: the summary repeats a paragraph's sentence, and each keeps its place.
  let after = 0
  const ranges = sentences.map((sentence) => {
    const start = document.text.indexOf(sentence, after)
    after = start + sentence.length
    return { start, end: after }
  })
  const links = ranges.map(
    (range) =>
      origin +
      passagePath(article.slug, { ...selectPassage(document.text, range), revision: article.revision }),
  )
  /** What Chromium writes for a sentence of under 300 characters in one block: all its words, escaped. */
  const browserLinks = sentences.map(
    (sentence) =>
      `${origin}/articles/${article.slug}#:~:text=${encodeURIComponent(sentence).replace(/-/g, '%2D')}`,
  )
  const lengths = (urls: readonly string[]) => urls.map((url) => url.length).sort((a, b) => a - b)
  const summary = (values: readonly number[]) => ({
    min: values[0]!,
    median: percentile(values, 0.5),
    p90: percentile(values, 0.9),
    max: values.at(-1)!,
  })

  it('are under 140 characters for a typical sentence, and as short as the browser’s own for most', () => {
    const ours = summary(lengths(links))
    const browser = summary(lengths(browserLinks))
    console.log(
      `Links to the ${sentences.length} sentences of the seed (${origin}): ${JSON.stringify(ours)}; ` +
        `the browser's #:~:text= links to them: ${JSON.stringify(browser)}`,
    )
    expect(sentences.length).toBeGreaterThanOrEqual(15)
    expect(ours.median).toBeLessThan(140)
    expect(ours.p90).toBeLessThanOrEqual(150)
    expect(ours.max).toBeLessThanOrEqual(160)
    expect(ours.median).toBeLessThan(browser.median)
  })

  it('each name exactly their sentence, the repeated one included, and find it again after an edit', () => {
    expect(new Set(sentences).size).toBeLessThan(sentences.length)
    // Two words put before the headline move every sentence by fifteen characters.
    const edited = `Breaking news: ${document.text}`
    links.forEach((url, index) => {
      const decoded = decodePassageLink(new URL(url).search)
      if (decoded.kind !== 'passage') throw new Error(`${url} does not decode`)
      expect(decoded.link).toMatchObject(ranges[index]!)
      expect(isPassageAt(document.text, decoded.link)).toBe(true)
      const shifted = { start: ranges[index]!.start + 15, end: ranges[index]!.end + 15 }
      expect(matchPassage(edited, decoded.link), url).toEqual({ found: true, range: shifted, moved: true })
    })
  })
})

describe('withoutPassageLink', () => {
  it('drops the passage, in either format, and keeps the speaker filter', () => {
    expect(withoutPassageLink(`?speaker=a&${encodePassageLink(ends)}&speaker=b`)).toBe('?speaker=a&speaker=b')
    expect(withoutPassageLink(`?${oldPassageQuery(oldLink)}&speaker=b`)).toBe('?speaker=b')
    expect(withoutPassageLink(encodePassageLink({ ...words, prefix: 'x', suffix: 'y' }))).toBe('')
  })
})

describe('passageLinkQuery', () => {
  it('keeps only the passage parameters, as written', () => {
    expect(passageLinkQuery(`?speaker=a&${encodePassageLink(ends)}`)).toBe(encodePassageLink(ends))
    expect(passageLinkQuery('?speaker=a')).toBe('')
  })
})
