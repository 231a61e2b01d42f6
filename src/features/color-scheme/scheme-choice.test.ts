import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { APPLY_STORED_SCHEME, chooseScheme, currentScheme, subscribeToScheme } from './scheme-choice.ts'

/** Pretends the system prefers `scheme`. */
function systemPrefers(scheme: 'light' | 'dark') {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query === '(prefers-color-scheme: dark)' && scheme === 'dark',
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  )
}

describe('the colour scheme', () => {
  beforeEach(() => systemPrefers('light'))
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    localStorage.clear()
    delete document.documentElement.dataset.scheme
  })

  it('follows the system until the reader chooses', () => {
    expect(currentScheme()).toBe('light')
    systemPrefers('dark')
    expect(currentScheme()).toBe('dark')
  })

  it('remembers a choice, which the head script applies to the next page', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToScheme(listener)
    chooseScheme('dark')
    unsubscribe()
    expect(listener).toHaveBeenCalled()
    expect(currentScheme()).toBe('dark')

    delete document.documentElement.dataset.scheme
    new Function(APPLY_STORED_SCHEME)()
    expect(document.documentElement.dataset.scheme).toBe('dark')
  })

  it('forgets the choice when the reader picks what the system shows anyway', () => {
    chooseScheme('dark')
    chooseScheme('light')
    expect(document.documentElement.dataset.scheme).toBeUndefined()
    expect(localStorage.length).toBe(0)
    systemPrefers('dark')
    expect(currentScheme()).toBe('dark')
  })

  it('still switches for this page when storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    chooseScheme('dark')
    expect(currentScheme()).toBe('dark')
  })

  it('gives the browser the chosen scheme’s theme colour, and the system’s again when the choice is forgotten', () => {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="theme-color" content="#fff" media="(prefers-color-scheme: light)">' +
        '<meta name="theme-color" content="#000" media="(prefers-color-scheme: dark)">',
    )
    const media = () =>
      Array.from(document.querySelectorAll('meta[name="theme-color"]'), (meta) => meta.getAttribute('media'))
    localStorage.setItem('who-said-what:scheme', 'dark')
    new Function(APPLY_STORED_SCHEME)()
    expect(media()).toEqual(['not all', 'all'])
    chooseScheme('light')
    expect(media()).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)'])
    document.head.querySelectorAll('meta[name="theme-color"]').forEach((meta) => meta.remove())
  })

  it('ignores a stored value it does not know', () => {
    localStorage.setItem('who-said-what:scheme', '<script>')
    new Function(APPLY_STORED_SCHEME)()
    expect(document.documentElement.dataset.scheme).toBeUndefined()
  })
})
