import { describe, expect, it } from 'vitest'
import { inQuotationMarks } from './quotation-marks.ts'

describe('inQuotationMarks', () => {
  it.each([
    ['en', '“words”'],
    ['en-GB', '“words”'],
    ['fa-AF', '«words»'],
    ['ps', '«words»'],
    ['ar', '«words»'],
    ['de', '„words“'],
    ['fr', '«\u202fwords\u202f»'],
    ['sw', '“words”'],
  ])('quotes words written in %s as %s', (language, expected) => {
    expect(inQuotationMarks('words', language)).toBe(expected)
  })
})
