// The reading view: the article with its legend, and the panel beside it (a sheet on phones).
// It owns the state the features share: the URL's speaker filter and highlighted passage, the previewed quote,
// and what sharing says it did.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { rangeOfAnchor, type TextRange } from '../core/anchoring/document-text.ts'
import { selectPassage } from '../core/anchoring/match-passage.ts'
import type { Anchor, Article, Quote } from '../core/content/article.ts'
import { passagePath, quotePath } from '../core/links/article-paths.ts'
import { MAX_PASSAGE_LENGTH } from '../core/links/passage-link.ts'
import { withSpeakerFilter } from '../core/links/speaker-filter.ts'
import { citeQuote } from '../core/quotes/cite-quote.ts'
import { visibleQuotes } from '../core/quotes/quote-filter.ts'
import { speakerPaletteSlots } from '../core/speakers/speaker-palette.ts'
import { ArticleText } from '../features/article/article-text.tsx'
import { SpeakerLegend } from '../features/article/speaker-legend.tsx'
import { SelectionShare } from '../features/share/selection-share.tsx'
import { canUseShareSheet, copyText, shareLink, type ShareOutcome } from '../features/share/share-link.ts'
import { ShareStatus, type Announcement } from '../features/share/share-status.tsx'
import { useShortcuts } from '../features/shortcuts/use-shortcuts.ts'
import { ReadingPanel } from './reading-panel.tsx'
import { useReadingPanel } from './use-reading-panel.ts'
import { useSharedPassage } from './use-shared-passage.ts'
import { useSpeakerFilter } from './use-speaker-filter.ts'

