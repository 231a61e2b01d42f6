// Every key of the editor, always on the page.
import { EDITOR_SHORTCUTS } from './editor-shortcuts.ts'

export function ShortcutsList() {
  return (
    <section aria-labelledby="keys-heading" className="editor-panel">
      <h2 id="keys-heading" className="mb-2 font-bold">
        Keys
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {EDITOR_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.command} className="contents">
            <dt className="whitespace-nowrap">
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' '}
                  <kbd className="editor-key">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-ink-soft">
        Single keys act outside text fields; ⌘ works for Ctrl on a Mac.
      </p>
    </section>
  )
}
