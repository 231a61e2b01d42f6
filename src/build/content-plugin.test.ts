// @vitest-environment node
// On the development server a broken article fails only its own page; a build still refuses it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ARTICLE_CONTENT_ERROR, contentPlugin } from './content-plugin.ts'

const seedText = readFileSync('src/content/articles/csto-members-seek-dialogue.json', 'utf8')

let work: string | undefined
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true })
  work = undefined
})

/** A content folder with the seed and a broken copy of it under another name. */
function contentDir(): string {
  work = mkdtempSync(path.join(os.tmpdir(), 'content-plugin-'))
  writeFileSync(path.join(work, 'csto-members-seek-dialogue.json'), seedText)
  const broken = JSON.parse(seedText) as { slug: string; quotes: { text?: string }[] }
  broken.slug = 'broken-copy'
  broken.quotes[2]!.text = 'words the article never says'
  writeFileSync(path.join(work, 'broken-copy.json'), JSON.stringify(broken, null, 2))
  return work
}

type Hooks = {
  configResolved: (config: unknown) => void
  load: (this: { addWatchFile: (file: string) => void }, id: string) => string
}

/** The index module the plugin serves, after Vite resolved its config for `command`. */
function indexModule(dir: string, command: 'serve' | 'build', logError = vi.fn()) {
  const plugin = contentPlugin(dir) as unknown as Hooks
  plugin.configResolved({ command, logger: { error: logError } })
  return plugin.load.call({ addWatchFile: () => {} }, '\0virtual:content')
}

describe('a broken article', () => {
  it('fails the build, naming the file and the reason', () => {
    expect(() => indexModule(contentDir(), 'build')).toThrow(/broken-copy\.json: quotes\[2\]\.text/)
  })

  it('on the development server, becomes a loader that rejects with its errors, beside the working articles', async () => {
    const logError = vi.fn()
    const code = indexModule(contentDir(), 'serve', logError)
    expect(logError).toHaveBeenCalledWith(expect.stringContaining('broken-copy.json: quotes[2].text'), {
      timestamp: true,
    })
    expect(code).toContain('import("virtual:content/article/csto-members-seek-dialogue")')
    // The home page lists only articles that can be read.
    const summaries = /export const articleSummaries = (.*);/.exec(code)![1]!
    expect(JSON.parse(summaries).map((summary: { slug: string }) => summary.slug)).toEqual([
      'csto-members-seek-dialogue',
    ])
    const loader = /"broken-copy": \(\) => (Promise\.reject\(.*\)),/.exec(code)![1]!
    const error = await (new Function(`return ${loader}`)() as Promise<never>).catch(
      (caught: unknown) => caught,
    )
    expect(error).toMatchObject({
      name: ARTICLE_CONTENT_ERROR,
      slug: 'broken-copy',
      errors: [{ path: 'quotes[2].text', message: expect.stringContaining('does not occur') }],
    })
    expect((error as Error).message).toMatch(
      /^The article file broken-copy\.json has 1 error:\nbroken-copy\.json: quotes\[2\]\.text/,
    )
  })
})
