// Finds a passage again by all its words (a W3C TextQuoteSelector) after edits: where the link says it was, else
// anywhere, allowing small edits inside it, never on other words. The scoring follows hypothesis/client's
// match-quote.ts; the floors are ours (Hypothesis has none). Tested through matchPassage (match-passage.test.ts).
import search from 'approx-string-match'
import type { TextRange } from './document-text.ts'

/** A passage by all its words, with the characters right around it, and where it was (TextPositionSelector). */
export interface QuoteSelector extends TextRange {
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
 * How many characters of a passage may differ and it still be found: one in ten, in whole characters. At that
 * rate a fixed typo or a changed word in a sentence still anchors; a rewritten sentence does not. Passages under
 * ten characters must match exactly. (Counted in integers: `1 - 0.9` is 0.0999… in floating point, which gave
 * a ten-character passage no error at all.)
 */
export function errorBudget(length: number): number {
  return Math.floor(length / 10)
}

/**
 * A passage found only approximately must also keep its surroundings: three quarters of it. Changed words in
 * changed surroundings are more likely other words than the same words edited.
 */
export const MIN_CONTEXT_SIMILARITY = 0.75

/** Shorter passages must match exactly, and where they were whole words, as whole words ("ban" not in "urban"). */
const MIN_FUZZY_LENGTH = 10

/** How much each signal counts when several places could hold the passage (from Hypothesis's match-quote). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }

type Candidate = TextRange & { errors: number }

/** Where the passage is in `text` now, or that it cannot be found with confidence. */
export function matchQuote(text: string, selector: QuoteSelector): PassageMatch {
  const { exact } = selector
  const budget = errorBudget(exact.length)
  if (exact === '' || exact.length > text.length + budget) return { found: false }
  if (text.slice(selector.start, selector.end) === exact)
    return { found: true, range: { start: selector.start, end: selector.end }, moved: false }

  let best: { candidate: Candidate; score: number } | undefined
  for (const found of candidateMatches(text, exact, budget)) {
    const candidate = withinContext(text, found, selector, budget)
    if (!candidate) continue
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
  const { candidate } = best
  // An exact match is exactly the words; only an approximate one can blur into its surroundings.
  const range = candidate.errors === 0 ? candidate : tightest(text, candidate, selector, candidate.errors)
  return { found: true, range: { start: range.start, end: range.end }, moved: true }
}

/**
 * An approximate match may blur into its surroundings: where edits removed characters, the cheapest alignment
 * can borrow the neighbouring words instead, start inside the prefix, or leave out edited letters next to it.
 * Where the context is still there, the passage starts right after its prefix and ends right before its suffix;
 * counted again there, a match that then differs from the shared words by more than the budget is no match (the
 * words it borrowed were the context's).
 */
function withinContext(
  text: string,
  found: Candidate,
  selector: QuoteSelector,
  budget: number,
): Candidate | undefined {
  if (found.errors === 0) return found
  let { start, end } = found
  if (selector.prefix !== '') {
    // The alignment may also start inside the prefix, where the prefix's last letters resemble the first words.
    const from = Math.max(0, start - selector.prefix.length - budget)
    const window = text.slice(from, Math.min(end, start + selector.prefix.length + budget))
    const prefix = closestMatch(window, selector.prefix, start - from, 'end')
    if (prefix) start = Math.min(from + prefix.end, end)
  }
  if (selector.suffix !== '') {
    const from = Math.max(start, end - selector.suffix.length - budget)
    const window = text.slice(from, end + selector.suffix.length + budget)
    const suffix = closestMatch(window, selector.suffix, end - from, 'start')
    if (suffix) end = Math.max(from + suffix.start, start)
  }
  if (start === found.start && end === found.end) return found
  const errors = editsWithin(text.slice(start, end), selector.exact, budget)
  return errors === undefined ? undefined : { start, end, errors }
}

/**
 * The match of some context in a window that keeps three quarters of it, fewest errors first, then the one
 * whose `edge` is nearest `at` (the edge of the passage's own match): a short context such as " l" may also
 * begin the passage's last word, and the first such match would cut that word off.
 */
function closestMatch(window: string, context: string, at: number, edge: 'start' | 'end') {
  const matches = search(window, context, Math.floor(context.length * (1 - MIN_CONTEXT_SIMILARITY)))
  return matches.sort((a, b) => a.errors - b.errors || Math.abs(a[edge] - at) - Math.abs(b[edge] - at))[0]
}

/** How many rounds of search look for further, worse matches; each masks the matches found before it. */
const MAX_SEARCH_ROUNDS = 8

/**
 * Every approximate match of `exact`, good and worse. The search reports only the matches with the fewest
 * errors, so an exact copy elsewhere would hide the edited original: mask what was found and search again.
 */
function candidateMatches(text: string, exact: string, budget: number): Candidate[] {
  const found: Candidate[] = []
  let masked = text
  for (let round = 0; round < MAX_SEARCH_ROUNDS; round++) {
    const matches = search(masked, exact, budget)
    if (matches.length === 0) break
    found.push(...matches)
    masked = maskRanges(masked, matches)
  }
  return found
}

/** True when the candidate starts and ends on word edges wherever the selected words did. */
function keepsWordEdges(text: string, candidate: TextRange, selector: QuoteSelector): boolean {
  const startsWord = !isWordy(selector.prefix.at(-1)) || !isWordy(selector.exact[0])
  const endsWord = !isWordy(selector.suffix[0]) || !isWordy(selector.exact.at(-1))
  return (
    (!startsWord || !isWordy(text[candidate.start - 1]) || !isWordy(text[candidate.start])) &&
    (!endsWord || !isWordy(text[candidate.end]) || !isWordy(text[candidate.end - 1]))
  )
}

const isWordy = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)

/**
 * The shortest range inside `range` that still matches the words with no more errors, on word edges wherever the
 * selected words were. Where an edit removed characters at a passage's edge, deleting them or swapping in the
 * neighbouring word cost the same; the search may report the longer alignment, which reaches into other words.
 * Where a letter of the last word was changed, dropping it costs the same too: the word's edge keeps it.
 */
function tightest(text: string, range: TextRange, selector: QuoteSelector, errors: number): TextRange {
  const { exact } = selector
  const onEdge = (at: number) => !isWordy(text[at - 1]) || !isWordy(text[at])
  const startsOnEdge = !isWordy(selector.prefix.at(-1)) || !isWordy(exact[0])
  const endsOnEdge = !isWordy(selector.suffix[0]) || !isWordy(exact.at(-1))
  const fits = (start: number, end: number) =>
    editsWithin(text.slice(start, end), exact, errors) !== undefined

  let start = range.start
  let startOnEdge = onEdge(start) ? start : undefined
  while (start < range.end && fits(start + 1, range.end)) {
    start++
    if (onEdge(start)) startOnEdge = start
  }
  if (startsOnEdge && startOnEdge !== undefined) start = startOnEdge

  let end = range.end
  let endOnEdge = onEdge(end) ? end : undefined
  while (end > start && fits(start, end - 1)) {
    end--
    if (onEdge(end)) endOnEdge = end
  }
  if (endsOnEdge && endOnEdge !== undefined) end = endOnEdge
  return { start, end }
}

/**
 * How many single-character edits turn `a` into `b` (Levenshtein, in a band of width `limit`), or undefined
 * when it takes more than `limit`.
 */
function editsWithin(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined
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
    if (rowMinimum > limit) return undefined
    previous = current
  }
  const edits = previous[b.length]!
  return edits <= limit ? edits : undefined
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

/** 1 when `actual` holds `expected`, falling towards 0 with each edit between them. */
export function contextSimilarity(expected: string, actual: string): number {
  if (expected === '') return 1
  const matches = search(actual, expected, expected.length)
  if (matches.length === 0) return 0
  return 1 - Math.min(...matches.map((match) => match.errors)) / expected.length
}
