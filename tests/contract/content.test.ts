// @vitest-environment node
// Content contract: every bundled article parses cleanly, every anchor slices exactly the words its source
// gives, every reference resolves. The seed article is also checked against what an editor counted by hand.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CONTENT_DIR,
  formatContentErrors,
  listArticleFiles,
  loadArticleFile,
} from '../../src/build/content-files.ts'
import { segmentBlock } from '../../src/core/anchoring/segment-block.ts'
import { spansByBlock } from '../../src/core/anchoring/block-spans.ts'
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { blockText, type Anchor, type Article } from '../../src/core/content/article.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const files = listArticleFiles(path.join(root, DEFAULT_CONTENT_DIR))

function load(file: string): { article: Article; source: ArticleSource } {
  const result = loadArticleFile(file)
  if (!result.ok) throw new Error(formatContentErrors(file, result.errors))
  // The parser checked the file against the schema, so the raw JSON is an ArticleSource.
  return { article: result.article, source: JSON.parse(readFileSync(file, 'utf8')) as ArticleSource }
}

/** The words an anchor covers, or undefined when its block does not exist or the range leaves it. */
function sliceOf(article: Article, anchor: Anchor): string | undefined {
  const text = blockText(article, anchor.block)
  if (text === undefined || anchor.start < 0 || anchor.start >= anchor.end || anchor.end > text.length)
    return undefined
  return text.slice(anchor.start, anchor.end)
}

it('has at least one article', () => {
  expect(files.length).toBeGreaterThan(0)
})

describe.each(files.map((file) => ({ file, name: path.basename(file) })))('$name', ({ file }) => {
  it('parses with no errors', () => {
    const result = loadArticleFile(file)
    expect(result.ok ? '' : formatContentErrors(file, result.errors)).toBe('')
  })

  it('anchors every mention on exactly the words its source gives', () => {
    const { article, source } = load(file)
    expect(article.mentions).toHaveLength(source.mentions.length)
    article.mentions.forEach((mention, index) => {
      const given = source.mentions[index]
      expect(mention.speaker).toBe(given?.speaker)
      expect(mention.anchor.block).toBe(given?.in)
      expect(sliceOf(article, mention.anchor)).toBe(given?.text)
    })
  })

  it('anchors every quote on exactly its text', () => {
    const { article, source } = load(file)
    expect(article.quotes).toHaveLength(source.quotes.length)
    for (const quote of article.quotes) expect(sliceOf(article, quote.anchor), quote.id).toBe(quote.text)
  })

  it('anchors every evidence passage on exactly its text', () => {
    const { article } = load(file)
    for (const position of article.positions)
      for (const evidence of position.evidence)
        if (evidence.kind === 'passage') expect(sliceOf(article, evidence.anchor)).toBe(evidence.text)
  })

  it('finds every cue in the block of its quote', () => {
    const { article } = load(file)
    for (const quote of article.quotes)
      expect(blockText(article, quote.anchor.block), quote.id).toContain(quote.cue)
  })

  it('resolves every reference to a speaker, an issue or a quote', () => {
    const { article } = load(file)
    const speakers = new Set(article.speakers.map((s) => s.id))
    const issues = new Set(article.issues.map((i) => i.id))
    const quotes = new Set(article.quotes.map((q) => q.id))
    for (const quote of article.quotes) expect(speakers, quote.id).toContain(quote.speaker)
    for (const mention of article.mentions) expect(speakers).toContain(mention.speaker)
    for (const position of article.positions) {
      expect(speakers).toContain(position.speaker)
      expect(issues).toContain(position.issue)
      for (const evidence of position.evidence)
        if (evidence.kind === 'quote') expect(quotes).toContain(evidence.quote)
    }
  })

  it('mentions every speaker at least once', () => {
    const { article } = load(file)
    const mentioned = new Set(article.mentions.map((m) => m.speaker))
    for (const speaker of article.speakers) expect(mentioned, speaker.id).toContain(speaker.id)
  })

  it('never marks one range as two different speakers', () => {
    const { article } = load(file)
    const byRange = new Map<string, Set<string>>()
    for (const { speaker, anchor } of article.mentions) {
      const key = `${anchor.block}:${anchor.start}:${anchor.end}`
      byRange.set(key, (byRange.get(key) ?? new Set()).add(speaker))
    }
    const shared = [...byRange].filter(([, speakers]) => speakers.size > 1).map(([range]) => range)
    expect(shared).toEqual([])
  })

  it('renders every block back to its own text', () => {
    const { article } = load(file)
    for (const [block, spans] of spansByBlock(article)) {
      const text = blockText(article, block) ?? ''
      const runs: string[] = []
      const collect = (segments: ReturnType<typeof segmentBlock>) => {
        for (const segment of segments) {
          if (segment.kind === 'text') runs.push(segment.text)
          else collect(segment.children)
        }
      }
      collect(segmentBlock(text, spans))
      expect(runs.join(''), block).toBe(text)
    }
  })
})

describe('the seed article, csto-members-seek-dialogue', () => {
  const seed = files.find((file) => path.basename(file) === 'csto-members-seek-dialogue.json')

  it('is bundled', () => {
    expect(seed).toBeDefined()
  })

  const article = () => load(seed ?? '').article

  it('has the five speakers and eight quotes an editor counted', () => {
    const { speakers, quotes } = article()
    expect(speakers.map((s) => s.id)).toEqual([
      'sergey-lavrov',
      'zabihullah-mujahid',
      'salim-paigir',
      'islamic-emirate',
      'csto-members',
    ])
    expect(quotes).toHaveLength(8)
  })

  it('repeats "a more stable, continuous, and fundamental dialogue" in two paragraphs, each once', () => {
    const phrase = 'a more stable, continuous, and fundamental dialogue'
    const { paragraphs } = article()
    const holding = paragraphs.filter((p) => p.text.includes(phrase))
    expect(holding.map((p) => p.id)).toEqual(['p2', 'p4'])
    for (const paragraph of holding) expect(paragraph.text.split(phrase)).toHaveLength(2)
  })

  it('anchors the quotes that share the repeated phrase in their own paragraphs', () => {
    const { quotes } = article()
    const blocks = Object.fromEntries(quotes.map((q) => [q.id, q.anchor.block]))
    expect(blocks['lavrov-supports-dialogue']).toBe('p2')
    expect(blocks['lavrov-taliban-government']).toBe('p4')
  })
})
