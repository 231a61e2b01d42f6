// @vitest-environment node
// The layer boundaries hold: ESLint refuses a probe import across each of them and accepts the allowed ones.
// Run by hand: `npx eslint --stdin --stdin-filename src/features/quotes/probe.ts < probe.ts`.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

/** The import rules a probe file at `file` importing `from` breaks. */
async function brokenRules(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${from}'\nexport { probe }\n`, {
    filePath: file,
  })
  return (result?.messages ?? [])
    .map((message) => message.ruleId ?? message.message)
    .filter((rule) => /restricted/.test(rule))
}

describe('layer boundaries', () => {
  it.each([
    ['a feature into another feature', 'src/features/quotes/probe.ts', '../article/link-words.ts'],
    ['a feature into app/', 'src/features/quotes/probe.ts', '../../app/use-reader-model.ts'],
    ['the reader model into a feature', 'src/reader/probe.ts', '../features/quotes/quote-list.tsx'],
    ['the reader model into app/', 'src/reader/probe.ts', '../app/use-reader-model.ts'],
    ['core into a feature', 'src/core/quotes/probe.ts', '../../features/quotes/quote-list.tsx'],
    ['core into the reader model', 'src/core/quotes/probe.ts', '../../reader/reader-context.ts'],
    ['dom/ into a feature', 'src/dom/probe.ts', '../features/quotes/quote-list.tsx'],
    ['the editor into app/', 'src/editor/probe.ts', '../app/use-reader-model.ts'],
    ['app/ into the editor', 'src/app/probe.ts', '../editor/article-edits.ts'],
    ['a feature into the editor', 'src/features/quotes/probe.ts', '../../editor/article-edits.ts'],
    ['core into the editor', 'src/core/quotes/probe.ts', '../../editor/article-edits.ts'],
  ])(
    'refuses %s',
    async (_name, file, from) => {
      expect(await brokenRules(file, from)).not.toEqual([])
    },
    30_000,
  )

  it.each([
    ['a feature into its own folder', 'src/features/quotes/probe.ts', './quote-card.tsx'],
    ['a feature into core/', 'src/features/quotes/probe.ts', '../../core/quotes/quote-filter.ts'],
    ['a feature into the reader model', 'src/features/quotes/probe.ts', '../../reader/reader-context.ts'],
    ['a feature into components/', 'src/features/quotes/probe.ts', '../../components/ui/speaker-swatch.tsx'],
    ['app/ into a feature', 'src/app/probe.ts', '../features/quotes/quote-list.tsx'],
    ['the editor into a feature', 'src/editor/probe.ts', '../features/article/article-text.tsx'],
    ['the editor into core/', 'src/editor/probe.ts', '../core/content/parse-article.ts'],
    ['the editor into itself', 'src/editor/probe.ts', './article-edits.ts'],
  ])(
    'accepts %s',
    async (_name, file, from) => {
      expect(await brokenRules(file, from)).toEqual([])
    },
    30_000,
  )
})
