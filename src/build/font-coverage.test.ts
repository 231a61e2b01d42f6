// @vitest-environment node
// fontCoverage reads which characters a WOFF font maps to glyphs; rangesOf writes a set of them as ranges.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fontCoverage, rangesOf } from './font-coverage.ts'

const require = createRequire(import.meta.url)
const font = (subset: string) =>
  fontCoverage(
    readFileSync(
      require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-400-normal.woff`),
    ),
  )

describe('fontCoverage', () => {
  it('reads the subsets as fontsource cuts them: Latin, Latin Extended, Cyrillic, Greek', () => {
    const has = (covered: Set<number>, text: string) => [...text].map((c) => covered.has(c.codePointAt(0)!))
    expect(has(font('latin'), 'Aé“ł')).toEqual([true, true, true, false])
    expect(has(font('latin-ext'), 'łğŁ')).toEqual([true, true, true])
    expect(has(font('cyrillic'), 'Жяł')).toEqual([true, true, false])
    expect(has(font('greek'), 'Ωά')).toEqual([true, true])
  })

  it('refuses a file that is not WOFF 1.0', () => {
    const woff2 = readFileSync(
      require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'),
    )
    expect(() => fontCoverage(woff2)).toThrow('not a WOFF 1.0 file')
  })
})

describe('rangesOf', () => {
  it('joins neighbouring code points into sorted ranges', () => {
    expect(rangesOf([0x43, 0x41, 0x42, 0x45, 0x1f600])).toEqual([
      [0x41, 0x43],
      [0x45, 0x45],
      [0x1f600, 0x1f600],
    ])
  })
})
