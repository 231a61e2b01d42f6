// Drafts an article file from plain text: blocks, speakers, mentions and quotes (or a transcript's turns), in the
// content format, checked by the project's own parser, with the list of what an editor should review.
import type { ArticleSource, PassageSource, QuoteSource, TurnSource } from '../content/article-schema.ts'
import { parseArticle, type ContentError } from '../content/parse-article.ts'
import { findOccurrences } from '../text/find-occurrences.ts'
import { isQuoted, quotedRegions } from '../text/quoted-regions.ts'
import { AliasSearch } from './alias-search.ts'
import {
  attributeQuotes,
  type BlockSpan,
  type DraftBlock,
  type FoundQuote,
  type QuoteDoubt,
} from './attribute-quotes.ts'
import { splitPlainText } from './plain-text.ts'
import type { SpeakerEntry } from './speaker-registry.ts'
import { crosses, TakenSpans } from './taken-spans.ts'
import { firstIndex } from './text-units.ts'
import { transcriptTurns } from './transcript-turns.ts'

/** Why an item of the draft needs a person's eye. */
export type ReviewReason = QuoteDoubt | 'kind-guessed' | 'name-from-label' | 'surname-mention'

/** One thing to check: a quote, a speaker or a turn by id, and the reason. */
export interface ReviewItem {
  target: 'quote' | 'speaker' | 'turn'
  id: string
  reason: ReviewReason
}

/** What drafting produced before the check: the article file, what to review, and where each block starts. */
export interface UncheckedDraft {
  article: ArticleSource
  review: ReviewItem[]
  /** Where each block starts in the plain text given, by block id ("headline", "summary", "p1"…). */
  offsets: Record<string, number>
  /**
   * How many times drafting compared a span with another or walked a character of a name through the speakers'
   * aliases: the work that grew with the square of the text before it was indexed by block, which tests now count.
   */
  comparisons: number
}

/** What drafting produced: the unchecked draft and the problems the parser found in it (a bug if any). */
export interface Draft extends UncheckedDraft {
  problems: ContentError[]
}

export interface DraftOptions {
  slug?: string
  /** Read the first block after the headline as the summary. */
  summary?: boolean
  outlet?: string
  language?: string
}

/** Drafts the article file for `text` (first line the headline, blocks separated by a blank line), checked. */
export function draftArticle(text: string, options: DraftOptions = {}): Draft {
  const draft = uncheckedDraft(text, options)
  const parsed = parseArticle(draft.article, draft.article.slug)
  return { ...draft, problems: parsed.ok ? [] : parsed.errors }
}

/** The draft of `text` before the parser has checked it: for the benchmark, which times the two apart. */
export function uncheckedDraft(text: string, options: DraftOptions = {}): UncheckedDraft {
  const plain = splitPlainText(text, { summary: options.summary ?? false })
  const paragraphs = plain.paragraphs.map((block, index) => ({ id: `p${index + 1}`, text: block.text }))
  const offsets: Record<string, number> = { headline: plain.headline.offset }
  if (plain.summary) offsets.summary = plain.summary.offset
  plain.paragraphs.forEach((block, index) => (offsets[`p${index + 1}`] = block.offset))
  const base: ArticleSource = {
    $schema: '../article.schema.json',
    slug: options.slug ?? slugify(plain.headline.text, 8) ?? 'draft',
    headline: plain.headline.text,
    summary: plain.summary?.text ?? null,
    outlet: { name: options.outlet ?? 'Unknown outlet', url: null },
    sourceUrl: null,
    published: null,
    updated: null,
    language: options.language ?? 'en',
    direction: 'ltr',
    paragraphs,
    speakers: [],
    mentions: [],
    quotes: [],
    issues: [],
    positions: [],
  }
  const turns = transcriptTurns(paragraphs.map((paragraph) => paragraph.text))
  const { article, review, comparisons } = turns ? draftTranscript(base, turns) : draftStory(base)
  return { article, review, offsets, comparisons }
}

/** What a story or a transcript adds to the base article. */
interface Drafted {
  article: ArticleSource
  review: ReviewItem[]
  comparisons: number
}

