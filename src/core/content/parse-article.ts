// Turns an editor's article file into a verified Article, or into every error it contains.
// Each error names the JSON path and the reason, in words an editor can act on.
import type { z } from 'zod'
import { articleSourceSchema, type ArticleSource, type PassageSource } from './article-schema.ts'
import {
  HEADLINE_BLOCK,
  SUMMARY_BLOCK,
  blockText,
  type Anchor,
  type Article,
  type Evidence,
  type Mention,
  type Quote,
} from './article.ts'
import { compareInReadingOrder } from './reading-order.ts'
import { hashText } from './revision.ts'
import { findOccurrences } from '../text/find-occurrences.ts'

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

  constructor(source: ArticleSource) {
    this.source = source
    this.speakerIds = this.uniqueIds('speakers', source.speakers)
    this.issueIds = this.uniqueIds('issues', source.issues)
    this.quoteIds = this.uniqueIds('quotes', source.quotes)
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

    const mentions = this.resolveMentions()
    const quotes = this.resolveQuotes()
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
      return { speaker: position.speaker, issue: position.issue, stance: position.stance, evidence }
    })
    this.noDuplicatePositions()
    this.everySpeakerMentioned()

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
      paragraphs: source.paragraphs,
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
    const compare = compareInReadingOrder(this.source)
    let previous: { index: number; text: string; anchor: Anchor } | undefined
    return this.source.quotes.flatMap((quote, index): Quote[] => {
      const path = ['quotes', index]
      this.reference([...path, 'speaker'], quote.speaker, this.speakerIds, 'speaker')
      const anchor = this.anchor(path, quote)
      if (!anchor) return []
      // A quote that cannot be found has no place in the text, so each is compared with the last one found.
      if (previous && compare(anchor, previous.anchor) < 0)
        this.fail(
          path,
          `comes before quotes[${previous.index}] ("${firstWords(previous.text)}") in the text; ` +
            'list quotes in reading order (move it up)',
        )
      previous = { index, text: quote.text, anchor }
      const block = blockText(this.source, anchor.block) ?? ''
      if (!block.includes(quote.cue))
        this.fail(
          [...path, 'cue'],
          `"${quote.cue}" does not occur in ${describeBlock(anchor.block)}, where the quote is`,
        )
      const { id, speaker, kind, cue, to, text } = quote
      return [{ id, speaker, kind, cue, to, text, anchor }]
    })
  }

  /** Finds the passage in its block, reporting precisely why it cannot be found. */
  private anchor(path: Path, passage: PassageSource): Anchor | undefined {
    const block = blockText(this.source, passage.in)
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
    return { block: passage.in, start, end: start + passage.text.length }
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

  /** Counts mentions as written, found or not, so one misspelt mention is reported once, not twice. */
  private everySpeakerMentioned() {
    const mentioned = new Set(this.source.mentions.map((mention) => mention.speaker))
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

/** Explains the most common reason a copied passage is not found: capitals, quote marks or spaces. */
function nearMiss(block: string, text: string): string {
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
