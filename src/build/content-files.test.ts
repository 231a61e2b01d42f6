// @vitest-environment node
// loadArticleFile on files no parser sees as intended: other encodings, a byte-order mark, bytes that are not UTF-8,
// a folder named like an article, a missing file, keys given twice. Each is refused with the file and a message,
// never a stack trace; a byte-order mark is read past.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatContentErrors, listArticleFiles, loadArticleFile } from './content-files.ts'

const RIVER = 'tests/fixtures/unit/river-survey-agreed.json'
const riverText = readFileSync(RIVER, 'utf8')

/** A content folder holding one file `name` with exactly these bytes. */
function fileWith(bytes: Buffer, name = 'river-survey-agreed.json'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'))
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  return file
}

const utf16be = (text: string) => Buffer.from(Buffer.from(text, 'utf16le')).swap16()

describe('loadArticleFile', () => {
  it('reads a UTF-8 file that starts with a byte-order mark', () => {
    const result = loadArticleFile(
      fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(riverText)])),
    )
    expect(result.ok).toBe(true)
  })

  it.each<{ name: string; bytes: () => Buffer; message: string }>([
    {
      name: 'UTF-16 with its byte-order mark',
      bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(riverText, 'utf16le')]),
      message:
        'is saved as UTF-16 (little-endian); save it as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")',
    },
    {
      name: 'UTF-16 big-endian with its byte-order mark',
      bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(riverText)]),
      message: 'is saved as UTF-16 (big-endian); save it as UTF-8',
    },
    {
      name: 'UTF-16 with no byte-order mark',
      bytes: () => Buffer.from(riverText, 'utf16le'),
      message: 'is saved as UTF-16 (little-endian)',
    },
    {
      name: 'UTF-32',
      bytes: () => {
        const bytes = Buffer.alloc(riverText.length * 4 + 4)
        bytes.writeUInt32LE(0xfeff, 0)
        for (let index = 0; index < riverText.length; index++)
          bytes.writeUInt32LE(riverText.codePointAt(index)!, 4 + index * 4)
        return bytes
      },
      message: 'is saved as UTF-32 (little-endian)',
    },
    {
      name: 'Windows-1252 (an é as one byte)',
      bytes: () =>
        Buffer.from(riverText.replace('Lena Ortiz, the mayor', 'L\u00e9na Ortiz, the mayor'), 'latin1'),
      message:
        'is not UTF-8: the byte 0xE9 at line 18, column 17 is not part of a UTF-8 character (the file may be saved as ' +
        'Windows-1252 or Latin-1); save it as UTF-8',
    },
    {
      name: 'a surrogate encoded as UTF-8 (CESU-8)',
      bytes: () => Buffer.from([...Buffer.from('{"slug": "'), 0xed, 0xa0, 0xbd, ...Buffer.from('"}')]),
      message: 'is not UTF-8: the byte 0xED at line 1, column 11',
    },
    {
      name: 'an empty file',
      bytes: () => Buffer.alloc(0),
      message: 'is not valid JSON: at line 1, column 1: the file is empty',
    },
  ])('refuses $name', ({ bytes, message }) => {
    const file = fileWith(bytes())
    expect(loadArticleFile(file)).toEqual({
      ok: false,
      file,
      errors: [{ path: '', message: expect.stringContaining(message) }],
    })
  })

  it('refuses a folder named like an article, in words', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'))
    mkdirSync(path.join(dir, 'drafts.json'))
    writeFileSync(path.join(dir, 'river-survey-agreed.json'), riverText)
    const [folder, article] = listArticleFiles(dir)
    expect(loadArticleFile(folder!)).toEqual({
      ok: false,
      file: folder,
      errors: [
        {
          path: '',
          message:
            'is a folder, not a file; every ".json" name in the content folder is read as an article: rename the ' +
            'folder (without ".json") or move it out',
        },
      ],
    })
    expect(loadArticleFile(article!).ok).toBe(true)
  })

  it('refuses a file that does not exist', () => {
    const file = path.join(tmpdir(), 'no-such-article.json')
    expect(loadArticleFile(file)).toEqual({
      ok: false,
      file,
      errors: [{ path: '', message: 'does not exist; check the path' }],
    })
  })

  it('names the file, the path and the line of a key given twice', () => {
    const file = fileWith(
      Buffer.from(riverText.replace('"direction": "ltr",', '"direction": "ltr",\n  "direction": "rtl",')),
    )
    const result = loadArticleFile(file)
    expect(result.ok ? '' : formatContentErrors(file, result.errors)).toBe(
      `${file}: direction: is given twice, at line 14 and at line 15; JSON keeps only the last one, silently: remove ` +
        'one of them',
    )
  })
})

describe('a preview card that cannot draw an article’s words', () => {
  it('is a warning with the article’s file, the characters and how many cards name the language instead', () => {
    const file = fileWith(Buffer.from(riverText.replace('"name": "Omar Haddad"', '"name": "ომარ ჰადადი"')))
    const result = loadArticleFile(file)
    expect(result.ok && formatContentErrors(file, result.warnings)).toBe(
      `${file}: warning: 2 of its 7 preview cards name the article's language instead of drawing its words: the ` +
        'cards\' fonts (Latin, Cyrillic, Greek) have no "ო", "მ", "ა", "რ", "ჰ", "დ", "ი" (U+10DD, U+10DB, U+10D0, ' +
        'U+10E0, U+10F0, U+10D3, U+10D8)',
    )
  })

  it('is not given for Latin Extended, Cyrillic or Greek names', () => {
    const text = riverText
      .replace('"name": "Omar Haddad"', '"name": "Recep Tayyip Erdoğan"')
      .replace('"name": "Lena Ortiz"', '"name": "Κυριάκος Μητσοτάκης"')
      .replace('"name": "Westford Council"', '"name": "Рада Вестфорда"')
    const result = loadArticleFile(fileWith(Buffer.from(text)))
    expect(result.ok && result.warnings).toEqual([])
  })
})

describe('npm run content:check', () => {
  it('refuses a folder named like an article with a message, not a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-files-'))
    const folder = path.join(dir, 'x.json')
    mkdirSync(folder)
    let output = ''
    let status = 0
    try {
      execFileSync('npx', ['tsx', 'src/build/content-check.ts', folder], { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string }
      status = failed.status
      output = failed.stdout + failed.stderr
    }
    expect(status).toBe(1)
    expect(output).toBe(
      `${folder}: is a folder, not a file; every ".json" name in the content folder is read as an article: rename the folder (without ".json") or move it out\n✗ ${folder}: 1 error\n`,
    )
  }, 30_000)
})
