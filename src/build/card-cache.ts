// Preview cards kept by their content: each card is drawn once into a cache folder, under a hash of what it says and
// of what draws it (CARD_RENDERER), and copied into the site from there. A rebuild after an edit draws only the
// cards whose words changed; a change to the drawing code, the fonts or the renderers draws them all anew.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Card } from '../core/seo/preview-card.ts'
import { CARD_RENDERER, renderCard } from './preview-cards.tsx'

/** Where builds keep drawn cards unless told otherwise: beside the other tools' caches, never committed. */
export const DEFAULT_CARD_CACHE_DIR = 'node_modules/.cache/who-said-what/cards'

export interface CardCache {
  /** Writes the card's PNG to `target`, drawing it only if the cache does not hold it yet. */
  copyCard(card: Card, target: string): Promise<void>
  /** How many cards this cache has drawn, and how many it found already drawn. */
  readonly counts: { drawn: number; reused: number }
}

/** A card cache in `dir`; `draw` and `renderer` are the drawing and its fingerprint (tests swap them). */
export function openCardCache(
  dir: string,
  {
    draw = renderCard,
    renderer = CARD_RENDERER,
  }: { draw?: (card: Card) => Promise<Buffer>; renderer?: string } = {},
): CardCache {
  mkdirSync(dir, { recursive: true })
  const counts = { drawn: 0, reused: 0 }
  // Cards being drawn, by file: two pages with the same card at once wait for one drawing.
  const drawing = new Map<string, Promise<void>>()
  const drawInto = async (file: string, card: Card) => {
    // Written whole under another name first: a build stopped half-way leaves no truncated card behind.
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, await draw(card))
    renameSync(partial, file)
  }
  return {
    counts,
    async copyCard(card, target) {
      const file = path.join(dir, `${cardKey(card, renderer)}.png`)
      const pending = drawing.get(file)
      if (pending) await pending
      if (pending || existsSync(file)) counts.reused++
      else {
        const drawn = drawInto(file, card)
        drawing.set(file, drawn)
        try {
          await drawn
        } finally {
          drawing.delete(file)
        }
        counts.drawn++
      }
      mkdirSync(path.dirname(target), { recursive: true })
      copyFileSync(file, target)
    },
  }
}

/** The card's name in the cache: a hash of the renderer's fingerprint and of every field of the card. */
export function cardKey(card: Card, renderer: string): string {
  const fields = Object.entries(card).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return createHash('sha256').update(renderer).update(JSON.stringify(fields)).digest('hex').slice(0, 32)
}
