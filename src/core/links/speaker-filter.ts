// The speaker filter in the URL: `?speaker=a&speaker=b`, readable and stable under back, reload and copy.

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
  return {
    speakers: speakerIds.filter((id) => requested.has(id)),
    unknown: [...requested].filter((value) => !speakerIds.includes(value)),
  }
}

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
