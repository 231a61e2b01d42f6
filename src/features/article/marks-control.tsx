// The reader's choice of what the text marks: quotes and names, quotes, names, or nothing.
import { useId, useSyncExternalStore } from 'react'
import {
  MARKS_CHOICES,
  chooseMarks,
  marksChoice,
  subscribeToMarks,
  type MarksChoice,
} from './marks-choice.ts'

export function MarksControl() {
  const id = useId()
  const marks = useSyncExternalStore(subscribeToMarks, marksChoice, () => 'all' as const)
  return (
    <span
      lang="en"
      dir="ltr"
      className="js-only inline-flex items-center gap-2 font-sans text-sm normal-case tracking-normal print:hidden"
    >
      <label htmlFor={id} className="text-ink-soft">
        Mark
      </label>
      <select
        id={id}
        value={marks}
        onChange={(event) => chooseMarks(event.target.value as MarksChoice)}
        className="min-h-8 rounded-md border border-line bg-paper px-2 text-ink"
      >
        {MARKS_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  )
}
