// The editor's keys: every action has one, listed once here for the shortcuts list and the key handler. Single
// keys act only outside text fields and without a modifier; undo, redo and save take Ctrl (⌘ on a Mac).

export type EditorCommand =
  | 'direct-quote'
  | 'reported-quote'
  | 'mixed-quote'
  | 'mention'
  | 'new-speaker'
  | 'set-cue'
  | 'set-source'
  | 'evidence'
  | 'find-words'
  | 'delete-mark'
  | 'clear'
  | 'undo'
  | 'redo'
  | 'save'

/** Every key, in the order the shortcuts list shows them. */
export const EDITOR_SHORTCUTS: readonly {
  keys: readonly string[]
  command: EditorCommand
  action: string
}[] = [
  {
    keys: ['/'],
    command: 'find-words',
    action: 'Find words in the article to select them (Enter: the next; Esc: back)',
  },
  { keys: ['d'], command: 'direct-quote', action: 'Selected words: a direct quote of the chosen speaker' },
  { keys: ['r'], command: 'reported-quote', action: 'Selected words: a reported quote' },
  {
    keys: ['x'],
    command: 'mixed-quote',
    action: 'Selected words: a mixed quote (reported, with quoted words)',
  },
  { keys: ['m'], command: 'mention', action: 'Selected words: a mention of the chosen speaker' },
  { keys: ['n'], command: 'new-speaker', action: 'Selected words: a new speaker, named by them' },
  { keys: ['c'], command: 'set-cue', action: 'Selected words: the cue of the chosen quote' },
  { keys: ['o'], command: 'set-source', action: 'Selected words: the source of the chosen quote' },
  { keys: ['e'], command: 'evidence', action: 'Selected words: evidence of the chosen position' },
  { keys: ['Delete'], command: 'delete-mark', action: 'Delete the chosen quote or mention' },
  { keys: ['Esc'], command: 'clear', action: 'Forget the selection and the chosen mark' },
  { keys: ['Ctrl', 'Z'], command: 'undo', action: 'Undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], command: 'redo', action: 'Redo (also Ctrl Y)' },
  { keys: ['Ctrl', 'S'], command: 'save', action: 'Save the file' },
]

const SINGLE: Readonly<Record<string, EditorCommand>> = {
  '/': 'find-words',
  d: 'direct-quote',
  r: 'reported-quote',
  x: 'mixed-quote',
  m: 'mention',
  n: 'new-speaker',
  c: 'set-cue',
  o: 'set-source',
  e: 'evidence',
  Delete: 'delete-mark',
  Escape: 'clear',
}

/** What a key press asks of the editor, as KeyboardEvent gives it, or null when it is not the editor's. */
export function commandOfKey(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  /** Whether focus is in a field that takes text, whose own keys (and undo) come first. */
  inTextField: boolean
}): EditorCommand | null {
  const control = event.ctrlKey || event.metaKey
  if (control && !event.altKey) {
    const key = event.key.toLowerCase()
    if (key === 's') return 'save'
    if (event.inTextField) return null
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
    if (key === 'y' && !event.shiftKey) return 'redo'
    return null
  }
  if (event.inTextField || control || event.altKey) return null
  if (event.key === 'Escape') return 'clear'
  return SINGLE[event.key] ?? null
}

/** Whether an element takes typed text, so that single keys and undo belong to it. */
export function takesText(element: Element | null): boolean {
  if (!element) return false
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true
  if ((element as HTMLElement).isContentEditable) return true
  if (element.tagName !== 'INPUT') return false
  const type = (element as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type)
}