function blocksOf(article: ArticleSource): DraftBlock[] {
  return [
    { id: 'headline', text: article.headline },
    ...(article.summary === null ? [] : [{ id: 'summary', text: article.summary }]),
    ...article.paragraphs,
  ]
}

function draftStory(base: ArticleSource): Drafted {
  const blocks = blocksOf(base)
  const textOf = new Map(blocks.map((block) => [block.id, block.text]))
  const attribution = attributeQuotes(blocks)
  const kept = keptQuotes(attribution.quotes, textOf)
  const quotes = kept.quotes
  const used = new Set<SpeakerEntry>()
  for (const quote of quotes) {
    used.add(quote.speaker)
    if (quote.via) used.add(quote.via)
  }
  const speakers = attribution.speakers.filter((entry) => used.has(entry))
  const ids = speakerIds(speakers)
  const review: ReviewItem[] = []
  for (const entry of speakers)
    for (const doubt of entry.doubts)
      if (doubt === 'kind-guessed')
        review.push({ target: 'speaker', id: ids.get(entry)!, reason: 'kind-guessed' })

  const quoteId = idMaker()
  const passage = passageMaker(textOf)
  const quoteSources: QuoteSource[] = quotes.map((quote) => {
    const first = quote.parts[0]!
    const id = quoteId(
      `${slugify(quote.speaker.shortName, 2) ?? 'speaker'}-${slugify(spanText(textOf, first), 4) ?? 'quote'}`,
    )
    for (const doubt of quote.doubts) review.push({ target: 'quote', id, reason: doubt })
    const where =
      quote.parts.length === 1 ? passage(first) : { parts: quote.parts.map((part) => passage(part)) }
    const source: QuoteSource = {
      id,
      speaker: ids.get(quote.speaker)!,
      kind: quote.kind,
      ...where,
      ...(quote.kind === 'mixed' ? { verbatim: quote.verbatim.map((span) => passage(span)) } : {}),
      cue: quote.cue ? passage(quote.cue) : null,
      ...(quote.source ? { source: passage(quote.source) } : {}),
      ...(quote.via ? { via: ids.get(quote.via)! } : {}),
      to: quote.to,
    }
    return source
  })

  const mentions = speakerMentions(blocks, speakers, attribution.named, quotes, review, ids)
  const article: ArticleSource = {
    ...base,
    speakers: speakers.map((entry) => ({
      id: ids.get(entry)!,
      name: entry.name,
      shortName: entry.shortName,
      kind: entry.kind,
      role: entry.role,
      affiliation: null,
    })),
    mentions: mentions.found.map(({ speaker, span }) => ({
      speaker: ids.get(speaker)!,
      ...passage(span),
    })),
    quotes: quoteSources,
  }
  return { article, review, comparisons: kept.comparisons + mentions.comparisons }
}

/**
 * The quotes the format can hold: direct words inside the marks the parser counts, no two quotes crossing, and
 * no quote in the headline or summary that the body repeats word for word.
 */
function keptQuotes(
  found: readonly FoundQuote[],
  textOf: Map<string, string>,
): { quotes: FoundQuote[]; comparisons: number } {
  const kept: FoundQuote[] = []
  const regions = new Map<string, ReturnType<typeof quotedRegions>>()
  const regionsOf = (block: string) => {
    if (!regions.has(block)) regions.set(block, quotedRegions(textOf.get(block) ?? ''))
    return regions.get(block)!
  }
  const bodyTexts = found
    .filter((quote) => quote.parts.every((part) => part.block !== 'summary'))
    .map((quote) => quote.parts.map((part) => spanText(textOf, part)).join(' '))
  // Each part is held against the parts kept near it in its block, not against every quote kept so far.
  const keptParts = new TakenSpans()
  for (const quote of found) {
    const quoted = (span: BlockSpan) => isQuoted(textOf.get(span.block) ?? '', span, regionsOf(span.block))
    if (quote.kind === 'direct' && !quote.parts.every(quoted)) continue
    if (quote.kind === 'mixed' && !quote.verbatim.every(quoted)) continue
    const front = quote.parts[0]!.block === 'summary'
    if (front && bodyTexts.some((body) => body.includes(spanText(textOf, quote.parts[0]!)))) continue
    if (quote.parts.some((part) => keptParts.overlapping(part).length > 0)) continue
    for (const part of quote.parts) keptParts.add(part)
    kept.push(quote)
  }
  return { quotes: kept, comparisons: keptParts.comparisons }
}

