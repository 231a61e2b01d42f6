// Every change the editor makes to an article, as one pure reducer over the file (ArticleSource) and the draft's
// review list: quotes and mentions from selected words, speakers (add, rename, merge), issues and positions.
// Each edit returns a new document, or the same one when it changes nothing, so the history can tell.
import type { ArticleSource, PassageSource, QuoteSource } from '../core/content/article-schema.ts'
import type { Anchor, Speaker } from '../core/content/article.ts'
import type { ReviewItem } from '../core/draft/draft-article.ts'
import { slugify } from '../core/draft/draft-article.ts'
import {
  anchorOfPassage,
  nearestCue,
  passageOfAnchor,
  quotePassages,
  quotedWithin,
  readingOrder,
  trimmedAnchor,
  uniqueId,
} from './passages.ts'

/** What the editor edits: the article file, and the draft's doubts nobody has confirmed yet. */
export interface EditorDoc {
  article: ArticleSource
  review: ReviewItem[]
}

export type QuoteKind = QuoteSource['kind']
export type SpeakerKind = Speaker['kind']

/** The fields of a speaker an editor changes; the id stays, since quotes and links refer to it. */
export type SpeakerChanges = Partial<Pick<Speaker, 'name' | 'shortName' | 'role' | 'kind' | 'affiliation'>>

export type EditAction =
  | { type: 'add-quote'; id: string; speaker: string; kind: QuoteKind; anchors: Anchor[] }
  | { type: 'set-quote-speaker'; id: string; speaker: string }
  | { type: 'set-quote-kind'; id: string; kind: QuoteKind }
  | { type: 'set-quote-cue'; id: string; anchor: Anchor | null }
  | { type: 'set-quote-source'; id: string; anchor: Anchor | null }
  | { type: 'set-quote-to'; id: string; to: string | null }
  | { type: 'delete-quote'; id: string }
  | { type: 'add-mention'; speaker: string; anchor: Anchor }
  | { type: 'set-mention-speaker'; index: number; speaker: string }
  | { type: 'delete-mention'; index: number }
  | { type: 'add-speaker'; speaker: Speaker; mention?: Anchor }
  | { type: 'update-speaker'; id: string; changes: SpeakerChanges }
  | { type: 'merge-speakers'; from: string; into: string }
  | { type: 'add-issue'; id: string; title: string }
  | { type: 'rename-issue'; id: string; title: string }
  | { type: 'delete-issue'; id: string }
  | { type: 'set-stance'; issue: string; speaker: string; stance: string }
  | { type: 'delete-position'; issue: string; speaker: string }
  | { type: 'add-evidence'; issue: string; speaker: string; anchors: Anchor[] }
  | { type: 'add-quote-evidence'; issue: string; speaker: string; quote: string }
  | { type: 'delete-evidence'; issue: string; speaker: string; index: number }
  | { type: 'confirm-review'; item: ReviewItem }
  | {
      type: 'set-details'
      changes: Partial<Pick<ArticleSource, 'published' | 'sourceUrl' | 'language'>> & { outlet?: string }
    }

