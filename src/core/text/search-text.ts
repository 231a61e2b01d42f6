// Text as a find-in-page compares it: compatibility-normalized (NFKC, so a precomposed é and e + combining accent
// are one letter), lower case, curly apostrophes and quotation marks straightened, soft hyphens dropped, and each
// run of spaces one space. Each folded code unit remembers where its character sits in the original, so a match
// found here maps straight back onto the text; and every step is counted against a work limit.

/** Work done, in steps over about one code unit each; a search gives up once `spent` would pass `limit`. */
export interface Work {
  spent: number
  readonly limit: number
}

/** The folded text, with each unit's place in the original. */
export interface SearchText {
  /** Folded: a line break is kept (when asked) as BREAK, any other run of white space is one SPACE. */
  folded: string
  /**
   * Where the original character of each folded unit starts and ends, with one more entry (the original's
   * length) at the end; null when the folded text lines up with the original unit for unit.
   */
  from: Int32Array | null
  to: Int32Array | null
  /** 1 where a folded unit starts an original character (not the middle of one's folded form), and at the end. */
  starts: Uint8Array | null
}

export const SPACE = 0x20
export const BREAK = 0x0a

/** Where the character of folded unit `at` starts in the original. */
export function originalStart(text: SearchText, at: number): number {
  return text.from === null ? at : text.from[at]!
}

/** Where the character of folded unit `at` ends in the original. */
export function originalEnd(text: SearchText, at: number): number {
  return text.to === null ? at + 1 : text.to[at]!
}

/**
 * The text folded for searching; undefined when that alone would pass the work limit. Line breaks are kept (an
 * article's blocks are joined by them) unless `breaks` is false, as for the words of a link.
 */
export function searchText(text: string, work: Work, breaks = true): SearchText | undefined {
  const n = text.length
  if (work.spent + PLAIN_COST * n > work.limit) return undefined
  // Most articles are plain: already normalized, single spaces, no soft hyphens. Their folded form lines up with
  // them unit for unit, and the browser's own string functions make it at once.
  work.spent += PLAIN_COST * n
  if (breaks && text.normalize('NFKC') === text && !NOT_PLAIN.test(text)) {
    const folded = foldQuotes(text.toLowerCase())
    if (folded.length === n) return { folded, from: null, to: null, starts: null }
  }
  return foldEach(text, work, breaks)
}

/** Native passes over the text to tell whether it is plain, and to fold it if so. */
const PLAIN_COST = 6
/**
 * What keeps the folded text from lining up with the original: white space to collapse, soft hyphens to drop.
 * Combining marks and joiners may stay: a match that would split one fails the grapheme check where it ends.
 */
const NOT_PLAIN = /[^\S \n]| {2}|\u00ad/

/** The text folded character by character, remembering where each came from. */
function foldEach(text: string, work: Work, breaks: boolean): SearchText | undefined {
  const n = text.length
  // A step per code unit read and per unit written; a character folded by normalization costs more.
  const room = work.limit - work.spent
  if (2 * n > room) return undefined
  const out = new Output(n)
  let cost = n
  let at = 0
  while (at < n) {
    const code = text.charCodeAt(at)
    if (code === BREAK && breaks) {
      out.push(BREAK, at, at + 1, 1)
      at++
    } else if (isSpace(code)) {
      let end = at + 1
      while (end < n && isSpace(text.charCodeAt(end)) && (text.charCodeAt(end) !== BREAK || !breaks)) end++
      out.push(SPACE, at, end, 1)
      at = end
    } else if (code === SOFT_HYPHEN) {
      at++
    } else if (code < 0x80 && (at + 1 === n || text.charCodeAt(at + 1) < FIRST_JOINER)) {
      // ASCII not followed by a combining mark, without a string made per character.
      out.push(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, at, at + 1, 1)
      at++
    } else {
      const end = characterEnd(text, at)
      const cached = end === at + 1 && foldedCodeUnits[code] !== undefined
      const folded = end === at + 1 ? foldCodeUnit(code) : foldCharacter(text.slice(at, end))
      for (let index = 0; index < folded.length; index++)
        out.push(folded.charCodeAt(index), at, end, index === 0 ? 1 : 0)
      cost += cached ? CACHED_FOLD_COST : NORMALIZE_COST * (end - at) + folded.length
      if (cost + out.length > room) return undefined
      at = end
    }
  }
  work.spent += cost + out.length
  return out.finish(n)
}

/** The folded words of a link, to search for in a SearchText. */
export function foldTerm(term: string): string {
  return searchText(term, { spent: 0, limit: Number.POSITIVE_INFINITY }, false)!.folded
}

/**
 * Every folded position at which `term` starts and that begins and ends on whole original characters,
 * overlapping ones included, in order; undefined when that could pass the work limit. The engine's own search
 * (`indexOf`) goes first, charged for the distance it passes over plus the term's length each time; a term that
 * costs it more than twice the text and term (the text repeating the term's own pattern) is finished by
 * Knuth–Morris–Pratt, at most three steps per unit of text and two per unit of the term whatever they hold.
 */
export function findFolded(text: SearchText, term: string, work: Work): Int32Array | undefined {
  const { folded, starts } = text
  const n = folded.length
  const m = term.length
  if (work.spent + 5 * n + 5 * m > work.limit) return undefined
  if (m === 0 || m > n) return new Int32Array(0)
  const found: number[] = []
  const whole = (at: number) => starts === null || (starts[at] === 1 && starts[at + m] === 1)
  const handOver = 2 * (n + m)
  let charged = 0
  let from = 0
  while (from <= n - m) {
    const at = folded.indexOf(term, from)
    charged += (at === -1 ? n - from : at - from) + m
    if (at === -1) break
    if (whole(at)) found.push(at)
    from = at + 1
    if (charged > handOver) {
      charged += knuthMorrisPratt(folded, term, from, (start) => whole(start) && found.push(start))
      break
    }
  }
  work.spent += charged
  return Int32Array.from(found)
}

