// A quote or a passage as plain text to paste anywhere: the words, who said them, where and when, and the link
// back. Quotation marks hold only words somebody said: a passage of the article is cited bare.
import { quoteWords, speakerWithRole } from '../content/article-index.ts'
import type { Article, Quote, Speaker } from '../content/article.ts'
import { formatDate } from '../content/format-date.ts'

/** The citation of one quote, on three lines: the words, the attribution, the link. */
export function citeQuote(
  article: Pick<Article, 'headline' | 'outlet' | 'published' | 'language'>,
  quote: Pick<Quote, 'kind' | 'text'>,
  speaker: Pick<Speaker, 'name' | 'role'>,
  url: string,
): string {
  const note = { direct: '', reported: ' (reported speech)', mixed: ' (reported, quoting some words)' }[
    quote.kind
  ]
  const words = `${quoteWords(quote, article.language)}${note}`
  const when = article.published === null ? 'date not given' : formatDate(article.published, article.language)
  // The headline is named bare: quotation marks in a citation hold only words somebody said.
  return `${words}\n— ${speakerWithRole(speaker)}. ${article.headline}. ${article.outlet.name}, ${when}.\n${url}`
}

/** The citation of a passage the reader selected: its words on one line, bare (they may be narration), the source, the link. */
export function citePassage(
  article: Pick<Article, 'headline' | 'outlet' | 'published' | 'language'>,
  words: string,
  url: string,
): string {
  const when = article.published === null ? 'date not given' : formatDate(article.published, article.language)
  return `${words.replace(/\s*\n\s*/g, ' ')}\n— ${article.headline}. ${article.outlet.name}, ${when}.\n${url}`
}
