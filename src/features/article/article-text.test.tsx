// The article text reads the reader's basis alone and takes the state it shows as props, so the reading view can
// keep it out from under the state's provider (a change of state is then not searched for through the text).
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fixtureArticle } from '../../../tests/fixtures/articles.ts'
import { generateTranscript } from '../../../tests/fixtures/generate-transcript.ts'
import { parseArticle } from '../../core/content/parse-article.ts'
import { anchorsInRange, documentText } from '../../core/anchoring/document-text.ts'
import { indexArticle } from '../../core/content/article-index.ts'
import { ReaderBasisProvider, type ReaderActions } from '../../reader/reader-context.ts'
import { ArticleText } from './article-text.tsx'

const article = fixtureArticle()
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
    const parsed = parseArticle(generateTranscript({ slug: 'long', words: 3_000, speakers: 6 }))
    if (!parsed.ok) throw new Error('the generated transcript does not parse')
    const long = parsed.article
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
})
