// Draws a preview card (1200×630 PNG) for link previews at build time: satori lays out the card as SVG with a
// bundled font, resvg rasterizes it. What the card says is decided in core/seo/preview-card.ts; bots that unfurl
// links run no script, and this is what they show.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'
import { CARD_SIZE, SITE_NAME } from '../core/seo/page-meta.ts'
import type { Card } from '../core/seo/preview-card.ts'
import { shorten } from '../core/text/shorten.ts'
import { LIGHT_COLOURS } from '../core/theme/colour-tokens.ts'

const require = createRequire(import.meta.url)
const font = (file: string) => readFileSync(require.resolve(`@fontsource/source-serif-4/files/${file}`))
// satori reads .woff, not .woff2.
const FONTS = [
  { name: 'Source Serif', data: font('source-serif-4-latin-400-normal.woff'), weight: 400, style: 'normal' },
  { name: 'Source Serif', data: font('source-serif-4-latin-400-italic.woff'), weight: 400, style: 'italic' },
  { name: 'Source Serif', data: font('source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
] as const

/** The card as PNG bytes. */
export async function renderCard(card: Card): Promise<Buffer> {
  const text = shorten(card.text, 230)
  const svg = await satori(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        background: LIGHT_COLOURS.paper,
        color: LIGHT_COLOURS.ink,
        fontFamily: 'Source Serif',
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
    { ...CARD_SIZE, fonts: [...FONTS] },
  )
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng()
}
