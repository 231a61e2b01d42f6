// useSpeakerFilter: the filter read from the address, and written back in place (no new history entry).
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { useSpeakerFilter } from './use-speaker-filter.ts'

const SPEAKERS = ['amina-adler', 'bo-berg', 'cleo-cruz']

function renderFilter(search: string) {
  const location = memoryLocation({ path: '/articles/a', searchPath: search, record: true })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Router hook={location.hook} searchHook={location.searchHook}>
      {children}
    </Router>
  )
  const { result } = renderHook(() => useSpeakerFilter(SPEAKERS), { wrapper })
  return { result, history: location.history }
}

describe('useSpeakerFilter', () => {
  it('reads known speakers in the article’s order and keeps unknown values apart', () => {
    const { result } = renderFilter('speaker=cleo-cruz&speaker=nobody&speaker=amina-adler')
    expect(result.current.speakers).toEqual(['amina-adler', 'cleo-cruz'])
    expect(result.current.unknown).toEqual(['nobody'])
  })

  it('writes the filter in place, keeping the other parameters as written', () => {
    const { result, history } = renderFilter('at=0-4&text=W%C3%B6rd&speaker=bo-berg')
    act(() => result.current.setSpeakers(['amina-adler', 'bo-berg']))
    expect(history).toEqual(['/articles/a?at=0-4&text=W%C3%B6rd&speaker=amina-adler&speaker=bo-berg'])
    expect(result.current.speakers).toEqual(['amina-adler', 'bo-berg'])
  })

  it('clears the filter from the address', () => {
    const { result, history } = renderFilter('speaker=bo-berg')
    act(() => result.current.setSpeakers([]))
    expect(history.at(-1)).toBe('/articles/a')
  })
})
