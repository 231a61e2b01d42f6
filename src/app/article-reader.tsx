// The reading view: composes the features around the reader model of one article. The article column (notices,
// the highlight bar, the text with its selection menu and margin overview) and the panel beside it, a sheet on
// phones.
// State and actions live in useReaderModel; this file only lays the pieces out.
import { Suspense, useEffect, useRef } from 'react'
import type { Article } from '../core/content/article.ts'
import { ArticleText } from '../features/article/article-text.tsx'
import { HighlightBar } from '../features/article/highlight-bar.tsx'
import { LinkNotices } from '../features/article/link-notices.tsx'
import { MarksControl } from '../features/article/marks-control.tsx'
import { MarginOverview } from '../features/overview/margin-overview.tsx'
import { SelectionShare } from '../features/share/selection-share.tsx'
import { UnknownSpeakersNotice } from '../features/speaker-filter/unknown-speakers-notice.tsx'
import { ShareStatus } from '../features/share/share-status.tsx'
import { ReportHydrated } from '../reader/hydration.ts'
import { ReaderBasisProvider, ReaderStateProvider } from '../reader/reader-context.ts'
import { PanelSheet } from './panel-sheet.tsx'
import { ReadingPanel } from './reading-panel.tsx'
import { useReaderModel } from './use-reader-model.ts'

export function ArticleReader({ article, quoteId }: { article: Article; quoteId: string | null }) {
  const { basis, state, articleText, quoteList, sheetButton, sheetClose, onTextHydrated, onPartHydrated } =
    useReaderModel(article, quoteId)
  const textContainer = useRef<HTMLDivElement>(null)
  usePageOf(article)

  // The state is provided around every part but the text, which takes what it shows as props: see
  // reader/reader-context.ts.
  return (
    <ReaderBasisProvider basis={basis}>
      <div className="mx-auto grid max-w-7xl gap-x-12 px-4 pt-6 pb-24 sm:px-6 lg:grid-cols-[minmax(0,42rem)_minmax(20rem,26rem)] lg:justify-center lg:pb-12 print:block print:p-0">
        <div inert={state.sheetOpen} className="min-w-0">
          <ReaderStateProvider state={state}>
            <UnknownSpeakersNotice />
            <LinkNotices />
            <HighlightBar />
          </ReaderStateProvider>
          {/* Outside the article, so that Tab from a selection in the text goes to the selection menu first. */}
          <div className="mb-2 flex justify-end">
            <MarksControl />
          </div>
          {/* Below the two-column layout the overview is a rail at the screen's edge: the text keeps clear of it. */}
          <div ref={textContainer} dir={article.direction} className="relative max-lg:pe-3 print:pe-0">
            <ArticleText
              ref={articleText}
              highlight={state.highlight}
              listedSpeakers={state.listedSpeakers}
              onHydrated={onTextHydrated}
            />
            <ReaderStateProvider state={state}>
              <SelectionShare container={textContainer} />
              <Suspense>
                <ReportHydrated part="overview" onHydrated={onPartHydrated} />
                <MarginOverview container={textContainer} />
              </Suspense>
            </ReaderStateProvider>
          </div>
        </div>
        <ReaderStateProvider state={state}>
          {/* The overview and the panel are boundaries of their own, like the text's chunks: hydrated each in a
              task of its own rather than with the page's frame (decision 012). */}
          <PanelSheet sheetButton={sheetButton} sheetClose={sheetClose}>
            <Suspense>
              <ReportHydrated part="panel" onHydrated={onPartHydrated} />
              <ReadingPanel quoteList={quoteList} />
            </Suspense>
          </PanelSheet>
          <ShareStatus />
        </ReaderStateProvider>
      </div>
    </ReaderBasisProvider>
  )
}

/** The document's title and direction follow the article: a right-to-left one mirrors the whole page. */
function usePageOf(article: Article) {
  useEffect(() => {
    document.title = `${article.headline} · Who said what`
  }, [article.headline])
  // Only a real change is written: setting `dir`, even to its own value, makes Chromium rebuild the layout and
  // paint the article anew, which counts as a later Largest Contentful Paint.
  useEffect(() => {
    setPageDirection(article.direction)
    return () => setPageDirection('ltr')
  }, [article.direction])
}

function setPageDirection(direction: 'ltr' | 'rtl') {
  if (document.documentElement.dir !== direction) document.documentElement.dir = direction
}
