// One quote: the words, who said them, direct or reported, and the cue; pointing at it shows it in the text.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import type { Quote, Speaker } from '../../core/content/article.ts'

interface QuoteCardProps {
  quote: Quote
  speaker: Speaker
  slot: number
  language: string
  direction: 'ltr' | 'rtl'
  onPreview: (quoteId: string | null) => void
  onShow: (quote: Quote) => void
}

export function QuoteCard({ quote, speaker, slot, language, direction, onPreview, onShow }: QuoteCardProps) {
  const direct = quote.kind === 'direct'
  return (
    <figure
      className="group rounded-lg border border-line bg-paper p-4 hover:border-ink-soft focus-within:border-ink-soft"
      onMouseEnter={() => onPreview(quote.id)}
      onMouseLeave={() => onPreview(null)}
      onFocus={() => onPreview(quote.id)}
      onBlur={() => onPreview(null)}
    >
      <blockquote
        lang={language}
        dir={direction}
        className={`font-serif text-base leading-relaxed ${direct ? '' : 'italic'}`}
      >
        <p>{direct ? `“${quote.text}”` : quote.text}</p>
      </blockquote>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 font-sans text-sm">
        <SpeakerSwatch palette={slot} />
        <span className="font-semibold">{speaker.name}</span>
        <span className="rounded border border-line px-1.5 text-xs tracking-wide text-ink-soft uppercase">
          {direct ? 'Direct' : 'Reported'}
        </span>
        <span className="text-ink-soft">
          {quote.cue}
          {quote.to !== null && ` ${quote.to}`}
        </span>
      </figcaption>
      <button
        type="button"
        onClick={() => onShow(quote)}
        aria-label={`Show in article: quote by ${speaker.name}`}
        className="mt-2 min-h-6 rounded font-sans text-sm text-accent underline underline-offset-2"
      >
        Show in article
      </button>
    </figure>
  )
}
