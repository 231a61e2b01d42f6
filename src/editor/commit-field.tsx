// A text field whose change is one edit: made when the field is left or Enter is pressed, not at every key, so
// undo steps back a whole word or line, never a letter.
import { useId, useState } from 'react'

interface CommitFieldProps {
  label: string
  value: string
  onCommit(value: string): void
  id?: string
  placeholder?: string
  className?: string
}

/** Give it `key={value}` where the value can change from outside, so that the field shows the new one. */
export function CommitField({ label, value, onCommit, id, placeholder, className = '' }: CommitFieldProps) {
  const [draft, setDraft] = useState(value)
  const ownId = useId()
  const fieldId = id ?? ownId
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm text-ink-soft">
        {label}
      </label>
      <input
        id={fieldId}
        value={draft}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          }
        }}
        className="editor-input"
      />
    </div>
  )
}
