// The worker that matches a link's text directives against an article's text, off the page's main thread: on a
// long article a hostile link's search costs tens of milliseconds of a phone's main thread (decision 014).
import { matchTextDirectives, type TextDirective } from '../core/links/text-directive.ts'

/** The worker's own scope (the project's types are the page's, whose postMessage asks for a target origin). */
const scope = globalThis as unknown as {
  onmessage: (event: MessageEvent<{ text: string; directives: TextDirective[] }>) => void
  postMessage(message: unknown): void
}

scope.onmessage = (event) => {
  const { text, directives } = event.data
  scope.postMessage(matchTextDirectives(text, directives))
}