export function ArticleReader({ article, quoteId }: { article: Article; quoteId: string | null }) {
  const speakerIds = useMemo(() => article.speakers.map((speaker) => speaker.id), [article.speakers])
  const speakerSlots = useMemo(() => speakerPaletteSlots(article.speakers), [article.speakers])
  const filter = useSpeakerFilter(speakerIds)
  const [previewQuote, setPreviewQuote] = useState<string | null>(null)
  const readingPanel = useReadingPanel()
  const { panel, sheetButton, sheetOpen, closeSheet, leaveSheet, revealPanel, inQuotes } = readingPanel
  const textContainer = useRef<HTMLDivElement>(null)
  const passage = useSharedPassage(article, quoteId)
  const { fullText, show } = passage
  const share = useSharing()

  useEffect(() => {
    document.title = `${article.headline} · Who said what`
  }, [article.headline])
  // A right-to-left article mirrors the whole page, as its prerendered HTML does. Only a real change is
  // written: setting `dir`, even to its own value, makes Chromium rebuild the layout and paint the article anew,
  // which counts as a later Largest Contentful Paint.
  useEffect(() => {
    setPageDirection(article.direction)
    return () => setPageDirection('ltr')
  }, [article.direction])

  const speakerName = useCallback(
    (quote: Quote) => article.speakers.find((speaker) => speaker.id === quote.speaker)?.name ?? quote.speaker,
    [article.speakers],
  )
  const passageLink = useCallback(
    (range: TextRange) =>
      passagePath(article.slug, { ...selectPassage(fullText.text, range), revision: article.revision }),
    [article.slug, article.revision, fullText.text],
  )

  // Showing a quote or passage is a navigation: the address then links to what is highlighted.
  const showHref = useCallback(
    (href: string) => {
      leaveSheet()
      setPreviewQuote(null)
      show(withSpeakerFilter(href, filter.speakers))
    },
    [show, filter.speakers, leaveSheet],
  )
  const showQuote = useCallback(
    (quote: Quote) => showHref(quotePath(article.slug, quote.id)),
    [showHref, article.slug],
  )
  const showPassage = useCallback(
    (anchor: Anchor) => {
      const range = rangeOfAnchor(fullText, anchor)
      if (range) showHref(passageLink(range))
    },
    [showHref, fullText, passageLink],
  )

  const { announce } = share
  const shareQuote = useCallback(
    async (quote: Quote) => {
      const url = absoluteUrl(quotePath(article.slug, quote.id))
      const outcome = await shareLink({
        url,
        title: article.headline,
        text: `Quote by ${speakerName(quote)}`,
      })
      announce(outcome, `Link to the quote by ${speakerName(quote)} copied.`, url)
    },
    [article.slug, article.headline, speakerName, announce],
  )
  const copyCitation = useCallback(
    async (quote: Quote) => {
      const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)
      if (!speaker) return
      const citation = citeQuote(article, quote, speaker, absoluteUrl(quotePath(article.slug, quote.id)))
      announce(await copyText(citation), `Quote by ${speaker.name} copied with its citation.`, citation)
    },
    [article, announce],
  )
  const shareSelection = useCallback(
    async (range: TextRange) => {
      const url = absoluteUrl(passageLink(range))
      const outcome = await shareLink({
        url,
        title: article.headline,
        text: fullText.text.slice(range.start, range.end),
      })
      announce(outcome, 'Link to the selected text copied.', url)
    },
    [passageLink, article.headline, fullText.text, announce],
  )

  const { setSpeakers } = filter
  // On a phone the panel is a closed sheet: open it, so the tap on a name visibly does something.
  const filterToSpeaker = useCallback(
    (speaker: string) => {
      setSpeakers([speaker])
      revealPanel()
    },
    [setSpeakers, revealPanel],
  )

  useShortcuts({
    j: () => inQuotes(() => focusQuoteCard(panel.current, 1)),
    k: () => inQuotes(() => focusQuoteCard(panel.current, -1)),
  })
  // The quote the address shows, if its card is in the list: "Back to the quote" can then focus it.
  const shownQuote = useMemo(
    () =>
      quoteId !== null && visibleQuotes(article.quotes, filter.speakers).some((quote) => quote.id === quoteId)
        ? quoteId
        : null,
    [quoteId, article.quotes, filter.speakers],
  )

  return (
    <div className="mx-auto grid max-w-7xl gap-x-12 px-4 pt-6 pb-24 sm:px-6 lg:grid-cols-[minmax(0,42rem)_minmax(20rem,26rem)] lg:justify-center lg:pb-12 print:block print:p-0">
      <div inert={sheetOpen} className="min-w-0">
        {filter.unknown.length > 0 && (
          <p
            role="status"
            dir="auto"
            className="mb-6 rounded-lg border border-line bg-panel p-3 font-sans text-sm"
          >
            This link asks for {filter.unknown.length === 1 ? 'a speaker' : 'speakers'} the article does not
            have ({filter.unknown.map((value) => `“${value.slice(0, 60)}”`).join(', ')}), so{' '}
            {filter.speakers.length === 0 ? 'all quotes are shown.' : 'only the known speakers are filtered.'}
          </p>
        )}
        {passage.shared.notice !== null && (
          <p
            role="status"
            dir="auto"
            className="mb-6 rounded-lg border border-line bg-panel p-3 font-sans text-sm"
          >
            {passage.shared.notice}
          </p>
        )}
        {passage.shared.anchors.length > 0 && (
          <div className="sticky top-0 z-10 mb-4 flex items-center justify-between gap-3 print:hidden rounded-b-lg border border-t-0 border-line bg-panel px-3 py-2 font-sans text-sm">
            <span dir="auto">{passage.shared.label}</span>
            {shownQuote !== null && (
              <button
                type="button"
                onClick={() =>
                  inQuotes(() =>
                    panel.current
                      ?.querySelector<HTMLElement>(`[data-quote-card="${CSS.escape(shownQuote)}"]`)
                      ?.focus(),
                  )
                }
                className="js-only ms-auto min-h-6 rounded text-accent underline underline-offset-2"
              >
                Back to the quote
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                passage.clear()
                // The button goes with the bar; keep keyboard and screen reader users in the reading area.
                document.getElementById('main')?.focus({ preventScroll: true })
              }}
              className="js-only min-h-6 rounded text-accent underline underline-offset-2"
            >
              Clear highlight
            </button>
          </div>
        )}
        <SpeakerLegend speakers={article.speakers} language={article.language} speakerSlots={speakerSlots} />
        <div ref={textContainer} dir={article.direction} className="relative">
          <ArticleText
            article={article}
            speakerSlots={speakerSlots}
            selectedSpeakers={filter.speakers}
            previewQuote={previewQuote}
            highlight={passage.shared.anchors}
            highlightRequest={passage.request}
            onSpeakerActivate={filterToSpeaker}
          />
          <SelectionShare
            container={textContainer}
            document={fullText}
            direction={article.direction}
            maxLength={MAX_PASSAGE_LENGTH}
            verb={share.verb}
            onShare={shareSelection}
          />
        </div>
      </div>

      <button
        ref={sheetButton}
        type="button"
        aria-expanded={sheetOpen}
        aria-controls="reading-panel"
        onClick={readingPanel.openSheet}
        inert={sheetOpen}
        className="js-only fixed end-4 bottom-4 z-20 min-h-12 rounded-full bg-accent px-5 font-sans font-semibold text-paper shadow-lg lg:hidden"
      >
        Quotes &amp; positions ({article.quotes.length})
      </button>
      {sheetOpen && (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-black/40 lg:hidden print:hidden"
          onClick={closeSheet}
        />
      )}
      <aside
        ref={panel}
        id="reading-panel"
        aria-label="Quotes and positions"
        className={`${sheetOpen ? 'max-lg:flex' : 'max-lg:hidden'} z-40 flex-col max-lg:fixed print:static! print:mt-8 print:flex! print:max-h-none! print:border-0! print:shadow-none! max-lg:inset-x-0 max-lg:bottom-0 max-lg:max-h-[85dvh] max-lg:rounded-t-2xl max-lg:border-t max-lg:border-line max-lg:bg-paper max-lg:shadow-2xl lg:sticky lg:top-0 lg:flex lg:max-h-dvh lg:py-6`}
      >
        <div className="js-only flex items-center justify-between border-b border-line px-4 py-2 lg:hidden">
          <span className="font-sans font-semibold">Quotes &amp; positions</span>
          <SheetCloseButton open={sheetOpen} onClose={closeSheet} />
        </div>
        <div className="overflow-y-auto overscroll-contain p-4 lg:rounded-xl lg:bg-panel print:overflow-visible print:bg-transparent print:p-0">
          <ReadingPanel
            article={article}
            speakerSlots={speakerSlots}
            selectedSpeakers={filter.speakers}
            tab={readingPanel.tab}
            onTabChange={readingPanel.setTab}
            revealQuote={quoteId}
            onSelectSpeakers={filter.setSpeakers}
            onPreviewQuote={setPreviewQuote}
            onShowQuote={showQuote}
            onShowPassage={showPassage}
            shareVerb={share.verb}
            onShareQuote={shareQuote}
            onCopyCitation={copyCitation}
          />
        </div>
      </aside>
      <ShareStatus announcement={share.announcement} onDismiss={share.dismiss} />
    </div>
  )
}

