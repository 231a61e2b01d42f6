// Undo and redo over any value changed by a pure function: the past, the present and the undone future.

export interface History<T> {
  past: readonly T[]
  present: T
  future: readonly T[]
}

/** How many steps back undo reaches; older ones are forgotten. */
export const HISTORY_LIMIT = 500

export type HistoryAction<A, T> =
  | { type: 'apply'; action: A }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Starts over from `present` (an article loaded, or restored): nothing to undo. */
  | { type: 'reset'; present: T }

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] }
}

/** A history reducer over `edit`: an edit that returns the same value is not a step. */
export function historyReducer<T, A>(edit: (value: T, action: A) => T) {
  return (history: History<T>, action: HistoryAction<A, T>): History<T> => {
    switch (action.type) {
      case 'apply': {
        const next = edit(history.present, action.action)
        if (next === history.present) return history
        return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] }
      }
      case 'undo': {
        const previous = history.past.at(-1)
        if (previous === undefined) return history
        return {
          past: history.past.slice(0, -1),
          present: previous,
          future: [history.present, ...history.future],
        }
      }
      case 'redo': {
        const [next, ...rest] = history.future
        if (next === undefined) return history
        return { past: [...history.past, history.present], present: next, future: rest }
      }
      case 'reset':
        return startHistory(action.present)
    }
  }
}

export const canUndo = (history: History<unknown>) => history.past.length > 0
export const canRedo = (history: History<unknown>) => history.future.length > 0
