// The article text reads the reader's basis alone and takes the state it shows as props, so the reading view can
// keep it out from under the state's provider; a new mark renders again only the chunk of the text it is in.
import { render, screen } from '@testing-library/react'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { fixtureArticle } from '../../../tests/fixtures/articles.ts'
import { generateTranscript } from '../../../tests/fixtures/generate-transcript.ts'
import { parseArticle } from '../../core/content/parse-article.ts'
import { anchorsInRange, documentText } from '../../core/anchoring/document-text.ts'
import { indexArticle } from '../../core/content/article-index.ts'
import { ReaderBasisProvider, type ReaderActions } from '../../reader/reader-context.ts'
import { ArticleText } from './article-text.tsx'

/** The blocks rendered, by id, in the order they were: BlockText counted as it renders. */
const rendered = vi.hoisted(() => [] as string[])
vi.mock('./block-text.tsx', async (load) => {
  const real = await load<typeof import('./block-text.tsx')>()
  return {
    BlockText: (props: Parameters<typeof real.BlockText>[0]) => {
      rendered.push(props.text.slice(0, 40))
      return createElement(real.BlockText, props)
    },
  }
})

const article = fixtureArticle()
/** A generated transcript of 3,000 words: a few dozen chunks of the text. */
function longArticle() {
  const parsed = parseArticle(generateTranscript({ slug: 'long', words: 3_000, speakers: 6 }))
  if (!parsed.ok) throw new Error('the generated transcript does not parse')
  return parsed.article
}

const noActions = {} as ReaderActions
const noPreview = { get: () => null, subscribe: () => () => {} }

describe('ArticleText', () => {
  it('renders the text and a marked passage with the reader’s basis alone, its state given as props', () => {
    const index = indexArticle(article)
    const words = article.paragraphs[1]!.text.slice(0, 40)
    const start = documentText(article).text.indexOf(words)
    const highlight = anchorsInRange(index.document, { start, end: start + words.length })
    render(
      <ReaderBasisProvider
        basis={{
          index,
          actions: noActions,
          previewedQuote: noPreview,
        }}
      >
        <ArticleText highlight={highlight} listedSpeakers={[]} />
      </ReaderBasisProvider>,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(article.headline)
    const marked = [...screen.getByRole('article').querySelectorAll('mark.passage')]
    expect(marked.map((mark) => mark.textContent).join('')).toBe(words)
    expect(marked[0]).toHaveAttribute('data-passage-start')
  })

  it('defers the text past the first screen a chunk at a time, and the first chunk paragraph by paragraph', () => {
    const long = longArticle()
    render(
      <ReaderBasisProvider
        basis={{ index: indexArticle(long), actions: noActions, previewedQuote: noPreview }}
      >
        <ArticleText highlight={[]} listedSpeakers={[]} />
      </ReaderBasisProvider>,
    )
    const text = screen.getByRole('article')
    const paragraphs = long.paragraphs.map((paragraph) =>
      text.querySelector(`[data-block="${paragraph.id}"]`)!,
    )
    const boxes = [...text.querySelectorAll('[data-deferred-box]')]
    expect(boxes.length).toBeGreaterThan(1)
    for (const box of boxes) {
      expect(box.className).toMatch(/^deferred cv-\d+ cb-\d+$/)
      // Deferred once: nothing inside a deferred box is deferred again.
      expect(box.querySelector('.deferred')).toBeNull()
    }
    // The first screen's paragraphs are laid out at once; the rest of the first chunk one by one, the others in boxes.
    const deferredAlone = paragraphs.filter((paragraph) => paragraph.classList.contains('deferred'))
    expect(paragraphs.slice(0, 6).some((paragraph) => paragraph.closest('.deferred'))).toBe(false)
    expect(deferredAlone.length).toBeGreaterThan(0)
    expect(paragraphs.slice(6).every((paragraph) => paragraph.closest('.deferred'))).toBe(true)
  })

  it('renders again only the chunk that holds a new mark, not the whole text', () => {
    const long = longArticle()
    const index = indexArticle(long)
    const basis = { index, actions: noActions, previewedQuote: noPreview }
    const { rerender } = render(
      <ReaderBasisProvider basis={basis}>
        <ArticleText highlight={[]} listedSpeakers={[]} />
      </ReaderBasisProvider>,
    )
    expect(rendered.length).toBeGreaterThan(long.paragraphs.length)
    rendered.length = 0
    const last = long.paragraphs.at(-1)!
    rerender(
      <ReaderBasisProvider basis={basis}>
        <ArticleText highlight={[{ block: last.id, start: 0, end: 5 }]} listedSpeakers={[]} />
      </ReaderBasisProvider>,
    )
    // The headline, and the last chunk's paragraphs: a dozen or so of the whole text.
    expect(rendered).toContain(last.text.slice(0, 40))
    expect(rendered.length).toBeLessThan(20)
  })
})
