// The editor's journey (issue 14), against the development server on a copy of the content folder: a plain text
// drafted, completed by selection and by keyboard (a missed quote, a speaker renamed, two speakers merged, an
// issue with two positions and their evidence), kept across a reload, saved into a file the content check
// accepts, and read in the reader. Tests never write into src/content/articles.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadArticleFile } from '../../src/build/content-files.ts'
import { DEFAULT_CONTENT_DIR } from '../../src/build/content-files.ts'
import { siteConfig } from '../../src/build/site-config.ts'
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { freePort } from '../chromium.ts'
import { accessibilityViolations } from './axe.ts'
import { appReady, setUpJourneys } from './journey.ts'

const TEXT = readFileSync('tests/fixtures/editor-bridge-vote.txt', 'utf8')
const SLUG = 'valley-council-delays-vote-river-bridge'
const WORK_DIR = path.resolve('.tmp/editor-e2e')
const CONTENT_DIR = path.join(WORK_DIR, 'content')
const SEED = 'csto-members-seek-dialogue'

const journeys = setUpJourneys()
let server: ViteDevServer | undefined
let origin: string
let page: Page

beforeAll(async () => {
  rmSync(WORK_DIR, { recursive: true, force: true })
  mkdirSync(CONTENT_DIR, { recursive: true })
  cpSync(DEFAULT_CONTENT_DIR, CONTENT_DIR, { recursive: true })
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = await createServer({
    configFile: false,
    logLevel: 'silent',
    ...siteConfig({ contentDir: CONTENT_DIR, outDir: path.join(WORK_DIR, 'dist') }),
    server: { port, strictPort: true, host: '127.0.0.1' },
  })
  await server.listen()
}, 120_000)

afterAll(async () => {
  await server?.close()
})

const open = async (where: string) => {
  page = await journeys.open(where, { baseURL: origin, viewport: { width: 1400, height: 1000 } })
}
const fileOf = (slug: string) => path.join(CONTENT_DIR, `${slug}.json`)
const readArticle = (slug: string) => JSON.parse(readFileSync(fileOf(slug), 'utf8')) as ArticleSource
const status = () => page.locator('header [role="status"]').textContent()
const checkPanel = () => page.getByRole('region', { name: 'Check' })

/** Selects `words` in a block of the article, as a reader's drag would. */
async function selectWords(block: string, words: string) {
  await page.evaluate(
    ([block, words]) => {
      const element = document.querySelector(`article [data-block="${block}"]`)!
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const nodes: [Text, number][] = []
      let text = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push([node as Text, text.length])
        text += (node as Text).data
      }
      const start = text.indexOf(words)
      if (start < 0) throw new Error(`"${words}" is not in ${block}`)
      const point = (offset: number, end: boolean): [Text, number] => {
        for (const [node, at] of nodes)
          if (offset < at + node.data.length || (end && offset === at + node.data.length))
            return [node, offset - at]
        throw new Error('past the block')
      }
      const range = document.createRange()
      range.setStart(...point(start, false))
      range.setEnd(...point(start + words.length, true))
      getSelection()!.removeAllRanges()
      getSelection()!.addRange(range)
    },
    [block, words] as const,
  )
}

/** Types words into Find and finds them `times` times (each time the next occurrence). */
async function find(words: string, times = 1) {
  await page.locator('#main').focus()
  await page.keyboard.press('/')
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-words')
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(words)
  for (let time = 0; time < times; time++) await page.keyboard.press('Enter')
}

