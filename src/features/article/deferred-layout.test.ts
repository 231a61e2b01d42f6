// The height estimates of deferred paragraphs and chunks: the classes the text uses are the ones the stylesheet makes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deferredChunkClass, deferredLayoutClass, LAYOUT_BLOCKS, LAYOUT_UNITS } from './deferred-layout.ts'

const numberOf = (prefix: string, className: string) =>
  Number(new RegExp(`${prefix}-(\\d+)`).exec(className)![1])
const listedIn = (prefix: string) =>
  new RegExp(`@source inline\\('${prefix}-\\{([\\d,]+)\\}'\\)`)
    .exec(readFileSync('src/styles.css', 'utf8'))?.[1]!
    .split(',')
    .map(Number)

describe('deferredLayoutClass', () => {
  it('uses only the estimates styles.css makes classes for', () => {
    expect(listedIn('cv')).toEqual([...LAYOUT_UNITS])
    expect(listedIn('cb')).toEqual([...LAYOUT_BLOCKS])
  })

  it('estimates any paragraph up to 2,400 characters within about a tenth of its length', () => {
    for (let length = 12; length <= 2400; length += 7) {
      const units = Math.ceil(length / 12)
      const estimate = numberOf('cv', deferredLayoutClass('x'.repeat(length)))
      expect(Math.abs(estimate - units) / units, `${length} characters`).toBeLessThanOrEqual(0.12)
    }
  })

  it('stands in the largest estimate for a longer paragraph, and the smallest for a short one', () => {
    expect(deferredLayoutClass('x'.repeat(100_000))).toBe(`deferred cv-${LAYOUT_UNITS.at(-1)}`)
    expect(deferredLayoutClass('x')).toBe('deferred cv-1')
  })
})

describe('deferredChunkClass', () => {
  it("estimates a chunk by its paragraphs' lengths together, and the gaps of its blocks", () => {
    const paragraphs = Array.from({ length: 12 }, (_, at) => 'x'.repeat(200 + at * 40))
    const units = paragraphs.reduce((sum, text) => sum + Math.ceil(text.length / 12), 0)
    const className = deferredChunkClass(paragraphs, 12)
    expect(className).toMatch(/^deferred cv-\d+ cb-12$/)
    expect(Math.abs(numberOf('cv', className) - units) / units).toBeLessThanOrEqual(0.12)
  })

  it('estimates chunks of a typical transcript within about a tenth', () => {
    // A dozen paragraphs of 20 to 600 characters each: 20 to 600 units together.
    for (let units = 20; units <= 600; units += 3) {
      const estimate = numberOf('cv', deferredChunkClass(['x'.repeat(units * 12)], 12))
      expect(Math.abs(estimate - units) / units, `${units} units`).toBeLessThanOrEqual(0.12)
    }
  })
})