/**
 * What sharing is called on this device ("Share" where the share sheet opens, "Copy link" elsewhere), and the
 * announcement of what it did.
 */
function useSharing() {
  const [verb, setVerb] = useState('Copy link')
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  // Known only in the browser, after hydration; the prerendered page says "Copy link".
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's abilities are known only here
    if (canUseShareSheet()) setVerb('Share')
  }, [])
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

/** Moves focus to the next (`step` 1) or previous (-1) quote card in the panel, from the one holding focus. */
function focusQuoteCard(panel: HTMLElement | null, step: 1 | -1) {
  const cards = Array.from(panel?.querySelectorAll<HTMLElement>('[data-quote-card]') ?? [])
  if (cards.length === 0) return
  const current = cards.findIndex((card) => card.contains(document.activeElement))
  const next =
    current === -1
      ? step === 1
        ? 0
        : cards.length - 1
      : Math.min(cards.length - 1, Math.max(0, current + step))
  cards[next]!.focus()
}

function setPageDirection(direction: 'ltr' | 'rtl') {
  if (document.documentElement.dir !== direction) document.documentElement.dir = direction
}

function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href
}

/** Takes focus when the sheet opens, so keyboard and screen reader users land inside it. */
function SheetCloseButton({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (open) ref.current?.focus()
  }, [open])
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClose}
      className="min-h-10 rounded px-3 font-sans text-sm text-accent underline"
    >
      Close
    </button>
  )
}
