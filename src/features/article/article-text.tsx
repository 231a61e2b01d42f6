// The article itself: headline, summary, byline and paragraphs, with every speaker mention marked from data.
import {
  memo,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type Ref,
} from 'react'
import { spansByBlock } from '../../core/anchoring/block-spans.ts'
import type { Span } from '../../core/anchoring/segment-block.ts'
import {
  layoutArticle,
  type LayoutItem,
  type PlacedParagraph,
  type TurnGroup,
} from '../../core/content/article-layout.ts'
import { HEADLINE_BLOCK, SUMMARY_BLOCK, type Anchor } from '../../core/content/article.ts'
import { formatDate } from '../../core/content/format-date.ts'
import { blockAttributes, deferredBoxAttributes } from '../../dom/block-elements.ts'
import { BlockText } from './block-text.tsx'
import { deferredChunkClass, deferredLayoutClass } from './deferred-layout.ts'
import { ReportHydrated } from '../../reader/hydration.ts'
import { usePreviewedQuote, useReaderBasis } from '../../reader/reader-context.ts'
import { highlightRules } from './highlight-rules.ts'
import { useDocumentRules } from './use-document-rules.ts'
import { marksChoice, subscribeToMarks } from './marks-choice.ts'
import { SpeakerCard, type SpeakerCardPlacement } from './speaker-card.tsx'

/** What the reading view can ask of the article text. */
export interface ArticleTextHandle {
  /**
   * Scrolls the marked passage into view and moves focus to it, so screen readers start reading there. `jump`:
   * at once, as the browser goes to a fragment, rather than a smooth scroll the reader can follow.
   */
  revealHighlight(options?: { jump?: boolean }): void
}

const NO_SPANS: Span[] = []
const NO_ANCHORS: readonly Anchor[] = []

/** A block's own spans, and the pieces of the marked passage that fall in it. */
function blockSpans(
  spans: ReadonlyMap<string, readonly Span[]>,
  highlight: readonly Anchor[],
  block: string,
): readonly Span[] {
  const own = spans.get(block) ?? NO_SPANS
  const pieces = highlight.filter((anchor) => anchor.block === block)
  if (pieces.length === 0) return own
  return [
    ...own,
    ...pieces.map((anchor): Span => ({ kind: 'passage', start: anchor.start, end: anchor.end })),
  ]
}

/** Paragraphs rendered at once, so the first paint (and Largest Contentful Paint) never waits a frame for them. */
const FIRST_SCREEN_PARAGRAPHS = 6