describe('the editor', () => {
  it('drafts a text, takes corrections by selection and by keyboard, keeps them over a reload, and saves a file the check accepts', async () => {
    await open('/edit')
    await expect.poll(() => page.getByRole('heading', { name: 'New article' }).count()).toBe(1)
    await page.getByRole('textbox', { name: 'Article text' }).fill(TEXT)
    await page.getByRole('button', { name: 'Draft' }).click()
    await page.waitForURL(`**/edit/${SLUG}`)
    await page.locator('article [data-quote]').first().waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Valley council delays vote on river bridge',
    )
    await expect.poll(() => checkPanel().textContent()).toContain('No errors')

    // The quote the draft missed, by selection, with the d key.
    expect(await page.locator('article [data-block="p8"] [data-quote]').count()).toBe(0)
    await page
      .getByRole('combobox', { name: 'Speaker', exact: true })
      .selectOption({ label: 'Engineer Clara Osei' })
    await selectWords('p8', '“Build it once, and build it right.”')
    await expect
      .poll(() => page.getByRole('region', { name: 'Selected words' }).textContent())
      .toContain('Build it once, and build it right.')
    await page.locator('#main').focus()
    await page.keyboard.press('d')
    const missed = page.locator('article [data-block="p8"] [data-quote="osei-build-it-once-build"]')
    await expect.poll(() => missed.textContent()).toBe('Build it once, and build it right.')
    // No reporting verb in the paragraph: the check asks for a cue or a source, and its error leads to the quote.
    await checkPanel()
      .getByRole('button', { name: /quotes\[8\]\.cue/ })
      .click()
    await expect
      .poll(() => page.getByRole('heading', { name: /Quote \(osei-build-it-once-build\)/ }).count())
      .toBe(1)
    await find('Osei', 2)
    await expect
      .poll(() => page.getByRole('region', { name: 'Selected words' }).textContent())
      .toContain('Osei')
    await page.getByRole('button', { name: /Source of the quote/ }).click()
    await expect.poll(() => checkPanel().textContent()).toContain('No errors')

    // Reloading in the middle loses nothing; leaving with unsaved work is guarded.
    const guard = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type())
        void dialog.accept()
      }),
    )
    await page.reload()
    expect(await guard).toBe('beforeunload')
    await appReady(page)
    await expect.poll(() => missed.count()).toBe(1)
    await expect.poll(() => status()).toContain('Unsaved changes restored')
    await expect.poll(() => checkPanel().textContent()).toContain('No errors')

    // A speaker renamed, with a role.
    const osei = page.getByRole('group', { name: 'Engineer Clara Osei' })
    await osei.getByRole('textbox', { name: 'Name', exact: true }).fill('Clara Osei')
    await osei.getByRole('textbox', { name: 'Name', exact: true }).press('Enter')
    const clara = page.getByRole('group', { name: 'Clara Osei' })
    await clara.getByRole('textbox', { name: 'Role' }).fill('Engineer')
    await clara.getByRole('textbox', { name: 'Role' }).press('Enter')
    await expect
      .poll(() => page.locator('article [data-speaker="engineer-clara-osei"]').first().getAttribute('title'))
      .toBe('Clara Osei')

    // Two speakers merged: Bob Vance is Robert Vance.
    const bob = page.getByRole('group', { name: 'Bob Vance' })
    await bob.getByRole('combobox', { name: 'Merge Bob Vance into' }).selectOption({ label: 'Robert Vance' })
    await bob.getByRole('button', { name: 'Merge' }).click()
    await expect.poll(() => page.getByRole('group', { name: 'Bob Vance' }).count()).toBe(0)
    await expect
      .poll(() =>
        page.locator('article [data-quote="vance-bridge-has-waited-ten"]').getAttribute('data-quote-speaker'),
      )
      .toBe('robert-vance')

    // One issue, two positions, with evidence: a quote, and words picked by selection.
    await page.getByRole('textbox', { name: 'New issue' }).fill('When to vote on the bridge')
    await page.getByRole('button', { name: 'Add issue' }).click()
    const issue = page.getByRole('group', { name: 'When to vote on the bridge' })
    await issue.getByRole('combobox', { name: 'Position of' }).selectOption({ label: 'Robert Vance' })
    await issue
      .getByRole('textbox', { name: 'Stance, in one line' })
      .fill('Wants a proper hearing before the vote.')
    await issue.getByRole('button', { name: 'Add position' }).click()
    await issue
      .getByRole('combobox', { name: 'A quote of Robert Vance' })
      .selectOption({ label: 'We owe people a proper hearing,' })
    await issue.getByRole('button', { name: 'Add as evidence' }).click()
    await issue.getByRole('combobox', { name: 'Position of' }).selectOption({ label: 'Marta Lindgren' })
    await issue
      .getByRole('textbox', { name: 'Stance, in one line' })
      .fill('Wants the bridge built without delay.')
    await issue.getByRole('button', { name: 'Add position' }).click()
    await find('the school bus goes the long way round')
    await page.keyboard.press('Escape')
    await page.keyboard.press('e')
    await expect.poll(() => status()).toContain('Evidence added to the position of Marta Lindgren')
    await expect.poll(() => checkPanel().textContent()).toContain('No errors')

    // Saved: a file the content check accepts, with every correction in it.
    await page.keyboard.press('ControlOrMeta+S')
    await expect.poll(() => status()).toContain(`Saved to ${SLUG}.json`)
    const checked = loadArticleFile(fileOf(SLUG))
    expect(checked.ok ? [] : checked.errors).toEqual([])
    const saved = readArticle(SLUG)
    expect(saved.quotes.find((quote) => quote.id === 'osei-build-it-once-build')).toMatchObject({
      speaker: 'engineer-clara-osei',
      kind: 'direct',
      in: 'p8',
      text: 'Build it once, and build it right.',
      source: { in: 'p8', text: 'Osei' },
    })
    expect(saved.speakers.find((speaker) => speaker.id === 'engineer-clara-osei')).toMatchObject({
      name: 'Clara Osei',
      role: 'Engineer',
    })
    expect(saved.speakers.some((speaker) => speaker.id === 'bob-vance')).toBe(false)
    expect(saved.issues).toEqual([{ id: 'when-vote-bridge', title: 'When to vote on the bridge' }])
    expect(saved.positions).toEqual([
      {
        speaker: 'robert-vance',
        issue: 'when-vote-bridge',
        stance: 'Wants a proper hearing before the vote.',
        evidence: [{ quote: 'vance-we-owe-people-proper' }],
      },
      {
        speaker: 'marta-lindgren',
        issue: 'when-vote-bridge',
        stance: 'Wants the bridge built without delay.',
        evidence: [{ in: 'p5', text: 'the school bus goes the long way round' }],
      },
    ])
    expect(readFileSync(fileOf(SLUG), 'utf8')).toBe(`${JSON.stringify(saved, null, 2)}\n`)

    // A save with no change leaves the file byte for byte.
    const before = readFileSync(fileOf(SLUG), 'utf8')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => status()).toContain('the file already said exactly this')
    expect(readFileSync(fileOf(SLUG), 'utf8')).toBe(before)

    // The reader shows it.
    await open(`/articles/${SLUG}`)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Valley council delays vote on river bridge')
    await expect.poll(() => page.locator('article [data-quote="osei-build-it-once-build"]').count()).toBe(1)
    await expect.poll(() => page.locator('figure[data-quote-card]').count()).toBe(saved.quotes.length)
  }, 120_000)

  it('works by keyboard: undo, redo, delete a chosen mark, find words', async () => {
    await open(`/edit/${SEED}`)
    await page.locator('article [data-quote]').first().waitFor()
    const quotes = page.locator('article [data-quote]')
    const count = await quotes.count()
    const first = page
      .getByRole('region', { name: /^Quotes/ })
      .getByRole('button')
      .first()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('heading', { name: /^Quote \(/ }).count()).toBe(1)
    await page.keyboard.press('Delete')
    await expect.poll(() => quotes.count()).toBeLessThan(count)
    await page.keyboard.press('ControlOrMeta+Z')
    await expect.poll(() => quotes.count()).toBe(count)
    await page.keyboard.press('ControlOrMeta+Shift+Z')
    await expect.poll(() => quotes.count()).toBeLessThan(count)
    await page.keyboard.press('ControlOrMeta+Z')
    await expect.poll(() => quotes.count()).toBe(count)
    await find('Lavrov')
    await expect
      .poll(() => page.getByRole('region', { name: 'Selected words' }).textContent())
      .toContain('Lavrov')
    // Every key is listed.
    const keys = page.getByRole('region', { name: 'Keys' })
    for (const action of ['Undo', 'Save the file', 'Delete the chosen quote or mention'])
      expect(await keys.textContent()).toContain(action)
  })

  it('does not overwrite a file changed on disk without asking, and the change does not reload the editor', async () => {
    const copy = { ...readArticle(SEED), slug: 'csto-copy' }
    writeFileSync(fileOf('csto-copy'), `${JSON.stringify(copy, null, 2)}\n`)
    await open('/edit/csto-copy')
    await page.locator('article [data-quote]').first().waitFor()
    const name = page
      .getByRole('group')
      .filter({ has: page.getByRole('textbox', { name: 'Affiliation' }) })
      .first()
    await name.getByRole('textbox', { name: 'Affiliation' }).fill('Government of Russia')
    await name.getByRole('textbox', { name: 'Affiliation' }).press('Enter')
    // A mark on this page's window: a reload would take it away.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }))
    const meanwhile = `${JSON.stringify({ ...copy, published: '2024-06-21' }, null, 2)}\n`
    writeFileSync(fileOf('csto-copy'), meanwhile)
    await page.waitForTimeout(1000)
    expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    await page.getByRole('button', { name: 'Save' }).click()
    const dialog = page.getByRole('dialog', { name: 'The file changed on disk' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    expect(readFileSync(fileOf('csto-copy'), 'utf8')).toBe(meanwhile)
    await page.getByRole('button', { name: 'Save' }).click()
    await dialog.getByRole('button', { name: 'Overwrite' }).click()
    await expect.poll(() => status()).toContain('Saved to csto-copy.json')
    expect(readArticle('csto-copy').speakers[0]!.affiliation).toBe('Government of Russia')
  })

  it('writes only for its own pages, only valid slugs, only what the check accepts', async () => {
    const save = (slug: string, headers: Record<string, string>) =>
      fetch(`${origin}/__editor/articles/${slug}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ article: readArticle(SEED), baseHash: null }),
      })
    expect((await save('stolen', { Origin: 'https://elsewhere.example' })).status).toBe(403)
    expect((await save('stolen', {})).status).toBe(403)
    expect((await save('..%2Fescape', { Origin: origin })).status).toBe(404)
    expect((await save('Not_A_Slug', { Origin: origin })).status).toBe(400)
    expect(await (await save('another-slug', { Origin: origin })).json()).toMatchObject({ kind: 'invalid' })
    expect(
      readdirSync(CONTENT_DIR).filter((name) => /stolen|escape|another-slug|Not_A_Slug/.test(name)),
    ).toEqual([])
    expect(readdirSync(WORK_DIR).filter((name) => /escape/.test(name))).toEqual([])
  })

  it('passes axe: the list, an article, a chosen quote', async () => {
    await open('/edit')
    await page
      .getByRole('link', { name: /Lavrov/ })
      .first()
      .waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await open(`/edit/${SEED}`)
    await page.locator('article [data-quote]').first().waitFor()
    await page
      .getByRole('region', { name: /^Quotes/ })
      .getByRole('button')
      .first()
      .click()
    await page.getByRole('heading', { name: /^Quote \(/ }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
  }, 60_000)
})

describe('a broken article on the development server', () => {
  it('shows its errors on its own page, while every other article works', async () => {
    const broken = readArticle(SEED)
    broken.slug = 'broken-copy'
    ;(broken.quotes[2] as { text?: string }).text = 'words the article never says'
    writeFileSync(fileOf('broken-copy'), JSON.stringify(broken, null, 2))
    // The server notices the new file before a page opens: a page open meanwhile would be reloaded under the test.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await open('/articles/broken-copy')
    // Its own page says it cannot be read (src/app/broken-article-page.tsx lists the errors once article-page
    // uses it); the development server's overlay, which used to replace every page, never comes.
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 15_000 }).toBe(1)
    expect(await page.locator('vite-error-overlay').count()).toBe(0)
    await open(`/articles/${SEED}`)
    await expect.poll(() => page.locator('figure[data-quote-card]').count()).toBeGreaterThan(0)
    await open('/edit/broken-copy')
    await expect.poll(() => checkPanel().textContent()).toContain('quotes[2].text')
  })
})
