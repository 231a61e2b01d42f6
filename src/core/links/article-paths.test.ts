// The app's page paths: built for an article, a quote or a passage, and read back.
import { describe, expect, it } from 'vitest'
import { articlePath, parsePagePath, quotePath } from './article-paths.ts'

describe('parsePagePath', () => {
  it.each([
    ['/', { page: 'home' }],
    [articlePath('a-b'), { page: 'article', slug: 'a-b' }],
    [quotePath('a-b', 'q-1'), { page: 'quote', slug: 'a-b', quoteId: 'q-1' }],
    ['/articles', { page: 'other' }],
    ['/articles/', { page: 'other' }],
    ['/articles/a/quotes', { page: 'other' }],
    ['/articles/a/quotes/q/more', { page: 'other' }],
    ['/about', { page: 'other' }],
  ])('reads %s', (path, expected) => {
    expect(parsePagePath(path)).toEqual(expected)
  })
})
