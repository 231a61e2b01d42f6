// The quotes in reading order, or a note saying why there are none.
import type { Quote, Speaker } from '../../core/content/article.ts'
import { QuoteCard } from './quote-card.tsx'

interface QuoteListProps {
  quotes: readonly Quote[]
  speakers: ReadonlyMap<string, Speaker>
  speakerSlots: ReadonlyMap<string, number>
  language: string
  direction: 'ltr' | 'rtl'
  shareVerb: string
  onPreview: (quoteId: string | null) => void
  onShow: (quote: Quote) => void
  onShare: (quote: Quote) => void
  onCopyCitation: (quote: Quote) => void
}

export function QuoteList({ quotes, speakers, speakerSlots, ...cardProps }: QuoteListProps) {
  if (quotes.length === 0)
    return (
      <p className="font-sans text-sm text-ink-soft">
        No quotes by the selected speakers. Their positions may still be listed under Positions.
      </p>
    )
  return (
    <ol className="flex flex-col gap-3">
      {quotes.map((quote) => {
        const speaker = speakers.get(quote.speaker)
        if (!speaker) return null
        return (
          <li key={quote.id}>
            <QuoteCard
              quote={quote}
              speaker={speaker}
              slot={speakerSlots.get(speaker.id) ?? 0}
              {...cardProps}
            />
          </li>
        )
      })}
    </ol>
  )
}
