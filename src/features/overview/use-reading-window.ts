// The "you are here" window of the margin overview: it follows the scroll position without re-rendering anything,
// moved through its element in a passive scroll listener at most once a frame, by the document offsets on screen.
import { useEffect, type RefObject } from 'react'
import type { DocumentText } from '../../core/anchoring/document-text.ts'
import {
  documentOffsetAt,
  firstBlockBelow,
  readingWindow,
  type LaidOutBlock,
} from '../../core/quotes/overview-geometry.ts'
import { blockElements, blockOfElement, standInOf } from '../../dom/block-elements.ts'

/** The window is never shorter than this, so it stays visible on the longest article. */
const MIN_WINDOW_PX = 8

interface ReadingWindowInputs {
  /** The element that holds the article's blocks. */
  container: RefObject<HTMLElement | null>
  /** The window's element, placed in a column `columnHeight` pixels tall. */
  window: RefObject<HTMLElement | null>
  columnHeight: number
  document: DocumentText
}

/** Keeps the window over the part of the article on screen, from now until the component goes. */
export function useReadingWindow({
  container,
  window: windowRef,
  columnHeight,
  document,
}: ReadingWindowInputs) {
  useEffect(() => {
    const root = container.current
    const element = windowRef.current
    if (!root || !element || columnHeight <= 0) return
    const ranges = new Map(document.blocks.map((block) => [block.block, block]))
    // The block elements are found once per article (again only if React replaced them); each one's range and
    // stand-in are looked up only when the search below reaches it: a dozen or two of a transcript's thousands.
    let blocks: Element[] = []
    let standIns: Element[] = []
    // Every block the article renders is in its document; an unknown one counts as empty at the start.
    const rangeOf = (index: number) =>
      ranges.get(blockOfElement(blocks[index]!) ?? '') ?? { start: 0, end: 0 }
    const standIn = (index: number) => (standIns[index] ??= standInOf(blocks[index]!))
    const blockAt = (index: number): LaidOutBlock => {
      const { top, bottom } = blocks[index]!.getBoundingClientRect()
      return { top, bottom, ...rangeOf(index) }
    }
    // Where on screen `y` falls in the document: first among the boxes that stand in for the blocks (a deferred
    // chunk for each of its blocks, measured without laying it out), then among the blocks of the box found. That
    // box is on screen, so the browser lays it out anyway (at once, if it is measured before its first frame).
    const offsetAt = (y: number) => {
      if (blocks.length === 0) return 0
      const first = firstBlockBelow(y, blocks.length, (index) => standIn(index).getBoundingClientRect())
      if (first === blocks.length) return rangeOf(blocks.length - 1).end
      let end = first + 1
      while (end < blocks.length && standIn(end) === standIn(first)) end++
      return documentOffsetAt(y, end - first, (index) => blockAt(first + index))
    }
    let frame = 0
    let placed = ''
    const place = () => {
      frame = 0
      if (!blocks[0]?.isConnected) {
        blocks = blockElements(root)
        standIns = []
      }
      const range = { start: offsetAt(0), end: offsetAt(window.innerHeight) }
      const { top, height } = readingWindow(range, {
        length: document.text.length,
        height: columnHeight,
        minHeight: MIN_WINDOW_PX,
      })
      // Whole pixels: a window that did not move is not written, so the frame has no style work to do.
      const next = `${Math.round(top)} ${Math.round(height)}`
      if (next === placed) return
      placed = next
      element.style.transform = `translateY(${Math.round(top)}px)`
      element.style.height = `${Math.round(height)}px`
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place)
    }
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [container, windowRef, columnHeight, document])
}
