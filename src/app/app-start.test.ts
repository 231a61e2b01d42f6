// The loader every prerendered page inlines, run here as the page runs it (its frames stood in for by timers):
// what it asks of the network, and when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appLoader } from './app-start.ts'

const FRAME_MS = 16

/** Runs the loader on this (loaded) document; returns the stand-in for its `import()` of the app script. */
function runLoader(options: Parameters<typeof appLoader>[1]) {
  const importApp = vi.fn(() => new Promise<never>(() => {}))
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, FRAME_MS))
  Object.assign(window, { __importApp: importApp })
  new Function(appLoader('/assets/app.js', options).replace('import(', 'window.__importApp('))()
  return importApp
}

const manifestLinks = () => document.head.querySelectorAll('link[rel="manifest"]')

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.head.innerHTML = ''
})

describe('the app loader', () => {
  it('requests the app script, and links the web app manifest, once the frame after loading has been painted', () => {
    const importApp = runLoader({ manifestUrl: '/manifest.webmanifest' })
    expect(importApp).not.toHaveBeenCalled()
    expect(manifestLinks()).toHaveLength(0)
    vi.advanceTimersByTime(2 * FRAME_MS + 1)
    expect(importApp).toHaveBeenCalledWith('/assets/app.js')
    expect(manifestLinks()).toHaveLength(1)
    expect(manifestLinks()[0]!.getAttribute('href')).toBe('/manifest.webmanifest')
  })

  it('links no manifest when the page has none', () => {
    const importApp = runLoader({})
    vi.advanceTimersByTime(2 * FRAME_MS + 1)
    expect(importApp).toHaveBeenCalledTimes(1)
    expect(manifestLinks()).toHaveLength(0)
  })
})
