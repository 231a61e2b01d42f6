// Reads an article file's JSON text as JSON.parse does, but refuses what JSON.parse lets pass silently (a key
// given twice, where the last silently wins) and says where a syntax error is, by line and column, in words an
// editor can act on. One pass over the text; nesting is bounded, so no input can exhaust the stack.

/** Where a key or a syntax error is in the text: 1-based, columns counted in UTF-16 code units as editors do. */
export interface TextPosition {
  line: number
  column: number
}

/** A key given twice in one object: JSON.parse keeps the last and drops the first without a word. */
export interface DuplicateKey {
  /** The key's JSON path, as segments: `['speakers', 1, 'name']`. */
  path: (string | number)[]
  first: TextPosition
  second: TextPosition
}

export type StrictJsonResult =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; error: TextPosition & { message: string } }

/** Deeper than any article (five levels); deep enough for anything an editor writes by hand. */
export const MAX_JSON_DEPTH = 64

/** Parses JSON text; a byte-order mark before it is ignored, as RFC 8259 allows. */
export function parseStrictJson(text: string): StrictJsonResult {
  const reader = new JsonReader(text)
  try {
    return { ok: true, value: reader.document(), duplicates: reader.duplicates }
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    return { ok: false, error: { ...reader.position(error.at), message: error.message } }
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message)
  }
}

const WHITESPACE = /[ \t\n\r]*/y
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters: a run stops at them
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WORD = /[\w$.+-]+/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

class JsonReader {
  readonly duplicates: DuplicateKey[] = []
  private at = 0
  private lineStarts: number[] | undefined

  constructor(private readonly text: string) {
    if (text.startsWith('\uFEFF')) this.at = 1
  }

  document(): unknown {
    this.skipWhitespace()
    if (this.at >= this.text.length)
      throw new JsonSyntaxError(this.at, 'the file is empty; an article is one JSON object: {"slug": …}')
    const value = this.value([], 0)
    this.skipWhitespace()
    if (this.at < this.text.length)
      throw new JsonSyntaxError(
        this.at,
        `${describeCharacter(this.text, this.at)} after the end of the JSON; the file holds one object: remove what ` +
          'follows its closing "}", or join it into the object',
      )
    return value
  }

