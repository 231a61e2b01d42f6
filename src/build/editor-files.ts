// The editor's access to article files on the development server: which names it may touch, whose requests it
// answers, and saving an article after the build's own check, formatted as every article file is, atomically,
// and never over a file that changed on disk since the editor read it.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArticle, type ContentError } from '../core/content/parse-article.ts'
import { listArticleFiles, loadArticleFile, readArticleText } from './content-files.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether `slug` may name an article file: lowercase words joined by hyphens, as the format's ids are. */
export function isArticleSlug(slug: string): boolean {
  return slug.length <= 200 && SLUG.test(slug)
}

/** The file of the article `slug` inside `dir`, or null when the slug is not one (so no path can leave `dir`). */
export function articleFileOf(dir: string, slug: string): string | null {
  if (!isArticleSlug(slug)) return null
  const folder = path.resolve(dir)
  const file = path.join(folder, `${slug}.json`)
  return path.dirname(file) === folder ? file : null
}

/** The request headers the origin guard reads, as Node gives them. */
export interface RequestHeaders {
  host?: string | undefined
  origin?: string | undefined
  'sec-fetch-site'?: string | string[] | undefined
}

/**
 * Whether a request that changes files comes from a page of this server: its Origin names the host it was sent
 * to, and the browser, when it says, calls it same-origin. Another site's page (a forged request) is refused.
 */
export function isOwnOrigin(headers: RequestHeaders): boolean {
  const { host, origin } = headers
  if (!host || !origin) return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return false
  }
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  return originHost === host
}

/** An article as every article file is written: JSON with two spaces, one key a line, and a final newline. */
export function formatArticleFile(article: unknown): string {
  return `${JSON.stringify(article, null, 2)}\n`
}

/** A fingerprint of a file's text, which the editor sends back to show which version it changed. */
export function fileHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** An article file as the editor reads it: its text, its fingerprint, the JSON if it is JSON, and its errors. */
export type ArticleFileRead =
  { kind: 'missing' } | { kind: 'found'; text: string; hash: string; json: unknown; errors: ContentError[] }

/** Reads the article `slug` from `dir` for the editor, with the content check's errors. */
export function readArticleForEditor(dir: string, slug: string): ArticleFileRead {
  const file = articleFileOf(dir, slug)
  if (!file || !existsSync(file)) return { kind: 'missing' }
  const text = readFileSync(file, 'utf8')
  const checked = loadArticleFile(file)
  let json: unknown = null
  try {
    // Decoded as the check decodes it: a byte-order mark the check accepts is not a syntax error here.
    const decoded = readArticleText(file)
    json = decoded.ok ? JSON.parse(decoded.text) : null
  } catch {
    // The check's errors say where the JSON breaks.
  }
  return { kind: 'found', text, hash: fileHash(text), json, errors: checked.ok ? [] : checked.errors }
}

/** One article of the content folder in the editor's list. */
export interface ArticleListing {
  slug: string
  headline: string | null
  errors: number
}

/** Every article file of `dir`, with its headline when it has one and how many errors the check finds. */
export function listArticlesForEditor(dir: string): ArticleListing[] {
  return listArticleFiles(dir).map((file) => {
    const slug = path.basename(file, '.json')
    const checked = loadArticleFile(file)
    if (checked.ok) return { slug, headline: checked.article.headline, errors: 0 }
    let headline: string | null = null
    try {
      const decoded = readArticleText(file)
      const json = (decoded.ok ? JSON.parse(decoded.text) : {}) as { headline?: unknown }
      if (typeof json.headline === 'string') headline = json.headline
    } catch {
      // Not JSON: listed by its slug alone.
    }
    return { slug, headline, errors: checked.errors.length }
  })
}

/** What saving did, or why it did not. */
export type SaveOutcome =
  | { kind: 'saved'; hash: string }
  /** The file already says exactly this: it was left untouched, byte for byte. */
  | { kind: 'unchanged'; hash: string }
  | { kind: 'bad-slug' }
  /** The article fails the build's check: nothing was written. */
  | { kind: 'invalid'; errors: ContentError[] }
  /** The file changed on disk (or appeared) since the editor read it: nothing was written. */
  | { kind: 'conflict'; hash: string | null }

export interface SaveRequest {
  slug: string
  article: unknown
  /** The fingerprint of the file the editor loaded; null for a new article, whose file must not exist yet. */
  baseHash: string | null
  /** Write even though the file changed since it was loaded: the editor asked, and the person said yes. */
  overwrite?: boolean
}

/**
 * Saves an article into `dir`: checked as the build checks it, formatted stably, written to a temporary file
 * beside it and renamed over it, so a reader of the folder never sees half a file.
 */
export function saveArticleFile(dir: string, request: SaveRequest): SaveOutcome {
  const file = articleFileOf(dir, request.slug)
  if (!file) return { kind: 'bad-slug' }
  const parsed = parseArticle(request.article, request.slug)
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors }

  const current = existsSync(file) ? readFileSync(file, 'utf8') : null
  const currentHash = current === null ? null : fileHash(current)
  if (!request.overwrite && currentHash !== request.baseHash) return { kind: 'conflict', hash: currentHash }
  // The same article, however its file is laid out, stays as it is: a save with no change changes no byte.
  if (current !== null && sameJson(current, request.article)) return { kind: 'unchanged', hash: currentHash! }

  const text = formatArticleFile(request.article)
  // A name the content folder never lists (not .json), unique to this save.
  const temporary = path.join(
    path.dirname(file),
    `.${request.slug}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  )
  try {
    writeFileSync(temporary, text, { flag: 'wx' })
    renameSync(temporary, file)
  } finally {
    rmSync(temporary, { force: true })
  }
  return { kind: 'saved', hash: fileHash(text) }
}

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value)
  } catch {
    return false
  }
}
