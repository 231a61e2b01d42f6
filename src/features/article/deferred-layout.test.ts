// The height estimates of deferred paragraphs: the classes the text uses are the ones the stylesheet makes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deferredLayoutClass, LAYOUT_UNITS } from './deferred-layout.ts'

const unitsOf = (className: string) => Number(/cv-(\d+)/.exec(className)![1])

describe('deferredLayoutClass', () => {
  it('uses only the estimates styles.css makes classes for', () => {
    const listed = /@source inline\('cv-\{([\d,]+)\}'\)/.exec(readFileSync('src/styles.css', 'utf8'))
    expect(listed?.[1]!.split(',').map(Number)).toEqual([...LAYOUT_UNITS])
  })

  it('estimates any paragraph up to 2,400 characters within about a tenth of its length', () => {
    for (let length = 12; length <= 2400; length += 7) {
      const units = Math.ceil(length / 12)
      const estimate = unitsOf(deferredLayoutClass('x'.repeat(length)))
      expect(Math.abs(estimate - units) / units, `${length} characters`).toBeLessThanOrEqual(0.12)
    }
  })

  it('stands in the largest estimate for a longer paragraph, and the smallest for a short one', () => {
    expect(deferredLayoutClass('x'.repeat(10_000))).toBe('deferred cv-200')
    expect(deferredLayoutClass('x')).toBe('deferred cv-1')
  })
})
