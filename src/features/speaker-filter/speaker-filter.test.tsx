// The speaker filter as a reader uses it: toggle buttons named by speaker, with counts, and a clear button.
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import { SpeakerFilter } from './speaker-filter.tsx'

const article = seedArticle()

function renderFilter(initial: string[] = []) {
  const { actions, user } = renderWithReader(<SpeakerFilter />, {
    article,
    state: { filter: { speakers: initial, unknown: [] } },
  })
  return { onChange: actions.filterTo, user }
}

const button = (name: RegExp) => screen.getByRole('button', { name })

describe('SpeakerFilter', () => {
  it('offers one toggle per speaker, named with the speaker and their quote count', () => {
    renderFilter()
    expect(screen.getByRole('group', { name: 'Filter by speaker' })).toBeInTheDocument()
    expect(button(/^Sergey Lavrov 4 quotes$/)).toHaveAttribute('aria-pressed', 'false')
    expect(button(/^Salim Paigir 1 quote$/)).toHaveAttribute('aria-pressed', 'false')
    expect(button(/^CSTO member states 0 quotes$/)).toBeInTheDocument()
  })

  it('selects several speakers, reported in the article order whatever the click order', async () => {
    const { onChange, user } = renderFilter()
    await user.click(button(/Salim Paigir/))
    await user.click(button(/Sergey Lavrov/))
    expect(onChange).toHaveBeenLastCalledWith(['sergey-lavrov', 'salim-paigir'])
    expect(button(/Sergey Lavrov/)).toHaveAttribute('aria-pressed', 'true')
    expect(button(/Salim Paigir/)).toHaveAttribute('aria-pressed', 'true')
  })

  it('deselects a speaker on a second press', async () => {
    const { onChange, user } = renderFilter(['sergey-lavrov', 'salim-paigir'])
    await user.click(button(/Sergey Lavrov/))
    expect(onChange).toHaveBeenLastCalledWith(['salim-paigir'])
  })

  it('clears the filter, and offers Clear only while something is selected', async () => {
    const { onChange, user } = renderFilter(['zabihullah-mujahid'])
    await user.click(button(/Clear filter/))
    expect(onChange).toHaveBeenLastCalledWith([])
    expect(button(/Clear filter/)).toBeDisabled()
  })

  it('is operable from the keyboard', async () => {
    const { onChange, user } = renderFilter()
    await user.tab() // Clear filter is disabled while nothing is selected, so the first stop is a speaker
    expect(button(/Sergey Lavrov/)).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onChange).toHaveBeenLastCalledWith(['sergey-lavrov'])
  })
})
