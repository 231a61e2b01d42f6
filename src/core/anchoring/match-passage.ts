// Finds a shared passage again in the article's text: first where the link says it was, then anywhere, allowing
// small edits inside it. A link never lands on other words: below a minimum similarity it reports the passage
// missing. The scoring follows hypothesis/client's match-quote.ts; the floors are ours (Hypothesis has none).
import search from 'approx-string-match'
import type { TextRange } from './document-text.ts'

/** The W3C Web Annotation TextQuoteSelector and TextPositionSelector of one passage, as a link carries them. */
export interface PassageSelector extends TextRange {
  exact: string
  prefix: string
  suffix: string
}

export type PassageMatch =
  | {
      found: true
      range: TextRange
      /** False when the words are exactly where the link said. */ moved: boolean
    }
  | { found: false }

/**
 * The lowest share of the passage's characters that must survive (edits count against it). At 0.9 a fixed typo
 * or a changed word in a sentence still anchors; a rewritten sentence does not. Passages under ten characters
 * must match exactly.
 */
export const MIN_QUOTE_SIMILARITY = 0.9

/**
 * A passage found only approximately must also keep its surroundings: three quarters of it. Changed words in changed surroundings are more likely other words than the same words edited.
 */
export const MIN_CONTEXT_SIMILARITY = 0.75

/** Shorter passages must match exactly, and where they were whole words, as whole words ("ban" not in "urban"). */
const MIN_FUZZY_LENGTH = 10

/** How much each signal counts when several places could hold the passage (from Hypothesis's match-quote). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }

/** How many characters of context a link carries on each side of the passage. */
export const CONTEXT_LENGTH = 20

/**
 * From this length on, the words alone tell a passage apart (nine in ten of a hundred characters must match),
 * so a link carries no context and stays short enough to share.
 */
export const CONTEXT_FREE_LENGTH = 100

/** The selector of a range of `text`: its words, a little context cut at word boundaries, and its position. */
export function selectPassage(text: string, range: TextRange): PassageSelector {
  const exact = text.slice(range.start, range.end)
  const withContext = exact.length < CONTEXT_FREE_LENGTH
  return {
    start: range.start,
    end: range.end,
    exact,
    prefix: withContext
      ? wholeWordsAtEnd(text.slice(Math.max(0, range.start - CONTEXT_LENGTH), range.start))
      : '',
    suffix: withContext ? wholeWordsAtStart(text.slice(range.end, range.end + CONTEXT_LENGTH)) : '',
  }
}

/** Where the selected passage is in `text` now, or that it cannot be found with confidence. */
export function matchPassage(text: string, selector: PassageSelector): PassageMatch {
  const { exact } = selector
  if (exact === '' || exact.length > text.length + maxErrorsFor(exact)) return { found: false }
  if (text.slice(selector.start, selector.end) === exact)
    return { found: true, range: { start: selector.start, end: selector.end }, moved: false }

  let best: { candidate: TextRange & { errors: number }; score: number } | undefined
  for (const candidate of candidateMatches(text, exact)) {
    const quote = 1 - candidate.errors / exact.length
    const prefix = contextSimilarity(
      selector.prefix,
      text.slice(Math.max(0, candidate.start - selector.prefix.length), candidate.start),
    )
    const suffix = contextSimilarity(
      selector.suffix,
      text.slice(candidate.end, candidate.end + selector.suffix.length),
    )
    if (candidate.errors > 0 && (prefix + suffix) / 2 < MIN_CONTEXT_SIMILARITY) continue
    if (exact.length < MIN_FUZZY_LENGTH && !keepsWordEdges(text, candidate, selector)) continue
    const position = 1 - Math.abs(candidate.start - selector.start) / Math.max(text.length, 1)
    const score =
      WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position
    if (!best || score > best.score) best = { candidate, score }
  }
  if (!best) return { found: false }
  const range = { start: best.candidate.start, end: best.candidate.end }
  // An exact match is exactly the words; only an approximate one can blur into its surroundings.
  if (best.candidate.errors === 0) return { found: true, range, moved: true }
  return {
    found: true,
    range: tightest(text, withinContext(text, range, selector), exact, best.candidate.errors),
    moved: true,
  }
}

/**
 * An approximate match may blur into its surroundings: where edits removed characters, the cheapest alignment
 * can borrow the neighbouring words instead. Where the context is still there, the passage starts after its
 * prefix and ends before its suffix.
 */
