// The app's page paths: built from the route patterns for an article or a quote, and read back.
import { describe, expect, it } from 'vitest'
import { articlePath, PAGE_ROUTES, parsePagePath, quotePath } from './article-paths.ts'

describe('the path builders', () => {
  it.each([
    [articlePath('a-b'), '/articles/a-b'],
    [quotePath('a-b', 'q-1'), '/articles/a-b/quotes/q-1'],
  ])('fill the route patterns: %s', (built, expected) => {
    expect(built).toBe(expected)
  })

  it('leave no route parameter unfilled', () => {
    expect(articlePath('x')).not.toContain(':')
    expect(quotePath('x', 'y')).not.toContain(':')
  })
})

describe('parsePagePath', () => {
  it.each([
    ['/', { page: 'home' }],
    [PAGE_ROUTES.home, { page: 'home' }],
    ['/articles/a-b', { page: 'article', slug: 'a-b' }],
    ['/articles/a-b/', { page: 'article', slug: 'a-b' }],
    ['/articles/a-b/quotes/q-1', { page: 'quote', slug: 'a-b', quoteId: 'q-1' }],
    ['/articles/a-b/quotes/q-1/', { page: 'quote', slug: 'a-b', quoteId: 'q-1' }],
    ['/articles', { page: 'other' }],
    ['/articles/', { page: 'other' }],
    ['/articles//', { page: 'other' }],
    ['/articles/a/quotes', { page: 'other' }],
    ['/articles/a/quotes/', { page: 'other' }],
    ['/articles/a/quotes/q/more', { page: 'other' }],
    ['/articles/a/notes/q', { page: 'other' }],
    ['/about', { page: 'other' }],
    ['/404', { page: 'other' }],
    ['//', { page: 'other' }],
    ['articles/a', { page: 'other' }],
    ['', { page: 'other' }],
  ])('reads %j', (path, expected) => {
    expect(parsePagePath(path)).toEqual(expected)
  })

  it.each([
    ['csto-members-seek-dialogue', 'lavrov-seeking-dialogue'],
    ['a', 'b'],
    ['kabul-water-council', 'q-12'],
  ])('reads back the paths built for article %s and quote %s', (slug, quoteId) => {
    expect(parsePagePath(articlePath(slug))).toEqual({ page: 'article', slug })
    expect(parsePagePath(quotePath(slug, quoteId))).toEqual({ page: 'quote', slug, quoteId })
  })
})
