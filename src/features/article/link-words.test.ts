// What a reader is told about a #:~:text= link that finds nothing: the words it asked for, and how many more.
import { describe, expect, it } from 'vitest'
import { linkNotice } from './link-words.ts'

describe('linkNotice for a text the article does not have', () => {
  it('quotes the words the link asked for', () => {
    expect(linkNotice({ kind: 'text-missing', words: 'the … the zzzz', others: 0 })).toBe(
      'The text this link points to is not in the article: “the … the zzzz”.',
    )
  })

  it('counts the other texts it named, without quoting them', () => {
    expect(linkNotice({ kind: 'text-missing', words: 'Putin', others: 1 })).toBe(
      'The text this link points to is not in the article: “Putin”, nor the other text it names.',
    )
    expect(linkNotice({ kind: 'text-missing', words: 'Putin', others: 1_499 })).toBe(
      'The text this link points to is not in the article: “Putin”, nor the 1,499 other texts it names.',
    )
  })
})
