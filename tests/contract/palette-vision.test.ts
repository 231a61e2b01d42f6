// Speaker colours stand out from the page and stay apart for readers with colour-vision deficiencies.
//
// Criterion. A speaker's mark is an underline in its colour (2px, 4px for slots drawn heavier, 1px for the
// neutral one) over a 13% tint of it. The underline must reach WCAG 1.4.11's 3:1 against the paper and the panel. For telling speakers apart,
// colours are compared with CIEDE2000 in CIELAB (D65), for normal vision and for protanopia, deuteranopia and
// tritanopia simulated with Machado, Oliveira & Fernandes (2009) at severity 1.0: full dichromacy, the worst
// case; anomalous trichromats see more. The twelve slots go to an article's twelve most quoted speakers; the
// rest share a neutral thirteenth (decision 007). Pairs that must differ:
// - for normal vision, all thirteen with each other (an article with twelve speakers or more shows them all);
// - slots 0–4 with each other: an article's first five speakers, the common case, are on screen together;
// - slots sharing an underline style, whatever its thickness (solid 0/5/10 and the neutral slot, dashed 1/6/11,
//   dotted 2/7, double 3/8, wavy 4/9): for them colour is the only sure difference.
// Every other pair differs by underline style, so under a simulation it is told apart by its line.
// Threshold: ΔE00 ≥ 10. A ΔE00 of about 1 is just noticeable between large patches side by side; these
// marks are thin lines and faint tints, usually seen apart and matched from memory, and colour differences
// shrink for small marks (Stone, Szafir & Setlur 2014), so we ask for ten times that, the usual floor for
// colours meant to be told apart at a glance. It is not tuned to the palette: the palette was chosen to
// clear it (with a margin: its smallest difference is about 12).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LIGHT_PALETTE, OTHER_SLOT, PALETTE_SIZE } from '../../src/core/speakers/speaker-palette.ts'
import { LIGHT_COLOURS } from '../../src/core/theme/colour-tokens.ts'
import {
  contrastRatio,
  deltaE2000,
  parseHex,
  simulate,
  toLab,
  VISIONS,
  type Lab,
  type LinearRgb,
} from './colour.ts'

const MIN_CONTRAST = 3
const MIN_DELTA_E = 10
const stylesheet = readFileSync('src/styles.css', 'utf8')

/** The light and dark value of a `--name: light-dark(#light, #dark)` token in the stylesheet. */
function token(name: string): [light: string, dark: string] {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(
    stylesheet,
  )
  if (!match) throw new Error(`styles.css has no light-dark() value for --${name}`)
  return [match[1]!, match[2]!]
}

/** The underline pattern of a slot, from the stylesheet's `.speaker-N` rule. */
function pattern(slot: number): string {
  const match = new RegExp(`\\.speaker-${slot}\\s*\\{[^}]*--speaker-line:\\s*([a-z]+)`).exec(stylesheet)
  if (!match) throw new Error(`styles.css gives .speaker-${slot} no --speaker-line`)
  return match[1]!
}

/** The colour token of a slot: `--palette-N`, or `--palette-other` for the shared neutral slot. */
const tokenOf = (slot: number) => (slot === OTHER_SLOT ? 'palette-other' : `palette-${slot}`)

// Slots 0–11 and the neutral one after them.
const slots = Array.from({ length: PALETTE_SIZE + 1 }, (_, slot) => slot)
const allPairs = slots.flatMap((a) => slots.filter((b) => b > a).map((b): [number, number] => [a, b]))
const togetherPairs = allPairs.filter(([a, b]) => b < 5 || pattern(a) === pattern(b))

const schemes = (['light', 'dark'] as const).map((scheme, index) => {
  const pick = (name: string) => token(name)[index]!
  return {
    scheme,
    palette: slots.map((slot) => pick(tokenOf(slot))),
    backgrounds: { paper: pick('color-paper'), panel: pick('color-panel') },
  }
})

// Preview cards are drawn outside the page, from copies of the light tokens; they stay the page's colours.
it('draws preview cards in the light paper, ink, accent and palette of the stylesheet', () => {
  const light = (name: string) => token(name)[0].toLowerCase()
  expect(LIGHT_COLOURS).toEqual({
    paper: light('color-paper'),
    ink: light('color-ink'),
    inkSoft: light('color-ink-soft'),
    accent: light('color-accent'),
  })
  expect(LIGHT_PALETTE).toEqual(slots.map((slot) => light(tokenOf(slot))))
})

/** Pairs closer than the threshold, as `slot/slot (#hex/#hex): ΔE`, for a readable failure. */
function closePairs(palette: string[], pairs: [number, number][], see: (colour: LinearRgb) => LinearRgb) {
  const labs: Lab[] = palette.map((hex) => toLab(see(parseHex(hex))))
  return pairs
    .map(([a, b]) => ({ a, b, difference: deltaE2000(labs[a]!, labs[b]!) }))
    .filter(({ difference }) => difference < MIN_DELTA_E)
    .map(({ a, b, difference }) => `${a}/${b} (${palette[a]}/${palette[b]}): ${difference.toFixed(1)}`)
}

it('measures colour the way the published references do', () => {
  expect(contrastRatio(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 6)
  // Test pairs 1, 7 and 17 of Sharma, Wu & Dalal (2005).
  expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4)
  expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4)
  expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4)
  // Pure red as a protanope sees it, per Machado et al.'s severity-1.0 matrix: dark and yellowish.
  expect(simulate(parseHex('#ff0000'), 'protanopia')[2]).toBeCloseTo(0, 2)
  expect(toLab(simulate(parseHex('#ff0000'), 'protanopia'))[2]).toBeGreaterThan(30)
})

/** `background` under a 13% layer of `colour`, mixed in sRGB as `color-mix(in srgb, …)` does. */
function tint(colour: string, background: string): string {
  const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  const over = channels(colour)
  return `#${channels(background)
    .map((channel, index) => Math.round(channel * 0.87 + over[index]! * 0.13))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`
}

for (const { scheme, palette, backgrounds } of schemes) {
  describe(`in the ${scheme} scheme`, () => {
    it('draws every speaker’s underline at 3:1 or more against its tint on the page and on the panel', () => {
      const weak = palette.flatMap((colour, slot) =>
        Object.entries(backgrounds)
          .map(([name, background]) => ({
            name,
            // The line is drawn over the mark's own tint: measure against the tinted page, the weaker case.
            ratio: contrastRatio(parseHex(colour), parseHex(tint(colour, background))),
          }))
          .filter(({ ratio }) => ratio < MIN_CONTRAST)
          .map(({ name, ratio }) => `slot ${slot} (${colour}) on ${name}: ${ratio.toFixed(2)}:1`),
      )
      expect(weak).toEqual([])
    })

    it('gives all twelve speakers, and the neutral slot, colours that are told apart at a glance', () => {
      expect(closePairs(palette, allPairs, (colour) => simulate(colour, 'normal vision'))).toEqual([])
    })

    it.each(VISIONS.filter((vision) => vision !== 'normal vision'))(
      'keeps the first five speakers, and speakers with the same underline style, apart in colour with %s',
      (vision) => {
        expect(closePairs(palette, togetherPairs, (colour) => simulate(colour, vision))).toEqual([])
      },
    )
  })
}