export function ArticleText({
  ref,
  highlight,
  listedSpeakers,
  onHydrated,
}: {
  ref?: Ref<ArticleTextHandle>
  /** The pieces of the passage to mark (ReaderState's `highlight`). */
  highlight: readonly Anchor[]
  /** The speakers whose marks stand out, the others' dimmed (ReaderState's `listedSpeakers`). */
  listedSpeakers: readonly string[]
  /**
   * Called once every chunk of the text has hydrated (at once when rendered in the browser). State that only the
   * browser knows should wait for it: see TextChunk.
   */
  onHydrated?: () => void
}) {
  // The basis only: the reader's state reaches the text as props, so that a change of it is not searched for
  // through the whole text (reader/reader-context.ts).
  const { index } = useReaderBasis()
  const { article, speakerSlots } = index
  const element = useRef<HTMLElement>(null)
  const spans = useMemo(() => spansByBlock(article), [article])
  const layout = useMemo(() => layoutArticle(article), [article])
  const speakerNames = useMemo(
    () => new Map(article.speakers.map((speaker) => [speaker.id, speaker.name])),
    [article.speakers],
  )

  const spansOf = (block: string) => blockSpans(spans, highlight, block)

  useImperativeHandle(
    ref,
    () => ({
      revealHighlight({ jump = false } = {}) {
        const start = element.current?.querySelector<HTMLElement>('mark[data-passage-start]')
        if (!start) return
        const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
        start.focus({ preventScroll: true })
        bringToUpperThird(start, jump || reducedMotion ? 'instant' : 'smooth')
      },
    }),
    [],
  )

  // Pointer shortcut: clicking a marked name opens a card about that speaker. Keyboard and screen reader users
  // have the same in the panel's speaker filter, so names stay plain text, not hundreds of tab stops.
  const [card, setCard] = useState<SpeakerCardPlacement | null>(null)
  const closeCard = useCallback(() => setCard(null), [])
  useEffect(() => {
    const root = element.current
    if (!root) return
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return
      const mention = (event.target as Element).closest<HTMLElement>('[data-speaker]')
      const speaker = mention?.dataset.speaker
      if (!mention || !speaker) return
      const box = root.getBoundingClientRect()
      const name = mention.getBoundingClientRect()
      const fromStart = root.dir === 'rtl' ? box.right - name.right : name.left - box.left
      setCard({
        speaker,
        top: name.bottom - box.top + 6,
        left: Math.max(0, Math.min(fromStart, box.width - 288)),
      })
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [])
  const marks = useSyncExternalStore(subscribeToMarks, marksChoice, () => 'all' as const)

  const blockProps = { speakerSlots, speakerNames }
  const chunks = useMemo(() => chunksOf(layout), [layout])
  const hydratedChunks = useRef(new Set<number>())
  const onChunkHydrated = useCallback(
    (at: number) => {
      hydratedChunks.current.add(at)
      if (hydratedChunks.current.size === chunks.length) onHydrated?.()
    },
    [chunks.length, onHydrated],
  )
  return (
    <article
      ref={element}
      lang={article.language}
      dir={article.direction}
      aria-labelledby="article-headline"
      data-article-text=""
      data-marks={marks}
      className="relative font-serif text-[1.1875rem] leading-[1.7]"
    >
      {card && <SpeakerCard placement={card} onClose={closeCard} />}
      <HighlightStyle selectedSpeakers={listedSpeakers} />
      <header className="mb-8 border-b border-line pb-6">
        <p className="mb-3 font-sans text-sm tracking-wide text-ink-soft uppercase">
          {article.outlet.name}
          <span aria-hidden="true"> · </span>
          {article.published ? (
            <time dateTime={article.published}>{formatDate(article.published, article.language)}</time>
          ) : (
            <span className="normal-case">publication date not given</span>
          )}
        </p>
        {/* On paper, where the link cannot be followed, the address of the original is written out. */}
        {article.sourceUrl !== null && (
          <p
            lang="en"
            dir="ltr"
            className="mb-3 hidden font-sans text-sm break-all text-ink-soft print:block"
          >
            Source: {article.sourceUrl}
          </p>
        )}
        <h1
          id="article-headline"
          {...blockAttributes(HEADLINE_BLOCK)}
          className="text-3xl leading-tight font-bold text-balance sm:text-4xl"
        >
          <BlockText text={article.headline} spans={spansOf(HEADLINE_BLOCK)} {...blockProps} />
        </h1>
        {article.summary !== null && (
          <p {...blockAttributes(SUMMARY_BLOCK)} className="mt-4 text-xl leading-snug text-ink-soft">
            <BlockText text={article.summary} spans={spansOf(SUMMARY_BLOCK)} {...blockProps} />
          </p>
        )}
      </header>
      {chunks.map((chunk, at) => (
        <TextChunk
          key={at}
          at={at}
          onHydrated={onChunkHydrated}
          items={chunk.items}
          deferredAs={chunk.deferredAs}
          spans={spans}
          highlight={highlight.some((anchor) => chunk.blocks.has(anchor.block)) ? highlight : NO_ANCHORS}
          {...blockProps}
        />
      ))}
    </article>
  )
}

interface TextChunkProps {
  /** Its place among the chunks, reported to onHydrated. */
  at: number
  onHydrated: (at: number) => void
  items: readonly LayoutItem[]
  /** The classes of the box the chunk is deferred in, or null if its paragraphs are deferred one by one. */
  deferredAs: string | null
  spans: ReadonlyMap<string, readonly Span[]>
  /** The marked passage, or NO_ANCHORS when none of it is in this chunk. */
  highlight: readonly Anchor[]
  speakerSlots: ReadonlyMap<string, number>
  speakerNames: ReadonlyMap<string, string>
}

/**
 * Some twelve paragraphs of the text: a boundary React hydrates in a task of its own, after the page's frame, so a
 * long transcript never blocks the main thread for long (see decision 012). Memoized, so that the reader's state
 * changing while the page hydrates (a link's target found, a chip pressed) reaches only the chunk it concerns: a
 * boundary that is handed new props before it has hydrated makes React hydrate it at once and start the render
 * over, and doing so for every chunk of a long article cost seconds. A change of a context above the text does the
 * same to every chunk not yet hydrated, whether or not it reads the context: hence onHydrated.
 */
const TextChunk = memo(function TextChunk({
  at,
  onHydrated,
  items,
  deferredAs,
  spans,
  highlight,
  speakerSlots,
  speakerNames,
}: TextChunkProps) {
  const blockProps = { speakerSlots, speakerNames }
  const spansOf = (block: string) => blockSpans(spans, highlight, block)
  const paragraphOf = ({ paragraph, index }: PlacedParagraph) => (
    <p
      key={paragraph.id}
      {...blockAttributes(paragraph.id)}
      className={
        deferredAs !== null || index < FIRST_SCREEN_PARAGRAPHS
          ? 'mb-5'
          : `mb-5 ${deferredLayoutClass(paragraph.text)}`
      }
    >
      <BlockText text={paragraph.text} spans={spansOf(paragraph.id)} {...blockProps} />
    </p>
  )
  // A turn of a transcript: its paragraphs together, ruled in its speaker's colour, its label said once.
  const turnOf = ({ turn, paragraphs }: TurnGroup) => (
    <div
      key={turn.id}
      data-turn={turn.id}
      className={`turn speaker-${speakerSlots.get(turn.speaker) ?? 0} ${turn.question ? 'turn-question' : ''}`}
    >
      {paragraphs.map(paragraphOf)}
    </div>
  )
  const content = items.map((item) => {
    if (item.kind === 'paragraph') return paragraphOf(item.placed)
    if (item.kind === 'turn') return turnOf(item.group)
    return (
      // A question from the floor and its answers, read as one exchange.
      <div key={item.question.turn.id} className="exchange mb-6 rounded-lg bg-panel/60 p-3 sm:p-4">
        {turnOf(item.question)}
        {item.answers.map(turnOf)}
      </div>
    )
  })
  return (
    <Suspense>
      <ReportHydrated part={at} onHydrated={onHydrated} />
      {deferredAs === null ? (
        content
      ) : (
        <div {...deferredBoxAttributes()} className={deferredAs}>
          {content}
        </div>
      )}
    </Suspense>
  )
})

/** The filter and the previewed quote as style rules: a hover re-renders this component alone, not the text. */
function HighlightStyle({ selectedSpeakers }: { selectedSpeakers: readonly string[] }) {
  const previewQuote = usePreviewedQuote()
  useDocumentRules(highlightRules(selectedSpeakers, previewQuote))
  return null
}

/** Paragraphs per hydration chunk: small enough that each chunk hydrates well within a 50 ms task on a phone. */
const CHUNK_PARAGRAPHS = 12

/**
 * What an exchange's frame (its padding and margin, 3 to 3.5rem) adds to a deferred chunk's height, in the gaps
 * between blocks (1.25rem) that the estimate counts.
 */
const EXCHANGE_FRAME_BLOCKS = 3

interface Chunk {
  items: LayoutItem[]
  /** The ids of the paragraphs in it. */
  blocks: Set<string>
  /**
   * The classes of the box it is deferred in as a whole (deferred-layout.ts), or null for a chunk with a paragraph
   * of the first screen, whose later paragraphs are deferred one by one.
   */
  deferredAs: string | null
}

/**
 * The layout cut into chunks of about CHUNK_PARAGRAPHS paragraphs, never cutting a turn or an exchange; each chunk
 * past the first screen is deferred as one box.
 */
function chunksOf(layout: readonly LayoutItem[]): Chunk[] {
  const chunks: { items: LayoutItem[]; paragraphs: PlacedParagraph[] }[] = [{ items: [], paragraphs: [] }]
  for (const item of layout) {
    const paragraphs = paragraphsOf(item)
    const last = chunks.at(-1)!
    if (last.paragraphs.length > 0 && last.paragraphs.length + paragraphs.length > CHUNK_PARAGRAPHS)
      chunks.push({ items: [], paragraphs: [] })
    const chunk = chunks.at(-1)!
    chunk.items.push(item)
    chunk.paragraphs.push(...paragraphs)
  }
  return chunks.map(({ items, paragraphs }) => ({
    items,
    blocks: new Set(paragraphs.map((placed) => placed.paragraph.id)),
    deferredAs:
      paragraphs.length === 0 || paragraphs.some((placed) => placed.index < FIRST_SCREEN_PARAGRAPHS)
        ? null
        : deferredChunkClass(
            paragraphs.map((placed) => placed.paragraph.text),
            paragraphs.length +
              EXCHANGE_FRAME_BLOCKS * items.filter((item) => item.kind === 'exchange').length,
          ),
  }))
}

function paragraphsOf(item: LayoutItem): PlacedParagraph[] {
  if (item.kind === 'paragraph') return [item.placed]
  if (item.kind === 'turn') return item.group.paragraphs
  return [item.question, ...item.answers].flatMap((group) => group.paragraphs)
}

/** How long a mark is kept in place while paragraphs near it are laid out for the first time. */
const SETTLE_MS = 5000
/** Chromium fires no scrollend when there was nothing to scroll; a smooth scroll is over by then anyway. */
const SMOOTH_SCROLL_MS = 1500

/**
 * Scrolls `mark` into the upper third of the screen and keeps it there while the paragraphs around it are laid
 * out: their real heights replace the estimates, which moves everything below them. Whenever the text or the page
 * changes height (and once a smooth scroll ends), a mark that has left the upper third is put back, at once. The
 * page is watched for its size, not polled every frame: on a long article each frame a poll asks for costs
 * intersection work for every deferred box.
 */
function bringToUpperThird(mark: HTMLElement, behavior: ScrollBehavior) {
  mark.scrollIntoView?.({ block: 'start', behavior })
  let scrolling = behavior === 'smooth'
  // Where the scroll puts it: its scroll margin below the top, clear of the sticky bar over the text. Paragraphs
  // above it laid out shorter than estimated move it up under the bar, still on screen: that is put back too.
  const margin = parseFloat(getComputedStyle(mark).scrollMarginTop) || 0
  const correct = () => {
    if (scrolling || !mark.isConnected) return
    const top = mark.getBoundingClientRect().top
    if (top < margin - 1 || top > window.innerHeight / 3)
      mark.scrollIntoView?.({ block: 'start', behavior: 'instant' })
  }
  const scrollEnded = () => {
    if (!scrolling) return
    scrolling = false
    correct()
  }
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => correct())
  for (const element of [mark.closest('article'), document.body]) if (element) resized?.observe(element)
  // The reader takes over the moment they scroll or press a key: the page never fights them for the scroll.
  const readerInput = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
  const timers: ReturnType<typeof setTimeout>[] = []
  const finish = () => {
    resized?.disconnect()
    for (const timer of timers) clearTimeout(timer)
    window.removeEventListener('scrollend', scrollEnded)
    for (const type of readerInput) window.removeEventListener(type, finish)
  }
  window.addEventListener('scrollend', scrollEnded, { once: true })
  for (const type of readerInput) window.addEventListener(type, finish, { passive: true })
  timers.push(setTimeout(scrollEnded, SMOOTH_SCROLL_MS), setTimeout(finish, SETTLE_MS))
}
