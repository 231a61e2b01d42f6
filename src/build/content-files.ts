// Reads article files from disk and verifies them, for the Vite plugin and the content check alike.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { indexArticle, type ArticleIndex } from '../core/content/article-index.ts'
import type { Article } from '../core/content/article.ts'
import { parseArticleText, type ContentError } from '../core/content/parse-article.ts'
import { undrawnOnCards } from '../core/seo/preview-card.ts'

export const DEFAULT_CONTENT_DIR = 'src/content/articles'

export type ArticleFileResult =
  | { ok: true; file: string; article: Article; warnings: ContentError[] }
  | { ok: false; file: string; errors: ContentError[] }

/** The article files of a content folder, sorted by name. */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Reads, parses and verifies one article file; the slug must match the file name. */
export function loadArticleFile(file: string): ArticleFileResult {
  const read = readArticleText(file)
  if (!read.ok) return { ok: false, file, errors: [{ path: '', message: read.message }] }
  const result = parseArticleText(read.text, path.basename(file, '.json'))
  if (!result.ok) return { ok: false, file, errors: result.errors }
  const cards = cardFallbackWarning(indexArticle(result.article))
  return { ok: true, file, article: result.article, warnings: cards ? [{ path: '', message: cards }] : [] }
}

/**
 * The warning for an article some of whose preview cards name its language instead of drawing its words, because
 * the cards' fonts lack some of its characters (core/seo/card-glyphs.ts), or null. Right-to-left articles always
 * name their language on cards and are not warned about.
 */
export function cardFallbackWarning(index: ArticleIndex): string | null {
  const undrawn = undrawnOnCards(index)
  if (!undrawn) return null
  const shown = undrawn.characters.slice(0, 12)
  const more = undrawn.characters.length - shown.length
  const codes = shown.map(
    (character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  )
  return (
    `warning: ${undrawn.cards} of its ${undrawn.of} preview cards name the article's language instead of drawing ` +
    `its words: the cards' fonts (Latin, Cyrillic, Greek) have no ${shown.map((c) => `"${c}"`).join(', ')} ` +
    `(${codes.join(', ')})${more > 0 ? ` or ${more} more` : ''}`
  )
}

/**
 * An article file's text, decoded from UTF-8; a byte-order mark before it is dropped. Anything else (a folder
 * named like an article, another encoding, bytes that are not UTF-8) is refused in words, not a stack trace.
 */
export function readArticleText(file: string): { ok: true; text: string } | { ok: false; message: string } {
  let bytes: Buffer
  try {
    if (statSync(file).isDirectory())
      return {
        ok: false,
        message:
          'is a folder, not a file; every ".json" name in the content folder is read as an article: rename the ' +
          'folder (without ".json") or move it out',
      }
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      ok: false,
      message:
        code === 'ENOENT' ? 'does not exist; check the path' : `cannot be read (${code ?? String(error)})`,
    }
  }
  const encoding = otherEncoding(bytes)
  if (encoding)
    return {
      ok: false,
      message: `is saved as ${encoding}; save it as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")`,
    }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const invalid = firstInvalidUtf8(bytes, start)
  if (invalid !== -1) {
    const before = bytes.subarray(start, invalid)
    const lineStart = before.lastIndexOf(0x0a) + 1
    const line = before.filter((byte) => byte === 0x0a).length + 1
    const column = new TextDecoder().decode(before.subarray(lineStart)).length + 1
    return {
      ok: false,
      message:
        `is not UTF-8: the byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, ` +
        `column ${column} is not part of a UTF-8 character (the file may be saved as Windows-1252 or Latin-1); ` +
        'save it as UTF-8',
    }
  }
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start)) }
}

/**
 * UTF-16 or UTF-32, by its byte-order mark or, without one, by the zero bytes ASCII takes in them: JSON text
 * starts with two ASCII characters (RFC 4627's way of telling).
 */
function otherEncoding(bytes: Buffer): string | null {
  const [a, b, c, d] = bytes
  if (a === 0xff && b === 0xfe)
    return c === 0 && d === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)'
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)'
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)'
  if (bytes.length >= 4) {
    if (a === 0 && b === 0 && c === 0 && d !== 0) return 'UTF-32 (big-endian)'
    if (a !== 0 && b === 0 && c === 0 && d === 0) return 'UTF-32 (little-endian)'
  }
  if (bytes.length >= 2) {
    if (a === 0 && b !== 0) return 'UTF-16 (big-endian)'
    if (a !== 0 && b === 0) return 'UTF-16 (little-endian)'
  }
  return null
}

/** The offset of the first byte that is not part of a well-formed UTF-8 character, or -1. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let at = start
  while (at < bytes.length) {
    const byte = bytes[at]!
    if (byte < 0x80) {
      at++
      continue
    }
    // The length of the sequence, and the range its second byte must fall in (no overlong forms, no surrogates,
    // nothing past U+10FFFF), as the Unicode Standard's table 3-7 gives them.
    let length: number
    let low = 0x80
    let high = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      if (byte === 0xe0) low = 0xa0
      if (byte === 0xed) high = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      if (byte === 0xf0) low = 0x90
      if (byte === 0xf4) high = 0x8f
    } else return at
    for (let next = 1; next < length; next++) {
      const continuation = bytes[at + next]
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf]
      if (continuation === undefined || continuation < min || continuation > max) return at
    }
    at += length
  }
  return -1
}

/** One line per error: `file: path: reason`, as compilers print them. */
export function formatContentErrors(file: string, errors: readonly ContentError[]): string {
  return errors
    .map((error) => `${file}: ${error.path === '' ? '' : `${error.path}: `}${error.message}`)
    .join('\n')
}
