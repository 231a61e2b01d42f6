// What a link carries to find a passage again, and finding it. A short passage travels whole; a longer one by its
// first and last words (as a browser's text fragment does), with the characters around it only where those words
// alone would fit elsewhere too. The position, checked against the revision by the caller, is the exact truth;
// the words find the passage again after edits, or report it missing: never on other words.
// See docs/decisions/005-link-format.md.
import type { TextRange } from './document-text.ts'
import {
  contextSimilarity,
  errorBudget,
  matchQuote,
  MIN_CONTEXT_SIMILARITY,
  type PassageMatch,
  type QuoteSelector,
} from './match-quote.ts'

export type { PassageMatch, QuoteSelector }

/** A longer passage by its first and last words (a text fragment's textStart and textEnd) and its position. */
export interface EndsSelector extends TextRange {
  textStart: string
  textEnd: string
  prefix: string
  suffix: string
}

/** All the words (links made before, and short passages), or only the first and last ones. */
export type PassageSelector = QuoteSelector | EndsSelector

/** The first and last words each make at least this many characters: two words, usually. */
export const MIN_END_LENGTH = 10

/**
 * A passage travels by its ends only when they leave out at least this many characters; a shorter one travels
 * whole, which also lets a changed letter inside it be found (its ends alone could not tell).
 */
const MIN_LEFT_OUT = 20

/** Context grows a word a side at a time until the passage is the only one that fits, up to this many words. */
const MAX_CONTEXT_WORDS = 10

/** A "word" longer than this is cut (a text without spaces, such as Chinese or Thai, or a long address). */
const MAX_WORD_LENGTH = 20

/**
 * Occurrences of a passage's first or last words looked at, at most: a crafted link of one letter must not make
 * the reader search a long article for every pair.
 */
const MAX_OCCURRENCES = 5000

/** Places whose context is weighed, at most, nearest first, when none keeps it whole. */
const MAX_WEIGHED = 50

/** The selector a link carries for `range` of `text`: as few words as tell the passage apart. */
export function selectPassage(text: string, range: TextRange): PassageSelector {
  const exact = text.slice(range.start, range.end)
  const bare = { start: range.start, end: range.end, prefix: '', suffix: '' }
  // Identical copies elsewhere cannot be told apart by more of their own words: only context can.
  const copied = text.indexOf(exact) !== range.start || text.indexOf(exact, range.start + 1) !== -1
  let textStart = leadingWords(exact, MIN_END_LENGTH)
  let textEnd = trailingWords(exact, MIN_END_LENGTH)
  while (textStart.length + textEnd.length + MIN_LEFT_OUT <= exact.length) {
    const selector: EndsSelector = { ...bare, textStart, textEnd }
    if (copied || isOnlyCandidate(text, selector)) return withContext(text, selector)
    textStart = leadingWords(exact, textStart.length + 1)
    textEnd = trailingWords(exact, textEnd.length + 1)
  }
  return withContext(text, { ...bare, exact })
}

/** Where the passage is in `text` now, or that it cannot be found with confidence. */
export function matchPassage(text: string, selector: PassageSelector): PassageMatch {
  return 'exact' in selector ? matchQuote(text, selector) : matchEnds(text, selector)
}

/** True when the selector's words are exactly at its position in `text`. */
export function isPassageAt(text: string, selector: PassageSelector): boolean {
  const { start, end } = selector
  if ('exact' in selector) return text.slice(start, end) === selector.exact
  return (
    end - start >= selector.textStart.length + selector.textEnd.length &&
    end <= text.length &&
    text.startsWith(selector.textStart, start) &&
    text.slice(end - selector.textEnd.length, end) === selector.textEnd
  )
}

/** The words a selector asks for, to quote in a notice: all of them, or the first and last with … between. */
export function passageWords(selector: PassageSelector): string {
  return 'exact' in selector ? selector.exact : `${selector.textStart} … ${selector.textEnd}`
}

/**
 * A passage by its ends: their places that could make it, its length within one character in ten of what it was
 * (as much as the words may change); those that keep three quarters of the context where the link carries one;
 * the nearest to where it was. Its middle is not known, so it always counts as moved.
 */
function matchEnds(text: string, selector: EndsSelector): PassageMatch {
  const length = selector.end - selector.start
  const distance = (range: TextRange) =>
    Math.abs(range.start - selector.start) + Math.abs(range.end - range.start - length)
  const candidates = endsCandidates(text, selector).sort((a, b) => distance(a) - distance(b))
  // Context kept whole is cheap to see; weighing context partly kept is not, so only the nearest places are.
  const whole = candidates.find((range) => keepsContext(text, range, selector))
  if (whole) return { found: true, range: whole, moved: true }
  let best: { range: TextRange; context: number } | undefined
  for (const range of candidates.slice(0, MAX_WEIGHED)) {
    const context = keptContext(text, range, selector)
    if (context >= MIN_CONTEXT_SIMILARITY && (!best || context > best.context)) best = { range, context }
  }
  return best ? { found: true, range: best.range, moved: true } : { found: false }
}