/** A speaker named at a place: a mention of the draft. */
interface Mention {
  speaker: SpeakerEntry
  span: BlockSpan
}

/**
 * Every mention of the speakers: the names read at their attributions, then every other place their names,
 * surnames and descriptions occur. A surname two people share goes to the one named last before it.
 */
function speakerMentions(
  blocks: readonly DraftBlock[],
  speakers: readonly SpeakerEntry[],
  named: readonly Mention[],
  quotes: readonly FoundQuote[],
  review: ReviewItem[],
  ids: Map<SpeakerEntry, string>,
): { found: Mention[]; comparisons: number } {
  const chosen = new Set(speakers)
  const found: Mention[] = named.filter((item) => chosen.has(item.speaker))
  // Every search below looks only at its own block: `taken` by block, the first owner of a range by its key.
  const taken = new TakenSpans()
  const ownerAt = new Map<string, Mention>()
  const take = (item: Mention) => {
    taken.add(item.span)
    if (!ownerAt.has(rangeKey(item.span))) ownerAt.set(rangeKey(item.span), item)
  }
  for (const item of found) take(item)
  const aliases: { alias: string; speaker: SpeakerEntry }[] = []
  const owners = new Map<string, Set<SpeakerEntry>>()
  for (const entry of speakers)
    for (const alias of entry.aliases) {
      if (alias.length < 2) continue
      aliases.push({ alias, speaker: entry })
      const key = alias.toLowerCase()
      owners.set(key, new Set([...(owners.get(key) ?? []), entry]))
      // Descriptions open sentences too: "The Russian Foreign Minister said".
      if (/^the\s/.test(alias)) aliases.push({ alias: `T${alias.slice(1)}`, speaker: entry })
    }
  aliases.sort((a, b) => b.alias.length - a.alias.length)
  const search = new AliasSearch(aliases.map((item) => item.alias))
  for (const block of blocks) {
    for (const match of search.occurrences(block.text)) {
      const { alias, speaker } = aliases[match.alias]!
      const { start, end } = match
      const span = { block: block.id, start, end }
      const around = taken.overlapping(span)
      // A surname inside a full name, or a name inside the same speaker's mention, is marked already.
      const surname = speaker.kind === 'person' && alias === speaker.shortName && alias !== speaker.name
      const sameSpeakerAt = (other: BlockSpan) => {
        const owner = ownerAt.get(rangeKey(other))
        return owner === undefined || owner.speaker === speaker
      }
      if (
        around.some((other) => other.start <= start && end <= other.end && (surname || sameSpeakerAt(other)))
      )
        continue
      if (around.some((other) => crosses(other, span))) continue
      const item = { speaker, span }
      take(item)
      found.push(item)
    }
  }
  // A surname two speakers share goes to the one named in full last before it.
  const order = new Map(blocks.map((block, index) => [block.id, index]))
  const inOrder = (a: { span: BlockSpan }, b: { span: BlockSpan }) =>
    order.get(a.span.block)! - order.get(b.span.block)! || a.span.start - b.span.start
  const textOf = new Map(blocks.map((block) => [block.id, block.text]))
  let lastFull: SpeakerEntry | null = null
  const flagged = new Set<SpeakerEntry>()
  for (const item of [...found].sort(inOrder)) {
    const words = spanText(textOf, item.span)
    const sharing = owners.get(words.toLowerCase())
    if (item.speaker.name === words && item.speaker.kind === 'person') lastFull = item.speaker
    else if (sharing && sharing.size > 1) {
      if (lastFull && sharing.has(lastFull)) item.speaker = lastFull
      if (!flagged.has(item.speaker))
        review.push({ target: 'speaker', id: ids.get(item.speaker)!, reason: 'surname-mention' })
      flagged.add(item.speaker)
    }
  }
  // A mark may hold another whole but never part of one: drop mentions that would cross a quote or a mention.
  const quoteSpans = new TakenSpans()
  for (const quote of quotes)
    for (const span of [...quote.parts, ...(quote.source ? [quote.source] : [])]) quoteSpans.add(span)
  const sources = new Set(quotes.flatMap((quote) => (quote.source ? [rangeKey(quote.source)] : [])))
  const keptSpans = new TakenSpans()
  const kept: Mention[] = []
  const seen = new Set<string>()
  for (const item of [...found].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))) {
    const key = rangeKey(item.span)
    if (seen.has(key) || sources.has(key)) continue
    const crossesQuote = quoteSpans.overlapping(item.span).some((span) => crosses(span, item.span))
    const crossesMention = keptSpans.overlapping(item.span).some((span) => crosses(span, item.span))
    if (crossesQuote || crossesMention) continue
    keptSpans.add(item.span)
    seen.add(key)
    kept.push(item)
  }
  return {
    found: kept.sort(inOrder),
    comparisons: search.steps + taken.comparisons + quoteSpans.comparisons + keptSpans.comparisons,
  }
}

