// The reading panel's state: which view it shows, and on phones (and narrow windows) whether its sheet is open;
// with the focus rules that go with a sheet: it returns focus to its button when closed, closes on Escape, and
// closes when the window grows past the sheet layout, which would otherwise leave the article inert.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PanelTab } from './reading-panel.tsx'

/** Below Tailwind's `lg` breakpoint (64rem, so it grows with the reader's font size) the panel is a sheet. */
const PANEL_IS_SHEET = '(width < 64rem)'

export function useReadingPanel() {
  const [sheetOpen, setSheetOpen] = useState(false)
  const [tab, setTab] = useState<PanelTab>('quotes')
  const panel = useRef<HTMLElement>(null)
  const sheetButton = useRef<HTMLButtonElement>(null)

  // Closing the sheet by Close, Escape or the backdrop returns focus to the button that opened it; closing it
  // to show a passage (`leaveSheet`) leaves focus on the passage.
  const returnFocusToButton = useRef(false)
  const closeSheet = useCallback(() => {
    returnFocusToButton.current = true
    setSheetOpen(false)
  }, [])
  const leaveSheet = useCallback(() => setSheetOpen(false), [])
  useEffect(() => {
    if (sheetOpen || !returnFocusToButton.current) return
    returnFocusToButton.current = false
    sheetButton.current?.focus()
  }, [sheetOpen])

  useEffect(() => {
    if (!sheetOpen) return
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape in the shortcut list closes the list only.
      if (event.key === 'Escape' && !document.querySelector('dialog[open]')) closeSheet()
    }
    const sheetLayout = window.matchMedia?.(PANEL_IS_SHEET)
    const onLayoutChange = () => {
      if (!sheetLayout?.matches) setSheetOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    sheetLayout?.addEventListener('change', onLayoutChange)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      sheetLayout?.removeEventListener('change', onLayoutChange)
    }
  }, [sheetOpen, closeSheet])

  /** Opens the sheet where the panel is one, so that a tap elsewhere visibly changes the panel. */
  const revealPanel = useCallback(() => {
    if (panelIsSheet()) setSheetOpen(true)
  }, [])

  // Runs `act` among the quote cards once they can be seen: at once when they are, or after the sheet opened
  // and the Quotes view was chosen.
  const whenQuotesShown = useRef<(() => void) | null>(null)
  const inQuotes = useCallback(
    (act: () => void) => {
      const sheetClosed = panelIsSheet() && !sheetOpen
      if (!sheetClosed && tab === 'quotes') return act()
      whenQuotesShown.current = act
      if (sheetClosed) setSheetOpen(true)
      setTab('quotes')
    },
    [sheetOpen, tab],
  )
  useEffect(() => {
    if (tab !== 'quotes' || (panelIsSheet() && !sheetOpen)) return
    // Runs after the sheet's Close button took focus, so the quote the reader asked for gets it instead.
    whenQuotesShown.current?.()
    whenQuotesShown.current = null
  }, [sheetOpen, tab])

  return {
    panel,
    tab,
    setTab,
    sheetButton,
    sheetOpen,
    openSheet: useCallback(() => setSheetOpen(true), []),
    closeSheet,
    leaveSheet,
    revealPanel,
    inQuotes,
  }
}

function panelIsSheet(): boolean {
  return window.matchMedia?.(PANEL_IS_SHEET).matches ?? false
}
