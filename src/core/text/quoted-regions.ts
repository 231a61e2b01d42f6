// Where a block's words stand inside quotation marks: what the content check holds direct quotes to, so that
// quotation marks in the product only ever surround words the article itself quotes.
import type { TextRange } from '../anchoring/document-text.ts'

/** Each opening mark and the closing marks that end what it opens (German „…“ and Polish „…” both). */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '«': '»',
  '„': '“”',
  '"': '"',
}

/** Marks that open a quotation, for telling whether a passage starts with its own mark. */
export const OPENING_MARKS = Object.keys(CLOSERS).join('')
/** Marks that close a quotation. */
export const CLOSING_MARKS = '”»“"'

/**
 * The stretches of `text` between quotation marks, without the marks (and without the narrow spaces French puts
 * inside them). A quotation opened and not closed runs to the end of the block, as a quote continued in the
 * next paragraph does; a new paragraph of it opens with a mark again. Single quotation marks are not counted:
 * they double as apostrophes, and they nest inside double ones.
 */
export function quotedRegions(text: string): TextRange[] {
  const regions: TextRange[] = []
  let open: { start: number; closers: string } | null = null
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!
    if (open && open.closers.includes(mark)) {
      regions.push(trimmed(text, open.start, at))
      open = null
    } else if (!open && mark in CLOSERS) {
      open = { start: at + 1, closers: CLOSERS[mark]! }
    }
  }
  if (open) regions.push(trimmed(text, open.start, text.length))
  return regions
}

/** Whether [start, end) lies within one quoted stretch of `text`. */
export function isQuoted(text: string, range: TextRange, regions = quotedRegions(text)): boolean {
  return regions.some((region) => region.start <= range.start && range.end <= region.end)
}

function trimmed(text: string, start: number, end: number): TextRange {
  while (start < end && /[\s\u202f\u00a0]/.test(text[start]!)) start++
  while (end > start && /[\s\u202f\u00a0]/.test(text[end - 1]!)) end--
  return { start, end }
}
