// The palette in the stylesheet and the copy that preview cards are drawn with stay the same colours.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { LIGHT_PALETTE, PALETTE_SIZE } from '../../src/core/speakers/speaker-palette.ts'

it('draws preview cards in the light palette of the stylesheet', () => {
  const root = /:root\s*\{([^}]*)\}/.exec(readFileSync('src/styles.css', 'utf8'))![1]!
  const stylesheet = Array.from(
    { length: PALETTE_SIZE },
    (_, slot) => new RegExp(`--palette-${slot}:\\s*light-dark\\((#[0-9a-f]{6}),`).exec(root)?.[1],
  )
  expect(stylesheet).toEqual(LIGHT_PALETTE)
})
