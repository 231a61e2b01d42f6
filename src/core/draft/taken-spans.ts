// The spans a draft has taken, by block and sorted by start, so asking whether a new span meets one of them looks
// only at its own block, near it: what keeps drafting linear in the number of paragraphs and quotes.
import type { BlockSpan } from './attribute-quotes.ts'

interface Shelf<T> {
  spans: T[]
  /** The longest span on the shelf: a span starting further back than this ends before the one asked about. */
  longest: number
}

/** Spans of many blocks, answering which of them overlap a given span; counts the spans it looks at. */
export class TakenSpans<T extends BlockSpan = BlockSpan> {
  /** How many stored spans the queries have looked at, for the tests that hold the work to the text's length. */
  comparisons = 0
  private readonly shelves = new Map<string, Shelf<T>>()

  /** Keeps `span`, in start order after any span that starts where it does. */
  add(span: T): void {
    let shelf = this.shelves.get(span.block)
    if (!shelf) {
      shelf = { spans: [], longest: 0 }
      this.shelves.set(span.block, shelf)
    }
    const at = firstStartAfter(shelf.spans, span.start)
    // Spans mostly arrive in reading order, so this is an append; out of order it is one move of memory.
    if (at === shelf.spans.length) shelf.spans.push(span)
    else shelf.spans.splice(at, 0, span)
    shelf.longest = Math.max(shelf.longest, span.end - span.start)
  }

  /** The spans kept that overlap `span` (`a.start < b.end && b.start < a.end`), in start order. */
  overlapping(span: BlockSpan): T[] {
    const shelf = this.shelves.get(span.block)
    if (!shelf) return []
    const found: T[] = []
    for (
      let index = firstStartAfter(shelf.spans, span.start - shelf.longest);
      index < shelf.spans.length && shelf.spans[index]!.start < span.end;
      index++
    ) {
      this.comparisons++
      const other = shelf.spans[index]!
      if (other.end > span.start) found.push(other)
    }
    return found
  }
}

/** Whether `a` and `b` overlap without one holding the other: marks that would cross in the text. */
export function crosses(a: BlockSpan, b: BlockSpan): boolean {
  if (a.block !== b.block) return false
  const overlap = a.start < b.end && b.start < a.end
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)
  return overlap && !nested
}

/** The index of the first span starting after `start` (binary search over spans sorted by start). */
function firstStartAfter(spans: readonly BlockSpan[], start: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans[middle]!.start <= start) low = middle + 1
    else high = middle
  }
  return low
}
