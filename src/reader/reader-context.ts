// The reader model's contract: what every feature of the reading view may read (the article index and the
// reader's state) and do (named actions). app/use-reader-model.ts builds it; features read it with useReader(),
// never through each other's props or DOM. See docs/decisions/008-reader-model.md.
//
// It is provided in two parts: the basis (index, actions, previewed quote), the same for as long as one article is
// read, and the state, which changes. The reading view provides the state around everything but the article's
// text: a change of a context's value makes React search the whole tree below its provider for readers of it,
// which on a 40,000-word text is tens of milliseconds a change on a phone. The text takes what state it shows
// as props (decision 008).
import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { TextRange } from '../core/anchoring/document-text.ts'
import type { ArticleIndex } from '../core/content/article-index.ts'
import type { Anchor, Quote } from '../core/content/article.ts'
import type { SpeakerFilter } from '../core/links/speaker-filter.ts'
import type { LinkTarget } from '../core/links/shared-passage.ts'

export type PanelView = 'quotes' | 'positions'

/** "Share" where the device opens a share sheet, "Copy link" everywhere else. */
export type ShareVerb = 'Copy link' | 'Share'

/** What sharing did, as the reader is told it; `manualCopy` holds text the clipboard refused. */
export interface Announcement {
  /** Changes for every announcement, so the same words are announced again. */
  id: number
  message: string
  manualCopy?: string
}

export interface ReaderState {
  /** The speaker filter of the address, and the values in it that name no speaker. */
  filter: SpeakerFilter
  /**
   * The filter's speakers as the quote list, the overview, the marks in the text and the positions show them:
   * they follow the chips a moment later (a deferred value), so a tap on a chip answers at once on a long article
   * and the rest is rendered in the background.
   */
  listedSpeakers: readonly string[]
  /** What the address asks to show: a quote, a passage, a text directive, or why it cannot. */
  target: LinkTarget
  /** The pieces of the target to mark, one per block; empty when nothing is marked. */
  highlight: readonly Anchor[]
  /** The quote the address shows, when its card is among the filtered quotes. */
  shownQuote: string | null
  view: PanelView
  /** Whether the panel's sheet is open; only phones and narrow windows have one. */
  sheetOpen: boolean
  shareVerb: ShareVerb
  announcement: Announcement | null
}

/** Everything a reader can do; each action moves focus and scroll itself, so callers only call it. */
export interface ReaderActions {
  /** Shows only these speakers' quotes (none: every quote). */
  filterTo(speakers: readonly string[]): void
  /** Filters to one speaker and moves focus to their first quote card, opening the panel where it is hidden. */
  showSpeaker(speakerId: string): void
  /** Outlines a quote in the text while the reader points at its card; null ends it. */
  previewQuote(quoteId: string | null): void
  /** Opens the quote's address: marked in the text, scrolled to and focused. */
  showQuote(quote: Quote): void
  showPassage(anchor: Anchor): void
  clearHighlight(): void
  /** Moves focus to the card of the quote the address shows. */
  backToQuote(): void
  /** Moves focus to the next (1) or previous (-1) quote card, opening the quotes where they are hidden. */
  focusNextQuote(step: 1 | -1): void
  shareQuote(quote: Quote): Promise<void>
  copyCitation(quote: Quote): Promise<void>
  sharePassage(range: TextRange): Promise<void>
  /** Copies the selected words with where they come from and their link. */
  copyPassageCitation(range: TextRange): Promise<void>
  setView(view: PanelView): void
  openSheet(): void
  closeSheet(): void
  dismissAnnouncement(): void
}

/** A value that changes often and concerns few components (the previewed quote): they subscribe to it alone. */
export interface Observable<T> {
  get(): T
  subscribe(listener: () => void): () => void
}

/** What stays the same for as long as one article is read. */
export interface ReaderBasis {
  index: ArticleIndex
  actions: ReaderActions
  previewedQuote: Observable<string | null>
}

export interface Reader extends ReaderBasis {
  state: ReaderState
}

const ReaderBasisContext = createContext<ReaderBasis | null>(null)
const ReaderStateContext = createContext<ReaderState | null>(null)

/** Provides the basis of the reader model; give it a value that keeps its identity while the article is read. */
export function ReaderBasisProvider({ basis, children }: { basis: ReaderBasis; children?: ReactNode }) {
  return createElement(ReaderBasisContext, { value: basis }, children)
}

/** Provides the reader's state to `children`, inside a ReaderBasisProvider. */
export function ReaderStateProvider({ state, children }: { state: ReaderState; children?: ReactNode }) {
  return createElement(ReaderStateContext, { value: state }, children)
}

/** The whole reader model at once, for views short enough that a change of state may reach every part. */
export function ReaderProvider({ reader, children }: { reader: Reader; children?: ReactNode }) {
  return createElement(
    ReaderBasisProvider,
    { basis: reader },
    createElement(ReaderStateProvider, { state: reader.state }, children),
  )
}

/** The basis of the reader model (index, actions, previewed quote); only inside the reading view. */
export function useReaderBasis(): ReaderBasis {
  const basis = useContext(ReaderBasisContext)
  if (!basis)
    throw new Error('useReaderBasis() is used outside the reading view (no ReaderBasisProvider above it)')
  return basis
}

/** The reader model of the article being read, with its state; only where the reading view provides the state. */
export function useReader(): Reader {
  const basis = useReaderBasis()
  const state = useContext(ReaderStateContext)
  if (!state)
    throw new Error(
      'useReader() is used where the reader’s state is not provided (the article text takes it as props: see ReaderStateProvider)',
    )
  return { ...basis, state }
}

/** The quote the reader points at in the panel; re-renders only its subscribers, not the whole view. */
export function usePreviewedQuote(): string | null {
  const { previewedQuote } = useReaderBasis()
  return useSyncExternalStore(previewedQuote.subscribe, previewedQuote.get, () => null)
}
