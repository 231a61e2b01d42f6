// The palette in the stylesheet and the copy that preview cards are drawn with stay the same colours.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { LIGHT_PALETTE, OTHER_SLOT, PALETTE_SIZE } from '../../src/core/speakers/speaker-palette.ts'

const stylesheet = readFileSync('src/styles.css', 'utf8')

it('draws preview cards in the light palette of the stylesheet, the neutral slot last', () => {
  const root = /:root\s*\{([^}]*)\}/.exec(stylesheet)![1]!
  const light = Array.from({ length: PALETTE_SIZE + 1 }, (_, slot) => {
    const name = slot === OTHER_SLOT ? 'other' : slot
    return new RegExp(`--palette-${name}:\\s*light-dark\\((#[0-9a-f]{6}),`).exec(root)?.[1]
  })
  expect(light).toEqual(LIGHT_PALETTE)
})

it('defines a .speaker-N class for every slot the palette hands out, and no more', () => {
  const defined = [...stylesheet.matchAll(/\.speaker-(\d+)\s*\{/g)].map((match) => Number(match[1]))
  expect(defined).toEqual(Array.from({ length: PALETTE_SIZE + 1 }, (_, slot) => slot))
  expect(stylesheet).toMatch(
    new RegExp(`\\.speaker-${OTHER_SLOT}\\s*\\{[^}]*--speaker:\\s*var\\(--palette-other\\)`),
  )
})
