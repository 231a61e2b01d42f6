// Runs axe-core (through @axe-core/playwright) on the page and returns its WCAG 2.2 A/AA and best-practice
// violations, one readable line each, so a failing test says what is wrong and where.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}
