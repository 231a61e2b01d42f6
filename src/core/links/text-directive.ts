// Links the browser makes with "Copy link to highlight": `#:~:text=[prefix-,]start[,end][,-suffix]`, one or more
// (the URL Fragment Text Directives spec). Read from the full URL of the navigation, since Chromium strips the
// directive from `location`, and matched against the article's text as the spec's "find a range from a text
// directive" does, on folded text (search-text.ts) and whole words (text-boundaries.ts): each directive in turn,
// the first match wins. Each term's occurrences are found once and walked forward, so the work grows with the
// text, not its square, and a search that would pass WORK_LIMIT gives up instead. See decision 014.
import type { TextRange } from '../anchoring/document-text.ts'
import {
  BREAK,
  SPACE,
  findFolded,
  foldTerm,
  originalEnd,
  originalStart,
  searchText,
  type SearchText,
  type Work,
} from '../text/search-text.ts'
import { textBoundaries } from '../text/text-boundaries.ts'

export interface TextDirective {
  prefix: string
  start: string
  end: string
  suffix: string
}

export type DecodedTextDirective =
  | { kind: 'none' }
  /** `directive`: the first readable directive; `directives`: every readable one, in the link's order. */
  | { kind: 'directive'; directive: TextDirective; directives: TextDirective[] }
  | { kind: 'malformed' }

/** What matching a link's directives found: the first directive that matched (its place in the link) and where. */
export type TextDirectiveMatch =
  | { kind: 'found'; index: number; range: TextRange; work: number }
  | { kind: 'missing'; work: number }
  /** The search reached WORK_LIMIT before it could tell: said as not found. */
  | { kind: 'gave-up'; work: number }

/**
 * The most work one link may cost, in steps of about one code unit of text: four times what the hardest links cost
 * on the 40,000-word benchmark hearing (about two million steps, 15 to 30 ms of a laptop's main thread). Text far
 * longer than any article (over a million characters) is given up on at once.
 */
export const WORK_LIMIT = 8_000_000

const MAX_DIRECTIVE_LENGTH = 2000

/** The text directives in a URL's fragment; never throws, whatever the input. */
export function decodeTextDirective(url: string): DecodedTextDirective {
  const hash = url.indexOf('#')
  const delimiter = hash === -1 ? -1 : url.indexOf(':~:', hash)
  if (delimiter === -1) return { kind: 'none' }
  const texts = url
    .slice(delimiter + 3)
    .split('&')
    .filter((directive) => directive.startsWith('text='))
  if (texts.length === 0) return { kind: 'none' }
  // As the spec has it, a directive that cannot be read is skipped and the others still count.
  const directives = texts.map(decodeOne).filter((directive) => directive !== undefined)
  const [first] = directives
  return first === undefined ? { kind: 'malformed' } : { kind: 'directive', directive: first, directives }
}

function decodeOne(text: string): TextDirective | undefined {
  if (text.length > MAX_DIRECTIVE_LENGTH) return undefined
  // Prefix and suffix are told apart by their raw dashes, before decoding: a dash in the words is encoded.
  const terms = text.slice('text='.length).split(',')
  const rawPrefix = terms.length > 1 && terms[0]!.endsWith('-') ? terms.shift()!.slice(0, -1) : undefined
  const rawSuffix = terms.length > 1 && terms.at(-1)!.startsWith('-') ? terms.pop()!.slice(1) : undefined
  if (terms.length > 2 || terms.some((term) => term === '' || term.endsWith('-') || term.startsWith('-')))
    return undefined
  if (rawPrefix === '' || rawSuffix === '') return undefined
  const [start, end, prefix, suffix] = [terms[0] ?? '', terms[1] ?? '', rawPrefix ?? '', rawSuffix ?? ''].map(
    decodePart,
  )
  if (!start?.trim() || end === undefined || prefix === undefined || suffix === undefined) return undefined
  return { prefix, start, end, suffix }
}

function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

/** The range of `text` that the first matching directive selects, trying each in turn; never past `workLimit`. */
export function matchTextDirectives(
  text: string,
  directives: readonly TextDirective[],
  workLimit = WORK_LIMIT,
): TextDirectiveMatch {
  const key = searchKey(directives, workLimit)
  if (lastSearch?.text === text && lastSearch.key === key) return lastSearch.match
  const match = searchFor(text, directives, workLimit)
  lastSearch = { text, key, match }
  return match
}

/**
 * Keeps what a search found elsewhere (a worker: dom/text-directive-worker.ts) as the answer for this text and
 * these directives, so that matchTextDirectives returns it without searching again.
 */
export function rememberTextDirectiveMatch(
  text: string,
  directives: readonly TextDirective[],
  match: TextDirectiveMatch,
): void {
  lastSearch = { text, key: searchKey(directives, WORK_LIMIT), match }
}

