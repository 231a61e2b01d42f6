// decodeSpeakerFilter and encodeSpeakerFilter: the `?speaker=` filter in the URL, its round trip,
// and decoding that never throws whatever a link holds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  SPEAKER_PARAM,
  UNKNOWN_LENGTH,
  UNKNOWN_NAMED,
  decodeSpeakerFilter,
  encodeSpeakerFilter,
  unknownToName,
  withSpeakerFilter,
} from './speaker-filter.ts'

const ids = ['sergey-lavrov', 'zabihullah-mujahid', 'salim-paigir', 'islamic-emirate', 'csto-members']

describe('decodeSpeakerFilter', () => {
  it.each<{ name: string; search: string; speakers: string[]; unknown: string[] }>([
    { name: 'an empty query', search: '', speakers: [], unknown: [] },
    { name: 'a lone question mark', search: '?', speakers: [], unknown: [] },
    { name: 'one speaker', search: '?speaker=salim-paigir', speakers: ['salim-paigir'], unknown: [] },
    {
      name: 'a query without the question mark',
      search: 'speaker=salim-paigir',
      speakers: ['salim-paigir'],
      unknown: [],
    },
    {
      name: 'speakers out of order, in the article order',
      search: '?speaker=csto-members&speaker=sergey-lavrov&speaker=salim-paigir',
      speakers: ['sergey-lavrov', 'salim-paigir', 'csto-members'],
      unknown: [],
    },
    {
      name: 'a speaker twice, once',
      search: '?speaker=salim-paigir&speaker=sergey-lavrov&speaker=salim-paigir',
      speakers: ['sergey-lavrov', 'salim-paigir'],
      unknown: [],
    },
    {
      name: 'unknown values, reported once each in link order',
      search: '?speaker=lavrov&speaker=sergey-lavrov&speaker=Salim-Paigir&speaker=lavrov',
      speakers: ['sergey-lavrov'],
      unknown: ['lavrov', 'Salim-Paigir'],
    },
    { name: 'an empty value, as unknown', search: '?speaker=', speakers: [], unknown: [''] },
    {
      name: 'other parameters, ignored',
      search: '?quote=lavrov-seek-dialogue&speaker=salim-paigir&lang=en',
      speakers: ['salim-paigir'],
      unknown: [],
    },
    {
      name: 'a similar parameter name, ignored',
      search: '?speakers=salim-paigir&Speaker=csto-members',
      speakers: [],
      unknown: [],
    },
    {
      name: 'a percent-encoded id',
      search: '?speaker=salim%2Dpaigir',
      speakers: ['salim-paigir'],
      unknown: [],
    },
    {
      name: 'a plus, read as a space',
      search: '?speaker=salim+paigir',
      speakers: [],
      unknown: ['salim paigir'],
    },
    {
      name: 'malformed percent-encoding, leniently',
      search: '?speaker=%E0%A4%A&speaker=%',
      speakers: [],
      unknown: ['\uFFFD%A', '%'],
    },
  ])('reads $name', ({ search, speakers, unknown }) => {
    expect(decodeSpeakerFilter(search, ids)).toEqual({ speakers, unknown })
  })

  it('finds no speakers in an article without speakers', () => {
    expect(decodeSpeakerFilter('?speaker=salim-paigir', [])).toEqual({
      speakers: [],
      unknown: ['salim-paigir'],
    })
  })
})

