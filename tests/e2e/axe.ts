// Runs axe-core inside the page and returns its WCAG 2.2 A/AA violations, one readable line each.
import axe from 'axe-core'
import type { Page } from 'playwright-core'

export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    )
  })
  return violations
}

declare global {
  interface Window {
    axe: typeof axe
  }
}
