// The key to the marks where the filter's chips cannot be: on paper and with JavaScript off. On screen, with the
// app running, the chips are the key and this list stays hidden. With a filter on, the key says so, and which
// speakers' quotes are left unmarked, so a printout in black and white still tells the reader what it shows.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { speakerWithRole } from '../../core/content/article-index.ts'
import { useReader } from '../../reader/reader-context.ts'

/** Every speaker's swatch, name and role, in the article's order; printed, and shown when scripts do not run. */
export function SpeakerKey() {
  const { index, state } = useReader()
  const { article, speakerSlots } = index
  const selected = state.filter.speakers
  const names = selected.map((id) => index.speakers.get(id)?.name ?? id)
  return (
    <section
      aria-label="Who is marked in the text"
      className="speaker-key hidden font-sans text-sm print:block"
    >
      {/* Scripting off, the browser reads this style; scripting on, it is inert text. */}
      <noscript>
        <style>{'.speaker-key{display:block}'}</style>
      </noscript>
      {selected.length > 0 && (
        <p className="mb-1 font-semibold">
          Filtered: only the quotes of {new Intl.ListFormat('en', { type: 'conjunction' }).format(names)} are
          marked and listed.
        </p>
      )}
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {article.speakers.map((speaker) => (
          <li key={speaker.id} className="flex items-baseline gap-2">
            <SpeakerSwatch palette={speakerSlots.get(speaker.id) ?? 0} />
            <span lang={article.language}>{speakerWithRole(speaker)}</span>
            {selected.length > 0 && !selected.includes(speaker.id) && (
              <span className="text-ink-soft">(not marked)</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
