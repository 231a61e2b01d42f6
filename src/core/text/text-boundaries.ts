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
    // Flags pair regional indicators from the start of their run: a window starting inside a run would pair them
    // wrongly, so it starts where the run does.
    while (granularity === 'grapheme' && start >= 2 && isRegionalIndicatorAt(text, start - 2)) start -= 2
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

/** Whether a regional indicator (one half of a flag) starts at `at`: U+1F1E6 to U+1F1FF, a surrogate pair. */
function isRegionalIndicatorAt(text: string, at: number): boolean {
  const low = text.charCodeAt(at + 1)
  return text.charCodeAt(at) === 0xd83c && low >= 0xdde6 && low <= 0xddff
}

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
 * Word_Break classes of the characters common in articles (UAX #29): letters and digits, which join each other;
 * the space; the marks that join letters or digits only when the same kind stands on both sides of them (`he's`,
 * `3.5`, `1,000`); the underscore, which joins anything; punctuation beside which a word always breaks; and the
 * rest, left to the segmenter.
 */
const enum Kind {
  Letter,
  Digit,
  Space,
  MidLetter,
  MidNumLet,
  MidNum,
  ExtendNumLet,
  Breaking,
  Other,
}

const KINDS = new Map<number, Kind>([
  ...[...':·'].map((character) => [character.charCodeAt(0), Kind.MidLetter] as const),
  ...[...".'‘’․"].map((character) => [character.charCodeAt(0), Kind.MidNumLet] as const),
  ...[...',;⁄'].map((character) => [character.charCodeAt(0), Kind.MidNum] as const),
  [0x5f, Kind.ExtendNumLet],
  [0x20, Kind.Space],
  ...[...'!"#$%&()*+-/<=>?@[\\]^`{|}~\u00a0¡«»¿–—“”…'].map(
    (character) => [character.charCodeAt(0), Kind.Breaking] as const,
  ),
])

/** The kind of every code point below KIND_TABLE_SIZE, looked up once each: asked for every occurrence of a term. */
const KIND_TABLE_SIZE = 0x2100
let kindTable: Uint8Array | undefined

function wordKind(code: number): Kind {
  if (code >= KIND_TABLE_SIZE) return kindOf(code)
  kindTable ??= Uint8Array.from({ length: KIND_TABLE_SIZE }, (_, at) => kindOf(at))
  return kindTable[code] as Kind
}

function kindOf(code: number): Kind {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return Kind.Letter
  if (code >= 0x30 && code <= 0x39) return Kind.Digit
  const known = KINDS.get(code)
  if (known !== undefined) return known
  // Latin-1 and Latin Extended letters, Greek and Cyrillic capitals and small letters, Arabic letters and digits.
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? Kind.Breaking : Kind.Letter
  if ((code >= 0x391 && code <= 0x3c9) || (code >= 0x400 && code <= 0x45f)) return Kind.Letter
  if ((code >= 0x621 && code <= 0x63a) || (code >= 0x641 && code <= 0x64a)) return Kind.Letter
  if ((code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)) return Kind.Digit
  return Kind.Other
}

const isWordPart = (kind: Kind) => kind === Kind.Letter || kind === Kind.Digit || kind === Kind.ExtendNumLet

/** A word boundary decided from the characters around `at`; undefined when the segmenter must decide. */
function quickWordBoundary(text: string, at: number): boolean | undefined {
  if (at <= 0 || at >= text.length) return true
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  // Around a line break, always a boundary (WB3a, WB3b), except inside CR LF (WB3).
  if (before === LINE_BREAK || after === LINE_BREAK) return before !== CARRIAGE_RETURN
  const left = wordKind(before)
  const right = wordKind(after)
  if (left === Kind.Other || right === Kind.Other) return undefined
  if (left === Kind.Space && right === Kind.Space) return false // WB3d
  if (isWordPart(left) && isWordPart(right)) return false // WB5, WB8 to WB10, WB13a, WB13b
  // A mark between two letters or two digits joins them (WB6, WB7, WB11, WB12); the colon only in some locales.
  const joined =
    right >= Kind.MidLetter && right <= Kind.MidNum
      ? joinedAcross(left, right, kindAt(text, at + 1))
      : left >= Kind.MidLetter && left <= Kind.MidNum
        ? joinedAcross(kindAt(text, at - 2), left, right)
        : false
  return joined === undefined ? undefined : !joined
}

/** Whether `mark` joins the characters on its two sides into one word; undefined when it depends on the locale. */
function joinedAcross(left: Kind, mark: Kind, right: Kind): boolean | undefined {
  if (left === Kind.Other || right === Kind.Other) return undefined
  if (left === Kind.Letter && right === Kind.Letter)
    return mark === Kind.MidNumLet ? true : mark === Kind.MidLetter ? undefined : false
  if (left === Kind.Digit && right === Kind.Digit) return mark !== Kind.MidLetter
  return false
}

/** The kind of the character at `at`, a line break or the text's edge counting as breaking punctuation. */
function kindAt(text: string, at: number): Kind {
  if (at < 0 || at >= text.length) return Kind.Breaking
  const code = text.charCodeAt(at)
  return code === LINE_BREAK ? Kind.Breaking : wordKind(code)
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
