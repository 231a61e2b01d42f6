// @vitest-environment node
// Content contract: every bundled article, and every fixture the end-to-end build adds, passes the parser,
// which holds every content rule (docs/content.md); the rules themselves are tested in parse-article.test.ts.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CONTENT_DIR,
  formatContentErrors,
  listArticleFiles,
  loadArticleFile,
} from '../../src/build/content-files.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bundled = listArticleFiles(path.join(root, DEFAULT_CONTENT_DIR))
const fixtures = listArticleFiles(path.join(root, 'tests/fixtures/articles'))

it('has at least one bundled article', () => {
  expect(bundled.length).toBeGreaterThan(0)
})

// The end-to-end build copies the fixtures into the content folder, so a fixture named like an article
// would silently replace it there.
it('names no fixture like a bundled article', () => {
  const names = new Set(bundled.map((file) => path.basename(file)))
  expect(fixtures.map((file) => path.basename(file)).filter((name) => names.has(name))).toEqual([])
})

describe.each([...bundled, ...fixtures].map((file) => ({ file, name: path.relative(root, file) })))(
  '$name',
  ({ file }) => {
    it('parses with no errors', () => {
      const result = loadArticleFile(file)
      expect(result.ok ? '' : formatContentErrors(file, result.errors)).toBe('')
    })
  },
)
