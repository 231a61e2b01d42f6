// The speaker filter in the URL: `?speaker=a&speaker=b`, readable and stable under back, reload and copy; and the
// few values a link names that no speaker has, made short and safe to quote (a link may hold thousands).
import { graphemePrefix } from '../text/text-boundaries.ts'

export const SPEAKER_PARAM = 'speaker'

export interface SpeakerFilter {
  /** Known speaker ids, each once, in the order of the article's speakers. */
  speakers: string[]
  /** Values that name no speaker of this article (stale or mistyped links). */
  unknown: string[]
}

/** Reads the filter from a query string; never throws, whatever the input. */
export function decodeSpeakerFilter(search: string, speakerIds: readonly string[]): SpeakerFilter {
  const requested = new Set(new URLSearchParams(search).getAll(SPEAKER_PARAM))
  const known = new Set(speakerIds)
  return {
    speakers: speakerIds.filter((id) => requested.has(id)),
    unknown: [...requested].filter((value) => !known.has(value)),
  }
}

/** How many unknown values a notice names, and how many UTF-16 code units of each it quotes at most. */
export const UNKNOWN_NAMED = 3
export const UNKNOWN_LENGTH = 40

/** A few unknown values to quote: each `value` as it can be shown, `cut` when it was longer. */
export interface UnknownToName {
  named: { value: string; cut: boolean }[]
  /** How many other values the link names that no speaker has. */
  more: number
}

/**
 * The first few unknown values, each on one line, without the controls that could reorder the words around it,
 * and cut to UNKNOWN_LENGTH at a grapheme boundary, never inside a character; and how many more there are.
 */
export function unknownToName(unknown: readonly string[]): UnknownToName {
  const named = unknown.slice(0, UNKNOWN_NAMED).map((raw) => {
    // Cut the raw value first: whatever it holds, the cleaning below then reads a few dozen characters.
    const head = graphemePrefix(raw, UNKNOWN_LENGTH * 2)
    const shown = head.replace(/\s+/g, ' ').replace(HIDDEN_CONTROLS, '')
    const value = graphemePrefix(shown, UNKNOWN_LENGTH)
    return { value, cut: head.length < raw.length || value.length < shown.length }
  })
  return { named, more: unknown.length - named.length }
}

/** Control characters, and the bidirectional embeddings, overrides, isolates and marks that reorder text. */
const HIDDEN_CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** The query string for a filter, keeping every other parameter of `search` exactly as it is written. */
export function encodeSpeakerFilter(search: string, speakers: readonly string[]): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && decodeName(pair.split('=')[0]!) !== SPEAKER_PARAM)
  return withSpeakerFilter(kept.length === 0 ? '' : `?${kept.join('&')}`, speakers)
}

function decodeName(name: string): string {
  return new URLSearchParams(`${name}=`).keys().next().value ?? name
}

/** `href` with the filter added to its query, keeping the parameters it has and their encoding. */
export function withSpeakerFilter(href: string, speakers: readonly string[]): string {
  if (speakers.length === 0) return href
  const filter = speakers.map((speaker) => `${SPEAKER_PARAM}=${encodeURIComponent(speaker)}`).join('&')
  return `${href}${href.includes('?') ? '&' : '?'}${filter}`
}
