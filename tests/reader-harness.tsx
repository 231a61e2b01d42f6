// A stand-in reader model for component tests of one feature: the real article index, a speaker filter kept in
// state (so filter controls can be driven), and every other action a spy. Features are tested against the
// model's contract, without the app that builds it.
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useMemo, useState, type ReactNode } from 'react'
import { vi, type Mock } from 'vitest'
import { indexArticle } from '../src/core/content/article-index.ts'
import type { Article } from '../src/core/content/article.ts'
import {
  ReaderProvider,
  type Reader,
  type ReaderActions,
  type ReaderState,
} from '../src/reader/reader-context.ts'

type SpiedActions = { [K in keyof ReaderActions]: Mock<ReaderActions[K]> }

/** Renders `ui` inside a reader model of `article`; returns the action spies and a userEvent session. */
export function renderWithReader(
  ui: ReactNode,
  { article, state = {} }: { article: Article; state?: Partial<ReaderState> },
) {
  const actions: SpiedActions = {
    filterTo: vi.fn(),
    showSpeaker: vi.fn(),
    previewQuote: vi.fn(),
    showQuote: vi.fn(),
    showPassage: vi.fn(),
    clearHighlight: vi.fn(),
    backToQuote: vi.fn(),
    focusNextQuote: vi.fn(),
    shareQuote: vi.fn(async () => {}),
    copyCitation: vi.fn(async () => {}),
    sharePassage: vi.fn(async () => {}),
    copyPassageCitation: vi.fn(async () => {}),
    setView: vi.fn(),
    openSheet: vi.fn(),
    closeSheet: vi.fn(),
    dismissAnnouncement: vi.fn(),
  }
  const index = indexArticle(article)

  function Harness() {
    const [speakers, setSpeakers] = useState<readonly string[]>(state.filter?.speakers ?? [])
    const reader = useMemo((): Reader => {
      const filterTo = (next: readonly string[]) => {
        actions.filterTo(next)
        setSpeakers(next)
      }
      return {
        index,
        state: {
          target: { kind: 'none' },
          highlight: [],
          shownQuote: null,
          view: 'quotes',
          sheetOpen: false,
          shareVerb: 'Copy link',
          announcement: null,
          ...state,
          filter: { speakers: [...speakers], unknown: state.filter?.unknown ?? [] },
          listedSpeakers: [...speakers],
        },
        actions: { ...actions, filterTo },
        previewedQuote: { get: () => null, subscribe: () => () => {} },
      }
    }, [speakers])
    return <ReaderProvider reader={reader}>{ui}</ReaderProvider>
  }

  const user = userEvent.setup()
  render(<Harness />)
  return { actions, user }
}
