// The article as readers will see it, rendered by the reader's own ArticleText inside a reader model of the
// editor's making, plus what editing needs: the words selected (kept when the selection goes), a click on a mark
// to choose it, and both shown with the CSS Custom Highlight API so that the text React rendered is never touched.
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { anchorsInRange, rangeOfAnchor, type TextRange } from '../core/anchoring/document-text.ts'
import { indexArticle } from '../core/content/article-index.ts'
import type { Anchor, Article } from '../core/content/article.ts'
import { domRangeOfTextRange, textRangeOfDomRange } from '../dom/text-range.ts'
import { ArticleText } from '../features/article/article-text.tsx'
import { ReaderProvider, type Reader } from '../reader/reader-context.ts'

/** A mark of the text the editor can choose: a quote by id, or a mention by where it is. */
export type PickedMark = { kind: 'quote'; id: string } | { kind: 'mention'; speaker: string; anchor: Anchor }

export interface ArticlePreviewHandle {
  /** Selects these words in the text, as if the person had, and brings them into view. */
  selectText(range: TextRange): void
  /** Brings a place of the text into view. */
  reveal(anchor: Anchor): void
}

interface ArticlePreviewProps {
  article: Article
  /** The words chosen for the next action, shown while the selection itself is gone. */
  selection: readonly Anchor[]
  /** The places of the chosen mark. */
  chosen: readonly Anchor[]
  onSelect(anchors: Anchor[]): void
  onPick(mark: PickedMark): void
  ref?: Ref<ArticlePreviewHandle>
}

const NOTHING = () => {}

export function ArticlePreview({ article, selection, chosen, onSelect, onPick, ref }: ArticlePreviewProps) {
  const holder = useRef<HTMLDivElement>(null)
  const reader = useMemo((): Reader => previewReader(article), [article])
  const document_ = reader.index.document
  const latest = useRef({ onSelect, onPick, document_ })
  useEffect(() => {
    latest.current = { onSelect, onPick, document_ }
  })

  const articleElement = () => holder.current?.querySelector('article') ?? null

  useImperativeHandle(
    ref,
    () => ({
      selectText(range) {
        const root = articleElement()
        const domRange = root && domRangeOfTextRange(root, range, document_)
        if (!domRange) return
        const selected = document.getSelection()
        selected?.removeAllRanges()
        selected?.addRange(domRange)
        scrollToRange(domRange)
      },
      reveal(anchor) {
        const root = articleElement()
        const range = rangeOfAnchor(document_, anchor)
        const domRange = root && range && domRangeOfTextRange(root, range, document_)
        if (domRange) scrollToRange(domRange)
      },
    }),
    [document_],
  )

  // Words selected in the text become the selection the actions use; a selection elsewhere is not theirs.
  useEffect(() => {
    const onSelectionChange = () => {
      const root = articleElement()
      const selected = document.getSelection()
      if (!root || !selected || selected.isCollapsed || selected.rangeCount === 0) return
      const domRange = selected.getRangeAt(0)
      if (!root.contains(domRange.commonAncestorContainer)) return
      const range = textRangeOfDomRange(root, domRange, latest.current.document_)
      if (range) latest.current.onSelect(anchorsInRange(latest.current.document_, range))
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [])

  // A click on a mark chooses it; caught before the reader's own click, which would open a speaker's card.
  useEffect(() => {
    const element = holder.current
    if (!element) return
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return
      const mark = (event.target as Element).closest<HTMLElement>('[data-quote], [data-speaker]')
      const root = articleElement()
      if (!mark || !root) return
      event.stopPropagation()
      if (mark.dataset.quote) return latest.current.onPick({ kind: 'quote', id: mark.dataset.quote })
      const domRange = document.createRange()
      domRange.selectNodeContents(mark)
      const range = textRangeOfDomRange(root, domRange, latest.current.document_)
      const anchor = range && anchorsInRange(latest.current.document_, range)[0]
      if (anchor && mark.dataset.speaker)
        latest.current.onPick({ kind: 'mention', speaker: mark.dataset.speaker, anchor })
    }
    element.addEventListener('click', onClick, { capture: true })
    return () => element.removeEventListener('click', onClick, { capture: true })
  }, [])

  // Drawn after every render: React may have replaced the text nodes the ranges were in.
  useEffect(() => {
    const root = articleElement()
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return
    const ranges = (anchors: readonly Anchor[]) =>
      anchors.flatMap((anchor) => {
        const range = rangeOfAnchor(document_, anchor)
        return (range && domRangeOfTextRange(root, range, document_)) ?? []
      })
    CSS.highlights.set('editor-selection', new Highlight(...ranges(selection)))
    CSS.highlights.set('editor-chosen', new Highlight(...ranges(chosen)))
  })

  return (
    <div ref={holder}>
      <ReaderProvider reader={reader}>
        <ArticleText highlight={reader.state.highlight} listedSpeakers={reader.state.listedSpeakers} />
      </ReaderProvider>
    </div>
  )
}

/** A reader model for the preview: the article's index and a reader who has done nothing yet. */
function previewReader(article: Article): Reader {
  return {
    index: indexArticle(article),
    state: {
      filter: { speakers: [], unknown: [] },
      listedSpeakers: [],
      target: { kind: 'none' },
      highlight: [],
      shownQuote: null,
      view: 'quotes',
      sheetOpen: false,
      shareVerb: 'Copy link',
      announcement: null,
    },
    actions: {
      filterTo: NOTHING,
      showSpeaker: NOTHING,
      previewQuote: NOTHING,
      showQuote: NOTHING,
      showPassage: NOTHING,
      clearHighlight: NOTHING,
      backToQuote: NOTHING,
      focusNextQuote: NOTHING,
      shareQuote: async () => {},
      copyCitation: async () => {},
      sharePassage: async () => {},
      copyPassageCitation: async () => {},
      setView: NOTHING,
      openSheet: NOTHING,
      closeSheet: NOTHING,
      dismissAnnouncement: NOTHING,
    },
    previewedQuote: { get: () => null, subscribe: () => NOTHING },
  }
}

function scrollToRange(range: Range) {
  const element =
    range.startContainer.nodeType === Node.ELEMENT_NODE
      ? (range.startContainer as Element)
      : range.startContainer.parentElement
  element?.scrollIntoView({ block: 'center', behavior: 'instant' })
}
