// Between what the editor's reader selects (anchors: a block and offsets) and what the file says (passages: a
// block and its exact words, with the occurrence when they repeat), plus the guesses that spare a click: a
// quote's own quotation marks left out, its cue found near it, its verbatim words read from the marks.
import type { PassageSource } from '../core/content/article-schema.ts'
import { blockText, type Anchor } from '../core/content/article.ts'
import type { ArticleSource } from '../core/content/article-schema.ts'
import { compareInReadingOrder } from '../core/content/reading-order.ts'
import { cueClass } from '../core/draft/reporting-verbs.ts'
import { findOccurrences } from '../core/text/find-occurrences.ts'
import { CLOSING_MARKS, OPENING_MARKS, quotedRegions } from '../core/text/quoted-regions.ts'

type Blocks = Pick<ArticleSource, 'headline' | 'summary' | 'paragraphs'>

/** The passage of the file that points at `anchor`: its words, and which occurrence only when they repeat. */
export function passageOfAnchor(article: Blocks, anchor: Anchor): PassageSource {
  const text = (blockText(article, anchor.block) ?? '').slice(anchor.start, anchor.end)
  const starts = findOccurrences(blockText(article, anchor.block) ?? '', text)
  if (starts.length <= 1) return { in: anchor.block, text }
  return { in: anchor.block, text, occurrence: starts.indexOf(anchor.start) + 1 }
}

/** Where a passage of the file points, or null when its words are not in its block (the check says why). */
export function anchorOfPassage(article: Blocks, passage: PassageSource): Anchor | null {
  const block = blockText(article, passage.in)
  if (block === undefined) return null
  const starts = findOccurrences(block, passage.text)
  const start = starts[(passage.occurrence ?? 1) - 1]
  if (start === undefined || (passage.occurrence === undefined && starts.length > 1)) return null
  return { block: passage.in, start, end: start + passage.text.length }
}

/** The passages of a quote of the file: its parts, or its one passage. */
export function quotePassages(quote: ArticleSource['quotes'][number]): PassageSource[] {
  if (quote.parts) return quote.parts
  if (quote.in === undefined || quote.text === undefined) return []
  return [{ in: quote.in, text: quote.text, ...(quote.occurrence ? { occurrence: quote.occurrence } : {}) }]
}

/** The anchor with white space, and for quoted words their own quotation marks, left off both ends. */
export function trimmedAnchor(article: Blocks, anchor: Anchor, marks: boolean): Anchor {
  const text = blockText(article, anchor.block) ?? ''
  const skip = (character: string | undefined, quotation: string) =>
    character !== undefined && (/\s/.test(character) || (marks && quotation.includes(character)))
  let { start, end } = anchor
  while (start < end && skip(text[start], OPENING_MARKS + CLOSING_MARKS)) start++
  while (end > start && skip(text[end - 1], CLOSING_MARKS + OPENING_MARKS)) end--
  return { block: anchor.block, start, end }
}

/** The stretches inside quotation marks that lie wholly within the anchors: a mixed quote's verbatim words. */
export function quotedWithin(article: Blocks, anchors: readonly Anchor[]): Anchor[] {
  return anchors.flatMap((anchor) =>
    quotedRegions(blockText(article, anchor.block) ?? '')
      .filter(
        (region) => anchor.start <= region.start && region.end <= anchor.end && region.start < region.end,
      )
      .map((region) => ({ block: anchor.block, start: region.start, end: region.end })),
  )
}

/**
 * The reporting words nearest a quote in its first block, outside it: "according to", or a reporting verb
 * ("said", "told", "added"); null when the block has none, for the editor to point at.
 */
export function nearestCue(article: Blocks, anchors: readonly Anchor[]): Anchor | null {
  const first = anchors[0]
  if (!first) return null
  const text = blockText(article, first.block) ?? ''
  const inQuote = anchors.filter((anchor) => anchor.block === first.block)
  const outside = (start: number, end: number) =>
    inQuote.every((anchor) => end <= anchor.start || anchor.end <= start)
  const distance = (start: number, end: number) =>
    Math.min(...inQuote.map((anchor) => (end <= anchor.start ? anchor.start - end : start - anchor.end)))
  let best: { anchor: Anchor; distance: number } | null = null
  for (const match of text.matchAll(/according to|\p{L}+/giu)) {
    const start = match.index
    const end = start + match[0].length
    if (!outside(start, end)) continue
    if (!/^according to$/i.test(match[0]) && cueClass(match[0]) === undefined) continue
    const away = distance(start, end)
    if (!best || away < best.distance) best = { anchor: { block: first.block, start, end }, distance: away }
  }
  return best?.anchor ?? null
}

/** Compares anchors as the text reads them (headline, summary, paragraphs; then by offset). */
export function readingOrder(article: Pick<ArticleSource, 'paragraphs'>): (a: Anchor, b: Anchor) => number {
  return compareInReadingOrder(article)
}

/** An id unique among `taken`: `base`, then `base-2`, `base-3`… */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** A quote's words as the file gives them, its parts joined by an ellipsis. */
export function quoteText(quote: ArticleSource['quotes'][number]): string {
  return quotePassages(quote)
    .map((passage) => passage.text)
    .join(' … ')
}
