// @vitest-environment node
// A broken article fails the build and the content check, naming the file, the JSON path and the reason.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadArticleFile } from '../../src/build/content-files.ts'
import { contentPlugin } from '../../src/build/content-plugin.ts'

const seed = JSON.parse(readFileSync('src/content/articles/csto-members-seek-dialogue.json', 'utf8'))

/** The plugin's load hook, called as Vite would, with only the context it uses. */
type LoadHook = (this: { addWatchFile: (file: string) => void }, id: string) => string
const loadVirtualContent = (dir: string) =>
  (contentPlugin(dir).load as unknown as LoadHook).call({ addWatchFile: () => {} }, '\0virtual:content')

/** A content folder holding one file, written as given. */
function contentDirWith(name: string, text: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'))
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return { dir, file }
}

function brokenSeed(): string {
  const broken = structuredClone(seed)
  broken.quotes[2].text = 'threats from Afghan soil persist' // the article says "still persist"
  return JSON.stringify(broken, null, 2)
}

describe('the content plugin', () => {
  it('refuses to build with a span that does not match the text', () => {
    const { dir, file } = contentDirWith('csto-members-seek-dialogue.json', brokenSeed())
    expect(() => loadVirtualContent(dir)).toThrow(
      `${file}: quotes[2].text: "threats from Afghan soil persist" does not occur in paragraph p3`,
    )
  })

  it('serves the verified articles and one loader per article', () => {
    const { dir } = contentDirWith('csto-members-seek-dialogue.json', JSON.stringify(seed))
    const code = loadVirtualContent(dir)
    expect(code).toContain('"slug":"csto-members-seek-dialogue"')
    expect(code).toContain('import("virtual:content/article/csto-members-seek-dialogue")')
  })
})

describe('loadArticleFile', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const { file } = contentDirWith('bad.json', '{\n  "slug": "bad",\n}\n')
    const result = loadArticleFile(file)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/is not valid JSON: .*line 3, column 1/)
  })

  it('requires the slug to match the file name', () => {
    const { file } = contentDirWith('another-name.json', JSON.stringify(seed))
    const result = loadArticleFile(file)
    expect(result.ok ? [] : result.errors).toContainEqual({
      path: 'slug',
      message: 'is "csto-members-seek-dialogue" but the file is named "another-name.json"; they must match',
    })
  })
})

describe('npm run content:check', () => {
  const check = (...files: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync('npx', ['tsx', 'src/build/content-check.ts', ...files], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      }
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string }
      return { code: failed.status, output: failed.stdout + failed.stderr }
    }
  }

  it('passes a valid file and summarises it', () => {
    const result = check('src/content/articles/csto-members-seek-dialogue.json')
    expect(result).toEqual({ code: 0, output: expect.stringContaining('8 quotes') })
  }, 30_000)

  it('fails a broken file, printing every error with its path', () => {
    const { file } = contentDirWith('csto-members-seek-dialogue.json', brokenSeed())
    const result = check(file)
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      `${file}: quotes[2].text: "threats from Afghan soil persist" does not occur`,
    )
    expect(result.output).toContain('1 error')
  }, 30_000)
})
