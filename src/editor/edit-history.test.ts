import { describe, expect, it } from 'vitest'
import {
  canRedo,
  canUndo,
  HISTORY_LIMIT,
  historyReducer,
  startHistory,
  type History,
} from './edit-history.ts'

/** A counter: `add n` adds, `add 0` changes nothing (the same value comes back). */
const reduce = historyReducer<{ count: number }, number>((value, add) =>
  add === 0 ? value : { count: value.count + add },
)
const run = (history: History<{ count: number }>, ...steps: ('undo' | 'redo' | number)[]) =>
  steps.reduce(
    (at, step) => reduce(at, typeof step === 'number' ? { type: 'apply', action: step } : { type: step }),
    history,
  )

describe('historyReducer', () => {
  it('undoes and redoes edits in order', () => {
    const history = run(startHistory({ count: 0 }), 1, 2, 3)
    expect(history.present.count).toBe(6)
    expect(run(history, 'undo').present.count).toBe(3)
    expect(run(history, 'undo', 'undo').present.count).toBe(1)
    expect(run(history, 'undo', 'undo', 'redo').present.count).toBe(3)
    expect(run(history, 'undo', 'undo', 'undo', 'undo').present.count).toBe(0)
    expect(run(history, 'redo')).toBe(history)
  })

  it('forgets the undone future once a new edit is made', () => {
    const history = run(startHistory({ count: 0 }), 1, 2, 'undo', 10)
    expect(history.present.count).toBe(11)
    expect(canRedo(history)).toBe(false)
    expect(run(history, 'undo').present.count).toBe(1)
  })

  it('does not count an edit that changes nothing as a step', () => {
    const start = run(startHistory({ count: 0 }), 1)
    expect(run(start, 0)).toBe(start)
    expect(run(start, 0, 'undo').present.count).toBe(0)
  })

  it('does nothing on undo at the start', () => {
    const start = startHistory({ count: 0 })
    expect(canUndo(start)).toBe(false)
    expect(run(start, 'undo')).toBe(start)
  })

  it('keeps at most HISTORY_LIMIT steps back', () => {
    const steps = Array.from({ length: HISTORY_LIMIT + 20 }, () => 1)
    const history = run(startHistory({ count: 0 }), ...steps)
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    const undone = run(history, ...Array.from({ length: HISTORY_LIMIT + 5 }, () => 'undo' as const))
    expect(undone.present.count).toBe(20)
  })

  it('starts over on reset', () => {
    const history = reduce(run(startHistory({ count: 0 }), 1, 2), { type: 'reset', present: { count: 7 } })
    expect(history).toEqual({ past: [], present: { count: 7 }, future: [] })
  })
})
