// Gives each speaker a palette slot, so their colour and underline style match in the text and the panel.
import type { Speaker } from '../content/article.ts'

/** How many distinct colour-and-pattern pairs the stylesheet defines (.speaker-0 … .speaker-7). */
export const PALETTE_SIZE = 8

/** Palette slot per speaker id, in the order the article lists its speakers; slots repeat past the palette. */
export function speakerPaletteSlots(speakers: readonly Pick<Speaker, 'id'>[]): Map<string, number> {
  return new Map(speakers.map((speaker, index) => [speaker.id, index % PALETTE_SIZE]))
}

/**
 * The light scheme's palette colours, for what is drawn outside the page (preview cards). The stylesheet's
 * `--palette-N` values are the source; a contract test keeps the two equal.
 */
export const LIGHT_PALETTE = [
  '#0d75c2',
  '#b46c10',
  '#2c694c',
  '#a33985',
  '#6f5300',
  '#c0392b',
  '#5a3fb0',
  '#0583a2',
]
