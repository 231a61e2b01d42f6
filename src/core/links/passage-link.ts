// The query string of a link to one passage. A short passage: `?at=<start>-<end>&words=<words>&rev=<revision>`;
// a longer one: `?at=<start>-<end>&from=<first words>&to=<last words>&rev=<revision>`; either with `before=` and
// `after=` only where its words alone would fit elsewhere too. Links made before carry `text=` (all the words)
// and are read as they always were. Positions and revision make the common case exact; the words find the passage
// again after edits. See docs/decisions/005-link-format.md.
import type { PassageSelector } from '../anchoring/match-passage.ts'

/** A passage link also says which revision of the article it was made from. */
export type PassageLink = PassageSelector & { revision: string }

export type DecodedPassageLink =
  | { kind: 'none' }
  | { kind: 'passage'; link: PassageLink }
  /** `words` is what the link asked for, when it could still be read, for the notice to quote. */
  | { kind: 'malformed'; reason: MalformedReason; words?: string }

/** Why a passage link cannot be read: it names no words, is longer than any we make, or was cut or altered. */
export type MalformedReason = 'no-words' | 'too-long' | 'altered'

export const PASSAGE_PARAMS = ['at', 'before', 'text', 'words', 'from', 'to', 'after', 'rev'] as const

/** Longer selections are not shared: the link would outgrow what messengers and address bars handle well. */
export const MAX_PASSAGE_LENGTH = 1000
const MAX_CONTEXT_LENGTH = 100

/**
 * A link names the revision by its last six characters: enough to notice an edit (a changed article keeps the
 * same six one time in two billion), five characters shorter than the whole.
 */
export const REVISION_TAG_LENGTH = 6

/** The part of a revision a link carries. */
export function revisionTag(revision: string): string {
  return revision.padStart(REVISION_TAG_LENGTH, '0').slice(-REVISION_TAG_LENGTH)
}

/** True when a link's revision (a tag, or the whole revision in links made before) names `revision`. */
export function isSameRevision(linkRevision: string, revision: string): boolean {
  return linkRevision !== '' && revisionTag(linkRevision) === revisionTag(revision)
}

/**
 * The query parameters of a link to a passage, in a fixed order, without the leading `?`. The revision comes
 * last: a messenger that drops a final full stop or cuts the link leaves a revision that no longer fits, which
 * the decoder reports as cut short instead of finding the words anew.
 */
export function encodePassageLink(link: PassageLink): string {
  const params: [string, string][] = [['at', `${link.start}-${link.end}`]]
  if (link.prefix !== '') params.push(['before', link.prefix])
  if ('exact' in link) params.push(['words', link.exact])
  else params.push(['from', link.textStart], ['to', link.textEnd])
  if (link.suffix !== '') params.push(['after', link.suffix])
  params.push(['rev', revisionTag(link.revision)])
  return params.map(([name, value]) => `${name}=${encodeQueryValue(value)}`).join('&')
}

/** Reads a passage link, in either format, from a query string; never throws, whatever the input. */
export function decodePassageLink(search: string): DecodedPassageLink {
  const params = new URLSearchParams(search)
  const at = params.get('at')
  const text = params.get('text')
  const words = params.get('words')
  const from = params.get('from')
  const to = params.get('to')
  if (at === null && text === null && words === null && from === null && to === null) return { kind: 'none' }
  const context = {
    prefix: (params.get('before') ?? '').slice(-MAX_CONTEXT_LENGTH),
    suffix: (params.get('after') ?? '').slice(0, MAX_CONTEXT_LENGTH),
  }
  const position = /^(\d{1,9})-(\d{1,9})$/.exec(at ?? '')
  const start = Number(position?.[1])
  const end = Number(position?.[2])

  // A link made before: all the words, any revision (or none).
  if (text !== null || (words === null && from === null && to === null)) {
    if (text === null || text.trim() === '') return { kind: 'malformed', reason: 'no-words' }
    if (text.length > MAX_PASSAGE_LENGTH) return { kind: 'malformed', reason: 'too-long' }
    // The position always spans exactly the words, so a mismatch means the link was cut short or altered.
    if (!position || end - start !== text.length) return { kind: 'malformed', reason: 'altered', words: text }
    const link = { start, end, exact: text, ...context, revision: params.get('rev') ?? '' }
    return { kind: 'passage', link }
  }

  const asked = words ?? [from, to].filter((part) => part !== null).join(' … ')
  if (asked.trim() === '' || (words === null && (from?.trim() === '' || to?.trim() === '')))
    return { kind: 'malformed', reason: 'no-words' }
  if (asked.length > MAX_PASSAGE_LENGTH || (position && end - start > MAX_PASSAGE_LENGTH))
    return { kind: 'malformed', reason: 'too-long' }
  const revision = params.get('rev') ?? ''
  // Every link in this format ends with a whole revision tag: without one, it was cut short.
  const altered = { kind: 'malformed', reason: 'altered', words: asked } as const
  if (!position || !/^[0-9a-z]+$/i.test(revision) || revision.length !== REVISION_TAG_LENGTH) return altered
  if (words !== null) {
    if (end - start !== words.length) return altered
    return { kind: 'passage', link: { start, end, exact: words, ...context, revision } }
  }
  if (from === null || to === null || end - start < from.length + to.length) return altered
  return { kind: 'passage', link: { start, end, textStart: from, textEnd: to, ...context, revision } }
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
