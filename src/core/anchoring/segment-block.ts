// Splits one block of text into a tree of runs so that React can render highlights from data.
// Spans may be adjacent, nested or overlapping; a span that crosses a stronger one is cut in pieces.

export type Span =
  | { kind: 'mention'; speaker: string; start: number; end: number }
  | {
      kind: 'quote'
      quote: string
      speaker: string
      /** Direct words are marked apart from reported ones; absent, a quote is taken as direct. */
      speech?: 'direct' | 'reported' | 'mixed'
      start: number
      end: number
    }
  | { kind: 'passage'; start: number; end: number }

export type Segment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'span'; start: number; end: number; span: Span; children: Segment[] }

interface Node {
  start: number
  end: number
  span: Span | null
  children: Node[]
}

/** Stronger kinds are placed first and never cut: a mention stays whole, a shared passage bends around it. */
const STRENGTH: Record<Span['kind'], number> = { mention: 0, quote: 1, passage: 2 }

/**
 * The block as a tree of text runs and spans, in order. Concatenating the text runs gives the block back;
 * each span covers exactly its range, as one element or, where it crosses a stronger span, as several.
 */
export function segmentBlock(text: string, spans: readonly Span[]): Segment[] {
  const root: Node = { start: 0, end: text.length, span: null, children: [] }
  const ordered = spans
    .filter((span) => span.start >= 0 && span.start < span.end && span.end <= text.length)
    .sort((a, b) => STRENGTH[a.kind] - STRENGTH[b.kind] || a.start - b.start || b.end - a.end)
  for (const span of ordered) insert(root, span, span.start, span.end)
  return segmentsOf(root, text)
}

function insert(parent: Node, span: Span, start: number, end: number): void {
  // A sibling that crosses the range (starts outside, ends inside, or the reverse) cuts it at its edge.
  const cuts = parent.children
    .flatMap((child) => {
      if (child.start < start && start < child.end && child.end < end) return [child.end]
      if (start < child.start && child.start < end && end < child.end) return [child.start]
      return []
    })
    .filter((cut, index, all) => all.indexOf(cut) === index) // two neighbours meeting inside the range cut once
    .sort((a, b) => a - b)
  if (cuts.length > 0) {
    let from = start
    for (const cut of cuts) {
      insert(parent, span, from, cut)
      from = cut
    }
    insert(parent, span, from, end)
    return
  }

  const container = parent.children.find((child) => child.start <= start && end <= child.end)
  if (container) {
    insert(container, span, start, end)
    return
  }

  const node: Node = { start, end, span, children: [] }
  const siblings: Node[] = []
  for (const child of parent.children) {
    if (start <= child.start && child.end <= end) node.children.push(child)
    else siblings.push(child)
  }
  siblings.push(node)
  parent.children = siblings.sort((a, b) => a.start - b.start)
}

function segmentsOf(node: Node, text: string): Segment[] {
  const segments: Segment[] = []
  let at = node.start
  for (const child of node.children) {
    if (child.start > at) segments.push({ kind: 'text', start: at, text: text.slice(at, child.start) })
    segments.push({
      kind: 'span',
      start: child.start,
      end: child.end,
      span: child.span!,
      children: segmentsOf(child, text),
    })
    at = child.end
  }
  if (node.end > at) segments.push({ kind: 'text', start: at, text: text.slice(at, node.end) })
  return segments
}
