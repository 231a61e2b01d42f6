// @vitest-environment node
// The editor's file endpoint: only slugs inside the content folder, only the server's own pages, and saves that
// are checked, atomic, stable byte for byte, and never over a file changed since it was read.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  articleFileOf,
  fileHash,
  formatArticleFile,
  isArticleSlug,
  isOwnOrigin,
  listArticlesForEditor,
  readArticleForEditor,
  saveArticleFile,
} from './editor-files.ts'

const SEED_FILE = 'src/content/articles/csto-members-seek-dialogue.json'
const SLUG = 'csto-members-seek-dialogue'
const seedText = readFileSync(SEED_FILE, 'utf8')
const seed = () =>
  JSON.parse(seedText) as Record<string, unknown> & { headline: string; quotes: { text?: string }[] }

let work: string | undefined
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true })
  work = undefined
})

/** A content folder holding the seed article as it is on disk. */
function contentDir(): string {
  work = mkdtempSync(path.join(os.tmpdir(), 'editor-files-'))
  writeFileSync(path.join(work, `${SLUG}.json`), seedText)
  return work
}

describe('which names the editor may write', () => {
  it.each(['csto-members-seek-dialogue', 'a', 'p2-2024'])('accepts the slug %s', (slug) => {
    expect(isArticleSlug(slug)).toBe(true)
    expect(articleFileOf('/content', slug)).toBe(path.resolve('/content', `${slug}.json`))
  })

  it.each([
    '',
    '../escape',
    '..',
    'a/b',
    'a\\b',
    'Capital',
    'two--hyphens',
    '-lead',
    'trail-',
    'x.json',
    'é',
    'a b',
  ])('refuses %j', (slug) => {
    expect(isArticleSlug(slug)).toBe(false)
    expect(articleFileOf('/content', slug)).toBeNull()
  })

  it('refuses to save under a name that is not a slug, and writes nothing', () => {
    const dir = contentDir()
    expect(saveArticleFile(dir, { slug: '../evil', article: seed(), baseHash: null })).toEqual({
      kind: 'bad-slug',
    })
    expect(readdirSync(dir)).toEqual([`${SLUG}.json`])
    expect(readdirSync(path.dirname(dir)).some((name) => name === 'evil.json')).toBe(false)
  })
})