  position(at: number): TextPosition {
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1))
        this.lineStarts.push(index + 1)
    }
    // The last line start at or before `at`, by halving.
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle]! <= at) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: at - this.lineStarts[low]! + 1 }
  }

  private value(path: (string | number)[], depth: number): unknown {
    const char = this.text[this.at]
    if (char === '{') return this.object(path, depth + 1)
    if (char === '[') return this.array(path, depth + 1)
    if (char === '"') return this.string()
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number()
    if (char === undefined) throw new JsonSyntaxError(this.at, 'the file ends where a value was expected')
    if (char === "'")
      throw new JsonSyntaxError(this.at, 'a string in single quotes; JSON strings take double quotes: "…"')
    if (char === '/') throw new JsonSyntaxError(this.at, 'a comment; JSON has no comments: remove it')
    WORD.lastIndex = this.at
    const word = WORD.exec(this.text)?.[0]
    if (word === 'true' || word === 'false' || word === 'null') {
      this.at += word.length
      return word === 'true' ? true : word === 'false' ? false : null
    }
    if (word && /^[+.]/.test(word)) throw new JsonSyntaxError(this.at, notANumber(word))
    if (word)
      throw new JsonSyntaxError(
        this.at,
        `${word} is not a JSON value; write text in double quotes ("${word}"), a number, true, false or null`,
      )
    throw new JsonSyntaxError(
      this.at,
      `${describeCharacter(this.text, this.at)} where a value was expected; a value is text in double quotes, a ` +
        'number, true, false, null, an object {…} or a list […]',
    )
  }

  private object(path: (string | number)[], depth: number): Record<string, unknown> {
    const opened = this.at
    this.checkDepth(depth)
    this.at++
    const object: Record<string, unknown> = {}
    const keys = new Map<string, number>()
    this.skipWhitespace()
    if (this.text[this.at] === '}') {
      this.at++
      return object
    }
    for (;;) {
      const keyAt = this.at
      const key = this.key(opened, keys.size > 0)
      this.skipWhitespace()
      if (this.text[this.at] !== ':')
        throw new JsonSyntaxError(
          this.at,
          `a colon is missing after the field name "${key}": write "${key}": …`,
        )
      this.at++
      this.skipWhitespace()
      const value = this.value([...path, key], depth)
      const earlier = keys.get(key)
      if (earlier !== undefined)
        this.duplicates.push({
          path: [...path, key],
          first: this.position(earlier),
          second: this.position(keyAt),
        })
      keys.set(key, keyAt)
      // As JSON.parse does: "__proto__" is an ordinary field of the object, never its prototype.
      if (key === '__proto__')
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
      else object[key] = value
      this.skipWhitespace()
      const next = this.text[this.at]
      if (next === '}') {
        this.at++
        return object
      }
      if (next === ',') {
        this.at++
        this.skipWhitespace()
        continue
      }
      if (next === undefined) throw this.unclosed(opened, '}')
      throw new JsonSyntaxError(
        this.at,
        next === '"'
          ? `a comma is missing after the value of "${key}": put "," between the fields`
          : `${describeCharacter(this.text, this.at)} after the value of "${key}"; write "," before the next field, ` +
              'or "}" to close the object',
      )
    }
  }

  /** A field name; `afterComma` tells a trailing comma from an empty object. */
  private key(opened: number, afterComma: boolean): string {
    const char = this.text[this.at]
    if (char === '"') return this.string()
    if (char === undefined) throw this.unclosed(opened, '}')
    if (char === '}' && afterComma)
      throw new JsonSyntaxError(this.at, 'a comma before "}"; remove the comma after the last field')
    if (char === "'")
      throw new JsonSyntaxError(this.at, 'a field name in single quotes; JSON takes double quotes: "name"')
    if (char === '/') throw new JsonSyntaxError(this.at, 'a comment; JSON has no comments: remove it')
    WORD.lastIndex = this.at
    const word = WORD.exec(this.text)?.[0]
    if (word)
      throw new JsonSyntaxError(this.at, `the field name ${word} needs double quotes: write "${word}"`)
    throw new JsonSyntaxError(
      this.at,
      `${describeCharacter(this.text, this.at)} where a field name was expected; write it in double quotes: "name"`,
    )
  }

  private array(path: (string | number)[], depth: number): unknown[] {
    const opened = this.at
    this.checkDepth(depth)
    this.at++
    const items: unknown[] = []
    this.skipWhitespace()
    if (this.text[this.at] === ']') {
      this.at++
      return items
    }
    for (;;) {
      if (this.text[this.at] === undefined) throw this.unclosed(opened, ']')
      if (this.text[this.at] === ']' && items.length > 0)
        throw new JsonSyntaxError(this.at, 'a comma before "]"; remove the comma after the last item')
      items.push(this.value([...path, items.length], depth))
      this.skipWhitespace()
      const next = this.text[this.at]
      if (next === ']') {
        this.at++
        return items
      }
      if (next === ',') {
        this.at++
        this.skipWhitespace()
        continue
      }
      if (next === undefined) throw this.unclosed(opened, ']')
      throw new JsonSyntaxError(
        this.at,
        next === '{' || next === '"' || next === '['
          ? 'a comma is missing between two items of the list: put "," between them'
          : `${describeCharacter(this.text, this.at)} after an item of the list; write "," before the next item, or ` +
              '"]" to close the list',
      )
    }
  }

  private string(): string {
    const opened = this.at
    this.at++
    let value = ''
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = this.at
      PLAIN_STRING_RUN.exec(this.text)
      value += this.text.slice(this.at, PLAIN_STRING_RUN.lastIndex)
      this.at = PLAIN_STRING_RUN.lastIndex
      const char = this.text[this.at]
      if (char === '"') {
        this.at++
        return value
      }
      if (char === '\\') {
        value += this.escape()
        continue
      }
      if (char === undefined)
        throw new JsonSyntaxError(
          opened,
          'this string is never closed: the file ends inside it; close it with a double quote (")',
        )
      if (char === '\n' || char === '\r')
        throw new JsonSyntaxError(
          this.at,
          'a line break inside a string; close the string with a double quote (") before the end of the line, ' +
            'or write \\n for a line break',
        )
      if (char === '\t') throw new JsonSyntaxError(this.at, 'a tab inside a string; write \\t, or a space')
      throw new JsonSyntaxError(
        this.at,
        `a control character (${codePointName(char.charCodeAt(0))}) inside a string; remove it`,
      )
    }
  }

  private escape(): string {
    const at = this.at
    const char = this.text[at + 1]
    if (char === 'u') {
      const hex = this.text.slice(at + 2, at + 6)
      if (!/^[0-9a-fA-F]{4}$/.test(hex))
        throw new JsonSyntaxError(at, '\\u must be followed by four hexadecimal digits, like \\u00e9')
      this.at = at + 6
      return String.fromCharCode(Number.parseInt(hex, 16))
    }
    const escaped = char === undefined ? undefined : ESCAPES[char]
    if (escaped === undefined)
      throw new JsonSyntaxError(
        at,
        `\\${char ?? ''} is not an escape JSON knows; write \\\\ for a backslash, \\" for a double quote`,
      )
    this.at = at + 2
    return escaped
  }

  private number(): number {
    NUMBER.lastIndex = this.at
    const match = NUMBER.exec(this.text)
    WORD.lastIndex = this.at
    const word = WORD.exec(this.text)?.[0] ?? ''
    if (!match || match[0].length < word.length)
      throw new JsonSyntaxError(this.at, notANumber(word || describeCharacter(this.text, this.at)))
    this.at += match[0].length
    return Number(match[0])
  }

  private skipWhitespace() {
    WHITESPACE.lastIndex = this.at
    WHITESPACE.exec(this.text)
    this.at = WHITESPACE.lastIndex
  }

  private checkDepth(depth: number) {
    if (depth > MAX_JSON_DEPTH)
      throw new JsonSyntaxError(
        this.at,
        `objects and lists nest more than ${MAX_JSON_DEPTH} deep here; an article nests five at most`,
      )
  }

  private unclosed(opened: number, closer: '}' | ']'): JsonSyntaxError {
    const { line, column } = this.position(opened)
    return new JsonSyntaxError(
      this.text.length,
      `the file ends before the "${closer === '}' ? '{' : '['}" at line ${line}, column ${column} is closed; ` +
        `close it with "${closer}"`,
    )
  }
}

function notANumber(word: string): string {
  return `${word} is not a JSON number; write digits like 2 or 2.5, with no leading zeros or plus sign`
}

/** A character for a message: itself in quotes when visible, its code point when not. */
function describeCharacter(text: string, at: number): string {
  const codePoint = text.codePointAt(at)
  if (codePoint === undefined) return 'the end of the file'
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(codePoint))
    ? `"${String.fromCodePoint(codePoint)}"`
    : codePointName(codePoint)
}

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}
