// shorten: text cut to a length at a word, never through a character.
import { describe, expect, it } from 'vitest'
import { shorten } from './shorten.ts'

describe('shorten', () => {
  it.each([
    ['Short enough.', 20, 'Short enough.'],
    ['The ministers met in Almaty on Friday, June 21.', 30, 'The ministers met in Almaty…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['🇦🇫🇦🇫🇦🇫', 3, '🇦🇫…'],
  ])('cuts %j to %i characters at a word', (text, length, expected) => {
    expect(shorten(text, length)).toBe(expected)
  })
})
