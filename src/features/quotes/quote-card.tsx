// One quote: the words, who said them, direct or reported, and the cue; pointing at it shows it in the text.
// Its actions show it in the article, share a link to it, or copy it with a citation.
import { useId } from 'react'
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { quotationMarksOf } from '../../core/text/quotation-marks.ts'
import type { Quote } from '../../core/content/article.ts'
import { useReaderBasis, type ReaderActions, type ShareVerb } from '../../reader/reader-context.ts'

const KIND_NAMES: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  reported: 'Reported quote',
  mixed: 'Partly quoted statement',
}
const TAGS: Record<Quote['kind'], string> = { direct: 'Direct', reported: 'Reported', mixed: 'Partly quoted' }

/** Words past which a card shows the start of a long statement (a transcript's turn), and "Show in article" the rest. */
const CARD_WORDS = 90

/**
 * The quote's paragraphs as the card shows them: a direct quote opens each paragraph with a quotation mark and
 * closes only the last, as news does; a long one is cut at a word, the cut marked with an ellipsis.
 */
function cardParagraphs(quote: Quote, language: string): string[] {
  let budget = CARD_WORDS
  const shown: string[] = []
  for (const paragraph of quote.text.split('\n')) {
    if (budget <= 0) break
    const words = paragraph.split(/\s+/)
    shown.push(words.length > budget ? `${words.slice(0, budget).join(' ')} …` : paragraph)
    budget -= words.length
  }
  if (quote.kind !== 'direct') return shown
  const [open, close] = quotationMarksOf(language)
  return shown.map((paragraph, at) => `${open}${paragraph}${at === shown.length - 1 ? close : ''}`)
}

/** The actions every card offers, in the order shown; a new quote action is one more entry here. */
function cardActions(actions: ReaderActions, shareVerb: string) {
  return [
    { label: 'Show in article', act: actions.showQuote },
    { label: shareVerb, act: actions.shareQuote },
    { label: 'Copy with citation', act: actions.copyCitation },
  ] as const
}

/**
 * `shareVerb` is the reader's state the card shows, as a prop: the list renders its cards memoized, so a change
 * of the reader's state elsewhere (a link's target, the sheet, an announcement) does not render fifty cards again.
 */
export function QuoteCard({ quote, shareVerb }: { quote: Quote; shareVerb: ShareVerb }) {
  const { index, actions } = useReaderBasis()
  const { language, direction } = index.article
  const speaker = index.speakerOf(quote)
  const direct = quote.kind === 'direct'
  const wordsId = useId()
  const via = quote.via === null ? null : index.speakers.get(quote.via)
  return (
    // Reached by j and k (focus lands on the card itself): it is announced as "Direct quote by …", then its words,
    // and Enter shows it in the article.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- a focus stop of the j/k shortcuts
    <figure
      data-quote-card={quote.id}
      tabIndex={-1}
      aria-label={`${KIND_NAMES[quote.kind]} by ${speaker.name}`}
      aria-describedby={wordsId}
      className="group scroll-mt-3 scroll-mb-3 rounded-lg border border-line bg-paper p-4 hover:border-ink-soft focus-within:border-ink-soft"
      onMouseEnter={() => actions.previewQuote(quote.id)}
      onMouseLeave={() => actions.previewQuote(null)}
      onFocus={() => actions.previewQuote(quote.id)}
      onBlur={() => actions.previewQuote(null)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || event.target !== event.currentTarget) return
        event.preventDefault()
        actions.showQuote(quote)
      }}
    >
      <blockquote
        id={wordsId}
        lang={language}
        dir={direction}
        className={`flex flex-col gap-2 font-serif text-base leading-relaxed ${direct ? '' : 'italic'}`}
      >
        {cardParagraphs(quote, language).map((paragraph, at) => (
          <p key={at}>{paragraph}</p>
        ))}
      </blockquote>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 font-sans text-sm">
        <SpeakerSwatch palette={index.speakerSlots.get(speaker.id) ?? 0} />
        <span lang={language} className="font-semibold">
          {speaker.name}
        </span>
        {via && (
          <span className="text-ink-soft">
            via <span lang={language}>{via.name}</span>
          </span>
        )}
        <span className="rounded border border-line px-1.5 text-xs tracking-wide text-ink-soft uppercase">
          {quote.turn?.question ? 'Question' : TAGS[quote.kind]}
        </span>
        {quote.cue && (
          <span lang={language} className="text-ink-soft">
            {quote.cue.text}
            {quote.to !== null && ` ${quote.to}`}
          </span>
        )}
      </figcaption>
      <div className="js-only mt-2 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
        {cardActions(actions, shareVerb).map(({ label, act }) => (
          // The visible words start the accessible name; the speaker tells the cards' buttons apart.
          <button
            key={label}
            type="button"
            onClick={() => void act(quote)}
            aria-label={`${label}: quote by ${speaker.name}`}
            className="min-h-6 rounded text-accent underline underline-offset-2"
          >
            {label}
          </button>
        ))}
      </div>
    </figure>
  )
}
