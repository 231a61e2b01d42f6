// Builds the reader model of one article (src/reader/reader-context.ts): its index, the reader's state (the
// address's filter and target, the panel's view and sheet, what sharing said) and the named actions that change
// it. Actions move focus and scroll themselves, through the handles the features expose; nothing waits for an
// effect to notice a change. The refs it returns are for the reading view's own markup (the sheet and its button).
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { rangeOfAnchor, type TextRange } from '../core/anchoring/document-text.ts'
import { selectPassage } from '../core/anchoring/match-passage.ts'
import { indexArticle } from '../core/content/article-index.ts'
import type { Anchor, Article, Quote } from '../core/content/article.ts'
import { passagePath, quotePath } from '../core/links/article-paths.ts'
import { targetAnchors } from '../core/links/shared-passage.ts'
import { withSpeakerFilter } from '../core/links/speaker-filter.ts'
import { citePassage, citeQuote } from '../core/quotes/cite-quote.ts'
import { visibleQuotes } from '../core/quotes/quote-filter.ts'
import type { ArticleTextHandle } from '../features/article/article-text.tsx'
import type { QuoteListHandle } from '../features/quotes/quote-list.tsx'
import { canUseShareSheet, copyText, shareLink, type ShareOutcome } from '../features/share/share-link.ts'
import { useShortcuts } from '../features/shortcuts/use-shortcuts.ts'
import type {
  Announcement,
  Observable,
  PanelView,
  Reader,
  ReaderActions,
  ReaderBasis,
  ReaderState,
  ShareVerb,
} from '../reader/reader-context.ts'
import { HYDRATING_PARTS, usePartsHydrated } from '../reader/hydration.ts'
import { useLinkTarget } from './use-link-target.ts'
import { useSpeakerFilter } from './use-speaker-filter.ts'

/** Below Tailwind's `lg` breakpoint (64rem, so it grows with the reader's font size) the panel is a sheet. */
const PANEL_IS_SHEET = '(width < 64rem)'

export function useReaderModel(article: Article, quoteId: string | null) {
  const index = useMemo(() => indexArticle(article), [article])
  const speakerIds = useMemo(() => article.speakers.map((speaker) => speaker.id), [article.speakers])
  const filter = useSpeakerFilter(speakerIds)
  // The list follows the chips a moment later, except when an action must reach a card at once ("Show in panel"):
  // then it shows that action's speakers in the same render, for as long as the filter stays on them.
  const deferredSpeakers = useDeferredValue(filter.speakers)
  const [listedAtOnce, setListedAtOnce] = useState<readonly string[] | null>(null)
  const listedSpeakers =
    listedAtOnce !== null && listedAtOnce.join(' ') === filter.speakers.join(' ')
      ? filter.speakers
      : deferredSpeakers
  // What only the browser knows (the text directive the page was opened with, whether the device has a share sheet)
  // is taken once every part of the view has hydrated: a change of the reader's state before then would make React
  // hydrate the parts not yet adopted at once, and start over (reader/hydration.ts, TextChunk in article-text.tsx).
  const [hydrated, setHydrated] = useState(false)
  const onPartHydrated = usePartsHydrated(
    HYDRATING_PARTS,
    useCallback(() => setHydrated(true), []),
  )
  const onTextHydrated = useCallback(() => onPartHydrated('text'), [onPartHydrated])
  const link = useLinkTarget(index, quoteId, hydrated)
  const [view, setView] = useState<PanelView>('quotes')
  const [sheetOpen, setSheetOpen] = useState(false)
  const [previewedQuote] = useState(() => observableValue<string | null>(null))
  const sharing = useSharing(hydrated)

  const articleText = useRef<ArticleTextHandle>(null)
  const quoteList = useRef<QuoteListHandle>(null)
  const sheetButton = useRef<HTMLButtonElement>(null)
  const sheetClose = useRef<HTMLButtonElement>(null)

  const highlight = targetAnchors(link.target)
  const shownQuote = useMemo(
    () =>
      quoteId !== null && visibleQuotes(article.quotes, filter.speakers).some((quote) => quote.id === quoteId)
        ? quoteId
        : null,
    [quoteId, article.quotes, filter.speakers],
  )

  // The address is the source of truth for what is marked: whenever it names something new (a cold link, back
  // and forward, a link opened in the app), the mark is brought on screen and focused. The mark the page was
  // opened with is jumped to, as the browser goes to a fragment: a smooth scroll down a long page on arrival shows
  // the reader nothing they follow, and costs a frame of work for every step. A mark asked for while reading is
  // scrolled to smoothly, so the reader sees where it is.
  const highlightKey = highlight.map((anchor) => `${anchor.block}:${anchor.start}-${anchor.end}`).join(' ')
  const opening = useRef(true)
  useEffect(() => {
    if (highlightKey === '') return
    articleText.current?.revealHighlight({ jump: opening.current })
    opening.current = false
  }, [highlightKey])

  // A sheet left open while the window grows past the sheet layout would leave the article inert.
  useEffect(() => {
    if (!sheetOpen) return
    const sheetLayout = window.matchMedia?.(PANEL_IS_SHEET)
    const onLayoutChange = () => {
      if (!sheetLayout?.matches) setSheetOpen(false)
    }
    sheetLayout?.addEventListener('change', onLayoutChange)
    return () => sheetLayout?.removeEventListener('change', onLayoutChange)
  }, [sheetOpen])

  const actions = useActions({
    index,
    link,
    filter,
    sharing,
    previewedQuote,
    shownQuote,
    sheetOpen,
    setView,
    setSheetOpen,
    setListedAtOnce,
    opening,
    handles: { articleText, quoteList, sheetButton, sheetClose },
  })

  useShortcuts({
    j: () => actions.focusNextQuote(1),
    k: () => actions.focusNextQuote(-1),
    Escape: () => {
      if (sheetOpen) actions.closeSheet()
    },
  })

  const state: ReaderState = useMemo(
    () => ({
      filter: { speakers: filter.speakers, unknown: filter.unknown },
      listedSpeakers,
      target: link.target,
      highlight,
      shownQuote,
      view,
      sheetOpen,
      shareVerb: sharing.verb,
      announcement: sharing.announcement,
    }),
    // `highlight` is derived from the target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      filter.speakers,
      filter.unknown,
      listedSpeakers,
      link.target,
      shownQuote,
      view,
      sheetOpen,
      sharing.verb,
      sharing.announcement,
    ],
  )
  const basis: ReaderBasis = useMemo(
    () => ({ index, actions, previewedQuote }),
    [index, actions, previewedQuote],
  )
  return { basis, state, articleText, quoteList, sheetButton, sheetClose, onTextHydrated, onPartHydrated }
}

