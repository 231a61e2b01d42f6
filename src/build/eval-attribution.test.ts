import { describe, expect, it } from 'vitest'
import {
  evaluateArticle,
  evaluationTable,
  formatRow,
  goldNames,
  parseEvalArgs,
  readGold,
  TABLE_HEADER,
} from './eval-attribution.ts'

// Written for the test: one quote the draft finds, one it cannot (no reporting words), one more by a wrong name.
const TEXT = [
  'Harbour talks',
  '“We will not sign this deal,” Maria Okafor said.',
  'The port stays shut.',
  'Tomas Lindqvist said the offer was final.',
].join('\n\n')

function goldFor(words: string, speaker: string, id: string) {
  const charStart = TEXT.indexOf(words)
  return { id, charStart, charEnd: charStart + words.length, speaker, speakerCanonical: null }
}

const GOLD = [
  goldFor('We will not sign this deal,', 'Maria Okafor', 'g1'),
  goldFor('The port stays shut.', 'Anna Berg', 'g2'),
  goldFor('the offer was final', 'Anna Berg', 'g3'),
]

describe('parseEvalArgs', () => {
  it.each([
    { args: ['dev'], expected: { ok: true, dir: 'dev', show: false } },
    { args: ['--show', 'dev'], expected: { ok: true, dir: 'dev', show: true } },
    { args: [], expected: { ok: false, message: 'give the folder to evaluate' } },
    { args: ['a', 'b'], expected: { ok: false, message: 'give one folder' } },
    { args: ['dev', '--shwo'], expected: { ok: false, message: '--shwo is not an option' } },
  ])('$args', ({ args, expected }) => {
    expect(parseEvalArgs(args)).toEqual(expected)
  })
})

describe('goldNames', () => {
  it('takes each text with its gold beside it, sorted, and nothing else', () => {
    const files = [
      'b.txt',
      'b.gold.json',
      'a.txt',
      'a.gold.json',
      'lonely.txt',
      'orphan.gold.json',
      'README.md',
    ]
    expect(goldNames(files)).toEqual(['a', 'b'])
  })
})

describe('readGold', () => {
  it('reads offsets and the names a speaker goes by, without the missing ones', () => {
    expect(
      readGold([
        {
          id: 'q1',
          charStart: 3,
          charEnd: 9,
          speaker: 'Okafor',
          speakerCanonical: 'Maria Okafor',
          speakerSpan: [0, 6],
        },
        { id: 'q2', charStart: 10, charEnd: 12, speaker: null },
      ]),
    ).toEqual([
      { id: 'q1', start: 3, end: 9, speakerNames: ['Okafor', 'Maria Okafor'], speakerSpan: [0, 6] },
      { id: 'q2', start: 10, end: 12, speakerNames: [], speakerSpan: null },
    ])
  })

  it('refuses a file that is not a list', () => {
    expect(() => readGold({ quotes: [] })).toThrow('a gold file is a JSON list of attributions')
  })
})

describe('evaluateArticle and the table', () => {
  const evaluation = evaluateArticle('talks', TEXT, GOLD)

  it('scores the draft against the gold: two of three found, one with the wrong speaker', () => {
    expect(evaluation.broken).toBe(false)
    expect(evaluation.score).toMatchObject({ gold: 3, predicted: 2, speakerRight: 1, missed: ['g2'] })
    expect(evaluation.score.at30.matched).toBe(2)
  })

  it('details the miss and the wrong speaker, with their words', () => {
    expect(evaluation.details).toEqual([
      '    missed g2 (Anna Berg): The port stays shut.',
      '    speaker g3 is Anna Berg, drafted tomas-lindqvist',
    ])
  })

  it('formats a row in the header’s columns, a dash for the speaker share when nothing matched', () => {
    const row = formatRow('talks', evaluation.score)
    expect(row).toBe('talks              3      2      2  100.0   66.7   80.0      2   80.0   50.0')
    expect(row.length).toBe(TABLE_HEADER.length)
    const none = evaluateArticle('empty', 'Nothing\n\nNobody spoke.', []).score
    expect(formatRow('empty', none).endsWith('    –')).toBe(true)
  })

  it('lists the articles and the total, with the details only when shown', () => {
    const other = evaluateArticle('other', TEXT, GOLD.slice(0, 1))
    const table = evaluationTable([evaluation, other], false)
    expect(table).toEqual([
      TABLE_HEADER,
      formatRow('talks', evaluation.score),
      formatRow('other', other.score),
      expect.stringMatching(/^total\s+4\s+4\s+3\s/),
    ])
    expect(evaluationTable([evaluation], true)).toEqual([
      TABLE_HEADER,
      formatRow('talks', evaluation.score),
      ...evaluation.details,
      expect.stringMatching(/^total/),
    ])
  })
})
