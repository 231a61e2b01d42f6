// Turns an editor's article file into a verified Article, or into every error it contains.
// Each error names the JSON path and the reason, in words an editor can act on.
import type { z } from 'zod'
import {
  articleSourceSchema,
  type ArticleSource,
  type PassageSource,
  type QuoteSource,
} from './article-schema.ts'
import {
  HEADLINE_BLOCK,
  SUMMARY_BLOCK,
  type Anchor,
  type Article,
  type Evidence,
  type Mention,
  type Quote,
  type Turn,
} from './article.ts'
import { graphemeBoundaries, type GraphemeBoundaries } from './grapheme-boundaries.ts'
import { hiddenCharacters, nameOf, type TextPlace } from './hidden-characters.ts'
import { compareInReadingOrder } from './reading-order.ts'
import { hashText } from './revision.ts'
import { parseStrictJson } from './strict-json.ts'
import { findOccurrences } from '../text/find-occurrences.ts'
import { CLOSING_MARKS, OPENING_MARKS, isQuoted, quotedRegions } from '../text/quoted-regions.ts'

export interface ContentError {
  /** Where in the file, as a JSON path like `quotes[3].text`; empty for the file as a whole. */
  path: string
  message: string
}

export type ParseResult = { ok: true; article: Article } | { ok: false; errors: ContentError[] }

/** Validates raw JSON against the schema, then every reference, passage and quote order against the text. */
export function parseArticle(json: unknown, expectedSlug?: string): ParseResult {
  const parsed = articleSourceSchema.safeParse(json)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(schemaError) }

  const checker = new ArticleChecker(parsed.data)
  const article = checker.resolve(expectedSlug)
  return checker.errors.length > 0 ? { ok: false, errors: checker.errors } : { ok: true, article }
}

/**
 * Parses an article file's text: JSON syntax errors by line and column, a key given twice by its path (JSON.parse
 * would keep the last silently), then every rule of parseArticle.
 */
export function parseArticleText(text: string, expectedSlug?: string): ParseResult {
  const json = parseStrictJson(text)
  if (!json.ok) {
    const { line, column, message } = json.error
    return {
      ok: false,
      errors: [{ path: '', message: `is not valid JSON: at line ${line}, column ${column}: ${message}` }],
    }
  }
  const duplicates = json.duplicates.map(({ path, first, second }): ContentError => ({
    path: formatJsonPath(path),
    message:
      `is given twice, at line ${first.line} and at line ${second.line}; JSON keeps only the last one, ` +
      'silently: remove one of them',
  }))
  const result = parseArticle(json.value, expectedSlug)
  if (duplicates.length === 0) return result
  return { ok: false, errors: [...duplicates, ...(result.ok ? [] : result.errors)] }
}

