// What the reader is told about the address: what is marked, and what a link asked for that cannot be shown.
// The outcomes come from core (LinkTarget, SpeakerFilter); the words are written here, in one place.
import type { ArticleIndex } from '../../core/content/article-index.ts'
import type { MalformedReason } from '../../core/links/passage-link.ts'
import type { LinkTarget } from '../../core/links/shared-passage.ts'
import { shorten } from '../../core/text/shorten.ts'

/** Says what is marked, for the bar that offers to clear it; null when nothing is. */
export function highlightLabel(target: LinkTarget, index: Pick<ArticleIndex, 'speakerOf'>): string | null {
  switch (target.kind) {
    case 'quote':
      return `Showing a quote by ${index.speakerOf(target.quote).name}.`
    case 'passage':
      return 'Showing the passage from the link.'
    case 'text':
      return 'Showing the text from the link.'
    default:
      return null
  }
}

const MALFORMED: Record<MalformedReason, string> = {
  'no-words': 'it does not say which words to show',
  'too-long': 'it is far longer than any passage link we make',
  altered: 'it looks cut short or altered',
}

/** Says what the link asked for and could not be shown, or that the article changed since; null otherwise. */
export function linkNotice(target: LinkTarget): string | null {
  switch (target.kind) {
    case 'quote-missing':
      return `This link points to a quote the article does not have (${quoted(target.id)}). It may have been removed.`
    case 'passage':
      return target.edited
        ? 'The article has been edited since this link was made. The passage is highlighted where it stands now.'
        : null
    case 'passage-missing':
      return (
        `The passage this link points to is not in the article as it stands: ${quoted(target.words)}. ` +
        'The article may have been edited since the link was made.'
      )
    case 'passage-altered':
      return (
        `This link was altered after it was made: it asks for ${quoted(target.words)}, which are not the ` +
        'words at its place in the article. Nothing is highlighted.'
      )
    case 'passage-malformed':
      return (
        `The passage in this link could not be read: ${MALFORMED[target.reason]}.` +
        (target.words === null ? '' : ` It asked for ${quoted(target.words)}.`)
      )
    case 'text-malformed':
      return 'The text highlight in this link could not be read.'
    case 'text-missing': {
      if (target.others === 0)
        return `The text this link points to is not in the article: ${quoted(target.words)}.`
      const count = target.others + 1
      const none =
        count === 2 ? 'Neither of the two texts' : `None of the ${count.toLocaleString('en')} texts`
      return `${none} this link points to is in the article. The first: ${quoted(target.words)}.`
    }
    default:
      return null
  }
}

/** Words from a link, in quotation marks, on one line and short enough to read in a notice. */
function quoted(words: string): string {
  return `“${shorten(words.replace(/\s+/g, ' ').trim(), 141)}”`
}
