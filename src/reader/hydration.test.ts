// The reading view counts as hydrated once every part has reported, and says so once.
import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { READER_HYDRATED_MARK, usePartsHydrated } from './hydration.ts'

afterEach(() => performance.clearMarks())

describe('usePartsHydrated', () => {
  it('calls back once every part has reported, once, and sets the user timing mark then', () => {
    const onAll = vi.fn()
    const { result, rerender } = renderHook(() => usePartsHydrated(['text', 'overview', 'panel'], onAll))
    const report = result.current
    report('panel')
    report('text')
    report('panel')
    expect(onAll).not.toHaveBeenCalled()
    expect(performance.getEntriesByName(READER_HYDRATED_MARK)).toHaveLength(0)
    report('overview')
    expect(onAll).toHaveBeenCalledTimes(1)
    expect(performance.getEntriesByName(READER_HYDRATED_MARK)).toHaveLength(1)
    report('text')
    expect(onAll).toHaveBeenCalledTimes(1)
    rerender()
    expect(result.current).toBe(report)
  })
})
