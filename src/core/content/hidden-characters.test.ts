// hiddenCharacters: which invisible characters are refused in which place, and which belong where they are.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hiddenCharacters, nameOf, type TextPlace } from './hidden-characters.ts'

const field: TextPlace = { body: false, rightToLeft: false }
const ltrBody: TextPlace = { body: true, rightToLeft: false }
const rtlBody: TextPlace = { body: true, rightToLeft: true }
const rtlField: TextPlace = { body: false, rightToLeft: true }
const everyPlace = [field, ltrBody, rtlBody, rtlField]

/** The code points refused in `text` at `place`, as "U+XXXX". */
const refused = (text: string, place: TextPlace) =>
  hiddenCharacters(text, place).map((found) => nameOf(found.codePoint).split(' ')[0])

describe('hiddenCharacters', () => {
  it.each([
    {
      name: 'a right-to-left override and its pop',
      text: 'we will \u202Etiaw ton\u202C',
      codes: ['U+202E', 'U+202C'],
    },
    { name: 'embeddings', text: '\u202Aa\u202Bb\u202D', codes: ['U+202A', 'U+202B', 'U+202D'] },
    {
      name: 'isolates',
      text: '\u2066a\u2069 \u2067b\u2069 \u2068c\u2069',
      codes: ['U+2066', 'U+2069', 'U+2067', 'U+2069', 'U+2068', 'U+2069'],
    },
    { name: 'a byte-order mark inside the text', text: 'Lav\uFEFFrov', codes: ['U+FEFF'] },
    { name: 'a zero-width space in Latin', text: 'Lav\u200Brov', codes: ['U+200B'] },
    { name: 'a word joiner in Latin', text: 'Lav\u2060rov', codes: ['U+2060'] },
    { name: 'invisible math operators', text: 'a\u2062b', codes: ['U+2062'] },
    { name: 'interlinear annotations', text: '\uFFF9a\uFFFAb\uFFFB', codes: ['U+FFF9', 'U+FFFA', 'U+FFFB'] },
    {
      name: 'control characters',
      text: 'a\u0000b\u0007c\u0085d\u007F',
      codes: ['U+0000', 'U+0007', 'U+0085', 'U+007F'],
    },

    { name: 'a lone high surrogate', text: 'a\uD83D', codes: ['U+D83D'] },
    { name: 'a lone low surrogate', text: '\uDE42a', codes: ['U+DE42'] },
    { name: 'surrogates in the wrong order', text: '\uDE42\uD83D', codes: ['U+DE42', 'U+D83D'] },
    {
      name: 'tag characters that spell hidden words',
      text: 'ok\u{E0069}\u{E0067}',
      codes: ['U+E0069', 'U+E0067'],
    },
    { name: 'a zero-width joiner between Latin letters', text: 'Lav\u200Drov', codes: ['U+200D'] },
  ])('refuses $name everywhere', ({ text, codes }) => {
    for (const place of everyPlace) expect(refused(text, place)).toEqual(codes)
  })

  it.each([
    { name: 'a Persian word with a non-joiner', text: 'می\u200Cخواهم' },
    { name: 'a non-joiner after an Arabic vowel mark', text: 'بَ\u200Cا' },
    { name: 'a Hindi conjunct held apart', text: 'क्\u200Cष' },
    { name: 'a Malayalam chillu spelt with a joiner', text: 'ന്\u200D' },
    { name: 'a family emoji', text: '👩\u200D👩\u200D👧' },
    { name: 'a rainbow flag', text: '🏳\uFE0F\u200D🌈' },
    { name: 'a skin-toned emoji sequence', text: '👩🏽\u200D💻' },
    { name: 'the flag of England', text: '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}' },
    { name: 'Thai with a zero-width space between words', text: 'ภาษา\u200Bไทย' },
    { name: 'a soft hyphen and a no-break space', text: 'Kowal\u00ADczyk\u00A0Jr' },
    { name: 'astral letters', text: '𝒜 🙂 𠀀' },
  ])('accepts $name everywhere', ({ text }) => {
    for (const place of everyPlace) expect(refused(text, place)).toEqual([])
  })

  it.each([
    { name: 'a right-to-left mark', text: 'سی\u200Fاس\u200Cتی\u200Cاو (CSTO)\u200F' },
    { name: 'a left-to-right mark', text: 'گفت\u200E "CSTO"' },
    { name: 'an Arabic letter mark', text: '\u061C١٢' },
    { name: 'a zero-width non-joiner between Latin letters', text: 'Auf\u200Clage' },
    { name: 'a non-joiner at the start', text: '\u200Cمی' },
    { name: 'a non-joiner after a space', text: 'می \u200Cرود' },
  ])('accepts $name only in the published text of a right-to-left article', ({ text }) => {
    expect(refused(text, rtlBody)).toEqual([])
    for (const place of [field, ltrBody, rtlField]) expect(refused(text, place)).not.toEqual([])
  })

  it('accepts line breaks and tabs in published text, and refuses them in fields', () => {
    const text = 'one\ntwo\tthree\r\n'
    for (const place of [ltrBody, rtlBody]) expect(refused(text, place)).toEqual([])
    for (const place of [field, rtlField])
      expect(refused(text, place)).toEqual(['U+000A', 'U+0009', 'U+000D', 'U+000A'])
  })

  it('says why, and what to write instead', () => {
    expect(hiddenCharacters('we will \u202Etiaw ton', field)[0]!.reason).toMatch(
      /changes the order in which the letters .* are shown.*; remove it/,
    )
    expect(hiddenCharacters('Lav\u200Brov', field)[0]!.reason).toMatch(/invisible.*; remove it/)
    expect(hiddenCharacters('a\uD83D', field)[0]!.reason).toContain('write the whole character')
    expect(hiddenCharacters('a\nb', field)[0]!.reason).toContain('write a space')
  })

  it('finds each at its offset in UTF-16 code units', () => {
    expect(hiddenCharacters('🙂a\u202E', field).map((found) => found.index)).toEqual([3])
  })

  it('finds nothing in text made of visible characters and spaces', () => {
    const visible = fc
      .string({ unit: 'grapheme' })
      .map((text) => text.replace(/[^\p{L}\p{N}\p{P}\p{S} ]/gu, ''))
    fc.assert(
      fc.property(visible, (text) => {
        expect(refused(text, field)).toEqual([])
      }),
    )
  })

  it('refuses every direction override or isolate, wherever it stands', () => {
    const override = fc.constantFrom(
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    )
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        override,
        fc.nat(),
        fc.constantFrom(...everyPlace),
        (text, control, at, place) => {
          const cut = [...text].slice(0, at % (text.length + 1)).join('').length
          const hostile = text.slice(0, cut) + control + text.slice(cut)
          expect(hiddenCharacters(hostile, place).some((found) => found.index === cut)).toBe(true)
        },
      ),
    )
  })
})
