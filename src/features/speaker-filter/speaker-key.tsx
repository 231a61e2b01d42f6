// The key to the marks where the filter's chips cannot be: on paper and with JavaScript off. On screen, with the
// app running, the chips are the key and this list stays hidden.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import { speakerWithRole } from '../../core/content/article-index.ts'
import { useReader } from '../../reader/reader-context.ts'

/** Every speaker's swatch, name and role, in the article's order; printed, and shown when scripts do not run. */
export function SpeakerKey() {
  const { article, speakerSlots } = useReader().index
  return (
    <section
      aria-label="Who is marked in the text"
      className="speaker-key hidden font-sans text-sm print:block"
    >
      {/* Scripting off, the browser reads this style; scripting on, it is inert text. */}
      <noscript>
        <style>{'.speaker-key{display:block}'}</style>
      </noscript>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {article.speakers.map((speaker) => (
          <li key={speaker.id} className="flex items-baseline gap-2">
            <SpeakerSwatch palette={speakerSlots.get(speaker.id) ?? 0} />
            <span lang={article.language}>{speakerWithRole(speaker)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
