// `npm run content:draft -- story.txt [--out <slug>.json | --out folder/] [--force] [--summary] [--slug s]
// [--outlet name] [--language xx]`: drafts an article file from plain text, prints what to review, and writes the
// review list beside the article. Reading the arguments and deciding what to write are pure; the command is last.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { draftArticle, type Draft, type ReviewItem } from '../core/draft/draft-article.ts'
import { REVIEW_REASONS } from '../core/draft/review-reasons.ts'
import { formatContentErrors } from './content-files.ts'

export const DRAFT_USAGE =
  'usage: npm run content:draft -- story.txt [--out src/content/articles/<slug>.json | --out folder/] [--force] ' +
  '[--summary] [--slug s] [--outlet name] [--language xx]'

/** What the command was asked to do. */
export interface DraftCommand {
  input: string
  /** An article file (`.json`), a folder to hold `<slug>.json`, or null for standard output. */
  out: { file: string } | { folder: string } | null
  slug: string | null
  summary: boolean
  outlet: string | null
  language: string | null
  /** Overwrite files that exist already. */
  force: boolean
}

/** The command, or why the arguments do not make one. */
export type DraftArgs = { ok: true; command: DraftCommand } | { ok: false; message: string }

/** Where a draft goes: the article file and, beside it, its review list. */
export interface DraftTargets {
  article: string
  review: string
}

const VALUED = ['--out', '--slug', '--outlet', '--language'] as const
const FLAGS = ['--summary', '--force'] as const

/** Reads the command line (without `node` and the script). */
export function parseDraftArgs(args: readonly string[]): DraftArgs {
  const values = new Map<string, string>()
  const flags = new Set<string>()
  const inputs: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if ((VALUED as readonly string[]).includes(arg)) {
      const value = args[index + 1]
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `${arg} needs a value` }
      values.set(arg, value)
      index++
    } else if ((FLAGS as readonly string[]).includes(arg)) flags.add(arg)
    else if (arg.startsWith('--')) return { ok: false, message: `${arg} is not an option` }
    else inputs.push(arg)
  }
  if (inputs.length !== 1)
    return {
      ok: false,
      message: inputs.length === 0 ? 'give the plain text to draft' : `give one text, not ${inputs.length}`,
    }
  const outValue = values.get('--out')
  let out: DraftCommand['out'] = null
  if (outValue !== undefined) {
    if (outValue.endsWith('.json')) out = { file: outValue }
    else if (path.extname(outValue) === '' || /[\\/]$/.test(outValue)) out = { folder: outValue }
    else return { ok: false, message: `--out is an article file (.json) or a folder, not ${outValue}` }
  }
  const slug = values.get('--slug') ?? null
  // The content check holds an article's slug to its file's name, so the two cannot differ.
  if (out && 'file' in out && slug !== null && slug !== path.basename(out.file, '.json'))
    return {
      ok: false,
      message: `--slug ${slug} differs from the file's name (${path.basename(out.file)}); give one or the other`,
    }
  return {
    ok: true,
    command: {
      input: inputs[0]!,
      out,
      slug,
      summary: flags.has('--summary'),
      outlet: values.get('--outlet') ?? null,
      language: values.get('--language') ?? null,
      force: flags.has('--force'),
    },
  }
}

/** The slug to draft under: the file's name when `--out` names one, else `--slug`, else none (from the headline). */
export function slugOption(command: DraftCommand): string | undefined {
  if (command.out && 'file' in command.out) return path.basename(command.out.file, '.json')
  return command.slug ?? undefined
}

/** Where the draft of the article `slug` goes, or null for standard output. */
export function draftTargets(command: DraftCommand, slug: string): DraftTargets | null {
  if (!command.out) return null
  const article = 'file' in command.out ? command.out.file : path.join(command.out.folder, `${slug}.json`)
  return { article, review: reviewPath(article) }
}

/** The review list beside an article file: `x.json` → `x.draft.jsonc`, which no check takes for an article. */
export function reviewPath(articleFile: string): string {
  return `${articleFile.replace(/\.json$/, '')}.draft.jsonc`
}

/** Why the draft may not be written (files it would overwrite without `--force`), or null. */
export function overwriteRefusal(
  targets: DraftTargets,
  exists: (file: string) => boolean,
  force: boolean,
): string | null {
  if (force) return null
  const taken = [targets.article, targets.review].filter(exists)
  if (taken.length === 0) return null
  // An editor may have worked on the article since it was drafted: drafting again must not lose that silently.
  return `${taken.join(' and ')} ${taken.length === 1 ? 'exists' : 'exist'} already; add --force to overwrite`
}

/** The article file's text. */
export function articleJson(draft: Draft): string {
  return `${JSON.stringify(draft.article, null, 2)}\n`
}

/** The review list in words, one line per item. */
export function formatReview(review: readonly ReviewItem[]): string[] {
  return review.map((item) => `  ${item.target} ${item.id}: ${REVIEW_REASONS[item.reason]}`)
}

/** The sidecar the editor reviews: the draft's doubts by id and reason. Not an article file (no .json ending). */
export function reviewFile(draft: Draft, source: string): string {
  const items = draft.review.map((item) => ({ ...item, note: REVIEW_REASONS[item.reason] }))
  return `${JSON.stringify({ draft: true, from: source, slug: draft.article.slug, review: items }, null, 2)}\n`
}

/** What the command says once it has drafted (to standard error), and the exit code: 1 if the draft fails the check. */
export function draftReport(
  draft: Draft,
  input: string,
  targets: DraftTargets | null,
): { lines: string[]; exitCode: 0 | 1 } {
  const { article } = draft
  const counts =
    article.form === 'transcript'
      ? `${article.turns?.length ?? 0} turns`
      : `${article.quotes.length} quotes, ${article.mentions.length} mentions`
  const lines = [
    `DRAFT of ${input}: ${article.speakers.length} speakers, ${counts}; issues and positions left to you.`,
  ]
  if (draft.review.length > 0) lines.push(`Review (${draft.review.length}):`, ...formatReview(draft.review))
  if (targets) lines.push(`Wrote ${targets.article} and, beside it, the review list ${targets.review}`)
  if (draft.problems.length === 0) return { lines, exitCode: 0 }
  lines.push(
    formatContentErrors(targets?.article ?? input, draft.problems),
    'The draft fails the content check: this is a bug in the draft annotator.',
  )
  return { lines, exitCode: 1 }
}

function main(args: readonly string[]): number {
  const parsed = parseDraftArgs(args)
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${DRAFT_USAGE}`)
    return 2
  }
  const { command } = parsed
  const draft = draftArticle(readFileSync(command.input, 'utf8'), {
    slug: slugOption(command),
    summary: command.summary,
    outlet: command.outlet ?? undefined,
    language: command.language ?? undefined,
  })
  const targets = draftTargets(command, draft.article.slug)
  if (targets) {
    const refusal = overwriteRefusal(targets, existsSync, command.force)
    if (refusal) {
      console.error(refusal)
      return 1
    }
    mkdirSync(path.dirname(targets.article), { recursive: true })
    writeFileSync(targets.article, articleJson(draft))
    writeFileSync(targets.review, reviewFile(draft, command.input))
  } else process.stdout.write(articleJson(draft))
  const report = draftReport(draft, command.input, targets)
  console.error(report.lines.join('\n'))
  return report.exitCode
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2))
