import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BrokenArticlePage, isArticleContentError } from './broken-article-page.tsx'

const error = Object.assign(new Error('The article file broken.json has 1 error'), {
  name: 'ArticleContentError',
  slug: 'broken',
  errors: [{ path: 'quotes[2].text', message: '"we support dialog" does not occur in paragraph p4' }],
})

describe('BrokenArticlePage', () => {
  it('tells a broken article’s error from any other', () => {
    expect(isArticleContentError(error)).toBe(true)
    expect(isArticleContentError(new Error('offline'))).toBe(false)
    expect(isArticleContentError({ name: 'ArticleContentError', errors: [] })).toBe(false)
  })

  it('lists the errors with their paths, and leads to the editor', () => {
    render(<BrokenArticlePage error={error} />)
    expect(screen.getByRole('heading', { name: 'This article has errors' })).toBeDefined()
    expect(screen.getByRole('listitem').textContent).toBe(
      'quotes[2].text: "we support dialog" does not occur in paragraph p4',
    )
    expect(screen.getByRole('link', { name: 'Fix it in the editor' }).getAttribute('href')).toBe(
      '/edit/broken',
    )
  })
})
