// The margin overview: every quote as a mark in its speaker's colour at its place in the article, beside the text
// (a thin rail at the screen's inline-end edge on phones), with a window over the part on screen; a click shows the
// nearest quote. Pointer only: the panel's quote list is the keyboard and screen-reader way to the same quotes.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import {
  MARK_ROW_PX as ROW_PX,
  nearestMark,
  overviewMarks,
  quotePlaces,
} from '../../core/quotes/overview-geometry.ts'
import { useReader } from '../../reader/reader-context.ts'
import { markTitle } from './overview-words.ts'
import { useReadingWindow } from './use-reading-window.ts'

/** A pointer this near a mark's middle picks it, so each mark is a 24 px target however thin it is drawn. */
const REACH_PX = 12

/** `container` is the positioned element that holds the article (and this overview). */
export function MarginOverview({ container }: { container: RefObject<HTMLElement | null> }) {
  const { index, state, actions } = useReader()
  const lane = useRef<HTMLDivElement>(null)
  const column = useRef<HTMLDivElement>(null)
  const windowElement = useRef<HTMLDivElement>(null)
  const columnHeight = useHeight(column)
  useReadingWindow({ container, window: windowElement, columnHeight, document: index.document })

  const places = useMemo(() => quotePlaces(index.document, index.article.quotes), [index])
  // The filter as a key: a new array with the same speakers draws nothing anew.
  const filterKey = state.listedSpeakers.join(' ')
  const marks = useMemo(
    () =>
      overviewMarks(places, {
        rows: Math.floor(columnHeight / ROW_PX),
        speakerSlots: index.speakerSlots,
        speakers: filterKey === '' ? [] : filterKey.split(' '),
      }),
    [places, columnHeight, index.speakerSlots, filterKey],
  )
  // Kept as elements: on a change of the reader's state that moves no mark (a share, the sheet) React skips them.
  const markElements = useMemo(
    () =>
      marks.map((mark, at) => (
        <div
          key={mark.row}
          data-mark={at}
          data-mark-quote={mark.quote.id}
          data-faded={mark.kept ? undefined : ''}
          title={markTitle(mark.quotes.map((quote) => index.speakerOf(quote).name))}
          className={`speaker-${mark.slot} absolute inset-x-0 h-[3px] rounded-[1px] bg-[var(--speaker,var(--color-ink-soft))] data-faded:opacity-20`}
          style={{ top: mark.row * ROW_PX }}
        />
      )),
    [marks, index],
  )
  const shownRow = useMemo(() => {
    const shown = state.shownQuote
    return shown === null
      ? null
      : (marks.find((mark) => mark.quotes.some((quote) => quote.id === shown))?.row ?? null)
  }, [marks, state.shownQuote])

  // Pointer shortcut, as the names in the text are: a click anywhere on the lane shows the kept quote nearest to it.
  // Keyboard and screen reader users have every quote in the panel's list, so the marks are not tab stops.
  const { showQuote } = actions
  useEffect(() => {
    const element = lane.current
    if (!element) return
    const onClick = (event: MouseEvent) => {
      const top = column.current?.getBoundingClientRect().top ?? 0
      const onMark = (event.target as Element).closest('[data-mark]')
      const exact = onMark ? marks[Number(onMark.getAttribute('data-mark'))] : undefined
      const mark = exact?.kept ? exact : nearestMark(marks, (event.clientY - top) / ROW_PX, REACH_PX / ROW_PX)
      if (mark) showQuote(mark.quote)
    }
    element.addEventListener('click', onClick)
    return () => element.removeEventListener('click', onClick)
  }, [marks, showQuote])

  return (
    <div
      aria-hidden="true"
      className="margin-overview js-only pointer-events-none fixed end-0 top-[4.5rem] bottom-20 z-10 w-6 select-none lg:absolute lg:inset-y-0 lg:-end-[2.375rem] lg:z-auto lg:w-7 print:hidden"
    >
      <div
        ref={lane}
        className="pointer-events-auto h-full cursor-pointer touch-manipulation py-1 lg:fixed lg:top-[4.5rem] lg:bottom-3 lg:h-auto lg:w-7"
      >
        <div ref={column} className="relative h-full [contain:size_layout_style]">
          <div className="absolute inset-y-0 end-1 w-2 rounded-sm bg-panel lg:inset-x-2 lg:w-auto">
            {markElements}
            {shownRow !== null && (
              <div
                className="absolute -inset-x-1 h-[7px] rounded-sm border-2 border-ink"
                style={{ top: shownRow * ROW_PX - 2 }}
              />
            )}
          </div>
          <div
            ref={windowElement}
            data-reading-window=""
            className="pointer-events-none absolute inset-x-0 top-0 h-0 rounded-sm border-2 border-accent bg-accent/15"
          />
        </div>
      </div>
    </div>
  )
}

/** The element's content height in whole pixels, kept up to date; 0 where nothing is laid out (jsdom, the server). */
function useHeight(element: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0)
  useEffect(() => {
    const target = element.current
    if (!target || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.floor(entry.contentRect.height))
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return height
}
