// How long the draft annotator takes on long texts it generates (a briefing transcript, a news story, and a story
// whose people keep changing), at 1×, 2× and 4× about 13,000 words, drafting and checking timed apart, so one run
// shows both the time and whether it grows linearly: per 1,000 words, each size against the smallest.
// `node --expose-gc --import tsx tests/bench/draft-speed.ts` gives steadier figures than `npx tsx` on a busy machine.
import { pathToFileURL } from 'node:url'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { uncheckedDraft } from '../../src/core/draft/draft-article.ts'
import { generateDraftText, type DraftTextForm } from '../fixtures/draft/generate-draft-text.ts'

/** One text drafted: milliseconds (best of five) to draft it and to check the draft, and per 1,000 words. */
export interface DraftSpeedRow {
  form: DraftTextForm
  words: number
  draftMs: number
  checkMs: number
  /** Drafting and checking together. */
  ms: number
  /** Milliseconds per 1,000 words, drafting and checking together. */
  msPerThousandWords: number
  /** Drafting alone, per 1,000 words, as a multiple of the same at the smallest size of the form (1 = linear). */
  draftGrowth: number
  /** Drafting and checking, per 1,000 words, as a multiple of the same at the smallest size of the form. */
  totalGrowth: number
}

const FORMS: readonly DraftTextForm[] = ['transcript', 'story', 'story-many-speakers']
const SCALES = [1, 2, 4]
const RUNS = 5

/** The rows of the table: every form at every size, the sizes taken in turn so a busy spell hits them all alike. */
export function measureDraftSpeed(): DraftSpeedRow[] {
  const rows: DraftSpeedRow[] = []
  for (const form of FORMS) {
    const texts = SCALES.map((scale) => generateDraftText(form, 13_000 * scale))
    const best = texts.map(() => ({ draft: Number.POSITIVE_INFINITY, check: Number.POSITIVE_INFINITY }))
    // The first round warms the JIT up on this form; it counts only if no later round does better.
    for (let run = 0; run < RUNS; run++)
      texts.forEach((text, index) => {
        // With `node --expose-gc`, each run starts with the garbage of the last one collected: steadier rates.
        ;(globalThis as { gc?: () => void }).gc?.()
        const started = performance.now()
        const { article } = uncheckedDraft(text)
        const drafted = performance.now()
        parseArticle(article, article.slug)
        best[index]!.draft = Math.min(best[index]!.draft, drafted - started)
        best[index]!.check = Math.min(best[index]!.check, performance.now() - drafted)
      })
    const perThousand = (ms: number, index: number) => (ms / wordCount(texts[index]!)) * 1000
    texts.forEach((text, index) => {
      const { draft, check } = best[index]!
      rows.push({
        form,
        words: wordCount(text),
        draftMs: Math.round(draft),
        checkMs: Math.round(check),
        ms: Math.round(draft + check),
        msPerThousandWords: round(perThousand(draft + check, index), 1),
        draftGrowth: round(perThousand(draft, index) / perThousand(best[0]!.draft, 0), 2),
        totalGrowth: round(
          perThousand(draft + check, index) / perThousand(best[0]!.draft + best[0]!.check, 0),
          2,
        ),
      })
    })
  }
  return rows
}

/** The rows as a Markdown table, for the benchmark's report and docs/draft-annotator.md. */
export function draftSpeedTable(rows: readonly DraftSpeedRow[]): string {
  const lines = [
    '| text | words | draft ms | check ms | total ms | ms per 1,000 words | draft growth | total growth |',
    '| ---- | ----: | -------: | -------: | -------: | -----------------: | -----------: | -----------: |',
  ]
  for (const row of rows)
    lines.push(
      `| ${row.form} | ${row.words} | ${row.draftMs} | ${row.checkMs} | ${row.ms} | ${row.msPerThousandWords} | ` +
        `${row.draftGrowth}× | ${row.totalGrowth}× |`,
    )
  return lines.join('\n')
}

function wordCount(text: string): number {
  return text.split(/\s+/).length
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  console.log(draftSpeedTable(measureDraftSpeed()))
