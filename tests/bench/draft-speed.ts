// How long the draft annotator takes on long texts it generates (a briefing transcript and a news story), at
// 1×, 2× and 4× about 13,000 words, so a table shows both the time and that it grows linearly with the text.
import { draftArticle } from '../../src/core/draft/draft-article.ts'

const TURNS = [
  'MS. OKAFOR:  We met the union twice this week, and we are close on pay.  I expect a vote on Friday.',
  'Q    How long can the port hold out if the strike goes on?',
  'MR. LINDQVIST:  A few weeks.  After that, ships will go elsewhere, and some of them will not come back.',
  'That is why we asked the union to return to the table.',
]
const STORY = [
  'Maria Okafor, the leader of the Harbour Workers’ Union, told reporters that the union would return to talks.',
  '“We came back because our members asked us to,” Okafor said. “But nobody should mistake that for weakness.”',
  'Tomas Lindqvist, the port’s chief executive, said the union’s demands were “simply not affordable” this year.',
  'According to the Harbour Gazette, dock workers voted by a large majority to continue the strike.',
]

/** A plain text of about `words` words: a transcript, or a story of the same paragraphs over and over. */
export function generateDraftText(form: 'transcript' | 'story', words: number): string {
  const blocks = form === 'transcript' ? TURNS : STORY
  const out = ['Harbour strike: the long briefing', 'Harbour Board Room']
  let count = 0
  for (let index = 0; count < words; index++) {
    const block = blocks[index % blocks.length]!
    out.push(block)
    count += block.split(/\s+/).length
  }
  return out.join('\n\n')
}

/** Rows of `form, words, milliseconds (best of three), ms per 1,000 words` for the lead's bench table. */
export function measureDraftSpeed(): {
  form: string
  words: number
  ms: number
  msPerThousandWords: number
}[] {
  const rows: { form: string; words: number; ms: number; msPerThousandWords: number }[] = []
  draftArticle(generateDraftText('story', 2_000))
  for (const form of ['transcript', 'story'] as const)
    for (const scale of [1, 2, 4]) {
      const text = generateDraftText(form, 13_000 * scale)
      const words = text.split(/\s+/).length
      let best = Number.POSITIVE_INFINITY
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        draftArticle(text)
        best = Math.min(best, performance.now() - start)
      }
      rows.push({
        form,
        words,
        ms: Math.round(best),
        msPerThousandWords: Math.round((best / words) * 1000 * 10) / 10,
      })
    }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(measureDraftSpeed())
