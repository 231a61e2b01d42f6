// The list of keyboard shortcuts, opened with "?" or the header's Shortcuts button, with the switch that turns
// single-key shortcuts off for readers whose screen reader or voice control needs those keys.
import { useId, useRef, useSyncExternalStore } from 'react'
import {
  SHORTCUTS,
  setShortcutListOpen,
  setShortcutsEnabled,
  shortcutsEnabled,
  subscribeToShortcutSetting,
} from './shortcut-keys.ts'
import { useShortcuts } from './use-shortcuts.ts'

export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const enabled = useSyncExternalStore(subscribeToShortcutSetting, shortcutsEnabled, () => true)
  const open = () => {
    dialog.current?.showModal()
    setShortcutListOpen(true)
  }
  useShortcuts({ '?': open })

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="js-only min-h-9 rounded-full border border-line px-3 font-sans text-sm text-ink-soft hover:border-ink-soft"
      >
        Shortcuts
      </button>
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the backdrop click; Escape closes a modal dialog natively */}
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onClose={() => setShortcutListOpen(false)}
        // A click on the backdrop lands on the dialog element itself, outside its content: it closes the dialog.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close()
        }}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-line bg-paper p-0 font-sans text-ink shadow-2xl backdrop:bg-black/40"
      >
        <div className="p-5">
          <h2 id={headingId} className="text-lg font-semibold">
            Keyboard shortcuts
          </h2>
          <dl className="mt-4 grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2 text-sm">
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.action} className="contents">
                <dt>
                  {shortcut.keys.map((key) => (
                    <kbd
                      key={key}
                      className="rounded border border-line bg-panel px-1.5 py-0.5 font-mono text-xs"
                    >
                      {key}
                    </kbd>
                  ))}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 text-sm text-ink-soft">
            Tab and Shift+Tab reach every control; arrow keys move between the Quotes and Positions tabs.
          </p>
          <label className="mt-4 flex min-h-6 items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) => setShortcutsEnabled(event.target.checked)}
              className="size-4"
            />
            Single-key shortcuts (j, k, ?)
          </label>
          <form method="dialog" className="mt-5 flex justify-end">
            <button
              type="submit"
              className="min-h-10 rounded-lg bg-accent px-4 text-sm font-semibold text-paper"
            >
              Close
            </button>
          </form>
        </div>
      </dialog>
    </>
  )
}