describe('encodeSpeakerFilter', () => {
  it.each<{ name: string; search: string; speakers: string[]; expected: string }>([
    { name: 'no filter on an empty query', search: '', speakers: [], expected: '' },
    { name: 'one speaker', search: '', speakers: ['salim-paigir'], expected: '?speaker=salim-paigir' },
    {
      name: 'several speakers, in the order given',
      search: '',
      speakers: ['salim-paigir', 'sergey-lavrov'],
      expected: '?speaker=salim-paigir&speaker=sergey-lavrov',
    },
    {
      name: 'a cleared filter',
      search: '?speaker=salim-paigir&speaker=csto-members',
      speakers: [],
      expected: '',
    },
    {
      name: 'a replaced filter, keeping other parameters in place',
      search: '?quote=lavrov-seek-dialogue&speaker=csto-members&lang=en',
      speakers: ['sergey-lavrov'],
      expected: '?quote=lavrov-seek-dialogue&lang=en&speaker=sergey-lavrov',
    },
    {
      name: 'a cleared filter, keeping other parameters',
      search: '?speaker=csto-members&quote=lavrov-seek-dialogue',
      speakers: [],
      expected: '?quote=lavrov-seek-dialogue',
    },
    {
      name: 'a query without the question mark',
      search: 'quote=q1',
      speakers: ['salim-paigir'],
      expected: '?quote=q1&speaker=salim-paigir',
    },
  ])('writes $name', ({ search, speakers, expected }) => {
    expect(encodeSpeakerFilter(search, speakers)).toBe(expected)
  })

  it('keeps the values of other parameters, whatever their encoding', () => {
    const search = '?q=a%20b&note=caf%C3%A9&empty=&flag'
    const others = (query: string) => [...new URLSearchParams(query)].filter(([key]) => key !== SPEAKER_PARAM)
    expect(others(encodeSpeakerFilter(search, ['salim-paigir']))).toEqual(others(search))
  })
})

describe('speaker filter round trip', () => {
  const otherParams = fc.array(
    fc.tuple(
      fc.string({ unit: 'grapheme', maxLength: 8 }).filter((key) => key !== SPEAKER_PARAM),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 4 },
  )
  const queryOf = (params: [string, string][]) => new URLSearchParams(params).toString()

  it('decodes what it encodes: the chosen speakers, in article order, nothing unknown', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), otherParams, (chosen, params) => {
        const decoded = decodeSpeakerFilter(encodeSpeakerFilter(queryOf(params), chosen), ids)
        expect(decoded).toEqual({ speakers: ids.filter((id) => chosen.includes(id)), unknown: [] })
      }),
    )
  })

  it('round-trips any speaker ids, even with characters that need escaping', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { maxLength: 6 }),
        fc.nat(),
        (articleIds, seed) => {
          const chosen = articleIds.filter((_, index) => (seed >> index) & 1)
          const decoded = decodeSpeakerFilter(encodeSpeakerFilter('', chosen), articleIds)
          expect(decoded).toEqual({ speakers: chosen, unknown: [] })
        },
      ),
    )
  })

  it('keeps the other parameters through an encode', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), otherParams, (chosen, params) => {
        const encoded = new URLSearchParams(encodeSpeakerFilter(queryOf(params), chosen))
        expect([...encoded].filter(([key]) => key !== SPEAKER_PARAM)).toEqual(params)
      }),
    )
  })
})

describe('decodeSpeakerFilter on hostile input', () => {
  /** What must hold for any input: known ids only, each once, in article order; unknown never names a speaker. */
  function expectWellFormed(search: string) {
    const { speakers, unknown } = decodeSpeakerFilter(search, ids)
    expect(speakers).toEqual(ids.filter((id) => speakers.includes(id)))
    expect(unknown.filter((value) => ids.includes(value))).toEqual([])
    expect(new Set(unknown).size).toBe(unknown.length)
  }

  it.each<{ name: string; search: string }>([
    { name: 'a 10,000-character query', search: `?speaker=${'a'.repeat(10_000)}` },
    { name: '10,000 characters of separators', search: '&='.repeat(5_000) },
    { name: 'a thousand speaker parameters', search: `?${'speaker=salim-paigir&'.repeat(1_000)}` },
    { name: 'a script tag', search: '?speaker=<script>alert(1)</script>' },
    { name: 'an HTML attribute injection', search: '?speaker="><img src=x onerror=alert(1)>' },
    { name: 'HTML as the whole query', search: '<a href="?speaker=salim-paigir">x</a>' },
    { name: 'a lone surrogate', search: '?speaker=\uD800' },
    { name: 'an encoded lone surrogate', search: '?speaker=%ED%A0%80' },
    { name: 'control characters', search: '?speaker=\u0000\u0007\n\r\t' },
    { name: 'a fragment', search: '?speaker=salim-paigir#speaker=csto-members' },
    { name: 'right-to-left overrides', search: '?speaker=\u202Esalim-paigir' },
  ])('does not throw on $name', ({ search }) => {
    expect(() => decodeSpeakerFilter(search, ids)).not.toThrow()
    expectWellFormed(search)
  })

  it('does not throw on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom('?', '&', '=', '%', '+', '#', 'speaker', 'salim-paigir', '<', '>', '"'),
            maxLength: 50,
          }),
        ),
        (search) => expectWellFormed(search),
      ),
    )
  })

  it('does not throw on any 10,000-character string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), (search) =>
        expectWellFormed(`?speaker=${search}`),
      ),
      { numRuns: 20 },
    )
  })
})

