import { describe, expect, it } from 'vitest'
import {
  coverage,
  scoreAttribution,
  sumScores,
  type GoldQuote,
  type PredictedQuote,
} from './score-attribution.ts'

const gold = (id: string, start: number, end: number, names: string[] = ['Maria Okafor']): GoldQuote => ({
  id,
  start,
  end,
  speakerNames: names,
  speakerSpan: null,
})
const predicted = (id: string, ranges: [number, number][], names: string[] = ['Okafor']): PredictedQuote => ({
  id,
  ranges,
  speakerNames: names,
  speakerSpans: [],
})

describe('coverage', () => {
  it.each([
    [[[0, 10]], 1],
    [[[0, 5]], 0.5],
    [
      [
        [0, 3],
        [7, 10],
      ],
      0.6,
    ],
    [[[20, 30]], 0],
  ] as [[number, number][], number][])('%j covers %d of [0, 10)', (ranges, share) =>
    expect(coverage({ start: 0, end: 10 }, ranges)).toBeCloseTo(share),
  )
})

describe('scoreAttribution', () => {
  it('pairs greedily by overlap, counts each quote once and checks the speaker by name', () => {
    const score = scoreAttribution(
      [gold('g1', 0, 10), gold('g2', 20, 30, ['Tomas Lindqvist']), gold('g3', 40, 50)],
      [predicted('p1', [[0, 10]]), predicted('p2', [[22, 30]]), predicted('p3', [[60, 70]])],
    )
    expect(score.at30).toMatchObject({ matched: 2, precision: 2 / 3, recall: 2 / 3 })
    expect(score.at80.matched).toBe(2)
    expect(score.speakerRight).toBe(1)
    expect(score.wrongSpeaker).toEqual([{ gold: 'g2', predicted: 'p2' }])
    expect(score.missed).toEqual(['g3'])
    expect(score.extra).toEqual(['p3'])
  })

  it('matches at 30 % what it does not at 80 %', () => {
    const score = scoreAttribution([gold('g', 0, 10)], [predicted('p', [[0, 5]])])
    expect([score.at30.matched, score.at80.matched]).toEqual([1, 0])
  })

  it('sums articles quote by quote', () => {
    const one = scoreAttribution([gold('a', 0, 10)], [predicted('p', [[0, 10]])])
    const two = scoreAttribution([gold('b', 0, 10)], [])
    expect(sumScores([one, two]).at30).toMatchObject({ matched: 1, precision: 1, recall: 0.5 })
  })
})