function withinContext(text: string, range: TextRange, selector: PassageSelector): TextRange {
  const reach = maxErrorsFor(selector.exact)
  let { start, end } = range
  if (selector.prefix !== '') {
    const from = Math.max(0, start - selector.prefix.length - reach)
    const prefix = bestMatch(text.slice(from, start + reach), selector.prefix)
    if (prefix) start = Math.min(Math.max(start, from + prefix.end), end)
  }
  if (selector.suffix !== '') {
    const from = Math.max(start, end - reach)
    const suffix = bestMatch(text.slice(from, end + selector.suffix.length + reach), selector.suffix)
    if (suffix) end = Math.max(Math.min(end, from + suffix.start), start)
  }
  return { start, end }
}

/** The closest match of some context in a window, if it keeps three quarters of the context. */
function bestMatch(window: string, context: string) {
  const matches = search(window, context, Math.floor(context.length * (1 - MIN_CONTEXT_SIMILARITY)))
  return matches.sort((a, b) => a.errors - b.errors)[0]
}

/** How many rounds of search look for further, worse matches; each masks the matches found before it. */
const MAX_SEARCH_ROUNDS = 8

/**
 * Every approximate match of `exact`, good and worse. The search reports only the matches with the fewest
 * errors, so an exact copy elsewhere would hide the edited original: mask what was found and search again.
 */
function candidateMatches(text: string, exact: string) {
  const maxErrors = maxErrorsFor(exact)
  const found: ReturnType<typeof search> = []
  let masked = text
  for (let round = 0; round < MAX_SEARCH_ROUNDS; round++) {
    const matches = search(masked, exact, maxErrors)
    if (matches.length === 0) break
    found.push(...matches)
    masked = maskRanges(masked, matches)
  }
  return found
}

/** True when the candidate starts and ends on word edges wherever the selected words did. */
function keepsWordEdges(text: string, candidate: TextRange, selector: PassageSelector): boolean {
  const wordy = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)
  const startsWord = !wordy(selector.prefix.at(-1)) || !wordy(selector.exact[0])
  const endsWord = !wordy(selector.suffix[0]) || !wordy(selector.exact.at(-1))
  return (
    (!startsWord || !wordy(text[candidate.start - 1]) || !wordy(text[candidate.start])) &&
    (!endsWord || !wordy(text[candidate.end]) || !wordy(text[candidate.end - 1]))
  )
}

/**
 * The shortest range inside `range` that still matches `exact` with no more errors. Where an edit removed
 * characters at a passage's edge, deleting them or swapping in the neighbouring word cost the same; the
 * search may report the longer alignment, which reaches into other words.
 */
function tightest(text: string, range: TextRange, exact: string, errors: number): TextRange {
  let { start, end } = range
  while (start < end && withinEdits(text.slice(start + 1, end), exact, errors)) start++
  while (end > start && withinEdits(text.slice(start, end - 1), exact, errors)) end--
  return { start, end }
}

/** True when `a` becomes `b` in at most `limit` single-character edits (Levenshtein, in a band of width limit). */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  const outside = limit + 1
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, outside))
  for (let i = 1; i <= a.length; i++) {
    const current = new Int32Array(b.length + 1).fill(outside)
    current[0] = Math.min(i, outside)
    let rowMinimum = current[0]
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(outside, substitution, previous[j]! + 1, current[j - 1]! + 1)
      rowMinimum = Math.min(rowMinimum, current[j]!)
    }
    if (rowMinimum > limit) return false
    previous = current
  }
  return previous[b.length]! <= limit
}

/** `text` with each range overwritten by NUL characters (which no passage holds), in one pass, offsets kept. */
function maskRanges(text: string, ranges: readonly TextRange[]): string {
  const pieces: string[] = []
  let at = 0
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, range.start)
    pieces.push(text.slice(at, start), '\u0000'.repeat(Math.max(0, range.end - start)))
    at = Math.max(at, range.end)
  }
  pieces.push(text.slice(at))
  return pieces.join('')
}

function maxErrorsFor(exact: string): number {
  return Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY))
}

/** 1 when `actual` holds `expected`, falling towards 0 with each edit between them. */
function contextSimilarity(expected: string, actual: string): number {
  if (expected === '') return 1
  const matches = search(actual, expected, expected.length)
  if (matches.length === 0) return 0
  return 1 - Math.min(...matches.map((match) => match.errors)) / expected.length
}

function wholeWordsAtEnd(context: string): string {
  const space = context.search(/\s/)
  const words = space === -1 || context.length < CONTEXT_LENGTH ? context : context.slice(space + 1)
  // The window may have cut a surrogate pair in half; never keep half a character.
  return /^[\uDC00-\uDFFF]/.test(words) ? words.slice(1) : words
}

function wholeWordsAtStart(context: string): string {
  const space = Math.max(context.lastIndexOf(' '), context.lastIndexOf('\n'))
  const words = space === -1 || context.length < CONTEXT_LENGTH ? context : context.slice(0, space)
  return /[\uD800-\uDBFF]$/.test(words) ? words.slice(0, -1) : words
}