/** Applies one edit; returns `doc` itself when the edit changes nothing (or names nothing that exists). */
export function editArticle(doc: EditorDoc, action: EditAction): EditorDoc {
  const article = doc.article
  const withArticle = (next: ArticleSource): EditorDoc => (next === article ? doc : { ...doc, article: next })
  switch (action.type) {
    case 'add-quote': {
      const quote = newQuote(article, action)
      if (!quote) return doc
      return withArticle({
        ...article,
        quotes: insertInReadingOrder(article, article.quotes, quote, (item) => firstAnchor(article, item)),
      })
    }
    case 'set-quote-speaker':
      return withArticle(updateQuote(article, action.id, (quote) => ({ ...quote, speaker: action.speaker })))
    case 'set-quote-kind':
      return withArticle(updateQuote(article, action.id, (quote) => withKind(article, quote, action.kind)))
    case 'set-quote-cue':
      return withArticle(
        updateQuote(article, action.id, (quote) => ({
          ...quote,
          cue: action.anchor ? passageOfAnchor(article, trimmedAnchor(article, action.anchor, false)) : null,
        })),
      )
    case 'set-quote-source':
      return withArticle(
        updateQuote(article, action.id, (quote) => {
          const { source: _source, ...rest } = quote
          return action.anchor
            ? { ...rest, source: passageOfAnchor(article, trimmedAnchor(article, action.anchor, false)) }
            : rest
        }),
      )
    case 'set-quote-to':
      return withArticle(updateQuote(article, action.id, (quote) => ({ ...quote, to: action.to })))
    case 'delete-quote': {
      if (!article.quotes.some((quote) => quote.id === action.id)) return doc
      return {
        article: {
          ...article,
          quotes: article.quotes.filter((quote) => quote.id !== action.id),
          positions: article.positions.map((position) => ({
            ...position,
            evidence: position.evidence.filter((item) => !('quote' in item) || item.quote !== action.id),
          })),
        },
        review: doc.review.filter((item) => !(item.target === 'quote' && item.id === action.id)),
      }
    }
    case 'add-mention': {
      const anchor = trimmedAnchor(article, action.anchor, false)
      if (anchor.start === anchor.end) return doc
      const mention = { speaker: action.speaker, ...passageOfAnchor(article, anchor) }
      if (
        article.mentions.some(
          (other) => samePassage(article, other, mention) && other.speaker === mention.speaker,
        )
      )
        return doc
      return withArticle({
        ...article,
        mentions: insertInReadingOrder(article, article.mentions, mention, (item) =>
          anchorOfPassage(article, item),
        ),
      })
    }
    case 'set-mention-speaker':
      if (!article.mentions[action.index]) return doc
      return withArticle({
        ...article,
        mentions: article.mentions.map((mention, index) =>
          index === action.index ? { ...mention, speaker: action.speaker } : mention,
        ),
      })
    case 'delete-mention':
      if (!article.mentions[action.index]) return doc
      return withArticle({
        ...article,
        mentions: article.mentions.filter((_, index) => index !== action.index),
      })
    case 'add-speaker': {
      if (article.speakers.some((speaker) => speaker.id === action.speaker.id)) return doc
      const next = { ...article, speakers: [...article.speakers, action.speaker] }
      return withArticle(
        action.mention
          ? editArticle(
              { ...doc, article: next },
              { type: 'add-mention', speaker: action.speaker.id, anchor: action.mention },
            ).article
          : next,
      )
    }
    case 'update-speaker':
      if (!article.speakers.some((speaker) => speaker.id === action.id)) return doc
      return withArticle({
        ...article,
        speakers: article.speakers.map((speaker) =>
          speaker.id === action.id ? { ...speaker, ...action.changes } : speaker,
        ),
      })
    case 'merge-speakers':
      return mergeSpeakers(doc, action.from, action.into)
    case 'add-issue':
      if (article.issues.some((issue) => issue.id === action.id)) return doc
      return withArticle({ ...article, issues: [...article.issues, { id: action.id, title: action.title }] })
    case 'rename-issue':
      return withArticle({
        ...article,
        issues: article.issues.map((issue) =>
          issue.id === action.id ? { ...issue, title: action.title } : issue,
        ),
      })
    case 'delete-issue':
      return withArticle({
        ...article,
        issues: article.issues.filter((issue) => issue.id !== action.id),
        positions: article.positions.filter((position) => position.issue !== action.id),
      })
    case 'set-stance': {
      const exists = article.positions.some((p) => p.issue === action.issue && p.speaker === action.speaker)
      return withArticle({
        ...article,
        positions: exists
          ? article.positions.map((position) =>
              position.issue === action.issue && position.speaker === action.speaker
                ? { ...position, stance: action.stance }
                : position,
            )
          : [
              ...article.positions,
              { speaker: action.speaker, issue: action.issue, stance: action.stance, evidence: [] },
            ],
      })
    }
    case 'delete-position':
      return withArticle({
        ...article,
        positions: article.positions.filter(
          (p) => !(p.issue === action.issue && p.speaker === action.speaker),
        ),
      })
    case 'add-evidence': {
      const passages = action.anchors
        .map((anchor) => trimmedAnchor(article, anchor, false))
        .filter((anchor) => anchor.start < anchor.end)
        .map((anchor) => passageOfAnchor(article, anchor))
      if (passages.length === 0) return doc
      return withArticle(
        updatePosition(article, action.issue, action.speaker, (evidence) => [...evidence, ...passages]),
      )
    }
    case 'add-quote-evidence':
      return withArticle(
        updatePosition(article, action.issue, action.speaker, (evidence) =>
          evidence.some((item) => 'quote' in item && item.quote === action.quote)
            ? evidence
            : [...evidence, { quote: action.quote }],
        ),
      )
    case 'delete-evidence':
      return withArticle(
        updatePosition(article, action.issue, action.speaker, (evidence) =>
          evidence.filter((_, index) => index !== action.index),
        ),
      )
    case 'confirm-review':
      return {
        ...doc,
        review: doc.review.filter(
          (item) =>
            !(
              item.target === action.item.target &&
              item.id === action.item.id &&
              item.reason === action.item.reason
            ),
        ),
      }
    case 'set-details': {
      const { outlet, ...rest } = action.changes
      return withArticle({
        ...article,
        ...rest,
        ...(outlet === undefined ? {} : { outlet: { ...article.outlet, name: outlet } }),
      })
    }
  }
}

