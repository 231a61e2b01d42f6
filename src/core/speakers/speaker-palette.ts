// Gives each speaker a palette slot, so their colour and underline style match in the text and the panel. The
// twelve most quoted speakers get a slot of their own; everyone past them shares one neutral slot (decision 007).
import type { Quote, Speaker } from '../content/article.ts'
import { rankSpeakers } from './speaker-ranking.ts'

/** How many distinct colour-and-pattern pairs the stylesheet defines (.speaker-0 … .speaker-11). */
export const PALETTE_SIZE = 12

/** The neutral slot (.speaker-12) shared by every speaker past the twelve most quoted. */
export const OTHER_SLOT = PALETTE_SIZE

/**
 * Palette slot per speaker id. The twelve most quoted (ties in article order) get slots 0–11 in the order the
 * article lists them, so an article of twelve or fewer speakers keeps its colours whatever its quotes; the rest
 * share OTHER_SLOT. Without quotes, the first twelve listed are the distinct ones.
 */
export function speakerPaletteSlots(
  speakers: readonly Pick<Speaker, 'id'>[],
  quotes: readonly Pick<Quote, 'speaker'>[] = [],
): Map<string, number> {
  const distinct = new Set(
    rankSpeakers(speakers, quotes)
      .slice(0, PALETTE_SIZE)
      .map(({ speaker }) => speaker.id),
  )
  let next = 0
  return new Map(speakers.map((speaker) => [speaker.id, distinct.has(speaker.id) ? next++ : OTHER_SLOT]))
}

/**
 * The light scheme's palette colours, for what is drawn outside the page (preview cards), indexed by slot: the
 * twelve `--palette-N` values, then `--palette-other` at OTHER_SLOT. The stylesheet is the source; a contract
 * test keeps the two equal.
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
  '#137e13',
  '#a43bfb',
  '#0a4881',
  '#a40942',
  '#747478',
]