interface ActionInputs {
  index: Reader['index']
  link: ReturnType<typeof useLinkTarget>
  filter: ReturnType<typeof useSpeakerFilter>
  sharing: ReturnType<typeof useSharing>
  previewedQuote: ReturnType<typeof observableValue<string | null>>
  shownQuote: string | null
  sheetOpen: boolean
  setView: (view: PanelView) => void
  setSheetOpen: (open: boolean) => void
  /** Makes the quote list show these speakers in the next render, not a moment later. */
  setListedAtOnce: (speakers: readonly string[]) => void
  /** Whether the next mark shown is the one the page was opened with; a target the reader asks for is not. */
  opening: React.RefObject<boolean>
  handles: {
    articleText: React.RefObject<ArticleTextHandle | null>
    quoteList: React.RefObject<QuoteListHandle | null>
    sheetButton: React.RefObject<HTMLButtonElement | null>
    sheetClose: React.RefObject<HTMLButtonElement | null>
  }
}

/**
 * The reader's actions, as one object that keeps its identity for the article's lifetime: they read the latest
 * inputs through a ref, so features that hold them never re-render because an action changed.
 */
function useActions(inputs: ActionInputs): ReaderActions {
  const latest = useRef(inputs)
  useEffect(() => {
    latest.current = inputs
  })
  return useMemo((): ReaderActions => {
    const now = () => latest.current

    /** Makes the quote cards visible (Quotes view; the sheet open where the panel is one), at once. */
    const showQuoteCards = () => {
      const { sheetOpen, setView, setSheetOpen } = now()
      flushSync(() => {
        setView('quotes')
        if (panelIsSheet() && !sheetOpen) setSheetOpen(true)
      })
    }
    const absoluteUrl = (path: string) => new URL(path, window.location.origin).href
    // Showing a quote or a passage is a navigation: the address then links to what is marked.
    const show = (href: string) => {
      const { link, filter, previewedQuote, setSheetOpen, opening, handles } = now()
      opening.current = false
      setSheetOpen(false)
      previewedQuote.set(null)
      const target = withSpeakerFilter(href, filter.speakers)
      // The same link again: the address does not change, so bring the mark back here.
      if (link.isShown(target)) handles.articleText.current?.revealHighlight()
      else link.navigate(target)
    }
    const passageLink = (range: TextRange) => {
      const { index } = now()
      return passagePath(index.article.slug, {
        ...selectPassage(index.document.text, range),
        revision: index.article.revision,
      })
    }
    const openSheet = () => {
      flushSync(() => now().setSheetOpen(true))
      // Keyboard and screen reader users land inside the sheet they opened.
      now().handles.sheetClose.current?.focus()
    }

    return {
      filterTo: (speakers) => now().filter.setSpeakers(speakers),
      showSpeaker(speakerId) {
        flushSync(() => {
          now().filter.setSpeakers([speakerId])
          now().setListedAtOnce([speakerId])
        })
        showQuoteCards()
        const first = now().index.quotesBySpeaker.get(speakerId)?.[0]
        if (first) now().handles.quoteList.current?.focusQuote(first.id)
      },
      previewQuote: (quoteId) => now().previewedQuote.set(quoteId),
      showQuote: (quote) => show(quotePath(now().index.article.slug, quote.id)),
      showPassage(anchor: Anchor) {
        const range = rangeOfAnchor(now().index.document, anchor)
        if (range) show(passageLink(range))
      },
      clearHighlight() {
        now().link.clear()
        // The bar that offered this goes with the highlight; keep keyboard users in the reading area.
        document.getElementById('main')?.focus({ preventScroll: true })
      },
      backToQuote() {
        const { shownQuote } = now()
        if (shownQuote === null) return
        showQuoteCards()
        now().handles.quoteList.current?.focusQuote(shownQuote)
      },
      focusNextQuote(step) {
        showQuoteCards()
        now().handles.quoteList.current?.focusNextQuote(step)
      },
      async shareQuote(quote: Quote) {
        const { index, sharing } = now()
        const url = absoluteUrl(quotePath(index.article.slug, quote.id))
        const name = index.speakerOf(quote).name
        const outcome = await shareLink({ url, title: index.article.headline, text: `Quote by ${name}` })
        sharing.announce(outcome, `Link to the quote by ${name} copied.`, url)
      },
      async copyCitation(quote: Quote) {
        const { index, sharing } = now()
        const speaker = index.speakerOf(quote)
        const citation = citeQuote(
          index.article,
          quote,
          speaker,
          absoluteUrl(quotePath(index.article.slug, quote.id)),
        )
        sharing.announce(
          await copyText(citation),
          `Quote by ${speaker.name} copied with its citation.`,
          citation,
        )
      },
      async sharePassage(range: TextRange) {
        const { index, sharing } = now()
        const url = absoluteUrl(passageLink(range))
        const text = index.document.text.slice(range.start, range.end)
        const outcome = await shareLink({ url, title: index.article.headline, text })
        sharing.announce(outcome, 'Link to the selected text copied.', url)
      },
      async copyPassageCitation(range: TextRange) {
        const { index, sharing } = now()
        const url = absoluteUrl(passageLink(range))
        const citation = citePassage(index.article, index.document.text.slice(range.start, range.end), url)
        sharing.announce(await copyText(citation), 'Selected text copied with its citation.', citation)
      },
      setView: (view) => now().setView(view),
      openSheet,
      closeSheet() {
        flushSync(() => now().setSheetOpen(false))
        now().handles.sheetButton.current?.focus()
      },
      dismissAnnouncement: () => now().sharing.dismiss(),
    }
  }, [])
}