function draftTranscript(
  base: ArticleSource,
  turns: NonNullable<ReturnType<typeof transcriptTurns>>,
): Drafted {
  const blocks = blocksOf(base)
  const everything = blocks.map((block) => block.text).join('\n')
  const review: ReviewItem[] = []
  const bySpeakerLabel = new Map<
    string,
    {
      id: string
      name: string
      shortName: string
      aliases: string[]
      role: string | null
      kind: 'person' | 'group'
    }
  >()
  const speakerId = idMaker()
  for (const turn of turns) {
    const key = labelKey(turn.label)
    if (bySpeakerLabel.has(key)) continue
    if (turn.question) {
      bySpeakerLabel.set(key, {
        id: speakerId('reporters'),
        name: 'Reporters',
        shortName: 'Reporters',
        aliases: [],
        role: null,
        kind: 'group',
      })
      continue
    }
    const speaker = speakerFromLabel(turn.label, everything)
    if (!speaker.found)
      review.push({ target: 'speaker', id: slugify(speaker.name, 4) ?? 'speaker', reason: 'name-from-label' })
    const id = speakerId(slugify(speaker.name, 4) ?? 'speaker')
    if (!speaker.found) review.at(-1)!.id = id
    bySpeakerLabel.set(key, {
      id,
      name: speaker.name,
      shortName: speaker.shortName,
      aliases: speaker.aliases,
      role: speaker.role,
      kind: 'person',
    })
  }
  const turnSources: TurnSource[] = turns.map((turn, index) => {
    const speaker = bySpeakerLabel.get(labelKey(turn.label))!
    return {
      id: `t${index + 1}`,
      speaker: speaker.id,
      label: turn.label,
      from: base.paragraphs[turn.from]!.id,
      ...(turn.to > turn.from ? { to: base.paragraphs[turn.to]!.id } : {}),
      ...(turn.question ? { question: true } : {}),
    }
  })
  const speakers = [...bySpeakerLabel.values()]
  const mentions: ArticleSource['mentions'] = []
  const labelEnds = new Map(turns.map((turn) => [base.paragraphs[turn.from]!.id, turn.label.length]))
  const passage = passageMaker(new Map(blocks.map((block) => [block.id, block.text])))
  // Speaker by speaker, alias by alias, the first to claim words keeps them; the label is not a mention.
  const aliases = speakers.flatMap((speaker) => speaker.aliases.map((alias) => ({ alias, speaker })))
  const search = new AliasSearch(aliases.map((item) => item.alias))
  const taken = new TakenSpans()
  for (const block of blocks) {
    const labelEnd = labelEnds.get(block.id) ?? 0
    if (labelEnd > 0) taken.add({ block: block.id, start: 0, end: labelEnd })
    const found: { speaker: string; span: BlockSpan }[] = []
    for (const match of search.occurrences(block.text)) {
      const span = { block: block.id, start: match.start, end: match.end }
      if (taken.overlapping(span).length > 0) continue
      taken.add(span)
      found.push({ speaker: aliases[match.alias]!.speaker.id, span })
    }
    found.sort((a, b) => a.span.start - b.span.start)
    for (const item of found) mentions.push({ speaker: item.speaker, ...passage(item.span) })
  }
  const article: ArticleSource = {
    ...base,
    form: 'transcript',
    turns: turnSources,
    speakers: speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      shortName: speaker.shortName,
      kind: speaker.kind,
      role: speaker.role,
      affiliation: null,
    })),
    mentions,
  }
  return { article, review, comparisons: search.steps + taken.comparisons }
}

