// Between the rendered article and its document text: a DOM range (the reader's selection, an editor's caret)
// as offsets in the text of core/anchoring/document-text.ts, and back. Plain DOM, no React, no globals: every
// node is reached from the root it is given, so it works in any document (jsdom, an editor's iframe).
import type { DocumentText, TextRange } from '../core/anchoring/document-text.ts'
import { blockElements, blockOfElement, enclosingBlockElement } from './block-elements.ts'

/** A block of the document text and the element that renders it. */
interface PlacedBlock {
  element: Element
  range: TextRange
}

/** The DOM range as a range of the document text, clipped to the blocks under root and trimmed; null if no text. */
export function textRangeOfDomRange(
  root: Node & ParentNode,
  domRange: Range,
  documentText: DocumentText,
): TextRange | null {
  const placed = placedBlocks(root, documentText)
  // An edge outside the blocks (before the article, in the outlet line, between blocks, after the article)
  // moves to the nearest block edge inside the range, as a reader who overshoots the text means.
  const start =
    offsetInBlock(root, placed, domRange.startContainer, domRange.startOffset) ??
    placed.find((block) => domRange.intersectsNode(block.element))?.range.start
  const end =
    offsetInBlock(root, placed, domRange.endContainer, domRange.endOffset) ??
    placed.findLast((block) => domRange.intersectsNode(block.element))?.range.end
  if (start === undefined || end === undefined) return null

  const { text } = documentText
  let from = start
  let to = end
  while (from < to && WHITE_SPACE.test(text[from]!)) from++
  while (to > from && WHITE_SPACE.test(text[to - 1]!)) to--
  // Never half a character: a link would carry it as U+FFFD, and the passage would no longer match the text.
  return from < to ? wholeCharacters(text, { start: from, end: to }) : null
}

/** A DOM range over a range of the document text, under root; null if an edge is not rendered there. */
export function domRangeOfTextRange(
  root: Node & ParentNode,
  range: TextRange,
  documentText: DocumentText,
): Range | null {
  const { start, end } = range
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null
  if (start < 0 || start > end || end > documentText.text.length) return null
  const whole = wholeCharacters(documentText.text, range)
  const placed = placedBlocks(root, documentText)
  const from = pointAt(placed, whole.start, 'start')
  const to = pointAt(placed, whole.end, 'end')
  if (!from || !to) return null

  const domRange = from.node.ownerDocument.createRange()
  domRange.setStart(from.node, from.offset)
  domRange.setEnd(to.node, to.offset)
  return domRange
}

/** One UTF-16 code unit at a time: every white space character JavaScript knows is in the BMP. */
const WHITE_SPACE = /\s/

/** The rendered blocks of the document under root, in reading order; blocks not rendered there are left out. */
function placedBlocks(root: ParentNode, documentText: DocumentText): PlacedBlock[] {
  const elements = new Map<string, Element>()
  for (const element of blockElements(root)) {
    const block = blockOfElement(element)
    // A block rendered twice is addressed by its first rendering.
    if (block !== null && !elements.has(block)) elements.set(block, element)
  }
  return documentText.blocks.flatMap((block) => {
    const element = elements.get(block.block)
    return element ? [{ element, range: { start: block.start, end: block.end } }] : []
  })
}

/** Where a DOM point inside a rendered block falls in the document text; undefined when it is in no block. */
function offsetInBlock(
  root: Node,
  placed: readonly PlacedBlock[],
  node: Node,
  offset: number,
): number | undefined {
  const element = enclosingBlockElement(root, node)
  const block = element && placed.find((candidate) => candidate.element === element)
  if (!block) return undefined
  const before = element.ownerDocument.createRange()
  before.selectNodeContents(element)
  before.setEnd(node, offset)
  // Clamped so that a block whose DOM has drifted from the text still gives offsets inside it.
  return Math.min(block.range.start + before.toString().length, block.range.end)
}

/**
 * The DOM point at an offset of the document text. Where text nodes meet, a start leans into the next node and an
 * end stays in the previous one, so the range does not reach into elements it holds no text of.
 */
function pointAt(
  placed: readonly PlacedBlock[],
  offset: number,
  edge: 'start' | 'end',
): { node: Text | Element; offset: number } | null {
  const block = placed.find((candidate) => candidate.range.start <= offset && offset <= candidate.range.end)
  if (!block) return null
  let left = offset - block.range.start
  let last: Text | null = null
  for (const text of textNodesUnder(block.element)) {
    const length = text.data.length
    if (left < length || (left === length && edge === 'end')) return { node: text, offset: left }
    left -= length
    last = text
  }
  if (left > 0) return null // the element holds less text than its block: the DOM does not show this text
  return last ? { node: last, offset: last.data.length } : { node: block.element, offset: 0 }
}

/** The text nodes under a node, in document order. */
function* textNodesUnder(node: Node): Generator<Text> {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE) yield child as Text
    else yield* textNodesUnder(child)
  }
}

/** The range widened so that neither edge falls between the halves of a surrogate pair; a caret moves before it. */
function wholeCharacters(text: string, range: TextRange): TextRange {
  const start = splitsPair(text, range.start) ? range.start - 1 : range.start
  if (range.start === range.end) return { start, end: start }
  return { start, end: splitsPair(text, range.end) ? range.end + 1 : range.end }
}

function splitsPair(text: string, offset: number): boolean {
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
