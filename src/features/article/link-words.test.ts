// What a reader is told about a #:~:text= link that finds nothing: the words it asked for, and how many more.
import { describe, expect, it } from 'vitest'
import { linkNotice } from './link-words.ts'

describe('linkNotice for a text the article does not have', () => {
  it('quotes the words the link asked for', () => {
    expect(linkNotice({ kind: 'text-missing', words: 'the … the zzzz', others: 0 })).toBe(
      'The text this link points to is not in the article: “the … the zzzz”.',
    )
  })

  it('counts the texts of a link that names several, and quotes the first', () => {
    expect(linkNotice({ kind: 'text-missing', words: 'Putin', others: 1 })).toBe(
      'Neither of the two texts this link points to is in the article. The first: “Putin”.',
    )
    expect(linkNotice({ kind: 'text-missing', words: 'Putin', others: 1_499 })).toBe(
      'None of the 1,500 texts this link points to is in the article. The first: “Putin”.',
    )
  })
})
