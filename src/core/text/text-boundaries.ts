// Whether a place in a text is a word boundary or a grapheme cluster boundary, as Unicode text segmentation
// (Intl.Segmenter) has it. Asked of a few places in a long text, never the whole: common cases are decided from
// the two characters around the place, the rest by segmenting a short window around it, so each answer costs at
// most a window's length whatever the text, and each place is asked once. Also the longest start of a text that
// ends between two graphemes.
import type { Work } from './search-text.ts'

/** Characters on each side of a place that the segmenter is shown: every rule that matters looks closer. */
export const WINDOW = 32

export interface TextBoundaries {
  /** Whether a word starts or ends at `at` (a line break, the start and the end of the text are boundaries). */
  isWordBoundary(at: number): boolean
  /** Whether `at` falls between two user-perceived characters, never inside one. */
  isGraphemeBoundary(at: number): boolean
}

/** Boundary questions about `text`, each answer's cost added to `work`. */
export function textBoundaries(text: string, work: Work): TextBoundaries {
  const words = new Map<number, boolean>()
  const graphemes = new Map<number, boolean>()

  const segmented = (granularity: 'word' | 'grapheme', at: number): boolean => {
    let start = lineStart(text, at)
    let end = lineEnd(text, at)
    // Never cut a surrogate pair at the window's edges.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++
    work.spent += end - start
    const segment = segmenter(granularity)
      .segment(text.slice(start, end))
      .containing(at - start)
    return segment === undefined || segment.index === at - start
  }

  return {
    isWordBoundary(at) {
      work.spent++
      const quick = quickWordBoundary(text, at)
      if (quick !== undefined) return quick
      let known = words.get(at)
      if (known === undefined) words.set(at, (known = segmented('word', at)))
      return known
    },
    isGraphemeBoundary(at) {
      work.spent++
      const quick = quickGraphemeBoundary(text, at)
      if (quick !== undefined) return quick
      let known = graphemes.get(at)
      if (known === undefined) graphemes.set(at, (known = segmented('grapheme', at)))
      return known
    },
  }
}

const segmenters: Partial<Record<'word' | 'grapheme', Intl.Segmenter>> = {}

function segmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter {
  return (segmenters[granularity] ??= new Intl.Segmenter(undefined, { granularity }))
}

const LINE_BREAK = 0x0a
const CARRIAGE_RETURN = 0x0d

/** The start of the window before `at`: WINDOW code units back, or just after a line break nearer. */
function lineStart(text: string, at: number): number {
  const limit = Math.max(0, at - WINDOW)
  for (let index = at - 1; index >= limit; index--)
    if (text.charCodeAt(index) === LINE_BREAK) return index + 1
  return limit
}

/** The end of the window after `at`: WINDOW code units on, or at a line break nearer. */
function lineEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + WINDOW)
  for (let index = at; index < limit; index++) if (text.charCodeAt(index) === LINE_BREAK) return index
  return limit
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * By the Unicode word rules: letters and digits, which join each other into one word; the space; punctuation
 * that no rule joins to anything (a word always breaks beside it); and the rest, left to the segmenter.
 */
const enum Kind {
  Letter,
  Space,
  Breaking,
  Other,
}

/** ASCII punctuation of Word_Break "Other": not `'` `"` `.` `,` `:` `;` `_`, which join letters or digits. */
const BREAKING_ASCII = new Set([...'!#$%&()*+-/<=>?@[\\]^`{|}~'].map((character) => character.charCodeAt(0)))
/** The same beyond ASCII: ¡ « » ¿, the dashes, the curly double quotation marks (the single ones join, as `'`). */
const BREAKING = new Set([0xa1, 0xab, 0xbb, 0xbf, 0x2013, 0x2014, 0x201c, 0x201d])

function wordKind(code: number): Kind {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))
      return Kind.Letter
    if (code === 0x20) return Kind.Space
    return BREAKING_ASCII.has(code) ? Kind.Breaking : Kind.Other
  }
  if (BREAKING.has(code)) return Kind.Breaking
  // Latin-1 and Latin Extended letters, Greek and Cyrillic capitals and small letters, Hebrew and Arabic letters,
  // Arabic-Indic digits: none of them breaks a word against another (WB5, WB8 to WB10).
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? Kind.Other : Kind.Letter
  if ((code >= 0x391 && code <= 0x3c9) || (code >= 0x400 && code <= 0x45f)) return Kind.Letter
  if ((code >= 0x5d0 && code <= 0x5ea) || (code >= 0x620 && code <= 0x64a)) return Kind.Letter
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return Kind.Letter
  return Kind.Other
}

/** A word boundary decided from the two characters around `at`; undefined when the segmenter must decide. */
function quickWordBoundary(text: string, at: number): boolean | undefined {
  if (at <= 0 || at >= text.length) return true
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  // Around a line break, always a boundary (WB3a, WB3b), except inside CR LF (WB3).
  if (before === LINE_BREAK || after === LINE_BREAK) return before !== CARRIAGE_RETURN
  const left = wordKind(before)
  const right = wordKind(after)
  if (left === Kind.Other || right === Kind.Other) return undefined
  // A word breaks beside such punctuation (WB999); letters and digits hold together (WB5, WB8 to WB10), and so do
  // spaces (WB3d); a space breaks from a letter.
  if (left === Kind.Breaking || right === Kind.Breaking) return true
  return left !== right
}

/** Code units that are whole characters on their own, with no rule joining them to a neighbour. */
function isPlainCharacter(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x300) ||
    (code >= 0x370 && code <= 0x482) ||
    (code >= 0x48a && code <= 0x52f) ||
    (code >= 0x5d0 && code <= 0x5ea) ||
    (code >= 0x620 && code <= 0x64a) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x4e00 && code <= 0x9fff)
  )
}

/** A grapheme boundary decided from the two code units around `at`; undefined when the segmenter must decide. */
function quickGraphemeBoundary(text: string, at: number): boolean | undefined {
  if (at <= 0 || at >= text.length) return true
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  // Around a line break, always a boundary (GB4, GB5), except inside CR LF (GB3).
  if (before === LINE_BREAK || after === LINE_BREAK) return before !== CARRIAGE_RETURN
  return isPlainCharacter(before) && isPlainCharacter(after) ? true : undefined
}

/** The longest start of `text` at most `length` code units long that ends between two graphemes, never in one. */
export function graphemePrefix(text: string, length: number): string {
  if (text.length <= length) return text
  const boundaries = textBoundaries(text, { spent: 0, limit: Number.POSITIVE_INFINITY })
  let end = Math.max(0, length)
  while (end > 0 && !boundaries.isGraphemeBoundary(end)) end--
  return text.slice(0, end)
}
