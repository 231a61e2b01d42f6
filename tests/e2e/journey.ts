// What every journey file shares: one Chromium per file, a fresh page per journey, and the rule that a journey
// fails on any console error or warning or uncaught exception.
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { launchBrowser, openPage, recordProblems, type WatchedPage } from './browser.ts'

export const SEED = 'csto-members-seek-dialogue'
export const seed = JSON.parse(readFileSync(`src/content/articles/${SEED}.json`, 'utf8')) as ArticleSource

/** Registers the browser's lifecycle for this file; `open` starts a journey on a new page. */
export function setUpJourneys() {
  let browser: Browser
  let watched: WatchedPage | undefined
  /** Problems of the pages a journey opened before its current one. */
  let earlierProblems: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async () => {
    const problems = [...earlierProblems, ...(watched?.problems ?? [])]
    await watched?.close()
    watched = undefined
    earlierProblems = []
    expect(problems, 'console errors, warnings or uncaught exceptions').toEqual([])
  })

  return {
    /**
     * Opens `path` in a fresh context; more pages of that context come from `page.context().newPage()`.
     * `initScript` runs in the page before any of its own scripts.
     */
    async open(path: string, options?: BrowserContextOptions, initScript?: string): Promise<Page> {
      // A journey may open several pages in turn: each earlier one is closed, its problems kept.
      if (watched) {
        earlierProblems.push(...watched.problems)
        await watched.close()
      }
      watched = await openPage(browser, options)
      if (initScript) await watched.page.addInitScript({ content: initScript })
      await watched.page.goto(path)
      if (options?.javaScriptEnabled !== false && path !== 'about:blank') await appReady(watched.page)
      return watched.page
    },
    /** Records the console of another page of the same journey, so it too fails the journey on an error. */
    watch(page: Page): Page {
      recordProblems(page, watched!.problems)
      return page
    },
  }
}

/** The reading panel and the quote cards in it. */
export const panelOf = (page: Page) => page.getByRole('complementary', { name: /Quotes/ })
export const quoteFiguresOf = (page: Page) => panelOf(page).locator('figure')

/** The tint of a quote's first mark in the text: transparent where the filter leaves it unmarked. */
export const quoteTintOf = (page: Page, quoteId: string) =>
  page
    .locator(`article [data-quote="${quoteId}"]`)
    .first()
    .evaluate((mark) => getComputedStyle(mark).backgroundColor)

/** Waits until the app has taken over the prerendered page; a click before that would find no handler. */
export function appReady(page: Page): Promise<unknown> {
  return page.waitForSelector('html[data-app="ready"]', { state: 'attached' })
}

/**
 * Resolves once the page has rendered two more frames: by then whatever an earlier event set in motion (a
 * render, an effect, work put off to the next frame) has been painted. For checks that something did not happen.
 */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )
}
