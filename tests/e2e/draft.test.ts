// The draft annotator's journey (issue 13): a plain text drafted into a content folder of its own, checked as the
// content check does, built into a site of its own and read in Chromium, where every drafted quote is a card with
// its speaker and every mention a mark in the text. The shared site of the other journeys is not touched.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../src/build/build-site.ts'
import { articleJson, draftTargets, reviewFile } from '../../src/build/draft-article.ts'
import type { Article } from '../../src/core/content/article.ts'
import { parseArticle } from '../../src/core/content/parse-article.ts'
import { draftArticle } from '../../src/core/draft/draft-article.ts'
import { freePort } from '../chromium.ts'
import { accessibilityViolations } from './axe.ts'
import { panelOf, quoteFiguresOf, setUpJourneys } from './journey.ts'

const TEXT = 'tests/fixtures/draft/harbour-strike.txt'
const WORK_DIR = path.resolve('.tmp/draft-e2e')
const CONTENT_DIR = path.join(WORK_DIR, 'content')
// build-site keeps its server bundle in .tmp/ssr/<the out folder's name>: a name no other build uses.
const OUT_DIR = path.join(WORK_DIR, 'draft-site')

const journeys = setUpJourneys()
let server: PreviewServer | undefined
let origin: string
let article: Article
let page: Page

beforeAll(async () => {
  rmSync(WORK_DIR, { recursive: true, force: true })
  mkdirSync(CONTENT_DIR, { recursive: true })
  // As `npm run content:draft -- harbour-strike.txt --out <folder>/` writes it: the article and its review list.
  const draft = draftArticle(readFileSync(TEXT, 'utf8'))
  expect(draft.problems).toEqual([])
  const targets = draftTargets(
    {
      input: TEXT,
      out: { folder: CONTENT_DIR },
      slug: null,
      summary: false,
      outlet: null,
      language: null,
      force: false,
    },
    draft.article.slug,
  )!
  writeFileSync(targets.article, articleJson(draft))
  writeFileSync(targets.review, reviewFile(draft, TEXT))

  // The content check, on the file as written: it parses, and its slug is its name.
  const file = readdirSync(CONTENT_DIR).filter((name) => name.endsWith('.json'))
  expect(file).toEqual([`${draft.article.slug}.json`])
  const checked = parseArticle(JSON.parse(readFileSync(targets.article, 'utf8')), draft.article.slug)
  if (!checked.ok) throw new Error(`The draft fails the content check: ${JSON.stringify(checked.errors)}`)
  article = checked.article

  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  await buildSite({ contentDir: CONTENT_DIR, outDir: OUT_DIR, siteUrl: origin })
  server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
}, 600_000)

afterAll(async () => {
  await server?.close()
})

const open = async (where: string) => {
  page = await journeys.open(where, { baseURL: origin })
}
const articlePath = () => `/articles/${article.slug}`
const speakerName = (id: string) => article.speakers.find((speaker) => speaker.id === id)!.name

describe('a drafted article, built and read', () => {
  it('is the one article on the home page: the review list beside it is not taken for another', async () => {
    await open('/')
    await expect.poll(() => page.getByRole('link', { name: article.headline }).count()).toBe(1)
    await expect.poll(() => page.locator('a[href^="/articles/"]').count()).toBe(1)
  })

  it('shows every drafted quote as a card with its speaker', async () => {
    await open(articlePath())
    expect(article.quotes.length).toBeGreaterThan(5)
    await expect.poll(() => quoteFiguresOf(page).count()).toBe(article.quotes.length)
    for (const quote of article.quotes) {
      const card = panelOf(page).locator(`[data-quote-card="${quote.id}"]`)
      await expect.poll(() => card.locator('figcaption').textContent()).toContain(speakerName(quote.speaker))
      expect(await card.getAttribute('aria-label')).toMatch(new RegExp(` by ${speakerName(quote.speaker)}$`))
    }
  })

  it('marks every quote and every mention in the text, each with its speaker', async () => {
    await open(articlePath())
    await page.locator('article [data-quote]').first().waitFor()
    for (const quote of article.quotes) {
      const marks = page.locator(`article [data-quote="${quote.id}"]`)
      await expect.poll(() => marks.count()).toBe(quote.anchors.length)
      expect(await marks.first().getAttribute('data-quote-speaker')).toBe(quote.speaker)
    }
    for (const speaker of article.speakers) {
      const expected = article.mentions.filter((mention) => mention.speaker === speaker.id).length
      expect(expected, `mentions of ${speaker.name}`).toBeGreaterThan(0)
      await expect.poll(() => page.locator(`article [data-speaker="${speaker.id}"]`).count()).toBe(expected)
      expect(await page.locator(`article [data-speaker="${speaker.id}"]`).first().getAttribute('title')).toBe(
        speaker.name,
      )
    }
  })

  it('passes axe', async () => {
    await open(articlePath())
    await quoteFiguresOf(page).first().waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  }, 60_000)
})
