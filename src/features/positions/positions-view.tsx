// Issue by issue, who stands where, each position linked to the quotes and passages that show it.
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import type { Evidence } from '../../core/content/article.ts'
import { positionsByIssue } from '../../core/positions/positions-by-issue.ts'
import { quoteWords } from '../../core/content/article-index.ts'
import { useReader } from '../../reader/reader-context.ts'

export function PositionsView() {
  const { index, state, actions } = useReader()
  const { article, speakers, quotes, speakerSlots } = index
  const issues = positionsByIssue(article, state.listedSpeakers)

  // Quotation marks only around words said verbatim: a direct quote's; a reported quote or a passage of the
  // article is shown bare, and named for what it is.
  const resolve = (evidence: Evidence) => {
    if (evidence.kind === 'passage')
      return {
        words: excerpt(evidence.text),
        label: 'passage',
        show: () => actions.showPassage(evidence.anchor),
      }
    const quote = quotes.get(evidence.quote)
    return (
      quote && {
        words: quoteWords({ kind: quote.kind, text: excerpt(quote.text) }, article.language),
        label: quote.kind === 'direct' ? 'quote' : 'reported speech',
        show: () => actions.showQuote(quote),
      }
    )
  }

  return (
    <section aria-labelledby="positions-heading" className="font-sans">
      {/* On screen the tab names the view; on paper, where the positions follow the quotes, the heading shows. */}
      <h2
        id="positions-heading"
        className="sr-only print:not-sr-only print:mb-3 print:font-serif print:text-xl print:font-bold"
      >
        Positions
      </h2>
      {issues.length === 0 && (
        <p dir="auto" className="text-sm text-ink-soft">
          The selected speakers take no position in this article.
        </p>
      )}
      {issues.map(({ issue, positions }) => (
        <section key={issue.id} aria-labelledby={`issue-${issue.id}`} className="mb-6">
          <h3 id={`issue-${issue.id}`} lang={article.language} className="mb-2 font-serif text-lg font-bold">
            {issue.title}
          </h3>
          <ul className="flex flex-col gap-3">
            {positions.map((position) => {
              const speaker = speakers.get(position.speaker)
              return (
                <li key={position.speaker} className="rounded-lg border border-line bg-paper p-3">
                  <p lang={article.language} className="flex items-baseline gap-2 text-sm font-semibold">
                    <SpeakerSwatch palette={speakerSlots.get(position.speaker) ?? 0} />
                    {speaker?.name}
                  </p>
                  <p lang={article.language} className="mt-1 text-sm leading-relaxed">
                    {position.stance}
                  </p>
                  <ul className="mt-2 flex flex-col gap-1" aria-label={`Evidence for ${speaker?.name ?? ''}`}>
                    {position.evidence.map((evidence, index) => {
                      const shown = resolve(evidence)
                      if (!shown) return null
                      return (
                        <li key={index}>
                          <button
                            type="button"
                            onClick={shown.show}
                            aria-label={`Show ${shown.label} in article: ${shown.words}`}
                            className="min-h-6 rounded text-start text-sm text-accent underline underline-offset-2"
                          >
                            {shown.words}
                          </button>
                        </li>
                      )
                    })}
                  </ul>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </section>
  )
}

/** The first words of a quote or passage; of a quote over several paragraphs, the first paragraph's. */
function excerpt(text: string, words = 12): string {
  const first = text.split('\n')[0]!.trim()
  const all = first.split(/\s+/)
  if (all.length > words) return `${all.slice(0, words).join(' ')}…`
  return first === text.trim() ? first : `${first} …`
}
