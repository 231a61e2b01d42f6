// What a link asks the reader to see: a quote by its path, a passage by its query, or the browser's own text
// directive; resolved against the article to the anchors to highlight, or to a notice saying what is missing.
import { anchorsInRange, type DocumentText } from '../anchoring/document-text.ts'
import { matchPassage } from '../anchoring/match-passage.ts'
import type { Anchor, Article } from '../content/article.ts'
import { shorten } from '../text/shorten.ts'
import { decodePassageLink } from './passage-link.ts'
import { decodeTextDirective, describeTextDirective, findTextDirective } from './text-directive.ts'

export interface LinkRequest {
  /** The quote id from a `/articles/<slug>/quotes/<id>` path. */
  quoteId: string | null
  /** The query string, raw (still percent-encoded). */
  search: string
  /** The full URL the page was opened with, which still holds a `#:~:text=` directive; null when unknown. */
  navigationUrl: string | null
}

export interface SharedPassage {
  /** The pieces of the passage to mark, one per block it touches; empty when nothing is highlighted. */
  anchors: Anchor[]
  /** Says what is highlighted, for the bar that offers to clear it. */
  label: string
  /** Says what the link asked for and could not be shown, or that the article changed since. */
  notice: string | null
}

const NOTHING: SharedPassage = { anchors: [], label: '', notice: null }

/** Resolves what a link asks for; never throws, whatever the request. */
export function resolveSharedPassage(
  article: Pick<Article, 'revision' | 'quotes' | 'speakers'>,
  document: DocumentText,
  request: LinkRequest,
): SharedPassage {
  if (request.quoteId !== null) {
    const quote = article.quotes.find((candidate) => candidate.id === request.quoteId)
    if (!quote)
      return notice(
        `This link points to a quote the article does not have (${quoted(request.quoteId)}). It may have been removed.`,
      )
    const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)
    return {
      anchors: [quote.anchor],
      label: `Showing a quote by ${speaker?.name ?? quote.speaker}.`,
      notice: null,
    }
  }

  const decoded = decodePassageLink(request.search)
  if (decoded.kind === 'malformed')
    return notice(
      `The passage in this link could not be read: ${decoded.reason}.` +
        (decoded.words === undefined ? '' : ` It asked for ${quoted(decoded.words)}.`),
    )
  if (decoded.kind === 'passage') {
    const { link } = decoded
    const match = matchPassage(document.text, link)
    if (!match.found)
      return notice(
        `The passage this link points to is not in the article as it stands: ${quoted(link.exact)}. ` +
          'The article may have been edited since the link was made.',
      )
    const edited = match.moved && link.revision !== article.revision
    const anchors = anchorsInRange(document, match.range)
    if (anchors.length === 0) return notice(`The passage in this link holds no words to show.`)
    return {
      anchors,
      label: 'Showing the passage from the link.',
      notice: edited
        ? 'The article has been edited since this link was made. The passage is highlighted where it stands now.'
        : null,
    }
  }

  if (request.navigationUrl === null) return NOTHING
  const directive = decodeTextDirective(request.navigationUrl)
  if (directive.kind === 'none') return NOTHING
  if (directive.kind === 'malformed') return notice('The text highlight in this link could not be read.')
  const range = findTextDirective(document.text, directive.directive)
  if (!range)
    return notice(
      `The text this link points to is not in the article: ${quoted(describeTextDirective(directive.directive))}.`,
    )
  return { anchors: anchorsInRange(document, range), label: 'Showing the text from the link.', notice: null }
}

function notice(text: string): SharedPassage {
  return { anchors: [], label: '', notice: text }
}

/** Words from a link, in quotation marks, on one line and short enough to read in a notice. */
function quoted(words: string): string {
  return `“${shorten(words.replace(/\s+/g, ' ').trim(), 141)}”`
}