describe('whose requests may write', () => {
  it.each([
    [{ host: 'localhost:5173', origin: 'http://localhost:5173' }, true],
    [{ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin' }, true],
    [{ host: 'localhost:5173', origin: 'https://evil.example' }, false],
    [{ host: 'localhost:5173', origin: 'http://localhost:5174' }, false],
    [{ host: 'localhost:5173', origin: 'http://localhost:5173', 'sec-fetch-site': 'cross-site' }, false],
    [{ host: 'localhost:5173', origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' }, false],
    [{ host: 'localhost:5173' }, false],
    [{ host: 'localhost:5173', origin: 'null' }, false],
    [{ origin: 'http://localhost:5173' }, false],
  ])('%j → %s', (headers, own) => {
    expect(isOwnOrigin(headers)).toBe(own)
  })
})

describe('saving', () => {
  it('leaves a file saved with no change byte for byte as it was, and so does a save of its own format', () => {
    const dir = contentDir()
    const file = path.join(dir, `${SLUG}.json`)
    expect(formatArticleFile(seed())).toBe(seedText)
    const outcome = saveArticleFile(dir, { slug: SLUG, article: seed(), baseHash: fileHash(seedText) })
    expect(outcome).toEqual({ kind: 'unchanged', hash: fileHash(seedText) })
    expect(readFileSync(file, 'utf8')).toBe(seedText)
  })

  it('keeps a hand-made layout when nothing changed', () => {
    const dir = contentDir()
    const file = path.join(dir, `${SLUG}.json`)
    const compact = JSON.stringify(seed())
    writeFileSync(file, compact)
    expect(saveArticleFile(dir, { slug: SLUG, article: seed(), baseHash: fileHash(compact) }).kind).toBe(
      'unchanged',
    )
    expect(readFileSync(file, 'utf8')).toBe(compact)
  })

  it('writes a change in the project’s format, through a temporary file that does not stay behind', () => {
    const dir = contentDir()
    const changed = seed()
    changed.headline = `${changed.headline} (corrected)`
    const outcome = saveArticleFile(dir, { slug: SLUG, article: changed, baseHash: fileHash(seedText) })
    const written = readFileSync(path.join(dir, `${SLUG}.json`), 'utf8')
    expect(written).toBe(`${JSON.stringify(changed, null, 2)}\n`)
    expect(outcome).toEqual({ kind: 'saved', hash: fileHash(written) })
    expect(readdirSync(dir)).toEqual([`${SLUG}.json`])
    // Saved again as it now is: nothing to write.
    expect(saveArticleFile(dir, { slug: SLUG, article: changed, baseHash: fileHash(written) }).kind).toBe(
      'unchanged',
    )
  })

  it('refuses an article the check refuses, with its errors, and writes nothing', () => {
    const dir = contentDir()
    const broken = seed()
    broken.quotes[2]!.text = 'words the article never says'
    const outcome = saveArticleFile(dir, { slug: SLUG, article: broken, baseHash: fileHash(seedText) })
    expect(outcome.kind).toBe('invalid')
    if (outcome.kind === 'invalid') expect(outcome.errors[0]!.path).toBe('quotes[2].text')
    expect(readFileSync(path.join(dir, `${SLUG}.json`), 'utf8')).toBe(seedText)
  })

  it('refuses an article whose slug is not its file name', () => {
    const dir = contentDir()
    const outcome = saveArticleFile(dir, { slug: 'another-name', article: seed(), baseHash: null })
    expect(outcome.kind).toBe('invalid')
  })

  it('does not overwrite a file changed on disk since it was loaded, unless asked to', () => {
    const dir = contentDir()
    const file = path.join(dir, `${SLUG}.json`)
    const meanwhile = seedText.replace('TOLOnews', 'TOLO News')
    writeFileSync(file, meanwhile)
    const changed = seed()
    changed.published = '2024-06-21'
    expect(saveArticleFile(dir, { slug: SLUG, article: changed, baseHash: fileHash(seedText) })).toEqual({
      kind: 'conflict',
      hash: fileHash(meanwhile),
    })
    expect(readFileSync(file, 'utf8')).toBe(meanwhile)
    const forced = saveArticleFile(dir, {
      slug: SLUG,
      article: changed,
      baseHash: fileHash(seedText),
      overwrite: true,
    })
    expect(forced.kind).toBe('saved')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(changed)
  })

  it('does not overwrite a file that appeared under a new article’s name', () => {
    const dir = contentDir()
    expect(saveArticleFile(dir, { slug: SLUG, article: seed(), baseHash: null })).toEqual({
      kind: 'conflict',
      hash: fileHash(seedText),
    })
  })

  it('creates a new article’s file', () => {
    const dir = contentDir()
    rmSync(path.join(dir, `${SLUG}.json`))
    expect(saveArticleFile(dir, { slug: SLUG, article: seed(), baseHash: null }).kind).toBe('saved')
    expect(readFileSync(path.join(dir, `${SLUG}.json`), 'utf8')).toBe(seedText)
  })
})

describe('reading', () => {
  it('gives the file’s hash, its JSON and its errors; lists every file with its headline', () => {
    const dir = contentDir()
    writeFileSync(path.join(dir, 'broken-one.json'), '{ "headline": "Half a file",')
    const read = readArticleForEditor(dir, SLUG)
    expect(read).toMatchObject({ kind: 'found', hash: fileHash(seedText), errors: [] })
    expect(readArticleForEditor(dir, 'nothing-here')).toEqual({ kind: 'missing' })
    expect(readArticleForEditor(dir, '../etc')).toEqual({ kind: 'missing' })
    const broken = readArticleForEditor(dir, 'broken-one')
    expect(broken.kind === 'found' && broken.json === null && broken.errors.length > 0).toBe(true)
    expect(listArticlesForEditor(dir)).toEqual([
      { slug: 'broken-one', headline: null, errors: 1 },
      { slug: SLUG, headline: seed().headline, errors: 0 },
    ])
  })
})
