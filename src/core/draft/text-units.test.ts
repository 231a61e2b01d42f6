import { describe, expect, it } from 'vitest'
import { findQuotations } from './quotations.ts'
import { splitPlainText } from './plain-text.ts'
import { firstIndex, splitSentences, tokenEndingBy, tokenFrom, tokenize } from './text-units.ts'
import { transcriptTurns } from './transcript-turns.ts'

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end))
const quoted = (text: string) =>
  findQuotations(text).map(({ start, end, closed }) => [text.slice(start, end), closed])

describe('tokenize', () => {
  it.each([
    ['Mr. Okafor said', ['Mr.', 'Okafor', 'said']],
    ['the U.S. Department', ['the', 'U.S.', 'Department']],
    ['L. Ron Hubbard', ['L.', 'Ron', 'Hubbard']],
    ['al-Amr’s “plan”', ['al-Amr’s', '“', 'plan', '”']],
  ])('%s', (text, words) => expect(tokenize(text).map((token) => token.text)).toEqual(words))
})

describe('tokenFrom and tokenEndingBy', () => {
  // "Okafor said: “No.”" → Okafor 0–6, said 7–11, : 11–12, “ 13–14, No 14–16, . 16–17, ” 17–18
  const tokens = tokenize('Okafor said: “No.”')
  it.each([
    { offset: 0, from: 0, endingBy: -1 },
    { offset: 6, from: 1, endingBy: 0 },
    { offset: 7, from: 1, endingBy: 0 },
    { offset: 12, from: 3, endingBy: 2 },
    { offset: 13, from: 3, endingBy: 2 },
    { offset: 18, from: -1, endingBy: 6 },
  ])('at $offset', ({ offset, from, endingBy }) => {
    expect(tokenFrom(tokens, offset)).toBe(from)
    expect(tokenFrom(tokens, offset)).toBe(tokens.findIndex((token) => token.start >= offset))
    expect(tokenEndingBy(tokens, offset)).toBe(endingBy)
    expect(tokenEndingBy(tokens, offset)).toBe(tokens.findLastIndex((token) => token.end <= offset))
  })

  it.each([
    { values: [], from: 3, expected: 0 },
    { values: [1, 2, 3], from: 0, expected: 0 },
    { values: [1, 2, 3], from: 2, expected: 1 },
    { values: [1, 2, 2, 3], from: 2, expected: 1 },
    { values: [1, 2, 3], from: 4, expected: 3 },
  ])('firstIndex of $from in $values', ({ values, from, expected }) => {
    expect(firstIndex(values.length, (index) => values[index]! >= from)).toBe(expected)
  })
})

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Okafor came. He left.', ['Mr. Okafor came.', 'He left.']],
    ['It is in the U.S. today. Yes.', ['It is in the U.S. today.', 'Yes.']],
    ['“We left.” Then she spoke.', ['“We left.”', 'Then she spoke.']],
    ['No stop at the end', ['No stop at the end']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected))
})

describe('findQuotations', () => {
  it.each([
    [
      'He said “yes” and “no”.',
      [
        ['yes', true],
        ['no', true],
      ],
    ],
    ['« Non », dit-elle.', [['Non', true]]],
    ['„Ja“, sagte sie.', [['Ja', true]]],
    ['“They said ‘never’ to us.”', [['They said ‘never’ to us.', true]]],
    ['« Il a dit “non” hier »', [['Il a dit “non” hier', true]]],
    [
      '"A straight mark closed by a curly one.“ Then more.',
      [['A straight mark closed by a curly one.', true]],
    ],
    ['She said: “It runs on', [['It runs on', false]]],
    ['He is 5\'11" tall and "fit".', [['fit', true]]],
  ])('%s', (text, expected) => expect(quoted(text)).toEqual(expected))
})

describe('splitPlainText', () => {
  it('keeps each block’s offset and drops a repeated headline at the end', () => {
    const text = 'Headline\n\nFirst block.\n\n  Second block.\n\nHeadline\n'
    const plain = splitPlainText(text)
    expect(plain.headline).toEqual({ text: 'Headline', offset: 0 })
    expect(plain.paragraphs).toEqual([
      { text: 'First block.', offset: 10 },
      { text: 'Second block.', offset: 26 },
    ])
  })

  it('reads the first block as the summary when asked', () => {
    expect(splitPlainText('H\n\nS\n\nP', { summary: true }).summary).toEqual({ text: 'S', offset: 3 })
  })
})

describe('transcriptTurns', () => {
  it('reads labels, questions, turns over paragraphs and narration', () => {
    const paragraphs = [
      'Room 4',
      'MS. OKAFOR:  Hello.',
      'More from her.',
      'Q    A question?',
      'MR. LINDQVIST:  An answer.',
      '10:40 A.M.',
    ]
    expect(transcriptTurns(paragraphs)).toEqual([
      { label: 'MS. OKAFOR:', from: 1, to: 2, question: false },
      { label: 'Q', from: 3, to: 3, question: true },
      { label: 'MR. LINDQVIST:', from: 4, to: 4, question: false },
    ])
  })

  it('leaves an article alone', () => {
    expect(transcriptTurns(['Okafor said no.', 'Lindqvist: “Yes.”', 'The end.'])).toBeNull()
  })
})
