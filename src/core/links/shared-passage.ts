// What a link asks the reader to see: a quote by its path, a passage by its query, or the browser's own text
// directive; resolved against the article to the anchors to highlight, or to what could not be shown. The
// outcome is data: the reader's words for it are written in features/, where another language can replace them.
import { anchorsInRange, type DocumentText } from '../anchoring/document-text.ts'
import { isPassageAt, matchPassage, passageWords } from '../anchoring/match-passage.ts'
import type { Anchor, Article, Quote } from '../content/article.ts'
import { decodePassageLink, isSameRevision, type MalformedReason } from './passage-link.ts'
import { decodeTextDirective, describeTextDirective, matchTextDirectives } from './text-directive.ts'

export interface LinkRequest {
  /** The quote id from a `/articles/<slug>/quotes/<id>` path. */
  quoteId: string | null
  /** The query string, raw (still percent-encoded). */
  search: string
  /** The full URL the page was opened with, which still holds a `#:~:text=` directive; null when unknown. */
  navigationUrl: string | null
}

/** What a link shows. Kinds with `anchors` highlight them (one piece per block); the others explain a failure. */
export type LinkTarget =
  | { kind: 'none' }
  | { kind: 'quote'; quote: Quote; anchors: Anchor[] }
  | { kind: 'quote-missing'; id: string }
  /** `edited`: the passage was found, but elsewhere, in an article edited since the link was made. */
  | { kind: 'passage'; anchors: Anchor[]; edited: boolean }
  | { kind: 'passage-missing'; words: string }
  /** The link names the article's revision, yet its words are not the words at its position: someone changed it. */
  | { kind: 'passage-altered'; words: string }
  | { kind: 'passage-malformed'; reason: MalformedReason; words: string | null }
  | { kind: 'text'; anchors: Anchor[] }
  | { kind: 'text-malformed' }
  /**
   * `words`: the first text the link asks for; `others`: how many more it asks for, none of them found (or not
   * within the search's work limit).
   */
  | { kind: 'text-missing'; words: string; others: number }

const NOTHING: LinkTarget = { kind: 'none' }

/** Resolves what a link asks for; never throws, whatever the request. */
export function resolveLinkTarget(
  article: Pick<Article, 'revision' | 'quotes'>,
  document: DocumentText,
  request: LinkRequest,
): LinkTarget {
  if (request.quoteId !== null) {
    const quote = article.quotes.find((candidate) => candidate.id === request.quoteId)
    if (!quote) return { kind: 'quote-missing', id: request.quoteId }
    return { kind: 'quote', quote, anchors: quote.anchors }
  }
  const decoded = decodePassageLink(request.search)
  if (decoded.kind === 'malformed')
    return { kind: 'passage-malformed', reason: decoded.reason, words: decoded.words ?? null }
  if (decoded.kind === 'passage') {
    const { link } = decoded
    const words = passageWords(link)
    // Made from this very text, the link's position is the passage: words that differ there were changed.
    if (isSameRevision(link.revision, article.revision)) {
      if (!isPassageAt(document.text, link)) return { kind: 'passage-altered', words }
      const anchors = anchorsInRange(document, link)
      if (anchors.length === 0) return { kind: 'passage-missing', words }
      return { kind: 'passage', anchors, edited: false }
    }
    const match = matchPassage(document.text, link)
    if (!match.found) return { kind: 'passage-missing', words }
    const anchors = anchorsInRange(document, match.range)
    // A range of block separators alone holds no words: there is nothing to show.
    if (anchors.length === 0) return { kind: 'passage-missing', words }
    return { kind: 'passage', anchors, edited: match.moved }
  }
  if (request.navigationUrl === null) return NOTHING
  const directive = decodeTextDirective(request.navigationUrl)
  if (directive.kind === 'none') return NOTHING
  if (directive.kind === 'malformed') return { kind: 'text-malformed' }
  // Each directive in turn, as the spec has it; a search that reached its work limit is said as not found.
  const match = matchTextDirectives(document.text, directive.directives)
  if (match.kind !== 'found')
    return {
      kind: 'text-missing',
      words: describeTextDirective(directive.directive),
      others: directive.directives.length - 1,
    }
  return { kind: 'text', anchors: anchorsInRange(document, match.range) }
}

/** The anchors a target highlights; none for a target that could not be shown. */
export function targetAnchors(target: LinkTarget): readonly Anchor[] {
  return 'anchors' in target ? target.anchors : []
}
