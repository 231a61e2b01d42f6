// Draws a preview card (1200×630 PNG) for link previews at build time: satori lays out the card as SVG with a
// bundled font, resvg rasterizes it, and it is stored with a 16-colour palette. What the card says is decided in
// core/seo/preview-card.ts; bots that unfurl links run no script, and this is what they show.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import satori from 'satori'
import { CARD_SIZE, SITE_NAME } from '../core/seo/page-meta.ts'
import type { Card } from '../core/seo/preview-card.ts'
import { shorten } from '../core/text/shorten.ts'
import { LIGHT_COLOURS } from '../core/theme/colour-tokens.ts'
import { encodePalettePng, rampPalette, rgbOfHex } from './palette-png.ts'

const require = createRequire(import.meta.url)
const fontFile = (file: string) => readFileSync(require.resolve(`@fontsource/source-serif-4/files/${file}`))

/**
 * Source Serif 4 (SIL Open Font License 1.1), one file per script subset: Latin with Latin Extended ("Erdoğan,
 * Wałęsa, Łódź") and Vietnamese, Cyrillic, Greek. satori reads .woff, not .woff2; each subset is a font of its own
 * name, and satori takes each character from the first font that has it. What they draw together is listed in
 * core/seo/card-glyphs.ts, where the card falls back to naming the language for anything else.
 */
export const CARD_FONT_SUBSETS = [
  'latin',
  'latin-ext',
  'vietnamese',
  'cyrillic',
  'cyrillic-ext',
  'greek',
] as const
const STYLES = [
  { file: '400-normal', weight: 400, style: 'normal' },
  { file: '400-italic', weight: 400, style: 'italic' },
  { file: '700-normal', weight: 700, style: 'normal' },
] as const
export const CARD_FONTS = CARD_FONT_SUBSETS.flatMap((subset) =>
  STYLES.map(({ file, weight, style }) => ({
    name: `Source Serif ${subset}`,
    data: fontFile(`source-serif-4-${subset}-${file}.woff`),
    weight,
    style,
  })),
)
const FONT_FAMILY = CARD_FONT_SUBSETS.map((subset) => `Source Serif ${subset}`).join(', ')
// One array for every card: satori keeps the fonts it has parsed by the array they came in.
const FONT_LIST = [...CARD_FONTS]

/** A card is at most this many bytes (issue 11): link previews fetch it while the reader waits. */
export const CARD_MAX_BYTES = 40 * 1024

/**
 * Steps of anti-aliasing kept from the paper to each ink, tried in turn until the card fits CARD_MAX_BYTES. Five
 * look the same as 255 on a 1200×630 card (compare the edges zoomed in) and make 16 colours with the three inks:
 * 4 bits a pixel, and a card of a long quote near 30 KB where the full-colour PNG was 95 KB. Fewer are kept for
 * the rare card that is still too large (a long quote, a two-line attribution and a two-line headline).
 */
const SHADES = [5, 3, 2]

/**
 * What a card's pixels depend on besides the card itself: this drawing code and the modules it draws with, the
 * fonts, the colours and the versions of satori and resvg. The card cache (card-cache.ts) keys cards by it, so
 * changing any of them draws every card anew.
 */
export const CARD_RENDERER = fingerprintOf([
  ...['./preview-cards.tsx', './palette-png.ts', '../core/text/shorten.ts'].map((module) =>
    readFileSync(fileURLToPath(new URL(module, import.meta.url))),
  ),
  ...CARD_FONTS.map((entry) => entry.data),
  JSON.stringify({ LIGHT_COLOURS, CARD_SIZE, SITE_NAME }),
  ...['satori', '@resvg/resvg-js'].map(
    (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
  ),
])

/** The card as PNG bytes. Cards may be drawn several at once: resvg rasterizes off the main thread. */
export async function renderCard(card: Card): Promise<Buffer> {
  const { svg, missing } = await laidOut(card)
  // previewCard falls back before a card needs a character the fonts lack (core/seo/card-glyphs.ts): this is a
  // bug there, drawn as empty boxes, and said so.
  if (missing.length > 0)
    console.warn(
      `A preview card was drawn with characters its fonts do not have (${missing.join(' ')}): ` +
        'core/seo/card-glyphs.ts does not match the fonts in src/build/preview-cards.tsx',
    )
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    // satori has turned every glyph into a path: resvg needs no fonts, and scanning the system's is slow.
    font: { loadSystemFonts: false },
  })
  const inks = [LIGHT_COLOURS.ink, LIGHT_COLOURS.inkSoft, card.accent].map(rgbOfHex)
  let png: Buffer = Buffer.alloc(0)
  for (const shades of SHADES) {
    const palette = rampPalette(rgbOfHex(LIGHT_COLOURS.paper), inks, shades)
    png = encodePalettePng(image.pixels, image.width, image.height, palette)
    if (png.length <= CARD_MAX_BYTES) break
  }
  return png
}

// satori keeps the state of a layout in its module while it awaits: one card is laid out at a time.
let layouts: Promise<unknown> = Promise.resolve()

/** The characters of a card that no font of the cards has, as satori finds them when it lays the card out. */
export async function missingGlyphs(card: Card): Promise<string[]> {
  return (await laidOut(card)).missing
}

function laidOut(card: Card): Promise<{ svg: string; missing: string[] }> {
  const missing: string[] = []
  const svg = layouts.then(() => cardSvg(card, missing)).then((laid) => ({ svg: laid, missing }))
  layouts = svg.catch(() => undefined)
  return svg
}

/** The card laid out as SVG, its text as paths; characters no font has are added to `missing`. */
function cardSvg(card: Card, missing: string[]): Promise<string> {
  const text = shorten(card.text, 230)
  return satori(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: LIGHT_COLOURS.paper,
        color: LIGHT_COLOURS.ink,
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{ width: 24, height: '100%', background: card.accent }} />
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, padding: '56px 72px 48px 64px' }}>
        <div style={{ fontSize: 28, color: LIGHT_COLOURS.inkSoft, letterSpacing: 1 }}>{card.eyebrow}</div>
        <div
          style={{
            display: 'flex',
            flex: 1,
            alignItems: 'center',
            fontSize: text.length > 140 ? 46 : 58,
            lineHeight: 1.25,
            fontStyle: card.italic ? 'italic' : 'normal',
            fontWeight: card.attribution === null ? 700 : 400,
          }}
        >
          {text}
        </div>
        {card.attribution !== null && (
          <div style={{ fontSize: 34, fontWeight: 700, marginBottom: 20 }}>— {card.attribution}</div>
        )}
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            gap: 32,
            fontSize: 24,
            color: LIGHT_COLOURS.inkSoft,
            borderTop: `2px solid ${card.accent}`,
            paddingTop: 16,
          }}
        >
          <span style={{ flex: 1 }}>{shorten(card.footer, 90)}</span>
          <span style={{ fontWeight: 700, color: LIGHT_COLOURS.ink }}>{SITE_NAME}</span>
        </div>
      </div>
    </div>,
    {
      ...CARD_SIZE,
      fonts: FONT_LIST,
      // Asked only for the words no loaded font can draw; no font is added, so they stay missing.
      loadAdditionalAsset: (_language, segment) => {
        missing.push(segment)
        return Promise.resolve([])
      },
    },
  )
}

function fingerprintOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(createHash('sha256').update(part).digest())
  return hash.digest('hex')
}
