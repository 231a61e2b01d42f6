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

/** The query string for a filter, keeping the values of every other parameter of `search`. */
export function encodeSpeakerFilter(search: string, speakers: readonly string[]): string {
  const params = new URLSearchParams(search)
  params.delete(SPEAKER_PARAM)
  for (const speaker of speakers) params.append(SPEAKER_PARAM, speaker)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}
