import { describe, expect, it } from 'vitest'
import { commandOfKey, EDITOR_SHORTCUTS, takesText } from './editor-shortcuts.ts'

const press = (key: string, more: Partial<Parameters<typeof commandOfKey>[0]> = {}) =>
  commandOfKey({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    ...more,
  })

describe('commandOfKey', () => {
  it.each([
    ['d', 'direct-quote'],
    ['r', 'reported-quote'],
    ['x', 'mixed-quote'],
    ['m', 'mention'],
    ['n', 'new-speaker'],
    ['c', 'set-cue'],
    ['o', 'set-source'],
    ['e', 'evidence'],
    ['/', 'find-words'],
    ['Delete', 'delete-mark'],
    ['Escape', 'clear'],
  ])('%s → %s', (key, command) => {
    expect(press(key)).toBe(command)
  })

  it('leaves single keys to text fields and to modifiers', () => {
    expect(press('d', { inTextField: true })).toBeNull()
    expect(press('d', { altKey: true })).toBeNull()
    expect(press('d', { ctrlKey: true })).toBeNull()
    expect(press('q')).toBeNull()
  })

  it('undoes, redoes and saves with Ctrl or ⌘; a text field keeps its own undo, never Save', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo')
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(press('y', { metaKey: true })).toBe('redo')
    expect(press('s', { metaKey: true })).toBe('save')
    expect(press('s', { ctrlKey: true, inTextField: true })).toBe('save')
    expect(press('z', { ctrlKey: true, inTextField: true })).toBeNull()
  })

  it('lists every command once', () => {
    const commands = EDITOR_SHORTCUTS.map((shortcut) => shortcut.command)
    expect(new Set(commands).size).toBe(commands.length)
  })
})

describe('takesText', () => {
  it('counts text inputs, text areas and selects, not buttons or checkboxes', () => {
    const make = (html: string) => {
      const holder = document.createElement('div')
      holder.innerHTML = html
      return holder.firstElementChild
    }
    expect(takesText(make('<input type="text">'))).toBe(true)
    expect(takesText(make('<input>'))).toBe(true)
    expect(takesText(make('<textarea></textarea>'))).toBe(true)
    expect(takesText(make('<select></select>'))).toBe(true)
    expect(takesText(make('<input type="checkbox">'))).toBe(false)
    expect(takesText(make('<button></button>'))).toBe(false)
    expect(takesText(null)).toBe(false)
  })
})