function searchKey(directives: readonly TextDirective[], workLimit: number): string {
  return JSON.stringify([workLimit, directives])
}

/**
 * The last search and what it found. While a long article hydrates in chunks, React renders the reader again
 * and again before it keeps one render, recomputing what the link shows each time (127 times on the 40,000-word
 * hearing): the same text and link get the same answer without the work.
 */
let lastSearch: { text: string; key: string; match: TextDirectiveMatch } | undefined

function searchFor(
  text: string,
  directives: readonly TextDirective[],
  workLimit: number,
): TextDirectiveMatch {
  const work: Work = { spent: 0, limit: workLimit }
  try {
    const folded = searchText(text, work)
    if (folded === undefined) throw new OutOfWork()
    const find = rangeFinder(text, folded, work)
    for (const [index, directive] of directives.entries()) {
      const range = find(directive)
      if (range !== undefined) return { kind: 'found', index, range, work: work.spent }
    }
    return { kind: 'missing', work: work.spent }
  } catch (error) {
    if (error instanceof OutOfWork) return { kind: 'gave-up', work: work.spent }
    throw error
  }
}

/** The first range of `text` that the directive selects, or undefined; case-insensitive, whole words only. */
export function findTextDirective(text: string, directive: TextDirective): TextRange | undefined {
  const match = matchTextDirectives(text, [directive])
  return match.kind === 'found' ? match.range : undefined
}

/**
 * What the directive asks for, as words to quote in a notice, in the order the text would have them: the words
 * it must follow, its start (… its end), the words it must precede.
 */
export function describeTextDirective({ prefix, start, end, suffix }: TextDirective): string {
  return [prefix, end === '' ? start : `${start} … ${end}`, suffix].filter((part) => part !== '').join(' ')
}

/** Thrown inside a search when the next step would pass its work limit. */
class OutOfWork extends Error {}

/** Where a term of a directive occurs in the folded text, and what is known of each occurrence so far. */
interface Term {
  length: number
  /** Folded positions, in order, overlapping ones included, each on whole original characters. */
  at: Int32Array
  /** Per occurrence: 0 until looked at, then SEEN and what is known: WHOLE, and whether it starts or ends a word. */
  facts: Uint8Array
  /** Per combination of word-boundary needs, the last occurrence index that qualifies, or -1. */
  last: Map<number, number>
}

const SEEN = 1
const WHOLE = 2
const START_KNOWN = 4
const STARTS_WORD = 8
const END_KNOWN = 16
const ENDS_WORD = 32

