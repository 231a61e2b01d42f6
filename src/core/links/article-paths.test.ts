// The app's page paths: built from the route patterns for an article or a quote, read back, and the page behind
// the other addresses a static host serves it at.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articlePath, canonicalPath, PAGE_ROUTES, parsePagePath, quotePath } from './article-paths.ts'

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

describe('canonicalPath', () => {
  it.each([
    ['/index.html', '/'],
    ['//', '/'],
    ['/articles/a-b.html', '/articles/a-b'],
    ['/articles/a-b/index.html', '/articles/a-b'],
    ['/articles/a-b/', '/articles/a-b'],
    ['//articles/a-b', '/articles/a-b'],
    ['/articles//a-b', '/articles/a-b'],
    ['//articles//a-b//', '/articles/a-b'],
    ['/articles/a-b/quotes/q-1.html', '/articles/a-b/quotes/q-1'],
    ['/articles/a-b/quotes/q-1/index.html', '/articles/a-b/quotes/q-1'],
    ['//articles/a-b/quotes/q-1.html', '/articles/a-b/quotes/q-1'],
  ])('reads %j as %j', (path, expected) => {
    expect(canonicalPath(path)).toBe(expected)
  })

  it.each([
    '/',
    '/articles/a-b',
    '/articles/a-b/quotes/q-1',
    '/404',
    '/404.html',
    '/about.html',
    '/articles',
    '/articles.html',
    '/articles/.html',
    '/articles/a/b/c.html',
    '/articles/a/quotes.html',
    '',
    'articles/a.html',
  ])('leaves %j alone: a page’s own path, or no page', (path) => {
    expect(canonicalPath(path)).toBeNull()
  })

  it('maps every other address of a page to the page, and a page to itself', () => {
    const segment = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    fc.assert(
      fc.property(segment, segment, fc.boolean(), (slug, quoteId, quote) => {
        const path = quote ? quotePath(slug, quoteId) : articlePath(slug)
        expect(canonicalPath(path)).toBeNull()
        for (const other of [
          `${path}.html`,
          `${path}/index.html`,
          `${path}/`,
          `/${path}`,
          path.replaceAll('/', '//'),
        ])
          expect(canonicalPath(other)).toBe(path)
      }),
    )
  })

  it('gives only paths of pages, whatever the address', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('/', 'a', 'articles', 'quotes', '.html', 'index', '.') }),
        (path) => {
          const canonical = canonicalPath(path)
          if (canonical !== null) {
            expect(parsePagePath(canonical).page).not.toBe('other')
            expect(canonicalPath(canonical)).toBeNull()
          }
        },
      ),
    )
  })
})
