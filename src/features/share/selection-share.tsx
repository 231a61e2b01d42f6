// A small menu beside a selection in the article: a link to exactly that passage ("Copy link", or "Share" where
// the share sheet opens), or the passage with its citation.
// It sits below the end of the selection, clear of the phone's own selection menu (which opens above it), and
// comes right after the article in the tab order, so keyboard readers reach it with Tab after selecting.
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { DocumentText, TextRange } from '../../core/anchoring/document-text.ts'
import { textRangeOfDomRange } from '../../dom/text-range.ts'
import { MAX_PASSAGE_LENGTH } from '../../core/links/passage-link.ts'
import { useReader } from '../../reader/reader-context.ts'

interface Placement {
  range: TextRange
  top: number
  left: number
}

/** Room kept below the selection on touch screens, for the selection handles. */
const TOUCH_HANDLE_ROOM = 20
const CONTROL_WIDTH = 260

/** `container` is the positioned element that holds the article and this control. */
export function SelectionShare({ container }: { container: RefObject<HTMLElement | null> }) {
  const { index, state, actions } = useReader()
  const { document } = index
  const { direction } = index.article
  const [placement, setPlacement] = useState<Placement | null>(null)

  useEffect(() => {
    let frame = 0
    // While the mouse is still selecting, the menu waits for the button to be released: shown under the words as
    // they are being selected, it would sit where the pointer goes next, and dragging over it would carry the
    // selection into the paragraph below.
    let selecting = false
    const place = () => {
      const root = container.current
      setPlacement(root && !selecting ? placeControl(root, document, direction) : null)
    }
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(place)
    }
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && event.button === 0) selecting = true
    }
    // At once, not a frame later: a reader who presses Tab right after selecting lands in the menu.
    const onPointerUp = () => {
      if (!selecting) return
      selecting = false
      cancelAnimationFrame(frame)
      place()
    }
    window.document.addEventListener('selectionchange', update)
    window.addEventListener('resize', update)
    window.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('pointerup', onPointerUp, true)
    window.addEventListener('pointercancel', onPointerUp, true)
    return () => {
      cancelAnimationFrame(frame)
      window.document.removeEventListener('selectionchange', update)
      window.removeEventListener('resize', update)
      window.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('pointerup', onPointerUp, true)
      window.removeEventListener('pointercancel', onPointerUp, true)
    }
  }, [container, document, direction])

  // Tab from a fresh selection goes to this menu, wherever the browser would start its tab order.
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!placement) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || event.defaultPrevented) return
      // A click in the text focuses the nearest focusable ancestor (the main landmark), or nothing.
      const focused = window.document.activeElement
      const root = container.current
      if (!root || (focused && !focused.contains(root) && !root.contains(focused))) return
      const first = menu.current?.querySelector('button')
      if (!first) return
      event.preventDefault()
      first.focus()
    }
    window.document.addEventListener('keydown', onKeyDown)
    return () => window.document.removeEventListener('keydown', onKeyDown)
  }, [placement, container])

  if (!placement) return null
  const tooLong = placement.range.end - placement.range.start > MAX_PASSAGE_LENGTH
  return (
    <div
      ref={menu}
      className="absolute z-20 font-sans text-sm print:hidden"
      style={{ top: placement.top, insetInlineStart: placement.left }}
    >
      {tooLong ? (
        <p role="status" className="rounded-lg bg-ink px-3 py-2 text-paper shadow-lg">
          Select up to {MAX_PASSAGE_LENGTH.toLocaleString('en')} characters to share a link.
        </p>
      ) : (
        <div className="flex flex-wrap gap-1.5 rounded-full bg-ink p-1 shadow-lg">
          {(
            [
              [state.shareVerb, `${state.shareVerb} to the selected text`, actions.sharePassage],
              ['Copy with citation', 'Copy with citation of the selected text', actions.copyPassageCitation],
            ] as const
          ).map(([label, name, act]) => (
            <button
              key={label}
              type="button"
              aria-label={name}
              // Pressing the control must not clear the selection it shares.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void act(placement.range)}
              className="min-h-9 rounded-full px-3 font-semibold text-paper hover:bg-paper/15"
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}

/** Where the selection is in the document text and where its control goes, or null if nothing is selected there. */
function placeControl(root: HTMLElement, document: DocumentText, direction: 'ltr' | 'rtl'): Placement | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const selected = selection.getRangeAt(0)
  const range = textRangeOfDomRange(root, selected, document)
  if (!range) return null

  const rects = selected.getClientRects?.()
  const end = rects && rects.length > 0 ? rects[rects.length - 1]! : selected.getBoundingClientRect?.()
  if (!end) return null
  const box = root.getBoundingClientRect()
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false
  const fromStartEdge = direction === 'rtl' ? box.right - end.left : end.right - box.left
  return {
    range,
    top: end.bottom - box.top + 8 + (touch ? TOUCH_HANDLE_ROOM : 0),
    left: Math.max(0, Math.min(fromStartEdge - CONTROL_WIDTH / 2, box.width - CONTROL_WIDTH)),
  }
}
