// Filter the quotes by one or several speakers: a toggle button per speaker, with counts, and a way to clear.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { useReader } from '../../reader/reader-context.ts'

export function SpeakerFilter() {
  const { index, state, actions } = useReader()
  const { speakers, language } = index.article
  const selected = state.filter.speakers
  const toggle = (id: string) =>
    actions.filterTo(
      selected.includes(id)
        ? selected.filter((other) => other !== id)
        : speakers.map((speaker) => speaker.id).filter((other) => other === id || selected.includes(other)),
    )

  return (
    <div role="group" aria-labelledby="speaker-filter-label" className="js-only font-sans">
      <div className="mb-2 flex items-center justify-between gap-2">
        <span id="speaker-filter-label" className="text-sm font-semibold text-ink-soft">
          Filter by speaker
        </span>
        <button
          type="button"
          onClick={() => actions.filterTo([])}
          disabled={selected.length === 0}
          className="min-h-6 rounded px-2 text-sm text-accent underline underline-offset-2 disabled:invisible"
        >
          Clear filter
        </button>
      </div>
      <ul className="flex flex-wrap gap-2">
        {speakers.map((speaker) => {
          const pressed = selected.includes(speaker.id)
          const count = index.quotesBySpeaker.get(speaker.id)?.length ?? 0
          return (
            <li key={speaker.id}>
              <button
                type="button"
                aria-pressed={pressed}
                aria-label={`${speaker.name} ${count} ${count === 1 ? 'quote' : 'quotes'}`}
                onClick={() => toggle(speaker.id)}
                className="flex min-h-9 items-center gap-2 rounded-full border border-line bg-paper px-3 py-1 text-sm hover:border-ink-soft aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper"
              >
                <SpeakerSwatch
                  palette={index.speakerSlots.get(speaker.id) ?? 0}
                  className="bg-paper text-ink"
                />
                <span lang={language}>{speaker.name}</span>{' '}
                <span className="tabular-nums opacity-90">{count}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
