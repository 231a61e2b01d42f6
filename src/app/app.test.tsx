// The app shell on another address of a page, as static hosts also serve it: the page's own address, the page.
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { createQueryClient } from './query-client.ts'

afterEach(() => window.history.replaceState(null, '', '/'))

describe('App on another address of a page', () => {
  it.each([
    ['/index.html?speaker=a#top', '/?speaker=a#top'],
    [`${window.location.origin}//?x=1`, '/?x=1'],
  ])('shows the home page for %s, at %s', async (address, expected) => {
    window.history.replaceState(null, '', address)
    render(<App queryClient={createQueryClient()} />)
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(expected)
    expect(await screen.findByRole('heading', { level: 1, name: 'Who said what' })).toBeInTheDocument()
  })

  it.each([
    '/articles/some-story.html?speaker=x',
    `${window.location.origin}//articles/some-story?speaker=x`,
  ])('rewrites %s before the routes read it, keeping the query', (address) => {
    window.history.replaceState(null, '', address)
    render(<App queryClient={createQueryClient()} />)
    expect(window.location.pathname + window.location.search).toBe('/articles/some-story?speaker=x')
  })

  it('leaves the address alone when rendering for another path (the server, hydration)', () => {
    window.history.replaceState(null, '', '/index.html')
    render(<App queryClient={createQueryClient()} ssrPath="/" ssrSearch="" />)
    expect(window.location.pathname).toBe('/index.html')
  })
})
