// How text past the first screen stands in for itself until the browser lays it out (decision 012): a paragraph
// on its own in the first chunk of the text, a whole chunk after it.

/**
 * Past the first screen, the browser may skip laying out a paragraph until it comes near (`deferred` in styles.css),
 * standing in a height estimated from its length, N twelve-character units, so that the page keeps roughly its
 * real height and a scroll target does not run away as paragraphs above it are laid out. N is the nearest of
 * LAYOUT_UNITS: one class each in the stylesheet, which every page carries inline, so a few dozen, not hundreds.
 */
export function deferredLayoutClass(text: string): string {
  return `deferred cv-${nearest(LAYOUT_UNITS, unitsOf(text))}`
}

/**
 * The same for a chunk of the text deferred as one box: the estimate of its paragraphs' lengths together, and of
 * the gaps between its blocks (`blocks`: its paragraphs, and a few more for each exchange's frame), which the
 * box holds too. One box for a dozen paragraphs is what makes this cheap: the browser checks every deferred box
 * against the screen whenever the page moves or scrolls, and on a 40,000-word transcript checking each paragraph
 * cost more than the rest of such a frame.
 */
export function deferredChunkClass(texts: readonly string[], blocks: number): string {
  const units = texts.reduce((sum, text) => sum + unitsOf(text), 0)
  return `deferred cv-${nearest(LAYOUT_UNITS, units)} cb-${nearest(LAYOUT_BLOCKS, blocks)}`
}

/** The estimates a deferred box may have: within about a tenth of any length; styles.css lists the same. */
export const LAYOUT_UNITS = [
  1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 200, 240,
  280, 320, 360, 400, 440, 480, 560, 640, 720, 800, 960, 1120, 1280, 1600, 2000, 2400, 2800, 3200,
] as const

/** The numbers of blocks a deferred chunk's gaps are estimated for; styles.css lists the same. */
export const LAYOUT_BLOCKS = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 40, 48, 64,
] as const

/** A text's length in the twelve-character units the estimates count. */
function unitsOf(text: string): number {
  return Math.ceil(text.length / 12)
}

function nearest(steps: readonly number[], value: number): number {
  let best = steps[0]!
  for (const step of steps) if (Math.abs(step - value) < Math.abs(best - value)) best = step
  return best
}
