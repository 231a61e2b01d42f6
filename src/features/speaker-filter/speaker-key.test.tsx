// The printed and script-free key: every speaker in the article's order, with their mark, name and role.
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import { SpeakerKey } from './speaker-key.tsx'

it('lists every speaker, quoted or not, with their swatch, name and role', () => {
  const article = seedArticle()
  renderWithReader(<SpeakerKey />, { article })
  const key = screen.getByRole('region', { name: 'Who is marked in the text' })
  expect(
    within(key)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Sergey Lavrov, Russian Foreign Minister',
    'Zabihullah Mujahid, Spokesperson for the Islamic Emirate',
    'Salim Paigir, Military affairs expert',
    'Islamic Emirate, Interim Afghan government',
    'CSTO member states, Members of the Collective Security Treaty Organization',
  ])
  expect([...key.querySelectorAll('.swatch')].map((swatch) => swatch.classList[1])).toEqual([
    'speaker-0',
    'speaker-1',
    'speaker-2',
    'speaker-3',
    'speaker-4',
  ])
})

it('says on paper what a filter leaves out: who is marked, and who is not', () => {
  const article = seedArticle()
  const shown = article.speakers[0]!
  renderWithReader(<SpeakerKey />, { article, state: { filter: { speakers: [shown.id], unknown: [] } } })
  const key = screen.getByRole('region', { name: 'Who is marked in the text' })
  expect(key.querySelector('p')?.textContent).toBe(
    `Filtered: only the quotes of ${shown.name} are marked and listed.`,
  )
  const items = within(key).getAllByRole('listitem')
  expect(items.map((item) => item.textContent?.endsWith('(not marked)'))).toEqual(
    article.speakers.map((speaker) => speaker.id !== shown.id),
  )
})
