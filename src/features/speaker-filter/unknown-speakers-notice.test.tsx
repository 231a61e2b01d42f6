// The notice about a link's speakers the article does not have: shown as a status, short however many there are.
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import { UnknownSpeakersNotice } from './unknown-speakers-notice.tsx'

const article = seedArticle()

describe('UnknownSpeakersNotice', () => {
  it('names a few unknown values and how many more, as a status', () => {
    const unknown = Array.from({ length: 10_000 }, (_, at) => `nobody-${at}`)
    renderWithReader(<UnknownSpeakersNotice />, { article, state: { filter: { speakers: [], unknown } } })
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(
      /does not have \(“.nobody-0.”, “.nobody-1.”, “.nobody-2.”, and 9,997 more\)/,
    )
    expect(notice.textContent!.length).toBeLessThan(200)
  })

  it('shows nothing when every speaker is known', () => {
    renderWithReader(<UnknownSpeakersNotice />, { article, state: { filter: { speakers: [], unknown: [] } } })
    expect(screen.queryByRole('status')).toBeNull()
  })
})
