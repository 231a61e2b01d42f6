// The key to the marks in the text: each speaker's colour and underline pattern, name and role.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { useReader } from '../../reader/reader-context.ts'

export function SpeakerLegend() {
  const { article, speakerSlots } = useReader().index
  return (
    <section aria-labelledby="speaker-legend-heading" className="mb-6 font-sans text-sm">
      <h2 id="speaker-legend-heading" className="mb-1.5 font-semibold text-ink-soft">
        Who is marked in the text
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {article.speakers.map((speaker) => (
          <li key={speaker.id} className="flex items-baseline gap-2">
            <SpeakerSwatch palette={speakerSlots.get(speaker.id) ?? 0} />
            <span lang={article.language}>
              <span className="font-semibold">{speaker.name}</span>
              {speaker.role !== null && (
                <span className="text-ink-soft max-sm:sr-only">, {speaker.role}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