/** `['quotes', 3, 'text']` → `quotes[3].text` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

function schemaError(issue: z.core.$ZodIssue): ContentError {
  return { path: formatJsonPath(issue.path), message: issue.message }
}

type Path = (string | number)[]

class ArticleChecker {
  readonly errors: ContentError[] = []
  private readonly source: ArticleSource
  private readonly speakerIds: Set<string>
  private readonly issueIds: Set<string>
  private readonly quoteIds: Set<string>
  /** Each block's text and place in reading order by id, built once: a lookup per anchor must not scan them all. */
  private readonly texts: Map<string, string>
  private readonly rank: Map<string, number>
  private readonly regions = new Map<string, ReturnType<typeof quotedRegions>>()
  private readonly boundaries = new Map<string, GraphemeBoundaries>()
  private readonly compare: (a: Anchor, b: Anchor) => number

  constructor(source: ArticleSource) {
    this.source = source
    // As blockText reads them: the headline and summary first, then the first paragraph of an id.
    this.texts = new Map([...source.paragraphs].reverse().map((paragraph) => [paragraph.id, paragraph.text]))
    this.texts.set(HEADLINE_BLOCK, source.headline)
    if (source.summary === null) this.texts.delete(SUMMARY_BLOCK)
    else this.texts.set(SUMMARY_BLOCK, source.summary)
    this.rank = new Map(
      [...this.blockOrder()].reverse().map((id, index, all) => [id, all.length - 1 - index]),
    )
    this.compare = compareInReadingOrder(source)
    this.speakerIds = this.uniqueIds('speakers', source.speakers)
    this.issueIds = this.uniqueIds('issues', source.issues)
    this.quoteIds = this.uniqueIds('quotes', source.quotes)
    ;(source.turns ?? []).forEach((turn, index) => {
      if (this.quoteIds.has(turn.id))
        this.fail(
          ['turns', index, 'id'],
          `"${turn.id}" is already the id of a quote or a turn; ids must be unique`,
        )
      this.quoteIds.add(turn.id)
    })
    this.noHiddenCharacters()
    this.uniqueIds('paragraphs', source.paragraphs)
    source.paragraphs.forEach((paragraph, index) => {
      if (paragraph.id === HEADLINE_BLOCK || paragraph.id === SUMMARY_BLOCK)
        this.fail(['paragraphs', index, 'id'], `"${paragraph.id}" is reserved for the ${paragraph.id} itself`)
    })
  }

  resolve(expectedSlug: string | undefined): Article {
    const { source } = this
    if (expectedSlug !== undefined && source.slug !== expectedSlug)
      this.fail(['slug'], `is "${source.slug}" but the file is named "${expectedSlug}.json"; they must match`)

    const fileMentions = this.resolveMentions()
    const { turns, turnQuotes } = this.resolveTurns()
    const quotes = [...this.resolveQuotes(), ...turnQuotes].sort((a, b) =>
      this.compare(a.anchors[0]!, b.anchors[0]!),
    )
    const mentions = this.withSources(fileMentions, quotes)
    this.noCrossingSpans(mentions, quotes)
    const positions = source.positions.map((position, index) => {
      const path = ['positions', index]
      this.reference([...path, 'speaker'], position.speaker, this.speakerIds, 'speaker')
      this.reference([...path, 'issue'], position.issue, this.issueIds, 'issue')
      const evidence = position.evidence.flatMap((item, itemIndex): Evidence[] => {
        const itemPath = [...path, 'evidence', itemIndex]
        if ('quote' in item) {
          this.reference([...itemPath, 'quote'], item.quote, this.quoteIds, 'quote')
          return [{ kind: 'quote', quote: item.quote }]
        }
        const anchor = this.anchor(itemPath, item)
        return anchor ? [{ kind: 'passage', text: item.text, anchor }] : []
      })
      return {
        speaker: position.speaker,
        issue: position.issue,
        stance: position.stance,
        evidence,
      }
    })
    this.noDuplicatePositions()
    this.everySpeakerMentioned(mentions)

    return {
      slug: source.slug,
      // JSON keeps block boundaries unambiguous: splitting a paragraph at a line break changes the revision.
      revision: hashText(
        JSON.stringify([source.headline, source.summary, ...source.paragraphs.map((p) => p.text)]),
      ),
      headline: source.headline,
      summary: source.summary,
      outlet: source.outlet,
      sourceUrl: source.sourceUrl,
      published: source.published,
      updated: source.updated,
      language: source.language,
      direction: source.direction,
      form: source.form ?? 'article',
      paragraphs: source.paragraphs,
      turns,
      speakers: source.speakers,
      mentions,
      quotes,
      issues: source.issues,
      positions,
    }
  }

  /** One range of words names one speaker: a second mark on it is either a repeat or a contradiction. */
  private resolveMentions(): Mention[] {
    const byRange = new Map<string, { index: number; speaker: string }>()
    return this.source.mentions.flatMap((mention, index): Mention[] => {
      const path = ['mentions', index]
      this.reference([...path, 'speaker'], mention.speaker, this.speakerIds, 'speaker')
      const anchor = this.anchor(path, mention)
      if (!anchor) return []
      const range = `${anchor.block}:${anchor.start}:${anchor.end}`
      const earlier = byRange.get(range)
      const words = `"${mention.text}" in ${describeBlock(anchor.block)}`
      if (earlier?.speaker === mention.speaker)
        this.fail(path, `marks ${words} a second time; remove this mention`)
      else if (earlier)
        this.fail(
          path,
          `marks ${words} as ${mention.speaker}, but mentions[${earlier.index}] marks the same words as ` +
            `${earlier.speaker}; keep the mention of the speaker the words name and remove the other`,
        )
      else byRange.set(range, { index, speaker: mention.speaker })
      return [{ speaker: mention.speaker, anchor }]
    })
  }

  /** The panel lists quotes in the order of the file, so the file must follow the text. */
  private resolveQuotes(): Quote[] {
    const compare = this.compare
    let previous: { index: number; text: string; anchor: Anchor } | undefined
    return this.source.quotes.flatMap((quote, index): Quote[] => {
      const path = ['quotes', index]
      this.reference([...path, 'speaker'], quote.speaker, this.speakerIds, 'speaker')
      if (quote.via != null) this.reference([...path, 'via'], quote.via, this.speakerIds, 'speaker')
      const parts = this.quoteParts(path, quote)
      if (!parts) return []
      const first = parts[0]!
      // A quote that cannot be found has no place in the text, so each is compared with the last one found.
      if (previous && compare(first.anchor, previous.anchor) < 0)
        this.fail(
          path,
          `comes before quotes[${previous.index}] ("${firstWords(previous.text)}") in the text; ` +
            'list quotes in reading order (move it up)',
        )
      previous = { index, text: first.text, anchor: first.anchor }
      const anchors = parts.map((part) => part.anchor)
      this.quotationMarks(path, quote, parts)
      const verbatim = this.verbatim(path, quote, anchors)
      const source = quote.source == null ? null : (this.anchor([...path, 'source'], quote.source) ?? null)
      const cue = this.cue(path, quote, anchors)
      return [
        {
          id: quote.id,
          speaker: quote.speaker,
          kind: quote.kind,
          cue,
          to: quote.to,
          text: joinParts(parts),
          anchors,
          verbatim,
          source,
          via: quote.via ?? null,
          turn: null,
        },
      ]
    })
  }

  /** The quote's passages: its parts, or its one passage; in reading order and apart. */
  private quoteParts(path: Path, quote: QuoteSource): { text: string; anchor: Anchor }[] | undefined {
    const single = quote.in !== undefined || quote.text !== undefined
    if (single === (quote.parts !== undefined)) {
      this.fail(
        path,
        single
          ? 'gives both "parts" and "in"/"text"; a quote in one block gives "in" and "text", one over several gives "parts"'
          : 'says nowhere where its words are: give "in" and "text", or "parts" for a quote over several paragraphs',
      )
      return undefined
    }
    const passages: { path: Path; passage: PassageSource }[] = quote.parts
      ? quote.parts.map((part, index) => ({
          path: [...path, 'parts', index],
          passage: part,
        }))
      : [
          {
            path,
            passage: {
              in: quote.in ?? '',
              text: quote.text ?? '',
              occurrence: quote.occurrence,
            },
          },
        ]
    if (single && (quote.in === undefined || quote.text === undefined)) {
      this.fail(
        [...path, quote.in === undefined ? 'in' : 'text'],
        'is needed with the other; give both "in" and "text"',
      )
      return undefined
    }
    const parts = passages.map(({ path: partPath, passage }) => {
      const anchor = this.anchor(partPath, passage)
      return anchor && { text: passage.text, anchor }
    })
    if (parts.some((part) => part === undefined)) return undefined
    const found = parts as { text: string; anchor: Anchor }[]
    const compare = this.compare
    for (let index = 1; index < found.length; index++)
      if (
        compare(found[index - 1]!.anchor, found[index]!.anchor) >= 0 ||
        overlaps(found[index - 1]!.anchor, found[index]!.anchor)
      )
        this.fail(
          [...path, 'parts', index],
          `comes before the end of parts[${index - 1}]; list the parts in reading order, each after the one before`,
        )
    return found
  }

  /**
   * Quotation marks are the product's promise that the words are verbatim: a direct quote must stand inside them
   * in its block, a mixed one must point at the words that do, and neither may carry its own marks.
   */
  private quotationMarks(path: Path, quote: QuoteSource, parts: { text: string; anchor: Anchor }[]) {
    parts.forEach((part, index) => {
      const partPath = quote.parts ? [...path, 'parts', index, 'text'] : [...path, 'text']
      const block = this.textOf(part.anchor.block) ?? ''
      const ownMarks = OPENING_MARKS.includes(part.text[0]!) || CLOSING_MARKS.includes(part.text.at(-1)!)
      if (quote.kind !== 'reported' && ownMarks) {
        this.fail(
          partPath,
          `includes its own quotation marks; write only the words inside them: "${firstWords(stripMarks(part.text))}"`,
        )
        return
      }
      const regions = this.regionsOf(part.anchor.block, block)
      if (quote.kind === 'direct' && !isQuoted(block, part.anchor, regions))
        this.fail(
          partPath,
          `is "direct" but is not inside quotation marks in ${describeBlock(part.anchor.block)}; ` +
            'a direct quote is only the words between the marks. Words the article does not put in quotation marks ' +
            'are reported speech: make it "reported", or "mixed" with the quoted words in "verbatim"',
        )
      if (quote.kind === 'reported') {
        const inside = regions.find(
          (region) => part.anchor.start <= region.start && region.end <= part.anchor.end,
        )
        if (inside)
          this.fail(
            [...path, 'kind'],
            `is "reported" but its words include a quotation ("${firstWords(block.slice(inside.start, inside.end))}"); ` +
              'make it "mixed" and list the quoted words in "verbatim"',
          )
      }
    })
  }

  /** A mixed quote's verbatim words: inside the quote and inside quotation marks. */
  private verbatim(path: Path, quote: QuoteSource, anchors: Anchor[]): Anchor[] {
    if (quote.kind !== 'mixed') {
      if (quote.verbatim !== undefined)
        this.fail(
          [...path, 'verbatim'],
          quote.kind === 'direct'
            ? 'is only for "mixed" quotes: every word of a direct quote is verbatim; remove it'
            : 'is only for "mixed" quotes: make the quote "mixed", or remove "verbatim"',
        )
      return []
    }
    if (quote.verbatim === undefined) {
      this.fail(
        [...path, 'verbatim'],
        'is needed: a "mixed" quote lists the words it quotes in quotation marks; without any it is "reported"',
      )
      return []
    }
    return quote.verbatim.flatMap((passage, index) => {
      const itemPath = [...path, 'verbatim', index]
      const anchor = this.anchor(itemPath, passage)
      if (!anchor) return []
      if (!anchors.some((part) => contains(part, anchor)))
        this.fail(
          itemPath,
          `"${firstWords(passage.text)}" is not within the quote's words; point at words inside it`,
        )
      else if (
        !isQuoted(
          this.textOf(anchor.block) ?? '',
          anchor,
          this.regionsOf(anchor.block, this.textOf(anchor.block) ?? ''),
        )
      )
        this.fail(
          [...itemPath, 'text'],
          `"${firstWords(passage.text)}" is not inside quotation marks in ${describeBlock(anchor.block)}; ` +
            'verbatim words are only those between the marks (without the marks)',
        )
      return [anchor]
    })
  }

  /** The cue as a place in the text: a passage near the quote, or a word found in its first block. */
  private cue(path: Path, quote: QuoteSource, anchors: Anchor[]): Quote['cue'] {
    const cuePath = [...path, 'cue']
    if (quote.cue === null) {
      if (quote.source == null)
        this.fail(
          cuePath,
          'is null, so "source" must point at the words that attribute the quote (the name in "Name: “…”"); ' +
            'otherwise point "cue" at the reporting words, like {"in": "p3", "text": "said"}',
        )
      return null
    }
    if (typeof quote.cue === 'string') {
      const first = anchors[0]!
      const block = this.textOf(first.block) ?? ''
      const starts = findOccurrences(block, quote.cue)
      if (starts.length === 0) {
        this.fail(
          cuePath,
          `"${quote.cue}" does not occur in ${describeBlock(first.block)}, where the quote is`,
        )
        return null
      }
      // A bare word names no place; the one nearest the quote is the one that introduces it.
      const distance = (start: number) =>
        start >= first.end ? start - first.end : start < first.start ? first.start - start : 0
      const start = starts.reduce((best, candidate) =>
        distance(candidate) < distance(best) ? candidate : best,
      )
      const anchor = { block: first.block, start, end: start + quote.cue.length }
      this.wholeCharacters(cuePath, anchor, block)
      return { text: quote.cue, anchor }
    }
    const anchor = this.anchor(cuePath, quote.cue)
    if (!anchor) return null
    const at = this.rank.get(anchor.block) ?? -1
    const near = anchors.some((part) => Math.abs((this.rank.get(part.block) ?? -1) - at) <= 1)
    if (!near)
      this.fail(
        [...cuePath, 'in'],
        `is ${describeBlock(anchor.block)}, away from the quote; point at the reporting words in a block of the ` +
          'quote or the one just before or after it',
      )
    return { text: quote.cue.text, anchor }
  }

  /** A transcript's turns, in order, and the direct quote each one is. */
  private resolveTurns(): { turns: Turn[]; turnQuotes: Quote[] } {
    const { source } = this
    const turnsSource = source.turns ?? []
    const transcript = source.form === 'transcript'
    if (!transcript && turnsSource.length > 0) {
      this.fail(['turns'], 'is only for transcripts; add "form": "transcript", or write the turns as quotes')
      return { turns: [], turnQuotes: [] }
    }
    if (transcript && turnsSource.length === 0)
      this.fail(
        ['turns'],
        'is needed in a transcript: one entry per speaker turn, {"id", "speaker", "label", "from"}',
      )
    const order = new Map(source.paragraphs.map((paragraph, index) => [paragraph.id, index]))
    let lastEnd = -1
    const turns: Turn[] = []
    const turnQuotes: Quote[] = []
    turnsSource.forEach((turn, index) => {
      const path = ['turns', index]
      this.reference([...path, 'speaker'], turn.speaker, this.speakerIds, 'speaker')
      const from = order.get(turn.from)
      const to = order.get(turn.to ?? turn.from)
      if (from === undefined || to === undefined) {
        const field = from === undefined ? 'from' : 'to'
        this.fail(
          [...path, field],
          `"${field === 'from' ? turn.from : turn.to}" is not the id of a paragraph`,
        )
        return
      }
      if (to < from) {
        this.fail(
          [...path, 'to'],
          `"${turn.to}" comes before "${turn.from}"; a turn runs forward from its first paragraph`,
        )
        return
      }
      if (from <= lastEnd) {
        this.fail(
          [...path, 'from'],
          `"${turn.from}" is inside the turn before; turns follow each other without overlapping`,
        )
        return
      }
      lastEnd = to
      const paragraphs = source.paragraphs.slice(from, to + 1)
      const firstText = paragraphs[0]!.text
      if (turn.label !== null && !firstText.startsWith(turn.label)) {
        this.fail(
          [...path, 'label'],
          `"${turn.label}" is not how paragraph ${turn.from} starts ("${firstWords(firstText, 24)}"); copy the label from there`,
        )
        return
      }
      const label: Anchor | null =
        turn.label === null ? null : { block: turn.from, start: 0, end: turn.label.length }
      if (label) this.wholeCharacters([...path, 'label'], label, firstText)
      const anchors = paragraphs.flatMap((paragraph, at): Anchor[] => {
        let start = at === 0 && label ? label.end : 0
        let end = paragraph.text.length
        while (start < end && /\s/.test(paragraph.text[start]!)) start++
        while (end > start && /\s/.test(paragraph.text[end - 1]!)) end--
        return start < end ? [{ block: paragraph.id, start, end }] : []
      })
      if (anchors.length === 0) {
        this.fail([...path, 'label'], 'leaves the turn with no words; a turn is someone speaking')
        return
      }
      const question = turn.question ?? false
      turns.push({
        id: turn.id,
        speaker: turn.speaker,
        label,
        blocks: paragraphs.map((p) => p.id),
        question,
      })
      turnQuotes.push({
        id: turn.id,
        speaker: turn.speaker,
        kind: 'direct',
        cue: null,
        to: null,
        text: anchors
          .map((anchor) => (this.textOf(anchor.block) ?? '').slice(anchor.start, anchor.end))
          .join('\n'),
        anchors,
        verbatim: [],
        source: label,
        via: null,
        turn: { label: turn.label, question },
      })
    })
    return { turns, turnQuotes }
  }

  /** Adds the words each quote's source points at as mentions of its speaker, unless they are marked already. */
  private withSources(mentions: Mention[], quotes: readonly Quote[]): Mention[] {
    const byRange = new Map(mentions.map((mention) => [rangeKey(mention.anchor), mention.speaker]))
    const added: Mention[] = []
    for (const quote of quotes) {
      if (!quote.source) continue
      const key = rangeKey(quote.source)
      const marked = byRange.get(key)
      if (marked === undefined) {
        byRange.set(key, quote.speaker)
        added.push({ speaker: quote.speaker, anchor: quote.source })
      } else if (marked !== quote.speaker) {
        const index = this.source.quotes.findIndex((candidate) => candidate.id === quote.id)
        this.fail(
          index === -1 ? ['turns'] : ['quotes', index, 'source'],
          `points at words marked as a mention of ${marked}, but the quote is by ${quote.speaker}; ` +
            "a quote's source names its own speaker",
        )
      }
    }
    return [...mentions, ...added]
  }

  /** Marks may nest, but never overlap in part: a reader could not tell whose words the overlap is. */
  private noCrossingSpans(mentions: readonly Mention[], quotes: readonly Quote[]) {
    type Span = Anchor & { what: string }
    const spans: Span[] = [
      ...mentions.map((mention) => ({
        ...mention.anchor,
        what: `the mention of ${mention.speaker}`,
      })),
      ...quotes.flatMap((quote) =>
        quote.anchors.map((anchor) => ({
          ...anchor,
          what: `quote ${quote.id}`,
        })),
      ),
    ]
    const byBlock = new Map<string, Span[]>()
    for (const span of spans) {
      const list = byBlock.get(span.block)
      if (list) list.push(span)
      else byBlock.set(span.block, [span])
    }
    for (const [block, blockSpans] of byBlock) {
      const sorted = [...blockSpans].sort((a, b) => a.start - b.start || b.end - a.end)
      const open: Span[] = []
      for (const span of sorted) {
        while (open.length > 0 && open.at(-1)!.end <= span.start) open.pop()
        const outer = open.at(-1)
        if (outer && span.end > outer.end) {
          const text = this.textOf(block) ?? ''
          this.fail(
            [],
            `${span.what} ("${firstWords(text.slice(span.start, span.end))}") crosses ${outer.what} ` +
              `("${firstWords(text.slice(outer.start, outer.end))}") in ${describeBlock(block)}; marks may hold ` +
              'one another whole but not in part: end one before the other starts, or let it hold the other',
          )
          continue
        }
        open.push(span)
      }
    }
  }

  private textOf(block: string): string | undefined {
    return this.texts.get(block)
  }

  private regionsOf(block: string, text: string) {
    if (!this.regions.has(block)) this.regions.set(block, quotedRegions(text))
    return this.regions.get(block)!
  }

  private blockOrder(): string[] {
    const { source } = this
    return [
      HEADLINE_BLOCK,
      ...(source.summary === null ? [] : [SUMMARY_BLOCK]),
      ...source.paragraphs.map((paragraph) => paragraph.id),
    ]
  }

  /** Finds the passage in its block, reporting precisely why it cannot be found. */
  private anchor(path: Path, passage: PassageSource): Anchor | undefined {
    const block = this.textOf(passage.in)
    if (block === undefined) {
      const ids = this.source.paragraphs.map((p) => p.id)
      const known = [HEADLINE_BLOCK, ...(this.source.summary === null ? [] : [SUMMARY_BLOCK]), ...ids]
      this.fail(
        [...path, 'in'],
        `"${passage.in}" is not a block of this article; use one of ${listIds(known)}`,
      )
      return undefined
    }
    const where = describeBlock(passage.in)
    const starts = findOccurrences(block, passage.text)
    if (starts.length === 0) {
      this.fail(
        [...path, 'text'],
        `"${passage.text}" does not occur in ${where}${nearMiss(block, passage.text)}`,
      )
      return undefined
    }
    const { occurrence } = passage
    if (occurrence === undefined && starts.length > 1) {
      this.fail(
        [...path, 'occurrence'],
        `is needed: "${passage.text}" occurs ${starts.length} times in ${where}; give 1 to ${starts.length} to say which`,
      )
      return undefined
    }
    if (occurrence !== undefined && occurrence > starts.length) {
      const times = starts.length === 1 ? 'once' : `${starts.length} times`
      this.fail(
        [...path, 'occurrence'],
        `is ${occurrence}, but "${passage.text}" occurs only ${times} in ${where}`,
      )
      return undefined
    }
    // Offsets come from an exact search, so the range slices exactly the passage: what downstream code trusts.
    const start = starts[(occurrence ?? 1) - 1]!
    const anchor = { block: passage.in, start, end: start + passage.text.length }
    this.wholeCharacters([...path, 'text'], anchor, block)
    return anchor
  }

  /**
   * A mark that starts or ends inside a character (a letter and its accent, a surrogate pair, a joined emoji) would
   * render half of it: the check names the character and the words that hold it whole.
   */
  private wholeCharacters(path: Path, anchor: Anchor, block: string) {
    let boundaries = this.boundaries.get(anchor.block)
    if (!boundaries) {
      boundaries = graphemeBoundaries(block)
      this.boundaries.set(anchor.block, boundaries)
    }
    const startSplits = !boundaries.isBoundary(anchor.start)
    const endSplits = !boundaries.isBoundary(anchor.end)
    if (!startSplits && !endSplits) return
    const whole = boundaries.widen(anchor.start, anchor.end)
    const split = startSplits
      ? boundaries.widen(anchor.start, anchor.start)
      : boundaries.widen(anchor.end, anchor.end)
    const character = block.slice(split.start, split.end)
    const where = startSplits && endSplits ? 'starts and ends' : startSplits ? 'starts' : 'ends'
    this.fail(
      path,
      `${where} inside the character "${character}" (${[...character].map((unit) => nameOf(unit.codePointAt(0)!)).join(' + ')}) ` +
        `in ${describeBlock(anchor.block)}, which would show as half a character; a mark holds whole characters: ` +
        `write "${block.slice(whole.start, whole.end)}"`,
    )
  }

  /**
   * Invisible characters that change what readers see are refused (hidden-characters.ts decides which, where):
   * in the published text, which every passage is copied from, and in every field the editor writes. One error per
   * text, with the first such character and how many more there are.
   */
  private noHiddenCharacters() {
    const { source } = this
    const rightToLeft = source.direction === 'rtl'
    const body: TextPlace = { body: true, rightToLeft }
    const field: TextPlace = { body: false, rightToLeft }
    const check = (path: Path, text: string | null | undefined, place: TextPlace) => {
      if (text == null) return
      const found = hiddenCharacters(text, place)
      if (found.length === 0) return
      const first = found[0]!
      const before = wordsBefore(text, first.index)
      const more = found.length > 1 ? ` (and ${found.length - 1} more like it)` : ''
      this.fail(
        path,
        `holds ${nameOf(first.codePoint)} at character ${characterIndex(text, first.index) + 1}` +
          `${before.trim() === '' ? '' : `, after "${before}"`}${more}, ${first.reason}`,
      )
    }
    check(['headline'], source.headline, body)
    check(['summary'], source.summary, body)
    source.paragraphs.forEach((paragraph, index) =>
      check(['paragraphs', index, 'text'], paragraph.text, body),
    )
    check(['outlet', 'name'], source.outlet.name, field)
    check(['outlet', 'url'], source.outlet.url, field)
    check(['sourceUrl'], source.sourceUrl, field)
    source.speakers.forEach((speaker, index) => {
      for (const key of ['name', 'shortName', 'role', 'affiliation'] as const)
        check(['speakers', index, key], speaker[key], field)
    })
    source.quotes.forEach((quote, index) => check(['quotes', index, 'to'], quote.to, field))
    source.issues.forEach((issue, index) => check(['issues', index, 'title'], issue.title, field))
    source.positions.forEach((position, index) =>
      check(['positions', index, 'stance'], position.stance, field),
    )
    // Passages, cues and labels are copied from the published text: refused there, they cannot match elsewhere.
  }

  private uniqueIds(field: keyof ArticleSource, items: readonly { id: string }[]): Set<string> {
    const ids = new Set<string>()
    items.forEach((item, index) => {
      if (ids.has(item.id))
        this.fail([field, index, 'id'], `"${item.id}" is used twice in ${field}; ids must be unique`)
      ids.add(item.id)
    })
    return ids
  }

  private reference(path: Path, id: string, known: Set<string>, what: string) {
    if (!known.has(id)) this.fail(path, `"${id}" is not the id of any ${what}; known: ${listIds([...known])}`)
  }

  private noDuplicatePositions() {
    const seen = new Set<string>()
    this.source.positions.forEach((position, index) => {
      const key = `${position.speaker}\n${position.issue}`
      if (seen.has(key))
        this.fail(
          ['positions', index],
          `${position.speaker} already has a position on ${position.issue}; merge the two`,
        )
      seen.add(key)
    })
  }

  /**
   * Counts mentions as written, found or not, so one misspelt mention is reported once, not twice; a quote's
   * source and a transcript's label name their speaker too.
   */
  private everySpeakerMentioned(resolved: readonly Mention[]) {
    const mentioned = new Set([
      ...this.source.mentions.map((mention) => mention.speaker),
      ...resolved.map((mention) => mention.speaker),
      ...(this.source.turns ?? []).filter((turn) => turn.label !== null).map((turn) => turn.speaker),
    ])
    this.source.speakers.forEach((speaker, index) => {
      if (!mentioned.has(speaker.id))
        this.fail(
          ['speakers', index],
          `${speaker.id} is never mentioned; add their mentions or remove the speaker`,
        )
    })
  }

  private fail(path: Path, message: string) {
    this.errors.push({ path: formatJsonPath(path), message })
  }
}

