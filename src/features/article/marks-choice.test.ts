// marksChoice: what the reader chose to see marked, remembered, and kept for the page when storage refuses.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chooseMarks, marksChoice, subscribeToMarks } from './marks-choice.ts'

describe('marksChoice', () => {
  afterEach(() => {
    chooseMarks('all')
    localStorage.clear()
  })

  it('marks quotes and names until the reader chooses otherwise', () => {
    expect(marksChoice()).toBe('all')
  })

  it('remembers a choice, tells its subscribers, and forgets it when the default is chosen again', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToMarks(listener)
    chooseMarks('quotes')
    expect(marksChoice()).toBe('quotes')
    expect(localStorage.getItem('who-said-what:marks')).toBe('quotes')
    chooseMarks('all')
    expect(localStorage.getItem('who-said-what:marks')).toBeNull()
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
  })

  it('ignores a stored value it does not know', () => {
    localStorage.setItem('who-said-what:marks', 'everything')
    expect(marksChoice()).toBe('all')
  })

  it('keeps the choice for the page when storage refuses it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError')
    })
    chooseMarks('none')
    expect(marksChoice()).toBe('none')
  })
})
