// Where a block quotes someone: each pair of quotation marks, English, French, German or Polish, and a
// quotation left open at the end of a paragraph, which news continues in the next one.

/** One stretch between quotation marks: `start`/`end` are the words, `open`/`close` the marks around them. */
export interface Quotation {
  /** Index of the opening mark. */
  open: number
  start: number
  end: number
  /** Index just after the closing mark, or the end of the block when the quotation runs on. */
  close: number
  closed: boolean
}

// A straight mark may be closed by a curly one: real copy mixes them ("… decision.“).
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“”', '"': '"”“' }

/**
 * The quotations of a block, outermost only: marks inside a quotation (a quote within the quote) are its words.
 * Single marks are not counted: they double as apostrophes.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = []
  const stack: string[] = []
  let outer = 0
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!
    const top = stack.at(-1)
    if (top !== undefined && closes(top, mark, text, at)) {
      stack.pop()
      if (stack.length === 0) found.push(trimmed(text, outer, at + 1, true))
    } else if (mark in CLOSERS && !isInchMark(text, at)) {
      if (stack.length === 0) outer = at
      stack.push(mark)
    }
  }
  if (stack.length > 0) found.push(trimmed(text, outer, text.length, false))
  return found
}

/** A straight opener closed by a curly mark only when the mark ends a word, as a closing one does. */
function closes(opener: string, mark: string, text: string, at: number): boolean {
  if (!CLOSERS[opener]!.includes(mark)) return false
  if (opener === '"' && mark === '“') return !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '')
  return true
}

/** 5'11" and the like: a straight mark after a digit is not a quotation. */
function isInchMark(text: string, at: number): boolean {
  return text[at] === '"' && /\d/.test(text[at - 1] ?? '')
}

function trimmed(text: string, open: number, close: number, closed: boolean): Quotation {
  let start = open + 1
  let end = closed ? close - 1 : close
  while (start < end && /[\s\u202f\u00a0]/.test(text[start]!)) start++
  while (end > start && /[\s\u202f\u00a0]/.test(text[end - 1]!)) end--
  return { open, start, end, close, closed }
}

/** The number of words in a quotation: short ones are names, titles or scare quotes, not statements. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}
