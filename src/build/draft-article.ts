// `npm run content:draft -- story.txt [--out src/content/articles/<slug>.json] [--summary] [--slug s] [--outlet name]`:
// drafts an article file from plain text, prints what to review, and writes the review list beside the article.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { draftArticle, type Draft, type ReviewItem } from '../core/draft/draft-article.ts'
import { formatContentErrors } from './content-files.ts'

const REASONS: Record<ReviewItem['reason'], string> = {
  pronoun: 'attributed through a pronoun: check who it is',
  floating: 'no attribution of its own: given to the speaker before it',
  belief: 'a belief or perception, not speech: keep it or remove it',
  finding: 'what a study, a court or a document found: keep it or remove it',
  'surname-shared': 'a surname two people share: check which one spoke',
  'intro-paragraph-before': 'attributed by the end of the paragraph before',
  'unnamed-speaker': 'the speaker is a description: merge it with a named speaker if it is one',
  'kind-guessed': 'known by one word: is it an organization (as drafted) or a person?',
  'name-from-label': 'named only by the label: give the full name and role',
  'surname-mention': 'mentions by a surname two speakers share: check whose each is',
}

/** The review list in words, one line per item. */
export function formatReview(review: readonly ReviewItem[]): string[] {
  return review.map((item) => `  ${item.target} ${item.id}: ${REASONS[item.reason]}`)
}

/** The sidecar the editor reviews: the draft's doubts by id and reason. Not an article file (no .json ending). */
export function reviewFile(draft: Draft, source: string): string {
  const items = draft.review.map((item) => ({ ...item, note: REASONS[item.reason] }))
  return `${JSON.stringify({ draft: true, from: source, slug: draft.article.slug, review: items }, null, 2)}\n`
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args[at + 1]
}

function main() {
  const args = process.argv.slice(2)
  const valued = new Set(['--out', '--slug', '--outlet', '--language'])
  const input = args.find((arg, index) => !arg.startsWith('--') && !valued.has(args[index - 1] ?? ''))
  if (!input) {
    console.error(
      'usage: npm run content:draft -- story.txt [--out src/content/articles/<slug>.json] [--summary] [--slug s] [--outlet name]',
    )
    process.exitCode = 2
    return
  }
  const out = option(args, '--out')
  const draft = draftArticle(readFileSync(input, 'utf8'), {
    slug: option(args, '--slug') ?? (out ? path.basename(out, '.json') : undefined),
    summary: args.includes('--summary'),
    outlet: option(args, '--outlet'),
    language: option(args, '--language'),
  })
  const { article } = draft
  const json = `${JSON.stringify(article, null, 2)}\n`
  if (out) {
    writeFileSync(out, json)
    writeFileSync(out.replace(/\.json$/, '') + '.draft.jsonc', reviewFile(draft, input))
  } else process.stdout.write(json)
  const counts =
    article.form === 'transcript'
      ? `${article.turns?.length ?? 0} turns`
      : `${article.quotes.length} quotes, ${article.mentions.length} mentions`
  console.error(
    `DRAFT of ${input}: ${article.speakers.length} speakers, ${counts}; issues and positions left to you.`,
  )
  if (draft.review.length > 0)
    console.error(`Review (${draft.review.length}):\n${formatReview(draft.review).join('\n')}`)
  if (out)
    console.error(`Wrote ${out} and, beside it, the review list ${out.replace(/\.json$/, '')}.draft.jsonc`)
  if (draft.problems.length > 0) {
    console.error(formatContentErrors(out ?? input, draft.problems))
    console.error('The draft fails the content check: this is a bug in the draft annotator.')
    process.exitCode = 1
  }
}

main()