/**
 * What sharing is called on this device ("Share" where the share sheet opens, "Copy link" elsewhere), and the
 * announcement of what it did.
 */
function useSharing(hydrated: boolean) {
  const [verb, setVerb] = useState<ShareVerb>('Copy link')
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  // Known only in the browser, after hydration; the prerendered page says "Copy link".
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's abilities are known only here
    if (hydrated && canUseShareSheet()) setVerb('Share')
  }, [hydrated])
  const announce = useCallback((outcome: ShareOutcome, copied: string, text: string) => {
    if (outcome === 'cancelled') return
    setAnnouncement((previous) => ({
      id: (previous?.id ?? 0) + 1,
      ...(outcome === 'failed'
        ? {
            message: 'Copying is not allowed here. Select the text below and copy it yourself.',
            manualCopy: text,
          }
        : { message: outcome === 'shared' ? 'Shared.' : copied }),
    }))
  }, [])
  const dismiss = useCallback(() => setAnnouncement(null), [])
  return { verb, announcement, announce, dismiss }
}

/** A value with its own subscribers, for state only a few components show (see Observable). */
function observableValue<T>(initial: T): Observable<T> & { set(value: T): void } {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

function panelIsSheet(): boolean {
  return window.matchMedia?.(PANEL_IS_SHEET).matches ?? false
}
