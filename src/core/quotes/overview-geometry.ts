// The geometry of the margin overview: where each quote starts as a share of the document text, the marks drawn in
// a column of pixel rows (quotes in one row grouped into one mark), the mark a pointer picks, and the document
// offsets the screen shows, read from the laid-out blocks. Offsets, not layout: see docs/decisions/011.
import type { DocumentText, TextRange } from '../anchoring/document-text.ts'
import type { Quote } from '../content/article.ts'

/** The height of a row of the overview's column: a mark 3 px tall and a pixel of space. */
export const MARK_ROW_PX = 4

/** A quote and where it starts: 0 at the start of the document text, 1 at its end. */
export interface QuotePlace {
  quote: Quote
  at: number
}

/** One mark of the overview: the quotes that start in one row of pixels. */
export interface OverviewMark {
  /** The row it is drawn in, counted from the top of the column. */
  row: number
  /** Its quotes, in reading order. */
  quotes: readonly Quote[]
  /** The quote a click on it shows: the first its filter keeps, or its first. */
  quote: Quote
  /** The palette slot it is drawn in: that quote's speaker's. */
  slot: number
  /** Whether the speaker filter keeps any of its quotes (always, without a filter). */
  kept: boolean
}

/** Each quote's place in the article, by where its first part starts, in reading order. */
export function quotePlaces(document: DocumentText, quotes: readonly Quote[]): QuotePlace[] {
  const blockStarts = new Map(document.blocks.map((block) => [block.block, block.start]))
  const length = Math.max(1, document.text.length)
  const places: QuotePlace[] = []
  for (const quote of quotes) {
    const first = quote.anchors[0]
    const blockStart = first === undefined ? undefined : blockStarts.get(first.block)
    if (first === undefined || blockStart === undefined) continue
    places.push({ quote, at: Math.min(1, (blockStart + first.start) / length) })
  }
  // The parser lists quotes in reading order already; a stable sort keeps marks in order whatever the list.
  return places.sort((a, b) => a.at - b.at)
}

/** The marks for a column of `rows` rows: one per row that holds a quote, top to bottom. */
export function overviewMarks(
  places: readonly QuotePlace[],
  {
    rows,
    speakerSlots,
    speakers,
  }: {
    rows: number
    speakerSlots: ReadonlyMap<string, number>
    /** The speaker filter; none keeps every quote. */
    speakers: readonly string[]
  },
): OverviewMark[] {
  if (rows < 1) return []
  const wanted = new Set(speakers)
  const keeps = (quote: Quote) => wanted.size === 0 || wanted.has(quote.speaker)
  const groups: { row: number; quotes: Quote[] }[] = []
  for (const { quote, at } of places) {
    const row = Math.min(rows - 1, Math.max(0, Math.floor(at * rows)))
    const last = groups.at(-1)
    if (last?.row === row) last.quotes.push(quote)
    else groups.push({ row, quotes: [quote] })
  }
  return groups.map(({ row, quotes }) => {
    const kept = quotes.find(keeps)
    const quote = kept ?? quotes[0]!
    return { row, quotes, quote, slot: speakerSlots.get(quote.speaker) ?? 0, kept: kept !== undefined }
  })
}

/**
 * The kept mark nearest to `row` (a fractional row, from the top of the column), when its middle is within `reach`
 * rows of it; the upper one on a tie. A pointer near a mark picks it, so marks a few pixels tall are easy to hit.
 */
export function nearestMark(marks: readonly OverviewMark[], row: number, reach: number): OverviewMark | null {
  let nearest: OverviewMark | null = null
  let nearestDistance = Infinity
  for (const mark of marks) {
    if (!mark.kept) continue
    const distance = Math.abs(mark.row + 0.5 - row)
    if (distance <= reach && distance < nearestDistance) {
      nearest = mark
      nearestDistance = distance
    }
  }
  return nearest
}

/** A block of the article as laid out: its top and bottom on the screen, and its range in the document text. */
export interface LaidOutBlock extends TextRange {
  top: number
  bottom: number
}

/**
 * The document offset at the line `y` of the screen, from the article's `count` blocks in reading order: inside a
 * block, in proportion to how far down it the line is; between blocks, the start of the next; past the last, its
 * end. A binary search asks `blockAt` for about log2(count) blocks, so reading each one's layout stays cheap.
 */
export function documentOffsetAt(y: number, count: number, blockAt: (index: number) => LaidOutBlock): number {
  if (count === 0) return 0
  const at = firstBlockBelow(y, count, blockAt)
  if (at === count) return blockAt(count - 1).end
  const block = blockAt(at)
  if (y <= block.top) return block.start
  const share = (y - block.top) / Math.max(1, block.bottom - block.top)
  return Math.round(block.start + share * (block.end - block.start))
}

/**
 * The first of `count` blocks in reading order whose bottom is below the line `y` (`count` if none is), by a
 * binary search: `blockAt` may answer for a box that holds several blocks, as long as bottoms never go up.
 */
export function firstBlockBelow(
  y: number,
  count: number,
  blockAt: (index: number) => Pick<LaidOutBlock, 'bottom'>,
): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (blockAt(middle).bottom > y) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * Where the "you are here" window goes in a column `height` pixels tall, for the document `range` on the screen
 * of a document `length` long: at least `minHeight` tall, and never past the column's end.
 */
export function readingWindow(
  range: TextRange,
  { length, height, minHeight }: { length: number; height: number; minHeight: number },
): { top: number; height: number } {
  const scale = height / Math.max(1, length)
  const size = Math.min(height, Math.max(minHeight, (range.end - range.start) * scale))
  const top = Math.min(Math.max(0, range.start * scale), height - size)
  return { top, height: size }
}
