// Issues and positions: an issue's title, each speaker's stance on it in one line, and the evidence for it
// (quotes of theirs, or words picked by selection with the Evidence action).
import { useId, useState } from 'react'
import type { ArticleSource } from '../core/content/article-schema.ts'
import { shorten } from '../core/text/shorten.ts'
import { newIssueId, type EditAction } from './article-edits.ts'
import { CommitField } from './commit-field.tsx'
import { quoteText } from './passages.ts'
import type { PositionRef } from './selection-bar.tsx'

interface IssuesPanelProps {
  article: ArticleSource
  edit(action: EditAction): void
  active: PositionRef | null
  onActive(position: PositionRef): void
}

export function IssuesPanel({ article, edit, active, onActive }: IssuesPanelProps) {
  const [title, setTitle] = useState('')
  const newId = useId()
  return (
    <section aria-labelledby="issues-heading" className="editor-panel flex flex-col gap-3">
      <h2 id="issues-heading" className="font-bold">
        Issues and positions
      </h2>
      {article.issues.map((issue) => (
        <IssueFields
          key={issue.id}
          article={article}
          issueId={issue.id}
          edit={edit}
          active={active}
          onActive={onActive}
        />
      ))}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (title.trim() === '') return
          edit({ type: 'add-issue', id: newIssueId(article, title), title: title.trim() })
          setTitle('')
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={newId} className="text-sm text-ink-soft">
            New issue
          </label>
          <input
            id={newId}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            className="editor-input"
          />
        </div>
        <button type="submit" className="editor-button">
          Add issue
        </button>
      </form>
    </section>
  )
}

function IssueFields({ article, issueId, edit, active, onActive }: IssuesPanelProps & { issueId: string }) {
  const issue = article.issues.find((candidate) => candidate.id === issueId)!
  const positions = article.positions.filter((position) => position.issue === issueId)
  const without = article.speakers.filter(
    (speaker) => !positions.some((position) => position.speaker === speaker.id),
  )
  const [speaker, setSpeaker] = useState('')
  const [stance, setStance] = useState('')
  const ids = { speaker: useId(), stance: useId() }
  const nameOf = (id: string) => article.speakers.find((candidate) => candidate.id === id)?.name ?? id
  return (
    <fieldset
      id={`issue-${issueId}`}
      tabIndex={-1}
      className="flex flex-col gap-2 rounded-md border border-line p-3"
    >
      <legend className="px-1 font-semibold">{issue.title}</legend>
      <CommitField
        key={issue.title}
        label="Issue"
        value={issue.title}
        onCommit={(value) =>
          value.trim() !== '' && edit({ type: 'rename-issue', id: issueId, title: value.trim() })
        }
      />
      {positions.map((position) => {
        const ref = { issue: issueId, speaker: position.speaker }
        const isActive = active?.issue === issueId && active.speaker === position.speaker
        const quotes = article.quotes.filter((quote) => quote.speaker === position.speaker)
        return (
          <div
            key={position.speaker}
            id={`position-${issueId}-${position.speaker}`}
            tabIndex={-1}
            className={`flex flex-col gap-2 rounded-md border p-2 ${isActive ? 'border-accent' : 'border-line'}`}
          >
            <h3 className="font-semibold">{nameOf(position.speaker)}</h3>
            <CommitField
              key={position.stance}
              label={`Stance of ${nameOf(position.speaker)}, in one line`}
              value={position.stance}
              onCommit={(value) => edit({ type: 'set-stance', ...ref, stance: value })}
            />
            <p className="text-sm text-ink-soft">Evidence ({position.evidence.length})</p>
            <ul className="flex flex-col gap-1 text-sm">
              {position.evidence.map((item, index) => {
                const words =
                  'quote' in item ? `Quote: ${quoteWords(article, item.quote)}` : `Words: ${item.text}`
                return (
                  <li key={index} className="flex items-start justify-between gap-2">
                    <span className="font-serif">{shorten(words, 90)}</span>
                    <button
                      type="button"
                      className="editor-button"
                      aria-label={`Remove evidence ${index + 1} of ${nameOf(position.speaker)}`}
                      onClick={() => edit({ type: 'delete-evidence', ...ref, index })}
                    >
                      Remove
                    </button>
                  </li>
                )
              })}
            </ul>
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                className="editor-button"
                aria-pressed={isActive}
                onClick={() => onActive(ref)}
              >
                Evidence by selection goes here
              </button>
              {quotes.length > 0 && (
                <QuoteEvidencePicker
                  quotes={quotes.map((quote) => ({
                    id: quote.id,
                    words: quoteText(quote),
                  }))}
                  speakerName={nameOf(position.speaker)}
                  onPick={(quote) => edit({ type: 'add-quote-evidence', ...ref, quote })}
                />
              )}
              <button
                type="button"
                className="editor-button"
                onClick={() => edit({ type: 'delete-position', ...ref })}
              >
                Delete position
              </button>
            </div>
          </div>
        )
      })}
      {without.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            const who = speaker || without[0]!.id
            if (stance.trim() === '') return
            edit({ type: 'set-stance', issue: issueId, speaker: who, stance: stance.trim() })
            onActive({ issue: issueId, speaker: who })
            setStance('')
            setSpeaker('')
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.speaker} className="text-sm text-ink-soft">
              Position of
            </label>
            <select
              id={ids.speaker}
              value={speaker}
              onChange={(event) => setSpeaker(event.target.value)}
              className="editor-input"
            >
              {without.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.stance} className="text-sm text-ink-soft">
              Stance, in one line
            </label>
            <input
              id={ids.stance}
              value={stance}
              onChange={(event) => setStance(event.target.value)}
              className="editor-input"
            />
          </div>
          <button type="submit" className="editor-button">
            Add position
          </button>
        </form>
      )}
      <button
        type="button"
        className="editor-button self-start"
        onClick={() => edit({ type: 'delete-issue', id: issueId })}
      >
        Delete issue
      </button>
    </fieldset>
  )
}

function QuoteEvidencePicker({
  quotes,
  speakerName,
  onPick,
}: {
  quotes: { id: string; words: string }[]
  speakerName: string
  onPick(quote: string): void
}) {
  const [quote, setQuote] = useState(quotes[0]!.id)
  const id = useId()
  return (
    <span className="flex flex-wrap items-end gap-2">
      <span className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm text-ink-soft">
          A quote of {speakerName}
        </label>
        <select
          id={id}
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
          className="editor-input max-w-64"
        >
          {quotes.map((item) => (
            <option key={item.id} value={item.id}>
              {shorten(item.words, 60)}
            </option>
          ))}
        </select>
      </span>
      <button type="button" className="editor-button" onClick={() => onPick(quote)}>
        Add as evidence
      </button>
    </span>
  )
}

function quoteWords(article: ArticleSource, id: string): string {
  const quote = article.quotes.find((candidate) => candidate.id === id)
  return quote ? quoteText(quote) : id
}
