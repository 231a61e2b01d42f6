// What the reader chose to see marked in the text: quotes and names (the default), quotes only, names only, or
// nothing; kept across visits. The article carries the choice as `data-marks`, which styles.css reads.

export type MarksChoice = 'all' | 'quotes' | 'names' | 'none'

/** The choices in the order they are offered, with their labels. */
export const MARKS_CHOICES: readonly { value: MarksChoice; label: string }[] = [
  { value: 'all', label: 'Quotes and names' },
  { value: 'quotes', label: 'Quotes' },
  { value: 'names', label: 'Names' },
  { value: 'none', label: 'Nothing' },
]

const STORAGE_KEY = 'who-said-what:marks'
const listeners = new Set<() => void>()
/** The choice for this page when storage refuses to keep it. */
let unstored: MarksChoice | null = null

/** The reader's choice, or the default when they made none. */
export function marksChoice(): MarksChoice {
  if (unstored !== null) return unstored
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return MARKS_CHOICES.some((choice) => choice.value === stored) ? (stored as MarksChoice) : 'all'
  } catch {
    return 'all'
  }
}

export function chooseMarks(choice: MarksChoice): void {
  try {
    if (choice === 'all') localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, choice)
    unstored = null
  } catch {
    // Storage refused (private browsing, blocked cookies): the choice holds for this page only.
    unstored = choice
  }
  for (const listener of listeners) listener()
}

export function subscribeToMarks(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
