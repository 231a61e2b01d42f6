// The article text reads the reader's basis alone and takes the state it shows as props, so the reading view can
// keep it out from under the state's provider (a change of state is then not searched for through the text).
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fixtureArticle } from '../../../tests/fixtures/articles.ts'
import { anchorsInRange, documentText } from '../../core/anchoring/document-text.ts'
import { indexArticle } from '../../core/content/article-index.ts'
import { ReaderBasisProvider, type ReaderActions } from '../../reader/reader-context.ts'
import { ArticleText } from './article-text.tsx'

const article = fixtureArticle()

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
          actions: {} as ReaderActions,
          previewedQuote: { get: () => null, subscribe: () => () => {} },
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
})