/** A new quote's id: the speaker's short name and the quote's first words, unique among quotes and turns. */
export function newQuoteId(article: ArticleSource, speaker: string, words: string): string {
  const shortName = article.speakers.find((candidate) => candidate.id === speaker)?.shortName ?? speaker
  const base = `${slugify(shortName, 2) ?? 'speaker'}-${slugify(words, 4) ?? 'quote'}`
  return uniqueId(base, new Set([...article.quotes, ...(article.turns ?? [])].map((item) => item.id)))
}

/** A new speaker's id from their name, unique among the speakers. */
export function newSpeakerId(article: ArticleSource, name: string): string {
  return uniqueId(slugify(name, 5) ?? 'speaker', new Set(article.speakers.map((speaker) => speaker.id)))
}

/** A new issue's id from its title, unique among the issues. */
export function newIssueId(article: ArticleSource, title: string): string {
  return uniqueId(slugify(title, 6) ?? 'issue', new Set(article.issues.map((issue) => issue.id)))
}

function newQuote(
  article: ArticleSource,
  action: Extract<EditAction, { type: 'add-quote' }>,
): QuoteSource | null {
  // A quote's words never carry their own quotation marks: the check refuses them, the reader adds its own.
  const anchors = action.anchors
    .map((anchor) => trimmedAnchor(article, anchor, true))
    .filter((anchor) => anchor.start < anchor.end)
  if (anchors.length === 0) return null
  const passages = anchors.map((anchor) => passageOfAnchor(article, anchor))
  const where = passages.length === 1 ? passages[0]! : { parts: passages }
  const cue = nearestCue(article, anchors)
  const quote: QuoteSource = {
    id: action.id,
    speaker: action.speaker,
    kind: action.kind,
    ...where,
    cue: cue ? passageOfAnchor(article, cue) : null,
    to: null,
  }
  return withKind(article, quote, action.kind)
}

/**
 * The quote as `kind`: a mixed quote lists the quoted words inside it as its verbatim words, other kinds list
 * none; reported words that hold a quotation are mixed, which is what the check asks them to be.
 */
function withKind(article: ArticleSource, quote: QuoteSource, kind: QuoteKind): QuoteSource {
  const { verbatim: _verbatim, ...rest } = quote
  if (kind === 'direct') return { ...rest, kind }
  const anchors = quotePassages(quote).flatMap((passage) => anchorOfPassage(article, passage) ?? [])
  const quoted = quotedWithin(article, anchors)
  if (quoted.length === 0) return { ...rest, kind: kind === 'mixed' ? 'mixed' : 'reported' }
  return { ...rest, kind: 'mixed', verbatim: quoted.map((anchor) => passageOfAnchor(article, anchor)) }
}

