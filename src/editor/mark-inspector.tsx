// The chosen quote or mention: who it is attributed to, what kind of quote, its cue and source, or delete it.
import { useId } from 'react'
import type { ArticleSource } from '../core/content/article-schema.ts'
import type { ReviewItem } from '../core/draft/draft-article.ts'
import type { EditAction, QuoteKind } from './article-edits.ts'
import { CommitField } from './commit-field.tsx'
import { quoteText } from './passages.ts'
import { REVIEW_REASONS } from '../core/draft/review-reasons.ts'

/** A mark of the file, as the editor holds it: a quote by id, a mention by its index in the file. */
export type ChosenMark = { kind: 'quote'; id: string } | { kind: 'mention'; index: number }

interface MarkInspectorProps {
  article: ArticleSource
  review: readonly ReviewItem[]
  mark: ChosenMark
  edit(action: EditAction): void
  onDeleted(): void
}

const KINDS: { kind: QuoteKind; label: string }[] = [
  { kind: 'direct', label: 'Direct: the words inside quotation marks' },
  { kind: 'reported', label: 'Reported: indirect speech' },
  { kind: 'mixed', label: 'Mixed: reported, with quoted words' },
]

export function MarkInspector({ article, review, mark, edit, onDeleted }: MarkInspectorProps) {
  const ids = { speaker: useId(), kind: useId() }
  const speakerOptions = article.speakers.map((speaker) => (
    <option key={speaker.id} value={speaker.id}>
      {speaker.name}
    </option>
  ))

  if (mark.kind === 'mention') {
    const mention = article.mentions[mark.index]
    if (!mention) return null
    return (
      <section aria-labelledby="chosen-heading" className="editor-panel flex flex-col gap-2">
        <h2 id="chosen-heading" className="font-bold">
          Mention: <span className="font-serif font-normal">{mention.text}</span>
        </h2>
        <label htmlFor={ids.speaker} className="text-sm text-ink-soft">
          Speaker
        </label>
        <select
          id={ids.speaker}
          value={mention.speaker}
          onChange={(event) =>
            edit({ type: 'set-mention-speaker', index: mark.index, speaker: event.target.value })
          }
          className="editor-input"
        >
          {speakerOptions}
        </select>
        <button
          type="button"
          aria-keyshortcuts="Delete"
          className="editor-button self-start"
          onClick={() => {
            edit({ type: 'delete-mention', index: mark.index })
            onDeleted()
          }}
        >
          Delete mention <kbd className="editor-key">Delete</kbd>
        </button>
      </section>
    )
  }

  const quote = article.quotes.find((item) => item.id === mark.id)
  if (!quote) return null
  const words = quoteText(quote)
  const cue = quote.cue === null ? null : typeof quote.cue === 'string' ? quote.cue : quote.cue.text
  const doubts = review.filter((item) => item.target === 'quote' && item.id === quote.id)
  return (
    <section aria-labelledby="chosen-heading" className="editor-panel flex flex-col gap-2">
      <h2 id="chosen-heading" className="font-bold">
        Quote <span className="font-normal text-ink-soft">({quote.id})</span>
      </h2>
      <p className="font-serif">{words}</p>
      {doubts.map((item) => (
        <p key={item.reason} className="flex flex-wrap items-center gap-2 text-sm">
          <span>To review: {REVIEW_REASONS[item.reason]}</span>
          <button
            type="button"
            className="editor-button"
            onClick={() => edit({ type: 'confirm-review', item })}
          >
            Confirm
          </button>
        </p>
      ))}
      <label htmlFor={ids.speaker} className="text-sm text-ink-soft">
        Speaker
      </label>
      <select
        id={ids.speaker}
        value={quote.speaker}
        onChange={(event) => edit({ type: 'set-quote-speaker', id: quote.id, speaker: event.target.value })}
        className="editor-input"
      >
        {speakerOptions}
      </select>
      <label htmlFor={ids.kind} className="text-sm text-ink-soft">
        Kind
      </label>
      <select
        id={ids.kind}
        value={quote.kind}
        onChange={(event) =>
          edit({ type: 'set-quote-kind', id: quote.id, kind: event.target.value as QuoteKind })
        }
        className="editor-input"
      >
        {KINDS.map((item) => (
          <option key={item.kind} value={item.kind}>
            {item.label}
          </option>
        ))}
      </select>
      <p className="text-sm">
        Cue:{' '}
        {cue === null ? (
          <span className="text-ink-soft">none</span>
        ) : (
          <span className="font-serif">{cue}</span>
        )}{' '}
        <span className="text-ink-soft">
          (select words and press <kbd className="editor-key">c</kbd>)
        </span>
      </p>
      {cue !== null && (
        <button
          type="button"
          className="editor-button self-start"
          onClick={() => edit({ type: 'set-quote-cue', id: quote.id, anchor: null })}
        >
          Remove the cue
        </button>
      )}
      <p className="text-sm">
        Source:{' '}
        {quote.source ? (
          <span className="font-serif">{quote.source.text}</span>
        ) : (
          <span className="text-ink-soft">none</span>
        )}{' '}
        <span className="text-ink-soft">
          (select words and press <kbd className="editor-key">o</kbd>)
        </span>
      </p>
      {quote.source && (
        <button
          type="button"
          className="editor-button self-start"
          onClick={() => edit({ type: 'set-quote-source', id: quote.id, anchor: null })}
        >
          Remove the source
        </button>
      )}
      <CommitField
        key={`${quote.id} ${quote.to ?? ''}`}
        label="Said to (as the text says, or empty)"
        value={quote.to ?? ''}
        onCommit={(to) => edit({ type: 'set-quote-to', id: quote.id, to: to.trim() === '' ? null : to })}
      />
      <button
        type="button"
        aria-keyshortcuts="Delete"
        className="editor-button self-start"
        onClick={() => {
          edit({ type: 'delete-quote', id: quote.id })
          onDeleted()
        }}
      >
        Delete quote <kbd className="editor-key">Delete</kbd>
      </button>
    </section>
  )
}
