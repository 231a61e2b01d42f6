// The article as readers will see it, while the editor works on it: parsed by the project's own parser, and
// when the parser refuses it, parsed again without the items its errors name (and what refers to them), so one
// broken quote does not hide the article. Quotes and mentions left out whose words can still be found are put
// back as plain marks, so a quote just made is seen while its cue is missing. The errors are listed apart.
import type { ArticleSource } from '../core/content/article-schema.ts'
import type { Anchor, Article, Mention, Quote } from '../core/content/article.ts'
import { parseArticle, type ContentError } from '../core/content/parse-article.ts'
import { compareInReadingOrder } from '../core/content/reading-order.ts'
import { anchorOfPassage, quotePassages, quoteText } from './passages.ts'

export interface Preview {
  /** The article to render, or null when even the text itself is broken (a blank headline, no paragraphs). */
  article: Article | null
  /** How many marks, speakers, issues or positions were left out because of their errors. */
  hidden: number
}

const LISTS = ['mentions', 'quotes', 'positions', 'turns', 'speakers', 'issues'] as const
type ListName = (typeof LISTS)[number]

/** Rounds of leaving items out before giving up: each round removes every item its errors name. */
const MAX_ROUNDS = 6

/** The article to show for `source`, with whatever its errors name left out. */
export function previewArticle(source: ArticleSource): Preview {
  // The slug is the file's business, not the page's: a preview is shown whatever the slug says.
  let current = source
  let hidden = 0
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = parseArticle(current)
    if (parsed.ok)
      return round === 0 ? { article: parsed.article, hidden } : withMarksBack(source, parsed.article)
    const named = namedItems(parsed.errors)
    if (named === null) return { article: null, hidden }
    const before = countItems(current)
    current = withoutItems(current, named)
    hidden += before - countItems(current)
  }
  return { article: null, hidden }
}

/** The items the errors name, by list; null when an error is about something no item holds (the text). */
function namedItems(errors: readonly ContentError[]): Map<ListName, Set<number>> | null {
  const named = new Map<ListName, Set<number>>()
  for (const error of errors) {
    const match = /^(\w+)\[(\d+)\]/.exec(error.path)
    const list = match?.[1] as ListName | undefined
    if (!match || !list || !LISTS.includes(list)) return null
    named.set(list, (named.get(list) ?? new Set()).add(Number(match[2])))
  }
  return named
}

function countItems(article: ArticleSource): number {
  return LISTS.reduce((sum, list) => sum + (article[list]?.length ?? 0), 0)
}

/** The article without the named items, and without what refers to a removed speaker, issue or quote. */
function withoutItems(article: ArticleSource, named: Map<ListName, Set<number>>): ArticleSource {
  const keep = <T>(list: ListName, items: readonly T[]) =>
    items.filter((_, index) => !named.get(list)?.has(index))
  const speakers = keep('speakers', article.speakers)
  const speakerIds = new Set(speakers.map((speaker) => speaker.id))
  const issues = keep('issues', article.issues)
  const issueIds = new Set(issues.map((issue) => issue.id))
  const quotes = keep('quotes', article.quotes).filter(
    (quote) => speakerIds.has(quote.speaker) && (quote.via == null || speakerIds.has(quote.via)),
  )
  const quoteIds = new Set(quotes.map((quote) => quote.id))
  const turns = article.turns && keep('turns', article.turns).filter((turn) => speakerIds.has(turn.speaker))
  for (const turn of turns ?? []) quoteIds.add(turn.id)
  return {
    ...article,
    speakers,
    issues,
    quotes,
    ...(turns ? { turns } : {}),
    mentions: keep('mentions', article.mentions).filter((mention) => speakerIds.has(mention.speaker)),
    positions: keep('positions', article.positions)
      .filter((position) => speakerIds.has(position.speaker) && issueIds.has(position.issue))
      .map((position) => ({
        ...position,
        evidence: position.evidence.filter((item) => !('quote' in item) || quoteIds.has(item.quote)),
      }))
      .filter((position) => position.evidence.length > 0),
  }
}

/** The parsed article with the quotes and mentions of `source` it lacks put back where their words are found. */
function withMarksBack(source: ArticleSource, article: Article): Preview {
  const speakers = new Set(article.speakers.map((speaker) => speaker.id))
  const quoteIds = new Set(article.quotes.map((quote) => quote.id))
  const found = (anchors: (Anchor | null)[]): anchors is Anchor[] =>
    anchors.every((anchor) => anchor !== null)
  let hidden = 0
  const quotes: Quote[] = [...article.quotes]
  for (const quote of source.quotes) {
    if (quoteIds.has(quote.id)) continue
    const anchors = quotePassages(quote).map((passage) => anchorOfPassage(source, passage))
    if (!speakers.has(quote.speaker) || anchors.length === 0 || !found(anchors)) {
      hidden++
      continue
    }
    quotes.push({
      id: quote.id,
      speaker: quote.speaker,
      kind: quote.kind,
      cue: null,
      to: quote.to,
      text: quoteText(quote),
      anchors,
      verbatim: [],
      source: null,
      via: null,
      turn: null,
    })
  }
  const marked = new Set(article.mentions.map((mention) => mentionKey(mention.speaker, mention.anchor)))
  const mentions: Mention[] = [...article.mentions]
  for (const mention of source.mentions) {
    const anchor = anchorOfPassage(source, mention)
    if (anchor && marked.has(mentionKey(mention.speaker, anchor))) continue
    if (!anchor || !speakers.has(mention.speaker)) hidden++
    else mentions.push({ speaker: mention.speaker, anchor })
  }
  const compare = compareInReadingOrder(article)
  quotes.sort((a, b) => compare(a.anchors[0]!, b.anchors[0]!))
  hidden += source.speakers.length - article.speakers.length
  hidden += source.positions.length - article.positions.length
  return { article: { ...article, quotes, mentions }, hidden }
}

function mentionKey(speaker: string, anchor: Anchor): string {
  return `${speaker} ${anchor.block}:${anchor.start}:${anchor.end}`
}
