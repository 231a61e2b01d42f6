// Reads article files from disk and verifies them, for the Vite plugin and the content check alike.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Article } from '../core/content/article.ts'
import { parseArticle, type ContentError } from '../core/content/parse-article.ts'

export const DEFAULT_CONTENT_DIR = 'src/content/articles'

export type ArticleFileResult =
  { ok: true; file: string; article: Article } | { ok: false; file: string; errors: ContentError[] }

/** The article files of a content folder, sorted by name. */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name))
}

/** Reads, parses and verifies one article file; the slug must match the file name. */
export function loadArticleFile(file: string): ArticleFileResult {
  const text = readFileSync(file, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      file,
      errors: [{ path: '', message: `is not valid JSON: ${withLineAndColumn(reason, text)}` }],
    }
  }
  const result = parseArticle(json, path.basename(file, '.json'))
  return result.ok ? { ok: true, file, article: result.article } : { ok: false, file, errors: result.errors }
}

/** One line per error: `file: path: reason`, as compilers print them. */
export function formatContentErrors(file: string, errors: readonly ContentError[]): string {
  return errors
    .map((error) => `${file}: ${error.path === '' ? '' : `${error.path}: `}${error.message}`)
    .join('\n')
}

/** Node reports JSON syntax errors by character position; editors want line and column. */
function withLineAndColumn(reason: string, text: string): string {
  const match = /at position (\d+)/.exec(reason)
  if (!match) return reason
  const before = text.slice(0, Number(match[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return reason.replace(match[0], `at line ${line}, column ${column}`)
}