const HONORIFIC = /^(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM|AMB|SEC|GOV|PROF)\.?\s+/i

function labelKey(label: string): string {
  return label
    .replace(/[:.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .toUpperCase()
}

/** A label's speaker: "MS. PSAKI:" is the Jen Psaki the text names in full elsewhere, with her title there. */
function speakerFromLabel(
  label: string,
  text: string,
): { name: string; shortName: string; aliases: string[]; role: string | null; found: boolean } {
  const bare = label.replace(/:\s*$/, '').trim()
  const honorific = HONORIFIC.exec(bare)?.[0].trim() ?? ''
  const words = bare.replace(HONORIFIC, '').split(/\s+/).map(titleCase)
  const surname = words.at(-1)!
  const courtesy = honorific === '' ? null : `${titleCase(honorific.replace(/\.$/, ''))}. ${surname}`
  const full = new RegExp(
    `((?:\\p{Lu}[\\p{Ll}]+\\s+){0,4})(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.)?)\\s+${escapeRegExp(surname)}\\b`,
    'u',
  ).exec(text)
  if (full && !/^(?:Mr|Ms|Mrs|Dr|The|President|Secretary|Advisor|Director)$/.test(full[2]!)) {
    const name = `${full[2]} ${surname}`
    const role = full[1]!.trim() === '' ? null : full[1]!.trim()
    return {
      name,
      shortName: surname,
      aliases: [name, ...(courtesy ? [courtesy] : []), surname],
      role,
      found: true,
    }
  }
  const name = words.join(' ')
  return {
    name,
    shortName: surname,
    aliases: [...(courtesy ? [courtesy] : []), name],
    role: null,
    found: false,
  }
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Passages for spans of these blocks, with the occurrence only when the words occur more than once in the block.
 * The occurrences of each text are searched once per block: a name is mentioned many times.
 */
function passageMaker(textOf: Map<string, string>): (span: BlockSpan) => PassageSource {
  const occurrences = new Map<string, number[]>()
  return (span) => {
    const blockText = textOf.get(span.block) ?? ''
    const text = blockText.slice(span.start, span.end)
    const key = `${span.block}\u0000${text}`
    let starts = occurrences.get(key)
    if (!starts) {
      starts = findOccurrences(blockText, text)
      occurrences.set(key, starts)
    }
    const found = starts
    const at = firstIndex(found.length, (index) => found[index]! >= span.start)
    const occurrence = found[at] === span.start ? at + 1 : 0
    return found.length > 1 ? { in: span.block, text, occurrence } : { in: span.block, text }
  }
}

function spanText(textOf: Map<string, string>, span: BlockSpan): string {
  return (textOf.get(span.block) ?? '').slice(span.start, span.end)
}

function speakerIds(speakers: readonly SpeakerEntry[]): Map<SpeakerEntry, string> {
  const speakerId = idMaker()
  return new Map(speakers.map((entry) => [entry, speakerId(slugify(entry.name, 5) ?? 'speaker')]))
}

/** Makes ids unique among those it has made: `id`, then `id-2`, `id-3`… */
function idMaker(): (id: string) => string {
  const used = new Set<string>()
  // Where to go on counting for each id: a thousand quotes opening alike cost no more than one each.
  const next = new Map<string, number>()
  return (id) => {
    let candidate = id
    if (used.has(candidate)) {
      let n = next.get(id) ?? 2
      while (used.has(`${id}-${n}`)) n++
      candidate = `${id}-${n}`
      next.set(id, n + 1)
    }
    used.add(candidate)
    return candidate
  }
}

/** Lowercase words joined by hyphens, at most `words` of them; undefined when nothing is left. */
export function slugify(text: string, words: number): string | undefined {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !/^(?:the|a|an|of|and|to|in|that|is|was|for|on)$/.test(word))
    .slice(0, words)
    .join('-')
  return slug === '' ? undefined : slug
}

function rangeKey(span: BlockSpan): string {
  return `${span.block}:${span.start}:${span.end}`
}
