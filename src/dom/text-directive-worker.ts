// Matches text directives in a worker (text-directive.worker.ts) and keeps the answer where the reader's own,
// synchronous matchTextDirectives will find it: the page's main thread then never searches. Where there are no
// workers (the server, tests) or the worker fails, it answers nothing, and the reader searches as before.
import {
  rememberTextDirectiveMatch,
  type TextDirective,
  type TextDirectiveMatch,
} from '../core/links/text-directive.ts'

/** Resolves once the worker has matched `directives` in `text` (or could not); never rejects. */
export function matchTextDirectivesOffThread(text: string, directives: TextDirective[]): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./text-directive.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return resolve()
    }
    const done = () => {
      worker.terminate()
      resolve()
    }
    worker.onmessage = (event: MessageEvent<TextDirectiveMatch>) => {
      rememberTextDirectiveMatch(text, directives, event.data)
      done()
    }
    worker.onerror = (event) => {
      // The page searches itself instead; the browser need not report the worker's failure as the page's.
      event.preventDefault()
      done()
    }
    worker.postMessage({ text, directives })
  })
}
