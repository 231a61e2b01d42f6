// The article's speakers: add one, rename, set role, affiliation and kind, or merge one into another (their
// quotes, mentions and positions follow).
import { useId, useState } from 'react'
import type { ArticleSource } from '../core/content/article-schema.ts'
import { SPEAKER_KINDS } from '../core/content/article-schema.ts'
import type { EditAction, SpeakerKind } from './article-edits.ts'
import { CommitField } from './commit-field.tsx'

interface SpeakersPanelProps {
  article: ArticleSource
  edit(action: EditAction): void
  onAdd(name: string): void
}

export function SpeakersPanel({ article, edit, onAdd }: SpeakersPanelProps) {
  const [name, setName] = useState('')
  const newId = useId()
  return (
    <section aria-labelledby="speakers-heading" className="editor-panel flex flex-col gap-3">
      <h2 id="speakers-heading" className="font-bold">
        Speakers ({article.speakers.length})
      </h2>
      {article.speakers.map((speaker) => (
        <SpeakerFields key={speaker.id} article={article} speakerId={speaker.id} edit={edit} />
      ))}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          if (name.trim() === '') return
          onAdd(name.trim())
          setName('')
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={newId} className="text-sm text-ink-soft">
            New speaker’s name, as the text writes it
          </label>
          <input
            id={newId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className="editor-input"
          />
        </div>
        <button type="submit" className="editor-button">
          Add speaker
        </button>
      </form>
    </section>
  )
}

function SpeakerFields({
  article,
  speakerId,
  edit,
}: {
  article: ArticleSource
  speakerId: string
  edit(action: EditAction): void
}) {
  const speaker = article.speakers.find((candidate) => candidate.id === speakerId)!
  const others = article.speakers.filter((candidate) => candidate.id !== speakerId)
  const [into, setInto] = useState('')
  const ids = { kind: useId(), merge: useId() }
  const update = (changes: Parameters<typeof edit>[0] & { type: 'update-speaker' }) => edit(changes)
  const text = (field: 'name' | 'shortName') => (value: string) => {
    if (value.trim() !== '')
      update({ type: 'update-speaker', id: speakerId, changes: { [field]: value.trim() } })
  }
  const nullable = (field: 'role' | 'affiliation') => (value: string) =>
    update({
      type: 'update-speaker',
      id: speakerId,
      changes: { [field]: value.trim() === '' ? null : value.trim() },
    })
  return (
    <fieldset id={`speaker-${speakerId}`} tabIndex={-1} className="rounded-md border border-line p-3">
      <legend className="px-1 font-semibold">{speaker.name}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        <CommitField key={`n${speaker.name}`} label="Name" value={speaker.name} onCommit={text('name')} />
        <CommitField
          key={`s${speaker.shortName}`}
          label="Short name"
          value={speaker.shortName}
          onCommit={text('shortName')}
        />
        <CommitField
          key={`r${speaker.role ?? ''}`}
          label="Role"
          value={speaker.role ?? ''}
          onCommit={nullable('role')}
        />
        <CommitField
          key={`a${speaker.affiliation ?? ''}`}
          label="Affiliation"
          value={speaker.affiliation ?? ''}
          onCommit={nullable('affiliation')}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.kind} className="text-sm text-ink-soft">
            Kind
          </label>
          <select
            id={ids.kind}
            value={speaker.kind}
            onChange={(event) =>
              update({
                type: 'update-speaker',
                id: speakerId,
                changes: { kind: event.target.value as SpeakerKind },
              })
            }
            className="editor-input"
          >
            {SPEAKER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
      </div>
      {others.length > 0 && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.merge} className="text-sm text-ink-soft">
              Merge {speaker.name} into
            </label>
            <select
              id={ids.merge}
              value={into}
              onChange={(event) => setInto(event.target.value)}
              className="editor-input"
            >
              <option value="">Choose a speaker</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="editor-button"
            onClick={() => {
              if (into !== '') edit({ type: 'merge-speakers', from: speakerId, into })
            }}
          >
            Merge
          </button>
        </div>
      )}
    </fieldset>
  )
}
