// `npm run eval:attribution -- DIR [--show]`: drafts every NAME.txt in DIR that has a NAME.gold.json beside it
// and prints quote precision, recall and F1 at 30 % and 80 % overlap, and the share of matched quotes with the
// right speaker, per article and in total. `--show` lists the misses, the extras and the wrong speakers.
// Everything but reading the folder is pure; the command is last.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { draftArticle } from '../core/draft/draft-article.ts'
import {
  predictedQuotes,
  scoreAttribution,
  sumScores,
  type AttributionScore,
  type GoldQuote,
} from '../core/draft/score-attribution.ts'

export const EVAL_USAGE =
  'usage: npm run eval:attribution -- DIR [--show]   (DIR holds NAME.txt and NAME.gold.json)'

/** The table's first line: the columns formatRow fills. */
export const TABLE_HEADER = `${'article'.padEnd(14)}  gold  draft  m@30  P@30   R@30   F1@30  m@80  F1@80  speaker`

/** What the command was asked to do, or why the arguments do not say. */
export type EvalArgs = { ok: true; dir: string; show: boolean } | { ok: false; message: string }

/** One article drafted and scored, with the lines `--show` prints under its row. */
export interface ArticleEvaluation {
  name: string
  score: AttributionScore
  details: string[]
  /** The draft fails the content check: a bug in the annotator. */
  broken: boolean
}

interface GoldRecord {
  id: string
  charStart: number
  charEnd: number
  speaker?: string | null
  speakerCanonical?: string | null
  speakerSpan?: [number, number] | null
}

/** Reads the command line (without `node` and the script). */
export function parseEvalArgs(args: readonly string[]): EvalArgs {
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--show')
  if (unknown) return { ok: false, message: `${unknown} is not an option` }
  const dirs = args.filter((arg) => !arg.startsWith('--'))
  if (dirs.length !== 1)
    return { ok: false, message: dirs.length === 0 ? 'give the folder to evaluate' : 'give one folder' }
  return { ok: true, dir: dirs[0]!, show: args.includes('--show') }
}

/** The articles among a folder's file names: each NAME of a NAME.txt with a NAME.gold.json beside it, sorted. */
export function goldNames(files: readonly string[]): string[] {
  const present = new Set(files)
  return files
    .filter((file) => file.endsWith('.txt') && present.has(file.replace(/\.txt$/, '.gold.json')))
    .map((file) => file.replace(/\.txt$/, ''))
    .sort()
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

/** Drafts `text` and scores it against its gold; the details list misses, extras, wrong speakers and problems. */
export function evaluateArticle(name: string, text: string, goldJson: unknown): ArticleEvaluation {
  const gold = readGold(goldJson)
  const draft = draftArticle(text)
  const score = scoreAttribution(gold, predictedQuotes(draft))
  const goldById = new Map(gold.map((g) => [g.id, g]))
  const quoteById = new Map(draft.article.quotes.map((q) => [q.id, q]))
  const clip = (words: string) => (words.length > 90 ? `${words.slice(0, 87)}…` : words).replace(/\s+/g, ' ')
  const details: string[] = []
  for (const id of score.missed) {
    const g = goldById.get(id)!
    details.push(`    missed ${id} (${g.speakerNames.join(' / ')}): ${clip(text.slice(g.start, g.end))}`)
  }
  for (const id of score.extra) {
    const q = quoteById.get(id)!
    const words = q.parts ? q.parts.map((part) => part.text).join(' … ') : (q.text ?? '')
    details.push(`    extra  ${id} [${q.speaker}]: ${clip(words)}`)
  }
  for (const { gold: g, predicted: p } of score.wrongSpeaker)
    details.push(
      `    speaker ${g} is ${goldById.get(g)!.speakerNames.join(' / ')}, drafted ${quoteById.get(p)!.speaker}`,
    )
  for (const problem of draft.problems) details.push(`    PROBLEM ${problem.path}: ${problem.message}`)
  return { name, score, details, broken: draft.problems.length > 0 }
}

/** The table: the header, a row per article (with its details when `show`), and the total. */
export function evaluationTable(evaluations: readonly ArticleEvaluation[], show: boolean): string[] {
  return [
    TABLE_HEADER,
    ...evaluations.flatMap((item) => [formatRow(item.name, item.score), ...(show ? item.details : [])]),
    formatRow('total', sumScores(evaluations.map((item) => item.score))),
  ]
}

function main(args: readonly string[]): number {
  const parsed = parseEvalArgs(args)
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${EVAL_USAGE}`)
    return 2
  }
  const names = goldNames(readdirSync(parsed.dir))
  if (names.length === 0) {
    console.error(`No NAME.txt with a NAME.gold.json beside it in ${parsed.dir}`)
    return 1
  }
  const evaluations = names.map((name) =>
    evaluateArticle(
      name,
      readFileSync(path.join(parsed.dir, `${name}.txt`), 'utf8'),
      JSON.parse(readFileSync(path.join(parsed.dir, `${name}.gold.json`), 'utf8')),
    ),
  )
  console.log(evaluationTable(evaluations, parsed.show).join('\n'))
  const broken = evaluations.filter((item) => item.broken).length
  if (broken === 0) return 0
  console.error(`${broken} drafts fail the content check: a bug in the draft annotator`)
  return 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2))
