// Words and sentences of one block, with their offsets: the units the attribution patterns are written in.
// Hand-rolled rather than a library's, because every pattern needs exact UTF-16 offsets (see decision 010).

/** One word or punctuation mark of a block, with its half-open range. */
export interface Token {
  text: string
  start: number
  end: number
}

/** A half-open range of a block's text. */
export interface TextRange {
  start: number
  end: number
}

// Abbreviations after which a full stop does not end a sentence, and which keep their stop as part of the word.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col capt cmdr adm sgt maj st jr sr rev hon pres supt insp ' +
    'inc ltd co corp vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.n ' +
    'u.k e.u a.m p.m i.e e.g'
  ).split(' '),
)

const TOKEN =
  /\p{L}[\p{L}\p{M}\p{N}'’]*(?:[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*(?:\.(?=\p{L}\.))?|\p{N}[\p{N},.:]*\p{N}|\p{N}|\S/gu

/** The words and marks of `text`; a full stop stays with an abbreviation or an initial ("Mr.", "U.S.", "L."). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let end = match.index + match[0].length
    let word = match[0]
    // "U.S." is matched as "U." then "S": join the letters and their stops into one word.
    while (/^\p{L}$/u.test(text[end] ?? '') && text[end + 1] === '.' && /\.$/.test(word)) {
      word += text.slice(end, end + 2)
      end += 2
    }
    if (text[end] === '.' && isAbbreviation(word)) {
      word += '.'
      end += 1
    }
    TOKEN.lastIndex = end
    tokens.push({ text: word, start: match.index, end })
  }
  return tokens
}

/** Whether a full stop after `word` belongs to it: a title, an initial, a dotted acronym. */
export function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''))
}

/**
 * The sentences of `text` as ranges. A sentence ends at . ! ? (with any closing marks after it) before a capital,
 * a digit or an opening mark, unless the stop belongs to an abbreviation or an initial.
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = []
  let start = skipSpace(text, 0)
  const boundary = /[.!?…]+["”“’»)\]]*(?=\s+["“‘«(]?[\p{Lu}\p{N}])/gu
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const stop = match.index
    if (text[stop] === '.' && match[0].length === 1) {
      const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(start, stop - 12), stop))?.[0] ?? ''
      if (word !== '' && isAbbreviation(word.replace(/\.$/, ''))) continue
    }
    const end = stop + match[0].length
    if (end > start) sentences.push({ start, end })
    start = skipSpace(text, end)
  }
  const end = trimEnd(text, text.length)
  if (end > start) sentences.push({ start, end })
  return sentences
}

/** The index of the first token starting at or after `offset`, or -1: a binary search, tokens being in order. */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  const index = firstIndex(tokens.length, (at) => tokens[at]!.start >= offset)
  return index === tokens.length ? -1 : index
}

/** The index of the last token ending at or before `offset`, or -1. */
export function tokenEndingBy(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (at) => tokens[at]!.end > offset) - 1
}

/** The first index below `length` at which `past` holds, for a `past` that once true stays true; else `length`. */
export function firstIndex(length: number, past: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (past(middle)) high = middle
    else low = middle + 1
  }
  return low
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++
  return at
}

function trimEnd(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1]!)) at--
  return at
}
