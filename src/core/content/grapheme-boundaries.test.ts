// graphemeBoundaries: the quick answer below U+0300 and the segmented one agree with Intl.Segmenter on any text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { graphemeBoundaries } from './grapheme-boundaries.ts'

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })
const boundariesOf = (text: string) =>
  new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length])

/**
 * Text that mixes plain Latin, Cyrillic, Greek and Arabic with everything that joins: accents, pairs, joined emoji,
 * flags, CR LF, Hangul, Indic conjuncts, spacing and prepended marks.
 */
const mixedText = fc.string({
  unit: fc.constantFrom(
    'a',
    'é',
    'e\u0301',
    '\u0301',
    ' ',
    '\r',
    '\n',
    '🙂',
    '👩\u200d👩\u200d👧',
    '🇦🇫',
    '\u1100\u1161',
    'क्ष',
    '\u0600',
    'ا',
    '\uD83D',
    '“',
    'Ж',
    'ά',
    'ก',
    '\u0e33',
    'ﾊ',
    '\uff9e',
    '\u0d4e',
    'ക',
    'क',
    '\u094d',
    '©',
    '\u200d',
    '\u200c',
    'ب',
    '\u064e',
  ),
  maxLength: 20,
})

describe('graphemeBoundaries', () => {
  it('says a cut is a boundary exactly where Intl.Segmenter puts one', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const expected = boundariesOf(text)
        const boundaries = graphemeBoundaries(text)
        for (let index = 0; index <= text.length; index++)
          expect(boundaries.isBoundary(index), `${JSON.stringify(text)} at ${index}`).toBe(
            expected.has(index),
          )
      }),
      { numRuns: 1000 },
    )
  })

  it('widens a range to the whole characters around it', () => {
    const text = 'José 👩\u200d👩\u200d👧 ok'.normalize('NFD')
    const boundaries = graphemeBoundaries(text)
    const accent = text.indexOf('\u0301')
    expect(boundaries.widen(accent, accent)).toEqual({ start: accent - 1, end: accent + 1 })
    const family = text.indexOf('👩')
    expect(boundaries.widen(family + 1, family + 3)).toEqual({ start: family, end: family + 8 })
    expect(boundaries.widen(0, 2)).toEqual({ start: 0, end: 2 })
  })

  it('treats CR LF as one character, and other pairs of controls as two', () => {
    expect(graphemeBoundaries('a\r\nb').isBoundary(2)).toBe(false)
    expect(graphemeBoundaries('a\n\rb').isBoundary(2)).toBe(true)
    expect(graphemeBoundaries('ab').isBoundary(1)).toBe(true)
  })
})