/** Knuth–Morris–Pratt from `from`: calls `found` at each start of `term`; returns the steps it took. */
function knuthMorrisPratt(
  text: string,
  term: string,
  from: number,
  found: (start: number) => unknown,
): number {
  const m = term.length
  const fallback = new Int32Array(m)
  let steps = 0
  for (let index = 1, matched = 0; index < m; index++) {
    const unit = term.charCodeAt(index)
    while (matched > 0 && unit !== term.charCodeAt(matched)) {
      matched = fallback[matched - 1]!
      steps++
    }
    if (unit === term.charCodeAt(matched)) matched++
    fallback[index] = matched
    steps++
  }
  for (let index = from, matched = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    while (matched > 0 && unit !== term.charCodeAt(matched)) {
      matched = fallback[matched - 1]!
      steps++
    }
    if (unit === term.charCodeAt(matched)) matched++
    steps++
    if (matched === m) {
      found(index - m + 1)
      matched = fallback[m - 1]!
    }
  }
  return steps
}

function foldQuotes(text: string): string {
  return text
    .replace(/ς/g, 'σ')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
}

const SOFT_HYPHEN = 0xad
/** No combining mark or joiner comes before this code point. */
const FIRST_JOINER = 0x300

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0xfeff
  )
}

/**
 * Where the character starting at `at` ends: its code point and any combining marks, joiners, variation
 * selectors, emoji modifiers, tags and trailing Hangul jamo after it; after a zero-width joiner, the next code
 * point too (an emoji sequence); a pair of regional indicators (a flag). Close to a grapheme cluster and enough
 * for normalization, which never reaches past one; the matcher checks true grapheme boundaries where it matches.
 */
function characterEnd(text: string, at: number): number {
  const first = text.codePointAt(at)!
  let end = at + (first > 0xffff ? 2 : 1)
  if (isRegionalIndicator(first) && end < text.length && isRegionalIndicator(text.codePointAt(end)!))
    return end + 2
  while (end < text.length) {
    const next = text.codePointAt(end)!
    if (next < FIRST_JOINER) break
    if (next === ZWJ) {
      end++
      const joined = end < text.length ? text.codePointAt(end)! : 0
      if (joined >= FIRST_JOINER && !isSpace(joined)) end += joined > 0xffff ? 2 : 1
    } else if (isJoiner(next)) end += next > 0xffff ? 2 : 1
    else break
  }
  return end
}

const ZWJ = 0x200d
const MARK = /^\p{M}$/u
/** Per BMP code point: 0 not yet asked, 1 a combining mark, 2 not. */
const markCache = new Uint8Array(0x10000)

/** Combining marks, joiners, trailing Hangul jamo, emoji modifiers and tags: what joins the character before. */
function isJoiner(code: number): boolean {
  if (code < FIRST_JOINER) return false
  if (
    code === 0x200c ||
    code === ZWJ ||
    (code >= 0x1160 && code <= 0x11ff) ||
    (code >= 0xd7b0 && code <= 0xd7ff) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  )
    return true
  if (code > 0xffff) return MARK.test(String.fromCodePoint(code))
  if (markCache[code] === 0) markCache[code] = MARK.test(String.fromCharCode(code)) ? 1 : 2
  return markCache[code] === 1
}

function isRegionalIndicator(code: number): boolean {
  return code >= 0x1f1e6 && code <= 0x1f1ff
}

/** What folding a character costs in steps: a lookup once a code unit has been folded; a normalization else. */
const CACHED_FOLD_COST = 2
const NORMALIZE_COST = 32

/** Per BMP code unit standing alone, its folded form, computed once. */
const foldedCodeUnits: (string | undefined)[] = []

function foldCodeUnit(code: number): string {
  return (foldedCodeUnits[code] ??= foldCharacter(String.fromCharCode(code)))
}

/** One character folded: NFKC, lower case, final sigma as sigma, curly quotation marks straight. */
function foldCharacter(character: string): string {
  return foldQuotes(character.normalize('NFKC').toLowerCase()).replace(/\u00ad/g, '')
}

/** The folded units and their places, grown as needed (NFKC can make one character many). */
class Output {
  units: Uint16Array
  from: Int32Array
  to: Int32Array
  starts: Uint8Array
  length = 0

  constructor(capacity: number) {
    const size = capacity + 1
    this.units = new Uint16Array(size)
    this.from = new Int32Array(size)
    this.to = new Int32Array(size)
    this.starts = new Uint8Array(size)
  }

  push(unit: number, from: number, to: number, start: number) {
    if (this.length + 1 >= this.units.length) this.grow()
    this.units[this.length] = unit
    this.from[this.length] = from
    this.to[this.length] = to
    this.starts[this.length] = start
    this.length++
  }

  finish(originalLength: number): SearchText {
    this.from[this.length] = originalLength
    this.to[this.length] = originalLength
    this.starts[this.length] = 1
    let folded = ''
    for (let at = 0; at < this.length; at += 8192)
      folded += String.fromCharCode(...this.units.subarray(at, Math.min(this.length, at + 8192)))
    return { folded, from: this.from, to: this.to, starts: this.starts }
  }

  private grow() {
    const size = this.units.length * 2
    const units = new Uint16Array(size)
    const from = new Int32Array(size)
    const to = new Int32Array(size)
    const starts = new Uint8Array(size)
    units.set(this.units)
    from.set(this.from)
    to.set(this.to)
    starts.set(this.starts)
    Object.assign(this, { units, from, to, starts })
  }
}
