// The content check's errors, beside the article, each a button to the place it is about.
import type { ContentError } from '../core/content/parse-article.ts'

interface CheckErrorsProps {
  errors: readonly ContentError[]
  /** How many items the preview leaves out because of them. */
  hidden: number
  onGo(error: ContentError): void
}

export function CheckErrors({ errors, hidden, onGo }: CheckErrorsProps) {
  return (
    <section aria-labelledby="check-heading" className="editor-panel">
      <h2 id="check-heading" className="mb-2 font-bold">
        Check
      </h2>
      {errors.length === 0 ? (
        <p className="text-sm">No errors: the file passes the content check.</p>
      ) : (
        <>
          <p className="mb-2 text-sm">
            {errors.length} {errors.length === 1 ? 'error' : 'errors'}; the file saves once there are none.
            {hidden > 0 &&
              ` ${hidden} ${hidden === 1 ? 'item is' : 'items are'} left out of the article until fixed.`}
          </p>
          <ul className="flex flex-col gap-1 text-sm">
            {errors.map((error, index) => (
              <li key={index}>
                <button type="button" className="text-start underline" onClick={() => onGo(error)}>
                  {error.path === '' ? '' : <code>{error.path}</code>} {error.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