/**
 * A quote's words from its parts: a new line between paragraphs, an ellipsis where the attribution splits a
 * sentence ("“We will,” she said, “and soon.”" reads “We will, … and soon.”).
 */
function joinParts(parts: readonly { text: string; anchor: Anchor }[]): string {
  return parts
    .map((part, index) => {
      if (index === 0) return part.text
      return `${part.anchor.block === parts[index - 1]!.anchor.block ? ' … ' : '\n'}${part.text}`
    })
    .join('')
}

function rangeKey(anchor: Anchor): string {
  return `${anchor.block}:${anchor.start}:${anchor.end}`
}

function overlaps(a: Anchor, b: Anchor): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end
}

function contains(outer: Anchor, inner: Anchor): boolean {
  return outer.block === inner.block && outer.start <= inner.start && inner.end <= outer.end
}

function stripMarks(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && OPENING_MARKS.includes(text[start]!)) start++
  while (end > start && CLOSING_MARKS.includes(text[end - 1]!)) end--
  return text.slice(start, end)
}

function describeBlock(block: string): string {
  return block === HEADLINE_BLOCK || block === SUMMARY_BLOCK ? `the ${block}` : `paragraph ${block}`
}

function listIds(ids: readonly string[]): string {
  return ids.length === 0 ? '(none)' : ids.map((id) => `"${id}"`).join(', ')
}

