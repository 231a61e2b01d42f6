// Links the browser makes with "Copy link to highlight": `#:~:text=[prefix-,]start[,end][,-suffix]`
// (the URL Fragment Text Directives spec). Read from the full URL of the navigation, since Chromium strips the
// directive from `location`, and matched against the article's text the way the spec does: the first match wins.
import type { TextRange } from '../anchoring/document-text.ts'

export interface TextDirective {
  prefix: string
  start: string
  end: string
  suffix: string
}

export type DecodedTextDirective =
  { kind: 'none' } | { kind: 'directive'; directive: TextDirective } | { kind: 'malformed' }

const MAX_DIRECTIVE_LENGTH = 2000

/** The first text directive in a URL's fragment; never throws, whatever the input. */
export function decodeTextDirective(url: string): DecodedTextDirective {
  const hash = url.indexOf('#')
  const delimiter = hash === -1 ? -1 : url.indexOf(':~:', hash)
  if (delimiter === -1) return { kind: 'none' }
  const directives = url.slice(delimiter + 3).split('&')
  const text = directives.find((directive) => directive.startsWith('text='))
  if (text === undefined) return { kind: 'none' }
  if (text.length > MAX_DIRECTIVE_LENGTH) return { kind: 'malformed' }

  // Prefix and suffix are told apart by their raw dashes, before decoding: a dash in the words is encoded.
  const terms = text.slice('text='.length).split(',')
  const rawPrefix = terms.length > 1 && terms[0]!.endsWith('-') ? terms.shift()!.slice(0, -1) : undefined
  const rawSuffix = terms.length > 1 && terms.at(-1)!.startsWith('-') ? terms.pop()!.slice(1) : undefined
  if (terms.length > 2 || terms.some((term) => term === '' || term.endsWith('-') || term.startsWith('-')))
    return { kind: 'malformed' }
  const [start, end, prefix, suffix] = [terms[0] ?? '', terms[1] ?? '', rawPrefix ?? '', rawSuffix ?? ''].map(
    decodePart,
  )
  if (
    !start?.trim() ||
    end === undefined ||
    prefix === undefined ||
    suffix === undefined ||
    rawPrefix === '' ||
    rawSuffix === ''
  )
    return { kind: 'malformed' }
  return { kind: 'directive', directive: { prefix, start, end, suffix } }
}

/** The first range of `text` that the directive selects, or undefined; case-insensitive, whole words only. */
export function findTextDirective(text: string, directive: TextDirective): TextRange | undefined {
  // Lower case only where that keeps every offset in place, so matches map straight back onto the text.
  const fold = text.toLowerCase().length === text.length ? (value: string) => value.toLowerCase() : String
  const haystack = fold(text)
  const start = fold(directive.start)
  const end = fold(directive.end)
  const prefix = fold(directive.prefix)
  const suffix = fold(directive.suffix)

  const isWord = (from: number, length: number) =>
    isWordBoundary(haystack, from) && isWordBoundary(haystack, from + length)
  const followedBySuffix = (from: number) =>
    suffix === '' || haystack.slice(from).trimStart().startsWith(suffix)

  for (let at = haystack.indexOf(start); at !== -1; at = haystack.indexOf(start, at + 1)) {
    if (!isWord(at, start.length)) continue
    if (prefix !== '') {
      const before = haystack.slice(0, at).trimEnd()
      if (!before.endsWith(prefix) || !isWordBoundary(haystack, before.length - prefix.length)) continue
    }
    if (end === '') {
      if (followedBySuffix(at + start.length)) return { start: at, end: at + start.length }
      continue
    }
    // The first end after the start that the suffix follows, as the spec has it; not only the first end.
    for (
      let endAt = haystack.indexOf(end, at + start.length);
      endAt !== -1;
      endAt = haystack.indexOf(end, endAt + 1)
    )
      if (isWord(endAt, end.length) && followedBySuffix(endAt + end.length))
        return { start: at, end: endAt + end.length }
  }
  return undefined
}

/** What the directive asks for, as words to quote in a notice. */
export function describeTextDirective(directive: TextDirective): string {
  return directive.end === '' ? directive.start : `${directive.start} … ${directive.end}`
}

function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

function isWordBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true
  return !(isWordCharacter(text[at - 1]!) && isWordCharacter(text[at]!))
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character)
}
