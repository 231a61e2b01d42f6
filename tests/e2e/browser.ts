// Debian's Chromium driven by playwright-core, headless and offline, with every console error collected.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.ts'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
}

export const baseURL = () => inject('baseURL')

export interface WatchedPage {
  page: Page
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[]
  close: () => Promise<void>
}

/** A new page in a fresh context that records every console error, warning and uncaught exception. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL: baseURL(), ...options })
  const page = await context.newPage()
  const problems: string[] = []
  recordProblems(page, problems)
  return { page, problems, close: () => context.close() }
}

/** Adds every console error and warning and uncaught exception of `page` to `problems`. */
export function recordProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
}
