// How a paragraph past the first screen stands in for itself until the browser lays it out (decision 012).

/**
 * Past the first screen, the browser may skip laying out a paragraph until it comes near (`deferred` in styles.css),
 * standing in a height estimated from its length, N twelve-character units, so that the page keeps roughly its
 * real height and a scroll target does not run away as paragraphs above it are laid out. N is the nearest of
 * LAYOUT_UNITS: one class each in the stylesheet, which every page carries inline, so a few dozen, not hundreds.
 */
export function deferredLayoutClass(text: string): string {
  const units = Math.ceil(text.length / 12)
  let nearest: number = LAYOUT_UNITS[0]
  for (const candidate of LAYOUT_UNITS)
    if (Math.abs(candidate - units) < Math.abs(nearest - units)) nearest = candidate
  return `deferred cv-${nearest}`
}

/** The estimates a deferred paragraph may have: within about a tenth of any length; styles.css lists the same. */
export const LAYOUT_UNITS = [
  1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 200,
] as const
