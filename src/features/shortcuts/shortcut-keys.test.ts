import { afterEach, describe, expect, it } from 'vitest'
import { setShortcutListOpen, setShortcutsEnabled, shortcutKey } from './shortcut-keys.ts'

/** The key a shortcut would see if `init` were pressed on `target`. */
function pressOn(target: HTMLElement, init: KeyboardEventInit): string | null {
  document.body.append(target)
  let seen: string | null = 'not dispatched'
  target.addEventListener('keydown', (event) => (seen = shortcutKey(event)), { once: true })
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }))
  target.remove()
  return seen
}

describe('shortcutKey', () => {
  afterEach(() => setShortcutsEnabled(true))

  it('answers a plain key pressed on the page or a button', () => {
    expect(pressOn(document.createElement('div'), { key: 'j' })).toBe('j')
    expect(pressOn(document.createElement('button'), { key: '?' })).toBe('?')
  })

  it('leaves keys held with a modifier to the browser and the screen reader', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const)
      expect(pressOn(document.createElement('div'), { key: 'j', [modifier]: true })).toBeNull()
  })

  it('never takes a key typed into a field', () => {
    const text = document.createElement('input')
    const editable = document.createElement('div')
    editable.setAttribute('contenteditable', 'true')
    for (const field of [
      text,
      document.createElement('textarea'),
      document.createElement('select'),
      editable,
    ])
      expect(pressOn(field, { key: 'j' })).toBeNull()
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' })
    expect(pressOn(checkbox, { key: 'j' })).toBe('j')
  })

  it('answers nothing once the reader turned shortcuts off, and remembers it', () => {
    setShortcutsEnabled(false)
    expect(pressOn(document.createElement('div'), { key: 'j' })).toBeNull()
    expect(localStorage.getItem('who-said-what:shortcuts')).toBe('off')
    setShortcutsEnabled(true)
    expect(pressOn(document.createElement('div'), { key: 'j' })).toBe('j')
  })
})

describe('Escape and the open shortcut list', () => {
  afterEach(() => {
    setShortcutsEnabled(true)
    setShortcutListOpen(false)
  })

  it('answers Escape in a field and with single-key shortcuts off', () => {
    setShortcutsEnabled(false)
    expect(pressOn(document.createElement('input'), { key: 'Escape' })).toBe('Escape')
  })

  it('answers nothing while the shortcut list is open: the dialog owns the keyboard', () => {
    setShortcutListOpen(true)
    expect(pressOn(document.createElement('div'), { key: 'j' })).toBeNull()
    expect(pressOn(document.createElement('div'), { key: 'Escape' })).toBeNull()
  })
})
