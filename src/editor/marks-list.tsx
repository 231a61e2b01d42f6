// Every quote and mention as a button, in reading order: the marks of the text, reachable without a mouse.
import type { ArticleSource } from '../core/content/article-schema.ts'
import { shorten } from '../core/text/shorten.ts'
import type { ChosenMark } from './mark-inspector.tsx'
import { quoteText } from './passages.ts'

interface MarksListProps {
  article: ArticleSource
  chosen: ChosenMark | null
  onChoose(mark: ChosenMark): void
}

export function MarksList({ article, chosen, onChoose }: MarksListProps) {
  const nameOf = (id: string) => article.speakers.find((speaker) => speaker.id === id)?.name ?? id
  return (
    <section aria-labelledby="marks-heading" className="editor-panel">
      <h2 id="marks-heading" className="mb-2 font-bold">
        Quotes ({article.quotes.length})
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {article.quotes.map((quote) => (
          <li key={quote.id}>
            <button
              type="button"
              aria-pressed={chosen?.kind === 'quote' && chosen.id === quote.id}
              className="text-start hover:underline aria-pressed:font-semibold"
              onClick={() => onChoose({ kind: 'quote', id: quote.id })}
            >
              {quote.kind} quote by {nameOf(quote.speaker)}: {shorten(quoteText(quote), 70)}
            </button>
          </li>
        ))}
      </ul>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">Mentions ({article.mentions.length})</summary>
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {article.mentions.map((mention, index) => (
            <li key={index}>
              <button
                type="button"
                aria-pressed={chosen?.kind === 'mention' && chosen.index === index}
                className="text-start hover:underline aria-pressed:font-semibold"
                onClick={() => onChoose({ kind: 'mention', index })}
              >
                {mention.text} ({mention.in}): {nameOf(mention.speaker)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
