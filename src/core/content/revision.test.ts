// hashText: the article revision, a short fingerprint that stays put for the same text and moves on any edit.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashText } from './revision.ts'

describe('hashText', () => {
  it.each(['', 'Lavrov', 'Sergey Lavrov told reporters.', '🇦🇫 ذبیح‌الله مجاهد', 'x'.repeat(10_000)])(
    'gives the same short base-36 string for the same text: %#',
    (text) => {
      expect(hashText(text)).toBe(hashText(text))
      expect(hashText(text)).toMatch(/^[0-9a-z]{1,11}$/)
    },
  )

  it('gives the same value in every release, so old share links keep matching unchanged articles', () => {
    expect(hashText('')).toBe('wvjl67o803')
    expect(hashText('Sergey Lavrov told reporters.')).toBe('jpetq4ydtm')
  })

  it.each([
    { name: 'a Cyrillic а for a Latin a', a: 'Lavrov said', b: 'Lavrov sаid' },
    { name: 'capitals', a: 'lavrov', b: 'Lavrov' },
    { name: 'an apostrophe', a: 'Russia’s', b: "Russia's" },
    { name: 'a trailing space', a: 'Lavrov', b: 'Lavrov ' },
    { name: 'the order of letters', a: 'ab', b: 'ba' },
    { name: 'a line break for a space', a: 'a b', b: 'a\nb' },
    { name: 'one emoji modifier', a: '👋', b: '👋🏽' },
    { name: 'empty and a space', a: '', b: ' ' },
  ])('differs for texts that differ by $name', ({ a, b }) => {
    expect(hashText(a)).not.toBe(hashText(b))
  })

  it('differs for distinct random texts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 2, maxLength: 20 }),
        (texts) => {
          expect(new Set(texts.map(hashText)).size).toBe(texts.length)
        },
      ),
    )
  })
})
