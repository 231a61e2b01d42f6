// Matching text directives in a worker: the answer is kept for the reader's own search, and a worker that cannot
// start or fails leaves the search to the page, losing nothing.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { matchTextDirectives, type TextDirective } from '../core/links/text-directive.ts'
import { matchTextDirectivesOffThread } from './text-directive-worker.ts'

const text = 'The committee reviewed the border agreement.'
const directives: TextDirective[] = [{ prefix: '', start: 'border agreement', end: '', suffix: '' }]

/** A worker that answers as the real one would, runs `fail` instead, or cannot be made. */
function standInWorker(behaviour: 'answer' | 'fail' | 'throw') {
  const terminated = vi.fn()
  class WorkerStandIn {
    onmessage: ((event: { data: unknown }) => void) | null = null
    onerror: ((event: { preventDefault(): void }) => void) | null = null
    constructor() {
      if (behaviour === 'throw') throw new Error('workers are not allowed here')
    }
    postMessage() {
      queueMicrotask(() => {
        if (behaviour === 'fail') this.onerror?.({ preventDefault() {} })
        else this.onmessage?.({ data: { kind: 'found', index: 0, range: { start: 4, end: 8 }, work: 1 } })
      })
    }
    terminate = terminated
  }
  vi.stubGlobal('Worker', WorkerStandIn)
  return { terminated }
}

afterEach(() => vi.unstubAllGlobals())

describe('matchTextDirectivesOffThread', () => {
  it('keeps the worker’s answer for the reader’s own search, and ends the worker', async () => {
    const { terminated } = standInWorker('answer')
    await matchTextDirectivesOffThread(text, directives)
    // The stand-in's answer, not what a search of the text would find: nothing was searched again.
    expect(matchTextDirectives(text, directives)).toEqual({
      kind: 'found',
      index: 0,
      range: { start: 4, end: 8 },
      work: 1,
    })
    expect(terminated).toHaveBeenCalledTimes(1)
  })

  it.each(['fail', 'throw'] as const)('resolves when the worker cannot answer (%s)', async (behaviour) => {
    standInWorker(behaviour)
    await expect(matchTextDirectivesOffThread(`${text} `, directives)).resolves.toBeUndefined()
    expect(matchTextDirectives(`${text} `, directives)).toMatchObject({ kind: 'found' })
  })
})
