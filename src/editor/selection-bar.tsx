// What to do with the selected words: the speaker and the position they are for, and one button per action,
// each with its key. "Find words" selects words by typing, for a keyboard.
import { useState, type RefObject } from 'react'
import type { ArticleSource } from '../core/content/article-schema.ts'
import { shorten } from '../core/text/shorten.ts'
import type { EditorCommand } from './editor-shortcuts.ts'

export interface PositionRef {
  issue: string
  speaker: string
}

interface SelectionBarProps {
  article: ArticleSource
  selectedText: string | null
  speaker: string
  onSpeaker(speaker: string): void
  position: PositionRef | null
  onPosition(position: PositionRef | null): void
  onCommand(command: EditorCommand): void
  onFind(words: string): void
  findField: RefObject<HTMLInputElement | null>
}

const ACTIONS: { command: EditorCommand; label: string; key: string }[] = [
  { command: 'direct-quote', label: 'Direct quote', key: 'd' },
  { command: 'reported-quote', label: 'Reported quote', key: 'r' },
  { command: 'mixed-quote', label: 'Mixed quote', key: 'x' },
  { command: 'mention', label: 'Mention', key: 'm' },
  { command: 'new-speaker', label: 'New speaker', key: 'n' },
  { command: 'set-cue', label: 'Cue of the quote', key: 'c' },
  { command: 'set-source', label: 'Source of the quote', key: 'o' },
  { command: 'evidence', label: 'Evidence', key: 'e' },
]

export function SelectionBar(props: SelectionBarProps) {
  const { article, selectedText, speaker, position, findField } = props
  const [words, setWords] = useState('')
  const positionKey = (ref: PositionRef) => `${ref.issue} ${ref.speaker}`
  const nameOf = (id: string) => article.speakers.find((candidate) => candidate.id === id)?.name ?? id
  const titleOf = (id: string) => article.issues.find((issue) => issue.id === id)?.title ?? id
  return (
    <section
      aria-labelledby="selection-heading"
      className="editor-panel sticky top-0 z-10 mb-4 flex flex-col gap-2 border-b border-line bg-paper py-3 font-sans text-sm"
    >
      <h2 id="selection-heading" className="sr-only">
        Selected words
      </h2>
      <p aria-live="polite" className="min-h-5">
        {selectedText === null ? (
          <span className="text-ink-soft">Select words in the article, or find them.</span>
        ) : (
          <>
            Selected: <span className="font-serif italic">{shorten(selectedText, 120)}</span>
          </>
        )}
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          props.onFind(words)
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="find-words" className="text-ink-soft">
            Find words <kbd className="editor-key">/</kbd>
          </label>
          <input
            id="find-words"
            ref={findField}
            value={words}
            onChange={(event) => setWords(event.target.value)}
            onKeyDown={(event) => {
              // Back to the article, where the single keys act on what was found.
              if (event.key === 'Escape') {
                event.preventDefault()
                document.getElementById('main')?.focus()
              }
            }}
            className="editor-input w-56"
          />
        </div>
        <button type="submit" className="editor-button">
          Find
        </button>
        <div className="flex flex-col gap-1">
          <label htmlFor="selection-speaker" className="text-ink-soft">
            Speaker
          </label>
          <select
            id="selection-speaker"
            value={speaker}
            onChange={(event) => props.onSpeaker(event.target.value)}
            className="editor-input"
          >
            {article.speakers.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="selection-position" className="text-ink-soft">
            Position
          </label>
          <select
            id="selection-position"
            value={position ? positionKey(position) : ''}
            onChange={(event) => {
              const [issue, of] = event.target.value.split(' ')
              props.onPosition(issue && of ? { issue, speaker: of } : null)
            }}
            className="editor-input"
          >
            <option value="">None chosen</option>
            {article.positions.map((item) => (
              <option key={positionKey(item)} value={positionKey(item)}>
                {nameOf(item.speaker)} on {titleOf(item.issue)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div role="group" aria-label="Make the selected words" className="flex flex-wrap gap-2">
        {ACTIONS.map((action) => (
          <button
            key={action.command}
            type="button"
            aria-keyshortcuts={action.key}
            onClick={() => props.onCommand(action.command)}
            className="editor-button"
          >
            {action.label} <kbd className="editor-key">{action.key}</kbd>
          </button>
        ))}
      </div>
    </section>
  )
}
