// The article as one string in reading order (headline, summary, paragraphs, one line each), so that a passage
// is addressed the way the W3C TextPositionSelector addresses a document, even when it crosses paragraphs.
import { HEADLINE_BLOCK, SUMMARY_BLOCK, type Anchor, type Article } from '../content/article.ts'

/** Separates blocks in the document text; never part of an anchor. */
export const BLOCK_SEPARATOR = '\n'

/** A half-open range [start, end) of UTF-16 code units in the document text. */
export interface TextRange {
  start: number
  end: number
}

export interface DocumentText {
  text: string
  /** Each block's place in `text`, in reading order. */
  blocks: readonly (TextRange & { block: string })[]
}

/** The article's text in reading order, with where each block sits in it. */
export function documentText(article: Pick<Article, 'headline' | 'summary' | 'paragraphs'>): DocumentText {
  const parts: { block: string; text: string }[] = [{ block: HEADLINE_BLOCK, text: article.headline }]
  if (article.summary !== null) parts.push({ block: SUMMARY_BLOCK, text: article.summary })
  for (const paragraph of article.paragraphs) parts.push({ block: paragraph.id, text: paragraph.text })

  const blocks: DocumentText['blocks'][number][] = []
  let at = 0
  for (const part of parts) {
    blocks.push({ block: part.block, start: at, end: at + part.text.length })
    at += part.text.length + BLOCK_SEPARATOR.length
  }
  return { text: parts.map((part) => part.text).join(BLOCK_SEPARATOR), blocks }
}

/** The pieces of a range inside each block it touches, in reading order; separators are left out. */
export function anchorsInRange(document: DocumentText, range: TextRange): Anchor[] {
  const anchors: Anchor[] = []
  for (const block of document.blocks) {
    const start = Math.max(range.start, block.start)
    const end = Math.min(range.end, block.end)
    if (start < end) anchors.push({ block: block.block, start: start - block.start, end: end - block.start })
  }
  return anchors
}

/** Where an anchor sits in the document text, or undefined if its block is not in the article. */
export function rangeOfAnchor(document: DocumentText, anchor: Anchor): TextRange | undefined {
  const block = document.blocks.find((candidate) => candidate.block === anchor.block)
  if (!block) return undefined
  return { start: block.start + anchor.start, end: block.start + anchor.end }
}