/** True when the text around `range` is exactly the context the selector carries. */
function keepsContext(text: string, range: TextRange, selector: PassageSelector): boolean {
  return (
    text.slice(Math.max(0, range.start - selector.prefix.length), range.start) === selector.prefix &&
    text.startsWith(selector.suffix, range.end)
  )
}

/**
 * How much of the context a link carries is still around `range`: the mean over the sides it carries, since a
 * side it leaves out says nothing (counting it as kept would let half the context go unnoticed).
 */
function keptContext(text: string, range: TextRange, selector: EndsSelector): number {
  const { prefix, suffix } = selector
  const sides: number[] = []
  if (prefix !== '')
    sides.push(contextSimilarity(prefix, text.slice(Math.max(0, range.start - prefix.length), range.start)))
  if (suffix !== '') sides.push(contextSimilarity(suffix, text.slice(range.end, range.end + suffix.length)))
  return sides.length === 0 ? 1 : sides.reduce((sum, side) => sum + side, 0) / sides.length
}

/** The ranges that start with the first words and end with the last ones, at about the passage's length. */
function endsCandidates(text: string, selector: EndsSelector): TextRange[] {
  const { textStart, textEnd } = selector
  const length = selector.end - selector.start
  const slack = errorBudget(length)
  const starts = occurrences(text, textStart)
  const ends = occurrences(text, textEnd).map((at) => at + textEnd.length)
  const candidates: TextRange[] = []
  for (const start of starts) {
    // The ends are in order: from the first that is long enough, while not too long.
    for (let i = firstAtLeast(ends, start + length - slack); i < ends.length; i++) {
      const end = ends[i]!
      if (end > start + length + slack) break
      if (end - textEnd.length < start + textStart.length) continue
      candidates.push({ start, end })
      if (candidates.length >= MAX_OCCURRENCES) return candidates
    }
  }
  return candidates
}

/** True when the selector, context included, fits its own range in `text` and no other. */
function isOnlyCandidate(text: string, selector: PassageSelector): boolean {
  const others = (range: TextRange) =>
    (range.start !== selector.start || range.end !== selector.end) && keepsContext(text, range, selector)
  if (!('exact' in selector)) return !endsCandidates(text, selector).some(others)
  const length = selector.exact.length
  return !occurrences(text, selector.exact).some((start) => others({ start, end: start + length }))
}

/**
 * The selector with as much context as makes it the only one that fits, a word at a time, before first; none
 * when the words alone do. The context keeps the spaces next to the passage, so it is exactly the neighbouring
 * characters.
 */
function withContext<Selector extends PassageSelector>(text: string, selector: Selector): Selector {
  let candidate = selector
  for (let words = 1; words <= MAX_CONTEXT_WORDS && !isOnlyCandidate(text, candidate); words++) {
    const prefix = text.slice(wordsBefore(text, selector.start, words), selector.start)
    candidate = { ...candidate, prefix }
    if (isOnlyCandidate(text, candidate)) break
    candidate = { ...candidate, suffix: text.slice(selector.end, wordsAfter(text, selector.end, words)) }
  }
  return candidate
}

/** Where the `count` words before `at` begin. */
function wordsBefore(text: string, at: number, count: number): number {
  let start = at
  for (let word = 0; word < count; word++) {
    while (start > 0 && /\s/.test(text[start - 1]!)) start--
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--
  }
  return start
}

/** Where the `count` words after `at` end. */
function wordsAfter(text: string, at: number, count: number): number {
  let end = at
  for (let word = 0; word < count; word++) {
    while (end < text.length && /\s/.test(text[end]!)) end++
    while (end < text.length && !/\s/.test(text[end]!)) end++
  }
  return end
}

/**
 * The first words of `passage` that make at least `length` characters; in text without spaces, about that many
 * characters.
 */
function leadingWords(passage: string, length: number): string {
  const space = passage.slice(length).search(/\s/)
  const cut = space === -1 ? passage.length : length + space
  if (cut - length <= MAX_WORD_LENGTH) return passage.slice(0, cut)
  // Never half of a character: step past a low surrogate whose high half is kept.
  return passage.slice(0, /[\uDC00-\uDFFF]/.test(passage[length] ?? '') ? length + 1 : length)
}

/** The last words of `passage` that make at least `length` characters. */
function trailingWords(passage: string, length: number): string {
  const from = passage.length - length
  if (from <= 0) return passage
  let cut = from
  while (cut > 0 && !/\s/.test(passage[cut - 1]!)) cut--
  if (from - cut <= MAX_WORD_LENGTH) return passage.slice(cut)
  return passage.slice(/[\uDC00-\uDFFF]/.test(passage[from]!) ? from - 1 : from)
}

/** Where `needle` starts in `text`, in order, at most MAX_OCCURRENCES of them. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (
    let at = text.indexOf(needle);
    at !== -1 && found.length < MAX_OCCURRENCES;
    at = text.indexOf(needle, at + 1)
  )
    found.push(at)
  return found
}

/** The index of the first value in sorted `values` that is at least `least`. */
function firstAtLeast(values: readonly number[], least: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! < least) low = middle + 1
    else high = middle
  }
  return low
}
