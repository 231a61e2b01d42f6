// The small card a name in the text opens: who that is, how many quotes they have, and the way to their quotes.
// It only offers; the filter changes when the reader presses "Show only …", so a stray click changes nothing.
import { useEffect, useId, useRef } from 'react'
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { useReaderBasis } from '../../reader/reader-context.ts'

export interface SpeakerCardPlacement {
  speaker: string
  /** Where the card goes inside the article, below the name that opened it. */
  top: number
  left: number
}

interface SpeakerCardProps {
  placement: SpeakerCardPlacement
  onClose: () => void
}

export function SpeakerCard({ placement, onClose }: SpeakerCardProps) {
  const { index, actions } = useReaderBasis()
  const speaker = index.speakers.get(placement.speaker)
  const quotes = index.quotesBySpeaker.get(placement.speaker)?.length ?? 0
  const nameId = useId()
  const card = useRef<HTMLDivElement>(null)

  // Focus moves into the card, and a press anywhere outside it closes it.
  useEffect(() => {
    card.current?.querySelector('button')?.focus({ preventScroll: true })
    const onPointerDown = (event: PointerEvent) => {
      if (!card.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [onClose])

  if (!speaker) return null
  const { language } = index.article
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes it, as any dialog
    <div
      ref={card}
      role="dialog"
      aria-labelledby={nameId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
      className="absolute z-30 w-72 max-w-[calc(100vw-2rem)] rounded-xl border border-line bg-paper p-4 font-sans text-sm shadow-xl print:hidden"
      style={{ top: placement.top, insetInlineStart: placement.left }}
    >
      <div className="flex items-start justify-between gap-2">
        <p id={nameId} className="flex items-baseline gap-2 font-semibold" lang={language}>
          <SpeakerSwatch palette={index.speakerSlots.get(speaker.id) ?? 0} />
          {speaker.name}
        </p>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="min-h-6 min-w-6 rounded text-ink-soft"
        >
          ×
        </button>
      </div>
      {speaker.role !== null && (
        <p lang={language} className="mt-1 text-ink-soft">
          {speaker.role}
        </p>
      )}
      <p className="mt-2">
        {quotes === 0
          ? 'No quotes in this article.'
          : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'} in this article.`}
      </p>
      {quotes > 0 && (
        <div className="mt-3 flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => {
              onClose()
              actions.filterTo([speaker.id])
            }}
            className="min-h-8 rounded-full bg-accent px-3 font-semibold text-paper"
          >
            Show only {speaker.name}
          </button>
          <button
            type="button"
            onClick={() => {
              onClose()
              actions.showSpeaker(speaker.id)
            }}
            className="min-h-8 rounded-full border border-line px-3 text-accent"
          >
            Show in panel
          </button>
        </div>
      )}
    </div>
  )
}
