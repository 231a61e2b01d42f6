// The dark-scheme switch in the site header: pressed, and saying "On", while the dark scheme shows.
import { useSyncExternalStore } from 'react'
import { chooseScheme, currentScheme, subscribeToScheme } from './scheme-choice.ts'

export function ColorSchemeToggle() {
  // The prerendered page cannot know the reader's scheme: it renders as light, and hydration then shows the truth.
  const scheme = useSyncExternalStore(subscribeToScheme, currentScheme, () => 'light' as const)
  const dark = scheme === 'dark'
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => chooseScheme(dark ? 'light' : 'dark')}
      className="js-only inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line px-3 font-sans text-sm text-ink-soft hover:border-ink-soft aria-pressed:border-accent aria-pressed:text-ink"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
        <path d="M6.2 1.3a6.8 6.8 0 1 0 8.5 8.5A5.6 5.6 0 0 1 6.2 1.3Z" />
      </svg>
      <span className="max-sm:sr-only">Dark theme</span>
      {/* Says which scheme is on in words too; the button's pressed state says it to screen readers. */}
      <span
        aria-hidden="true"
        className="rounded-full bg-panel px-1.5 text-xs font-semibold tracking-wide text-ink uppercase"
      >
        {dark ? 'On' : 'Off'}
      </span>
    </button>
  )
}