describe('withSpeakerFilter', () => {
  it('adds the filter to a path, or to a query it keeps as written', () => {
    expect(withSpeakerFilter('/articles/a', ['x', 'y'])).toBe('/articles/a?speaker=x&speaker=y')
    expect(withSpeakerFilter('/articles/a?at=1-2&text=a,b', ['x'])).toBe(
      '/articles/a?at=1-2&text=a,b&speaker=x',
    )
    expect(withSpeakerFilter('/articles/a', [])).toBe('/articles/a')
  })
})

describe('unknownToName', () => {
  it('names the first few values and counts the rest', () => {
    expect(unknownToName(['a', 'b', 'c', 'd', 'e'])).toEqual({
      named: [
        { value: 'a', cut: false },
        { value: 'b', cut: false },
        { value: 'c', cut: false },
      ],
      more: 2,
    })
    expect(unknownToName(['lavrov'])).toEqual({ named: [{ value: 'lavrov', cut: false }], more: 0 })
    expect(unknownToName([])).toEqual({ named: [], more: 0 })
  })

  it.each([
    ['a long value, at its limit', 'x'.repeat(100), 'x'.repeat(UNKNOWN_LENGTH)],
    ['an emoji across the limit, left out whole', `${'x'.repeat(UNKNOWN_LENGTH - 1)}👍🏽`, 'x'.repeat(39)],
    ['an accent across the limit, left out with its letter', `${'x'.repeat(39)}e\u0301`, 'x'.repeat(39)],
    ['one letter with a thousand accents, left out whole', `Z${'\u0301'.repeat(1000)}`, ''],
    ['right-to-left overrides and isolates, dropped', '\u202Etiaw ton\u202C \u2067x\u2069', 'tiaw ton x'],
    ['line breaks and tabs, as spaces', 'a\n\tb\r\nc', 'a b c'],
  ])('cuts %s without splitting a character', (_, raw, expected) => {
    expect(unknownToName([raw]).named[0]!.value).toBe(expected)
  })

  it('says when a value was cut', () => {
    expect(unknownToName(['x'.repeat(100), 'short']).named.map(({ cut }) => cut)).toEqual([true, false])
  })

  it('keeps any value to a few whole characters, and counts every value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), { maxLength: 20 }),
        (unknown) => {
          const { named, more } = unknownToName(unknown)
          expect(named.length + more).toBe(unknown.length)
          expect(named.length).toBeLessThanOrEqual(UNKNOWN_NAMED)
          const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
          for (const { value } of named) {
            expect(value.length).toBeLessThanOrEqual(UNKNOWN_LENGTH)
            expect(value).not.toMatch(/[\u202a-\u202e\u2066-\u2069\n]/)
            // Whole graphemes only: segmented alone, the value gives back the same characters it came from.
            for (const { segment } of graphemes.segment(value)) expect(segment).not.toMatch(/^\p{M}/u)
          }
        },
      ),
    )
  })

  it('reads a link of 10,000 unknown values without slowing down', () => {
    const search = `?${Array.from({ length: 10_000 }, (_, at) => `speaker=nobody-${at}`).join('&')}`
    const filter = decodeSpeakerFilter(search, ids)
    expect(filter.unknown).toHaveLength(10_000)
    expect(unknownToName(filter.unknown)).toMatchObject({ more: 10_000 - UNKNOWN_NAMED })
  })
})