/** The start of a long passage, enough to find it in the file; never cuts a character in two. */
function firstWords(text: string, max = 40): string {
  const characters = Array.from(text)
  if (characters.length <= max) return text
  const cut = characters.slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The last few words before `index`, whole, to find a place in a long text by. */
function wordsBefore(text: string, index: number): string {
  let start = Math.max(0, index - 30)
  const space = text.indexOf(' ', start)
  if (start > 0 && space !== -1 && space < index - 1) start = space + 1
  // Never half a character: a cut after the first half of a surrogate pair moves on by one.
  if (start > 0 && start < index && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff)
    start++
  return text.slice(start, index)
}

/** Where the character at a UTF-16 offset stands, counting characters (code points) as an editor does. */
function characterIndex(text: string, index: number): number {
  let count = 0
  for (let at = 0; at < index; at++) {
    const code = text.charCodeAt(at)
    if (
      code < 0xdc00 ||
      code > 0xdfff ||
      at === 0 ||
      text.charCodeAt(at - 1) < 0xd800 ||
      text.charCodeAt(at - 1) > 0xdbff
    )
      count++
  }
  return count
}

/**
 * Explains the most common reasons a copied passage is not found: capitals, quote marks or spaces, or accents
 * written the other way (é as one character, or as e and a combining accent).
 */
function nearMiss(block: string, text: string): string {
  if (block.normalize('NFC').includes(text.normalize('NFC')))
    return (
      ' (it differs only in how accented letters are encoded: one writes "é" as one character, the other as "e" ' +
      'and a combining accent; copy the words from the block)'
    )
  const loose = (value: string) =>
    value
      .toLowerCase()
      .replace(/[‘’‛′]/g, "'")
      .replace(/[“”‟″]/g, '"')
      .replace(/\s+/g, ' ')
  return loose(block).includes(loose(text))
    ? ' (it differs only in capitals, quote marks or spaces from what is there; copy the words from the block)'
    : ''
}
