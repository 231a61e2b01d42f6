// positionsByIssue: the positions table, issue by issue in the article order, speakers in the article order.
import { describe, expect, it } from 'vitest'
import { makeSpeaker } from '../../../tests/fixtures/builders.ts'
import type { Issue, Position } from '../content/article.ts'
import { positionsByIssue } from './positions-by-issue.ts'

const speaker = makeSpeaker
const position = (speakerId: string, issue: string): Position => ({
  speaker: speakerId,
  issue,
  stance: `${speakerId} on ${issue}`,
  evidence: [{ kind: 'quote', quote: 'q' }],
})

const speakers = ['csto-members', 'sergey-lavrov', 'islamic-emirate', 'salim-paigir'].map(speaker)
const issues: Issue[] = [
  { id: 'dialogue', title: 'Dialogue' },
  { id: 'trade', title: 'Trade' },
  { id: 'threats', title: 'Threats' },
]
// Deliberately out of order: the table must not follow the order positions are listed in.
const positions = [
  position('salim-paigir', 'threats'),
  position('islamic-emirate', 'dialogue'),
  position('sergey-lavrov', 'threats'),
  position('csto-members', 'dialogue'),
  position('sergey-lavrov', 'dialogue'),
  position('islamic-emirate', 'threats'),
]
const article = { speakers, issues, positions }

/** The table as `issue: speaker, speaker` lines, for readable expectations. */
const table = (rows: ReturnType<typeof positionsByIssue>) =>
  rows.map((row) => `${row.issue.id}: ${row.positions.map((p) => p.speaker).join(', ')}`)

describe('positionsByIssue', () => {
  it.each<{ name: string; filter: string[] | undefined; expected: string[] }>([
    {
      name: 'no filter argument',
      filter: undefined,
      expected: [
        'dialogue: csto-members, sergey-lavrov, islamic-emirate',
        'threats: sergey-lavrov, islamic-emirate, salim-paigir',
      ],
    },
    {
      name: 'an empty filter',
      filter: [],
      expected: [
        'dialogue: csto-members, sergey-lavrov, islamic-emirate',
        'threats: sergey-lavrov, islamic-emirate, salim-paigir',
      ],
    },
    {
      name: 'one speaker on both issues',
      filter: ['sergey-lavrov'],
      expected: ['dialogue: sergey-lavrov', 'threats: sergey-lavrov'],
    },
    { name: 'one speaker on one issue', filter: ['salim-paigir'], expected: ['threats: salim-paigir'] },
    {
      name: 'two speakers given in reverse order',
      filter: ['islamic-emirate', 'csto-members'],
      expected: ['dialogue: csto-members, islamic-emirate', 'threats: islamic-emirate'],
    },
    { name: 'an unknown speaker', filter: ['nobody'], expected: [] },
  ])('lists issues with positions only, in order: $name', ({ filter, expected }) => {
    expect(table(positionsByIssue(article, filter))).toEqual(expected)
  })

  it('keeps each issue and position object as the article has it', () => {
    const [dialogue] = positionsByIssue(article)
    expect(dialogue?.issue).toBe(issues[0])
    expect(dialogue?.positions[0]).toBe(positions[3])
  })

  it('returns nothing for an article without issues', () => {
    expect(positionsByIssue({ speakers, issues: [], positions })).toEqual([])
  })

  it('does not change the positions of the article', () => {
    const before = [...positions]
    positionsByIssue(article)
    expect(positions).toEqual(before)
  })
})
