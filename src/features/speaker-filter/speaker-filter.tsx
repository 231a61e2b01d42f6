// The speaker filter, which is also the key to the marks in the text: a chip per speaker (swatch, name, role,
// count), most quoted first, each a toggle; a speaker with no quotes is listed but offers nothing to press. Past
// eight speakers a search field finds one by typing, and only the most quoted show until the reader asks for all.
import { useId, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { SpeakerSwatch } from '../../components/ui/speaker-swatch.tsx'
import type { Speaker } from '../../core/content/article.ts'
import { rankSpeakers, type RankedSpeaker } from '../../core/speakers/speaker-ranking.ts'
import { speakerMatches } from '../../core/speakers/speaker-search.ts'
import { useReader } from '../../reader/reader-context.ts'
import { quoteCount, speakersFound } from './filter-words.ts'

/** More speakers than this get the search field and a short list. */
const MANY_SPEAKERS = 8
/** How many chips the short list shows: on a desktop panel they leave the first quotes in view. */
const SHORT_LIST = 6

export function SpeakerFilter() {
  const { index, state, actions } = useReader()
  const { speakers, quotes, language } = index.article
  const selected = state.filter.speakers
  const ranked = useMemo(() => rankSpeakers(speakers, quotes), [speakers, quotes])
  const many = ranked.length > MANY_SPEAKERS
  const [query, setQuery] = useState('')
  const [showAll, setShowAll] = useState(false)
  const searching = query.trim() !== ''
  const found = searching ? ranked.filter(({ speaker }) => speakerMatches(speaker, query)) : ranked
  // A speaker the address selects stays in sight, so the reader sees what the list is filtered by.
  const shown =
    !many || showAll || searching
      ? found
      : found.filter(({ speaker }, at) => at < SHORT_LIST || selected.includes(speaker.id))
  const root = useRef<HTMLDivElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const ids = useId()

  const choose = (next: readonly string[]) => {
    actions.filterTo(next)
    // The filter stays at the top of the panel while its list scrolls: start the new list just below it, or a
    // reader who had scrolled down would see the middle of it, or nothing.
    scrollContainerOf(root.current)?.scrollTo({ top: 0 })
  }
  // The button goes once pressed; keyboard users continue at the first speaker it brought in.
  const showEveryone = () => {
    flushSync(() => setShowAll(true))
    const chips = list.current?.querySelectorAll('button')
    ;(chips?.[SHORT_LIST] ?? chips?.[0])?.focus()
  }
  const toggle = (id: string) =>
    choose(
      selected.includes(id)
        ? selected.filter((other) => other !== id)
        : speakers.map((speaker) => speaker.id).filter((other) => other === id || selected.includes(other)),
    )

  return (
    <div
      ref={root}
      role="group"
      aria-labelledby={`${ids}-label`}
      className="js-only flex flex-col gap-2 font-sans"
    >
      <div className="flex items-center justify-between gap-2">
        <span id={`${ids}-label`} className="text-sm font-semibold text-ink-soft">
          Filter by speaker
        </span>
        <button
          type="button"
          onClick={() => choose([])}
          disabled={selected.length === 0}
          className="min-h-6 rounded px-2 text-sm text-accent underline underline-offset-2 disabled:invisible"
        >
          Clear filter
        </button>
      </div>
      {many && (
        <div className="flex items-center gap-2">
          <label htmlFor={`${ids}-find`} className="shrink-0 text-sm">
            Find a speaker
          </label>
          <input
            id={`${ids}-find`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-controls={`${ids}-chips`}
            // 16px on phones: a smaller field makes mobile Safari zoom the page when it takes focus.
            className="min-h-9 w-full min-w-0 rounded-md border border-ink-soft bg-paper px-2 text-base lg:text-sm"
          />
        </div>
      )}
      {many && (
        <p role="status" className="sr-only">
          {searching ? speakersFound(found.length) : ''}
        </p>
      )}
      <ul ref={list} id={`${ids}-chips`} className="chips">
        {shown.map((entry) => (
          <li key={entry.speaker.id}>
            <SpeakerChip
              entry={entry}
              slot={index.speakerSlots.get(entry.speaker.id) ?? 0}
              language={language}
              pressed={selected.includes(entry.speaker.id)}
              onToggle={toggle}
            />
          </li>
        ))}
        {searching && found.length === 0 && (
          <li className="px-1 text-sm text-ink-soft">No speaker matches “{query.trim()}”.</li>
        )}
        {many && !searching && shown.length < found.length && (
          <li>
            <button
              type="button"
              onClick={showEveryone}
              className="min-h-8 rounded px-2 text-sm whitespace-nowrap text-accent underline underline-offset-2"
            >
              Show all {found.length} speakers
            </button>
          </li>
        )}
      </ul>
    </div>
  )
}

interface ChipProps {
  entry: RankedSpeaker<Speaker>
  slot: number
  language: string
  pressed: boolean
  onToggle(id: string): void
}

/** One speaker as the key shows them; a toggle when they have quotes to filter to. */
function SpeakerChip({ entry: { speaker, quotes }, slot, language, pressed, onToggle }: ChipProps) {
  const roleId = useId()
  const parts = (
    <>
      <SpeakerSwatch palette={slot} className="bg-paper text-ink" />
      <span lang={language} className="chip-name">
        {speaker.name}
      </span>
      {speaker.role !== null && (
        <span id={quotes === 0 ? undefined : roleId} lang={language} className="chip-role">
          {speaker.role}
        </span>
      )}
    </>
  )
  if (quotes === 0)
    return (
      <span className="chip chip-quiet" title={speaker.role ?? undefined}>
        {parts}
        <span className="chip-count">no quotes</span>
      </span>
    )
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={`${speaker.name} ${quoteCount(quotes)}`}
      aria-describedby={speaker.role === null ? undefined : roleId}
      title={speaker.role ?? undefined}
      onClick={() => onToggle(speaker.id)}
      className="chip"
    >
      {parts}
      <span className="chip-count tabular-nums">{quotes}</span>
    </button>
  )
}

/** The nearest ancestor that scrolls its content: the panel, beside the article or in its sheet. */
function scrollContainerOf(element: HTMLElement | null): HTMLElement | null {
  for (let at = element?.parentElement ?? null; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at)
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) return at
  }
  return null
}
