// Scores a draft's quotes against gold attributions by character overlap: a quote matches a gold one when it
// covers enough of the gold's characters, pairs chosen greedily, best overlap first; then whether the speaker
// is the gold's.
import type { Draft } from './draft-article.ts'

/** A gold attribution: its characters in the plain text, and its speaker as written and as resolved. */
export interface GoldQuote {
  id: string
  start: number
  end: number
  speakerNames: string[]
  speakerSpan: [number, number] | null
}

/** A drafted quote in the same coordinates: its ranges in the plain text and how the draft names its speaker. */
export interface PredictedQuote {
  id: string
  ranges: [number, number][]
  speakerNames: string[]
  speakerSpans: [number, number][]
}

/** Matches at one overlap threshold. */
export interface ThresholdScore {
  threshold: number
  matched: number
  precision: number
  recall: number
  f1: number
}

/** The score of one article (or the sum of several). */
export interface AttributionScore {
  gold: number
  predicted: number
  at30: ThresholdScore
  at80: ThresholdScore
  /** Matched quotes (at 30 %) whose speaker is the gold's. */
  speakerRight: number
  /** Gold quotes no drafted quote matched, and drafted quotes that matched no gold one (at 30 %). */
  missed: string[]
  extra: string[]
  wrongSpeaker: { gold: string; predicted: string }[]
}

/** Scores `predicted` against `gold` at 30 % and 80 % overlap of the gold's characters. */
export function scoreAttribution(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
): AttributionScore {
  const pairs30 = greedyPairs(gold, predicted, 0.3)
  const pairs80 = greedyPairs(gold, predicted, 0.8)
  const wrongSpeaker: AttributionScore['wrongSpeaker'] = []
  let speakerRight = 0
  for (const [g, p] of pairs30) {
    if (sameSpeaker(g, p)) speakerRight++
    else wrongSpeaker.push({ gold: g.id, predicted: p.id })
  }
  const matchedGold = new Set(pairs30.map(([g]) => g))
  const matchedPredicted = new Set(pairs30.map(([, p]) => p))
  return {
    gold: gold.length,
    predicted: predicted.length,
    at30: threshold(0.3, pairs30.length, gold.length, predicted.length),
    at80: threshold(0.8, pairs80.length, gold.length, predicted.length),
    speakerRight,
    missed: gold.filter((g) => !matchedGold.has(g)).map((g) => g.id),
    extra: predicted.filter((p) => !matchedPredicted.has(p)).map((p) => p.id),
    wrongSpeaker,
  }
}

/** Adds scores up (micro-average: every quote counts once, whatever its article). */
export function sumScores(scores: readonly AttributionScore[]): AttributionScore {
  const add = (pick: (score: AttributionScore) => number) =>
    scores.reduce((sum, score) => sum + pick(score), 0)
  const gold = add((score) => score.gold)
  const predicted = add((score) => score.predicted)
  return {
    gold,
    predicted,
    at30: threshold(
      0.3,
      add((score) => score.at30.matched),
      gold,
      predicted,
    ),
    at80: threshold(
      0.8,
      add((score) => score.at80.matched),
      gold,
      predicted,
    ),
    speakerRight: add((score) => score.speakerRight),
    missed: scores.flatMap((score) => score.missed),
    extra: scores.flatMap((score) => score.extra),
    wrongSpeaker: scores.flatMap((score) => score.wrongSpeaker),
  }
}

/** The share of `gold`'s characters that `ranges` cover. */
export function coverage(gold: { start: number; end: number }, ranges: readonly [number, number][]): number {
  let covered = 0
  for (const [start, end] of ranges)
    covered += Math.max(0, Math.min(end, gold.end) - Math.max(start, gold.start))
  return gold.end > gold.start ? covered / (gold.end - gold.start) : 0
}

function greedyPairs(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
  minimum: number,
): [GoldQuote, PredictedQuote][] {
  const candidates: { g: GoldQuote; p: PredictedQuote; overlap: number }[] = []
  for (const g of gold)
    for (const p of predicted) {
      const overlap = coverage(g, p.ranges)
      if (overlap >= minimum) candidates.push({ g, p, overlap })
    }
  candidates.sort((a, b) => b.overlap - a.overlap)
  const usedGold = new Set<GoldQuote>()
  const usedPredicted = new Set<PredictedQuote>()
  const pairs: [GoldQuote, PredictedQuote][] = []
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue
    usedGold.add(g)
    usedPredicted.add(p)
    pairs.push([g, p])
  }
  return pairs
}

const GENERIC = new Set(
  'the a an of for and in on at to his her its their by with from us new said says mr mrs ms dr who'.split(
    ' ',
  ),
)

/** Same speaker: the draft names them where the gold's source stands, or the names share a word. */
function sameSpeaker(gold: GoldQuote, predicted: PredictedQuote): boolean {
  const span = gold.speakerSpan
  if (span && predicted.speakerSpans.some(([start, end]) => start < span[1] && span[0] < end)) return true
  const words = (names: readonly string[]) =>
    new Set(
      names.flatMap((name) =>
        name
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/['’]s\b/g, '')
          .split(/[^\p{L}\p{N}]+/u)
          .filter((word) => word.length > 1 && !GENERIC.has(word)),
      ),
    )
  const goldWords = words(gold.speakerNames)
  return [...words(predicted.speakerNames)].some((word) => goldWords.has(word))
}

function threshold(value: number, matched: number, gold: number, predicted: number): ThresholdScore {
  const precision = predicted === 0 ? 0 : matched / predicted
  const recall = gold === 0 ? 0 : matched / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { threshold: value, matched, precision, recall, f1 }
}

/** A draft's quotes (and a transcript's turns) in plain-text coordinates, with every way it names each speaker. */
export function predictedQuotes(draft: Draft): PredictedQuote[] {
  const { article, offsets } = draft
  const blockText = (id: string) =>
    id === 'headline'
      ? article.headline
      : id === 'summary'
        ? (article.summary ?? '')
        : (article.paragraphs.find((p) => p.id === id)?.text ?? '')
  const at = (passage: { in: string; text: string; occurrence?: number }): [number, number] => {
    const text = blockText(passage.in)
    let start = -1
    for (let n = 0; n < (passage.occurrence ?? 1); n++) start = text.indexOf(passage.text, start + 1)
    const base = offsets[passage.in] ?? 0
    return [base + start, base + start + passage.text.length]
  }
  const names = new Map<string, string[]>()
  const spans = new Map<string, [number, number][]>()
  for (const speaker of article.speakers)
    names.set(speaker.id, [speaker.name, speaker.shortName, ...(speaker.role ? [speaker.role] : [])])
  for (const mention of article.mentions) {
    names.get(mention.speaker)?.push(mention.text)
    spans.set(mention.speaker, [...(spans.get(mention.speaker) ?? []), at(mention)])
  }
  return article.quotes.map((quote) => {
    const parts = quote.parts ?? [{ in: quote.in!, text: quote.text!, occurrence: quote.occurrence }]
    const source = quote.source ? [at(quote.source)] : []
    return {
      id: quote.id,
      ranges: parts.map(at),
      speakerNames: [...(names.get(quote.speaker) ?? []), ...(quote.source ? [quote.source.text] : [])],
      speakerSpans: [...(spans.get(quote.speaker) ?? []), ...source],
    }
  })
}
