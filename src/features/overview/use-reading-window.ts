// The "you are here" window of the margin overview: it follows the scroll position without re-rendering anything,
// moved through its element in a passive scroll listener at most once a frame, by the document offsets on screen.
import { useEffect, type RefObject } from 'react'
import type { DocumentText } from '../../core/anchoring/document-text.ts'
import { documentOffsetAt, readingWindow, type LaidOutBlock } from '../../core/quotes/overview-geometry.ts'
import { blockElements, blockOfElement } from '../../dom/block-elements.ts'

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
    let blocks: { element: Element; start: number; end: number }[] = []
    // The blocks are rendered once per article; read again only if React replaced them.
    const readBlocks = () => {
      blocks = blockElements(root).flatMap((block) => {
        const range = ranges.get(blockOfElement(block) ?? '')
        return range ? [{ element: block, start: range.start, end: range.end }] : []
      })
    }
    const blockAt = (index: number): LaidOutBlock => {
      const { element: block, start, end } = blocks[index]!
      const { top, bottom } = block.getBoundingClientRect()
      return { top, bottom, start, end }
    }
    let frame = 0
    let placed = ''
    const place = () => {
      frame = 0
      if (!blocks[0]?.element.isConnected) readBlocks()
      const range = {
        start: documentOffsetAt(0, blocks.length, blockAt),
        end: documentOffsetAt(window.innerHeight, blocks.length, blockAt),
      }
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