function updateQuote(
  article: ArticleSource,
  id: string,
  change: (quote: QuoteSource) => QuoteSource,
): ArticleSource {
  if (!article.quotes.some((quote) => quote.id === id)) return article
  return { ...article, quotes: article.quotes.map((quote) => (quote.id === id ? change(quote) : quote)) }
}

type Evidence = ArticleSource['positions'][number]['evidence']

function updatePosition(
  article: ArticleSource,
  issue: string,
  speaker: string,
  change: (evidence: Evidence) => Evidence,
): ArticleSource {
  if (!article.positions.some((p) => p.issue === issue && p.speaker === speaker)) return article
  return {
    ...article,
    positions: article.positions.map((position) =>
      position.issue === issue && position.speaker === speaker
        ? { ...position, evidence: change(position.evidence) }
        : position,
    ),
  }
}

/**
 * One speaker folded into another: their mentions, quotes, turns and positions follow (a position on an issue
 * both have keeps the remaining speaker's stance and gains the other's evidence), repeats are dropped.
 */
function mergeSpeakers(doc: EditorDoc, from: string, into: string): EditorDoc {
  const { article } = doc
  const gone = article.speakers.find((speaker) => speaker.id === from)
  const kept = article.speakers.find((speaker) => speaker.id === into)
  if (!gone || !kept || from === into) return doc
  const to = (id: string) => (id === from ? into : id)
  const mentions: ArticleSource['mentions'] = []
  for (const mention of article.mentions) {
    const moved = { ...mention, speaker: to(mention.speaker) }
    if (!mentions.some((other) => other.speaker === moved.speaker && samePassage(article, other, moved)))
      mentions.push(moved)
  }
  const positions: ArticleSource['positions'] = []
  for (const position of article.positions) {
    const moved = { ...position, speaker: to(position.speaker), evidence: [...position.evidence] }
    const same = positions.find((other) => other.issue === moved.issue && other.speaker === moved.speaker)
    if (!same) positions.push(moved)
    else
      for (const item of moved.evidence)
        if (!same.evidence.some((other) => JSON.stringify(other) === JSON.stringify(item)))
          same.evidence.push(item)
  }
  return {
    article: {
      ...article,
      speakers: article.speakers
        .filter((speaker) => speaker.id !== from)
        .map((speaker) =>
          speaker.id === into
            ? {
                ...speaker,
                role: speaker.role ?? gone.role,
                affiliation: speaker.affiliation ?? gone.affiliation,
              }
            : speaker,
        ),
      mentions,
      quotes: article.quotes.map((quote) => {
        const moved = { ...quote, speaker: to(quote.speaker) }
        if (quote.via == null) return moved
        const via = to(quote.via)
        if (via !== moved.speaker) return { ...moved, via }
        const { via: _via, ...rest } = moved
        return rest
      }),
      ...(article.turns
        ? { turns: article.turns.map((turn) => ({ ...turn, speaker: to(turn.speaker) })) }
        : {}),
      positions,
    },
    review: doc.review.filter((item) => !(item.target === 'speaker' && item.id === from)),
  }
}

function samePassage(article: ArticleSource, a: PassageSource, b: PassageSource): boolean {
  const first = anchorOfPassage(article, a)
  const second = anchorOfPassage(article, b)
  return (
    first !== null &&
    second !== null &&
    first.block === second.block &&
    first.start === second.start &&
    first.end === second.end
  )
}

/** `items` with `item` inserted where it reads: after every item placed before or at it, keeping the rest. */
function insertInReadingOrder<T>(
  article: ArticleSource,
  items: readonly T[],
  item: T,
  anchorOf: (item: T) => Anchor | null,
): T[] {
  const compare = readingOrder(article)
  const anchor = anchorOf(item)
  let at = items.length
  if (anchor)
    for (let index = items.length - 1; index >= 0; index--) {
      const other = anchorOf(items[index]!)
      if (other && compare(other, anchor) <= 0) break
      if (other) at = index
    }
  return [...items.slice(0, at), item, ...items.slice(at)]
}

function firstAnchor(article: ArticleSource, quote: QuoteSource): Anchor | null {
  const first = quotePassages(quote)[0]
  return first ? anchorOfPassage(article, first) : null
}