/** The spec's "find a range from a text directive" over one folded text, terms searched for once each. */
function rangeFinder(text: string, folded: SearchText, work: Work) {
  const boundaries = textBoundaries(text, work)
  const terms = new Map<string, Term>()

  const spend = (steps: number) => {
    work.spent += steps
    if (work.spent > work.limit) throw new OutOfWork()
  }

  const termOf = (words: string): Term => {
    let term = terms.get(words)
    if (term === undefined) {
      const units = foldTerm(words)
      spend(words.length)
      const at = units.length === 0 ? new Int32Array(0) : findFolded(folded, units, work)
      if (at === undefined) throw new OutOfWork()
      term = { length: units.length, at, facts: new Uint8Array(at.length), last: new Map() }
      terms.set(words, term)
    }
    return term
  }

  /** Whether the occurrence is whole characters, and starts or ends a word where that is asked: each found once. */
  const qualifies = (term: Term, index: number, startsWord: boolean, endsWord: boolean): boolean => {
    let facts = term.facts[index]!
    const first = term.at[index]!
    if (facts === 0) {
      facts = SEEN
      const whole =
        boundaries.isGraphemeBoundary(originalStart(folded, first)) &&
        boundaries.isGraphemeBoundary(originalEnd(folded, first + term.length - 1))
      if (whole) facts |= WHOLE
      spend(1)
    }
    if ((facts & WHOLE) === 0) {
      term.facts[index] = facts
      return false
    }
    if (startsWord && (facts & START_KNOWN) === 0)
      facts |= START_KNOWN | (boundaries.isWordBoundary(originalStart(folded, first)) ? STARTS_WORD : 0)
    if (endsWord && (facts & END_KNOWN) === 0)
      facts |=
        END_KNOWN | (boundaries.isWordBoundary(originalEnd(folded, first + term.length - 1)) ? ENDS_WORD : 0)
    term.facts[index] = facts
    return (!startsWord || (facts & STARTS_WORD) !== 0) && (!endsWord || (facts & ENDS_WORD) !== 0)
  }

  /**
   * A term's occurrences walked through in order: the index of the first at or after a folded position. A
   * directive asks each of its terms about positions in increasing order, so a walk only moves forward and passes
   * each occurrence once; each term of a directive walks apart (one term may be both start and suffix).
   */
  const walk = (term: Term) => {
    let index = 0
    return {
      term,
      firstFrom(position: number): number {
        const from = index
        while (index < term.at.length && term.at[index]! < position) index++
        spend(index - from + 1)
        return index
      },
      /** Whether the term occurs, qualifying, exactly at `position`. */
      qualifiesAt(position: number, startsWord: boolean, endsWord: boolean): boolean {
        const found = this.firstFrom(position)
        return (
          found < term.at.length &&
          term.at[found] === position &&
          qualifies(term, found, startsWord, endsWord)
        )
      },
    }
  }

  /** Whether any qualifying occurrence starts at or after `position`: found once, from the end. */
  const qualifiesFrom = (term: Term, position: number, startsWord: boolean, endsWord: boolean): boolean => {
    const key = (startsWord ? 1 : 0) + (endsWord ? 2 : 0)
    let last = term.last.get(key)
    if (last === undefined) {
      last = term.at.length - 1
      while (last >= 0 && !qualifies(term, last, startsWord, endsWord)) last--
      term.last.set(key, last)
    }
    return last >= 0 && term.at[last]! >= position
  }

  /** The spec's "advance to the next non-whitespace position": past spaces and block breaks. */
  const skipSpaces = (position: number): number => {
    let next = position
    const units = folded.folded
    while (next < units.length && (units.charCodeAt(next) === SPACE || units.charCodeAt(next) === BREAK))
      next++
    spend(next - position + 1)
    return next
  }

  const rangeOf = (first: number, afterLast: number): TextRange => ({
    start: originalStart(folded, first),
    end: originalEnd(folded, afterLast - 1),
  })

  return (directive: TextDirective): TextRange | undefined => {
    const start = termOf(directive.start)
    const end = directive.end === '' ? null : termOf(directive.end)
    const prefix = directive.prefix === '' ? null : termOf(directive.prefix)
    const suffix = directive.suffix === '' ? null : termOf(directive.suffix)
    if ([start, end, prefix, suffix].some((term) => term !== null && term.at.length === 0)) return undefined
    // The start must end a word unless a suffix follows it directly with no end between (`ju-,mped`, `qu,-ick`).
    const startEndsWord = end !== null || suffix === null

    const suffixes = suffix === null ? null : walk(suffix)

    /**
     * The range from the start at occurrence `index`: a range, null when no later start can do better (the spec
     * returns), or undefined when the next start may.
     */
    const completed = (index: number): TextRange | null | undefined => {
      const startAt = start.at[index]!
      const startEnd = startAt + start.length
      if (end === null) {
        if (suffixes === null) return rangeOf(startAt, startEnd)
        const suffixAt = skipSpaces(startEnd)
        if (suffixes.qualifiesAt(suffixAt, false, true)) return rangeOf(startAt, startEnd)
        return qualifiesFrom(suffixes.term, suffixAt, false, true) ? undefined : null
      }
      // With an end, the first start decides: its first end that the suffix follows, or nothing at all.
      const ends = walk(end)
      let endIndex = ends.firstFrom(startEnd)
      for (;;) {
        while (endIndex < end.at.length && !qualifies(end, endIndex, true, suffixes === null)) endIndex++
        if (endIndex === end.at.length) return null
        const endEnd = end.at[endIndex]! + end.length
        if (suffixes === null) return rangeOf(startAt, endEnd)
        const suffixAt = skipSpaces(endEnd)
        if (suffixes.qualifiesAt(suffixAt, false, true)) return rangeOf(startAt, endEnd)
        if (!qualifiesFrom(suffixes.term, suffixAt, false, true)) return null
        // The next end is searched for after this one, not inside it.
        endIndex = ends.firstFrom(endEnd)
      }
    }

    if (prefix === null) {
      for (let index = 0; index < start.at.length; index++) {
        if (!qualifies(start, index, true, startEndsWord)) continue
        const range = completed(index)
        if (range !== undefined) return range ?? undefined
      }
      return undefined
    }
    // With a prefix, the start need not begin a word: it follows the prefix, past any spaces (`ju-,mped`).
    const starts = walk(start)
    for (let index = 0; index < prefix.at.length; index++) {
      if (!qualifies(prefix, index, true, false)) continue
      const startAt = skipSpaces(prefix.at[index]! + prefix.length)
      if (startAt === folded.folded.length) return undefined
      if (!starts.qualifiesAt(startAt, false, startEndsWord)) {
        if (!qualifiesFrom(start, startAt, false, startEndsWord)) return undefined
        continue
      }
      const range = completed(starts.firstFrom(startAt))
      if (range !== undefined) return range ?? undefined
    }
    return undefined
  }
}
