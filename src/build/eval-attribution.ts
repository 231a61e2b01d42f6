// `npm run eval:attribution -- DIR [--show]`: drafts every NAME.txt in DIR that has a NAME.gold.json beside it
// and prints quote precision, recall and F1 at 30 % and 80 % overlap, and the share of matched quotes with the
// right speaker, per article and in total. `--show` lists the misses, the extras and the wrong speakers.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { draftArticle } from '../core/draft/draft-article.ts'
import {
  predictedQuotes,
  scoreAttribution,
  sumScores,
  type AttributionScore,
  type GoldQuote,
} from '../core/draft/score-attribution.ts'

interface GoldRecord {
  id: string
  charStart: number
  charEnd: number
  speaker?: string | null
  speakerCanonical?: string | null
  speakerSpan?: [number, number] | null
}

/** Reads a gold file: a list of attributions with character offsets into the text beside it. */
export function readGold(json: unknown): GoldQuote[] {
  if (!Array.isArray(json)) throw new Error('a gold file is a JSON list of attributions')
  return (json as GoldRecord[]).map((record) => ({
    id: record.id,
    start: record.charStart,
    end: record.charEnd,
    speakerNames: [record.speaker, record.speakerCanonical].filter(
      (name): name is string => typeof name === 'string',
    ),
    speakerSpan: record.speakerSpan ?? null,
  }))
}

/** One row of the table: a name and its figures. */
export function formatRow(name: string, score: AttributionScore): string {
  const percent = (value: number) => (value * 100).toFixed(1).padStart(5)
  const speaker = score.at30.matched === 0 ? '    –' : percent(score.speakerRight / score.at30.matched)
  return [
    name.padEnd(14),
    String(score.gold).padStart(4),
    String(score.predicted).padStart(5),
    String(score.at30.matched).padStart(5),
    percent(score.at30.precision),
    percent(score.at30.recall),
    percent(score.at30.f1),
    String(score.at80.matched).padStart(5),
    percent(score.at80.f1),
    speaker,
  ].join('  ')
}

function main() {
  const args = process.argv.slice(2)
  const dir = args.find((arg) => !arg.startsWith('--'))
  const show = args.includes('--show')
  if (!dir) {
    console.error('usage: npm run eval:attribution -- DIR [--show]   (DIR holds NAME.txt and NAME.gold.json)')
    process.exitCode = 2
    return
  }
  const names = readdirSync(dir)
    .filter(
      (file) => file.endsWith('.txt') && existsSync(path.join(dir, file.replace(/\.txt$/, '.gold.json'))),
    )
    .map((file) => file.replace(/\.txt$/, ''))
    .sort()
  if (names.length === 0) {
    console.error(`No NAME.txt with a NAME.gold.json beside it in ${dir}`)
    process.exitCode = 1
    return
  }
  console.log(`${'article'.padEnd(14)}  gold  draft  m@30  P@30   R@30   F1@30  m@80  F1@80  speaker`)
  const scores: AttributionScore[] = []
  let broken = 0
  for (const name of names) {
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8')
    const gold = readGold(JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')))
    const draft = draftArticle(text)
    if (draft.problems.length > 0) broken++
    const predicted = predictedQuotes(draft)
    const score = scoreAttribution(gold, predicted)
    scores.push(score)
    console.log(formatRow(name, score))
    if (show) {
      const goldById = new Map(gold.map((g) => [g.id, g]))
      const quoteById = new Map(draft.article.quotes.map((q) => [q.id, q]))
      const clip = (words: string) =>
        (words.length > 90 ? `${words.slice(0, 87)}…` : words).replace(/\s+/g, ' ')
      for (const id of score.missed) {
        const g = goldById.get(id)!
        console.log(`    missed ${id} (${g.speakerNames.join(' / ')}): ${clip(text.slice(g.start, g.end))}`)
      }
      for (const id of score.extra) {
        const q = quoteById.get(id)!
        const words = q.parts ? q.parts.map((part) => part.text).join(' … ') : (q.text ?? '')
        console.log(`    extra  ${id} [${q.speaker}]: ${clip(words)}`)
      }
      for (const { gold: g, predicted: p } of score.wrongSpeaker)
        console.log(
          `    speaker ${g} is ${goldById.get(g)!.speakerNames.join(' / ')}, drafted ${quoteById.get(p)!.speaker}`,
        )
      for (const problem of draft.problems) console.log(`    PROBLEM ${problem.path}: ${problem.message}`)
    }
  }
  console.log(formatRow('total', sumScores(scores)))
  if (broken > 0) {
    console.error(`${broken} drafts fail the content check: a bug in the draft annotator`)
    process.exitCode = 1
  }
}

main()
