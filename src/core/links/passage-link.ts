// The query string of a link to one passage: `?at=<start>-<end>&text=<words>&before=<context>&after=<context>&rev=<revision>`.
// Positions make the common case instant; the words and their context find the passage again after edits.
// See docs/decisions/005-link-format.md.
import type { PassageSelector } from '../anchoring/match-passage.ts'

/** A passage link also says which revision of the article it was made from. */
export interface PassageLink extends PassageSelector {
  revision: string
}

export type DecodedPassageLink =
  | { kind: 'none' }
  | { kind: 'passage'; link: PassageLink }
  /** `words` is what the link asked for, when it could still be read, for the notice to quote. */
  | { kind: 'malformed'; reason: MalformedReason; words?: string }

/** Why a passage link cannot be read: it names no words, is longer than any we make, or was cut or altered. */
export type MalformedReason = 'no-words' | 'too-long' | 'altered'

export const PASSAGE_PARAMS = ['at', 'text', 'before', 'after', 'rev'] as const

/** Longer selections are not shared: the link would outgrow what messengers and address bars handle well. */
export const MAX_PASSAGE_LENGTH = 1000
const MAX_CONTEXT_LENGTH = 100

/** The query parameters of a link to a passage, in a fixed order, without the leading `?`. */
export function encodePassageLink(link: PassageLink): string {
  const params: [string, string][] = [
    ['at', `${link.start}-${link.end}`],
    ['text', link.exact],
  ]
  if (link.prefix !== '') params.push(['before', link.prefix])
  if (link.suffix !== '') params.push(['after', link.suffix])
  params.push(['rev', link.revision])
  return params.map(([name, value]) => `${name}=${encodeQueryValue(value)}`).join('&')
}

/** Reads a passage link from a query string; never throws, whatever the input. */
export function decodePassageLink(search: string): DecodedPassageLink {
  const params = new URLSearchParams(search)
  const at = params.get('at')
  const exact = params.get('text')
  if (at === null && exact === null) return { kind: 'none' }
  if (exact === null || exact.trim() === '') return { kind: 'malformed', reason: 'no-words' }
  if (exact.length > MAX_PASSAGE_LENGTH) return { kind: 'malformed', reason: 'too-long' }

  const position = /^(\d{1,9})-(\d{1,9})$/.exec(at ?? '')
  const start = Number(position?.[1])
  const end = Number(position?.[2])
  // The position always spans exactly the words, so a mismatch means the link was cut short or altered.
  if (!position || end - start !== exact.length) return { kind: 'malformed', reason: 'altered', words: exact }

  return {
    kind: 'passage',
    link: {
      start,
      end,
      exact,
      prefix: (params.get('before') ?? '').slice(-MAX_CONTEXT_LENGTH),
      suffix: (params.get('after') ?? '').slice(0, MAX_CONTEXT_LENGTH),
      revision: params.get('rev') ?? '',
    },
  }
}

/** The query string without the passage parameters, keeping every other parameter (the speaker filter). */
export function withoutPassageLink(search: string): string {
  const params = new URLSearchParams(search)
  for (const name of PASSAGE_PARAMS) params.delete(name)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

/** Percent-encodes what a query value needs, leaving spaces as `+` and common punctuation readable. */
function encodeQueryValue(value: string): string {
  // A lone half of a surrogate pair cannot be percent-encoded; it becomes U+FFFD rather than an exception.
  const wellFormed = value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
  // encodeURIComponent leaves !'()* alone; browsers then encode ' themselves, and chat apps end links at ).
  return encodeURIComponent(wellFormed)
    .replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/')
    .replace(/%40/g, '@')
}

/** Only the passage parameters of a query string, as written; '' when it has none. */
export function passageLinkQuery(search: string): string {
  const names: readonly string[] = PASSAGE_PARAMS
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => names.includes(pair.split('=')[0]!))
    .join('&')
}
