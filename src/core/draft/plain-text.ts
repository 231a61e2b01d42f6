// Reads the plain text the draft annotator takes: the first line is the headline, then blocks separated by a
// blank line. Keeps where each block starts in the text, so a draft can be scored against offsets into it.

/** One block of the text and the offset of its first character in the whole text. */
export interface PlainBlock {
  text: string
  offset: number
}

/** The headline, the summary when asked for, and the paragraphs of a plain text. */
export interface PlainText {
  headline: PlainBlock
  summary: PlainBlock | null
  paragraphs: PlainBlock[]
}

/**
 * Splits `text` into its headline and blocks. With `summary`, the first block after the headline is the summary.
 * A last block that repeats the headline (as scraped pages end) is dropped.
 */
export function splitPlainText(text: string, options: { summary?: boolean } = {}): PlainText {
  const blocks: PlainBlock[] = []
  const separator = /\n[ \t]*\n\s*/g
  let start = 0
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed !== '') blocks.push({ text: trimmed, offset: from + lead })
  }
  const firstLine = text.indexOf('\n')
  const headlineEnd = firstLine === -1 ? text.length : firstLine
  push(0, headlineEnd)
  start = headlineEnd
  separator.lastIndex = start
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    push(start, match.index)
    start = match.index + match[0].length
  }
  push(start, text.length)
  const headline = blocks.shift() ?? { text: '', offset: 0 }
  if (blocks.length > 1 && blocks.at(-1)!.text === headline.text) blocks.pop()
  const summary = options.summary && blocks.length > 1 ? blocks.shift()! : null
  return { headline, summary, paragraphs: blocks }
}
