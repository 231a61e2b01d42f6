// textBoundaries: word and grapheme boundaries as Intl.Segmenter has them, decided from a short window around
// each place, so that a question about a long text costs a window, not the text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WINDOW, graphemePrefix, textBoundaries } from './text-boundaries.ts'

const unlimited = () => ({ spent: 0, limit: Number.POSITIVE_INFINITY })

/** Every boundary of `text` by segmenting each whole line: what the windows must agree with. */
function boundariesOf(text: string, granularity: 'word' | 'grapheme'): Set<number> {
  const segmenter = new Intl.Segmenter(undefined, { granularity })
  const found = new Set<number>([0, text.length])
  let lineStart = 0
  for (const line of text.split('\n')) {
    for (const segment of segmenter.segment(line)) found.add(lineStart + segment.index)
    found.add(lineStart + line.length)
    lineStart += line.length + 1
  }
  // The split at line breaks ends a line inside CR LF, which is one character and never split.
  for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 1)) found.delete(at + 1)
  return found
}

describe('textBoundaries', () => {
  it.each([
    ["he's here", [0, 4, 5, 9]],
    ['Pi is 3.5 today', [0, 2, 3, 5, 6, 9, 10, 15]],
    ['“Quote” file_name', [0, 1, 6, 7, 8, 17]],
  ])('finds the words of %j', (text, expected) => {
    const boundaries = textBoundaries(text, unlimited())
    const found = [...Array(text.length + 1).keys()].filter((at) => boundaries.isWordBoundary(at))
    expect(found).toEqual(expected)
  })

  it('never splits a letter from its accent, an emoji from its modifier or a flag', () => {
    const text = 'e\u0301 👍🏽 🇫🇷🇩🇪'
    const boundaries = textBoundaries(text, unlimited())
    const found = [...Array(text.length + 1).keys()].filter((at) => boundaries.isGraphemeBoundary(at))
    expect(found).toEqual([0, 2, 3, 7, 8, 12, 16])
  })

  const alphabet = fc.constantFrom(
    ...[
      'a',
      'B',
      'é',
      'ß',
      'Ω',
      'Ж',
      'ب',
      '1',
      '٣',
      ' ',
      ' ',
      '.',
      ',',
      ';',
      ':',
      '·',
      "'",
      '’',
      '‘',
      '․',
      '⁄',
    ],
    ...[
      '“',
      '”',
      '"',
      '_',
      '-',
      '!',
      '(',
      '…',
      '–',
      '\u00a0',
      '\n',
      '\u0301',
      '😀',
      '\u200d',
      'ـ',
      'ネ',
      '漢',
    ],
    ...['א', '\t', '\r'],
  )

  it.each(['word', 'grapheme'] as const)(
    'agrees with the %s segmenter on every place of short lines',
    (kind) => {
      fc.assert(
        fc.property(fc.string({ unit: alphabet, maxLength: WINDOW }), (text) => {
          const boundaries = textBoundaries(text, unlimited())
          const expected = boundariesOf(text, kind)
          for (let at = 0; at <= text.length; at++) {
            const found = kind === 'word' ? boundaries.isWordBoundary(at) : boundaries.isGraphemeBoundary(at)
            expect([at, found]).toEqual([at, expected.has(at)])
          }
        }),
        { numRuns: 300 },
      )
    },
  )

  it('answers about a place in a long line for the cost of a window, once', () => {
    const text = `${'word '.repeat(20_000)}3.5 ${'word '.repeat(20_000)}`
    const work = unlimited()
    const boundaries = textBoundaries(text, work)
    const at = text.indexOf('.5')
    expect(boundaries.isWordBoundary(at)).toBe(false)
    expect(work.spent).toBeLessThanOrEqual(2 * WINDOW + 3)
    const spent = work.spent
    boundaries.isWordBoundary(at)
    expect(work.spent).toBe(spent + 1)
  })
})

describe('graphemePrefix', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdef', 3, 'abc'],
    ['cafe\u0301s', 4, 'caf'],
    ['ok 👍🏽 fine', 5, 'ok '],
    ['ok 👍🏽 fine', 7, 'ok 👍🏽'],
    ['a\r\nb', 2, 'a'],
    [`${'Z'}${'\u0301'.repeat(500)} after`, 40, ''],
  ])('cuts %j to %i units at a grapheme boundary: %j', (text, length, expected) => {
    expect(graphemePrefix(text, length)).toBe(expected)
  })

  it('never ends inside a grapheme, and keeps as much as it can', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), fc.nat(40), (text, length) => {
        const prefix = graphemePrefix(text, length)
        expect(text.startsWith(prefix)).toBe(true)
        expect(prefix.length).toBeLessThanOrEqual(Math.max(length, 0))
        const ends = boundariesOf(text, 'grapheme')
        expect(ends.has(prefix.length)).toBe(true)
        const next = [...ends].filter((at) => at > prefix.length).sort((a, b) => a - b)[0]
        if (next !== undefined) expect(next).toBeGreaterThan(length)
      }),
    )
  })
})

describe('graphemePrefix in a long run of flags', () => {
  it('never cuts a flag in half, however far the run goes back', () => {
    const text = `a${'🇫🇷'.repeat(30)}`
    for (let length = 1; length < text.length; length++) {
      const prefix = graphemePrefix(text, length)
      expect((prefix.length - 1) % 4).toBe(0)
      expect(prefix.length).toBeGreaterThan(length - 4)
    }
  })
})
