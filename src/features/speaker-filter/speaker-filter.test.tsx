// The speaker filter as a reader uses it: the key to the marks (swatch, name, role, count), most quoted first,
// toggle buttons for the quoted, a plain item for the rest, a clear button; with many speakers, a search field and
// the most quoted first, the others a press away.
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../core/content/article.ts'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { makeArticle, makeQuote, makeSpeaker } from '../../../tests/fixtures/builders.ts'
import { renderWithReader } from '../../../tests/reader-harness.tsx'
import { SpeakerFilter } from './speaker-filter.tsx'

const seed = seedArticle()

/** Ten speakers, listed in an order that is not the order of how often they are quoted. */
const crowd: Article = (() => {
  const people: [id: string, name: string, role: string | null, quotes: number][] = [
    ['ruiz', 'Ana Ruiz', 'Mayor', 1],
    ['okafor', 'Tom Okafor', 'Harbour master', 3],
    ['angstrom', 'Zoë Ångström', 'Ferry captain', 2],
    ['park', 'Lena Park', 'Council member', 1],
    ['haddad', 'Omar Haddad', 'Council member', 0],
    ['moreau', 'Ines Moreau', 'Union delegate', 5],
    ['patel', 'Raj Patel', 'Economist', 1],
    ['lee', 'Kim Lee', 'Resident', 2],
    ['cohen', 'Maya Cohen', 'Resident', 1],
    ['diaz', 'Sam Diaz', null, 1],
  ]
  return makeArticle({
    speakers: people.map(([id, name, role]) => ({ ...makeSpeaker(id), name, role })),
    quotes: people.flatMap(([id, , , count]) =>
      Array.from({ length: count }, (_, at) =>
        makeQuote(`${id}-${at}`, id, { block: 'p1', start: 0, end: 7 }),
      ),
    ),
  })
})()

function renderFilter(initial: string[] = [], article = seed) {
  const { actions, user } = renderWithReader(<SpeakerFilter />, {
    article,
    state: { filter: { speakers: initial, unknown: [] } },
  })
  return { onChange: actions.filterTo, user }
}

const button = (name: RegExp) => screen.getByRole('button', { name })
const group = () => screen.getByRole('group', { name: 'Filter by speaker' })
/** The speaker toggles, by accessible name, in the order they are shown. */
const chipNames = () =>
  within(group())
    .getAllByRole('button')
    .filter((element) => element.hasAttribute('aria-pressed'))
    .map((element) => element.getAttribute('aria-label'))

describe('SpeakerFilter', () => {
  it('offers one toggle per quoted speaker, named with the speaker and their quote count', () => {
    renderFilter()
    expect(group()).toBeInTheDocument()
    expect(button(/^Sergey Lavrov 4 quotes$/)).toHaveAttribute('aria-pressed', 'false')
    expect(button(/^Salim Paigir 1 quote$/)).toHaveAttribute('aria-pressed', 'false')
  })

  it('is the key to the marks: each chip shows the role, and says it as the description', () => {
    renderFilter()
    const lavrov = button(/^Sergey Lavrov/)
    expect(lavrov).toHaveTextContent('Sergey LavrovRussian Foreign Minister4')
    expect(lavrov).toHaveAccessibleDescription('Russian Foreign Minister')
    expect(lavrov.querySelector('.swatch.speaker-0')).not.toBeNull()
  })

  it('lists a speaker with no quotes as such, with nothing to press', () => {
    renderFilter()
    expect(screen.queryByRole('button', { name: /CSTO member states/ })).toBeNull()
    expect(screen.getByText('CSTO member states').parentElement).toHaveTextContent(
      'CSTO member statesMembers of the Collective Security Treaty Organizationno quotes',
    )
  })

  it('lists the most quoted first, ties in the order of the article', () => {
    renderFilter([], crowd)
    expect(chipNames().slice(0, 4)).toEqual([
      'Ines Moreau 5 quotes',
      'Tom Okafor 3 quotes',
      'Zoë Ångström 2 quotes',
      'Kim Lee 2 quotes',
    ])
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

  it('offers no search field and shows everyone when there are eight speakers or fewer', () => {
    renderFilter()
    expect(screen.queryByRole('searchbox')).toBeNull()
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull()
  })
})

describe('SpeakerFilter with many speakers', () => {
  it('shows the six most quoted, and everyone after "Show all", continuing at the first one it added', async () => {
    const { user } = renderFilter([], crowd)
    expect(chipNames()).toHaveLength(6)
    expect(screen.queryByText('Omar Haddad')).toBeNull()
    await user.click(button(/^Show all 10 speakers$/))
    expect(chipNames()).toHaveLength(9)
    expect(screen.getByText('Omar Haddad')).toBeInTheDocument()
    expect(button(/^Raj Patel 1 quote$/)).toHaveFocus()
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull()
  })

  it('keeps a selected speaker in sight though they are not among the most quoted', () => {
    renderFilter(['cohen'], crowd)
    expect(button(/^Maya Cohen/)).toHaveAttribute('aria-pressed', 'true')
    expect(screen.queryByRole('button', { name: /^Raj Patel/ })).toBeNull()
  })

  it.each<{ typed: string; found: string[]; status: string }>([
    { typed: 'zoe', found: ['Zoë Ångström 2 quotes'], status: '1 speaker found' },
    { typed: 'ANGSTROM', found: ['Zoë Ångström 2 quotes'], status: '1 speaker found' },
    { typed: 'resident', found: ['Kim Lee 2 quotes', 'Maya Cohen 1 quote'], status: '2 speakers found' },
    { typed: 'council', found: ['Lena Park 1 quote'], status: '2 speakers found' },
    { typed: 'nobody', found: [], status: 'No speaker found' },
  ])('finds $typed among the names and roles', async ({ typed, found, status }) => {
    const { user } = renderFilter([], crowd)
    await user.type(screen.getByRole('searchbox', { name: 'Find a speaker' }), typed)
    expect(chipNames()).toEqual(found)
    expect(within(group()).getByRole('status')).toHaveTextContent(status)
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull()
  })

  it('shows every speaker found, not only the six most quoted', async () => {
    const { user } = renderFilter([], crowd)
    await user.type(screen.getByRole('searchbox', { name: 'Find a speaker' }), 'r')
    expect(chipNames()).toEqual([
      'Ines Moreau 5 quotes',
      'Tom Okafor 3 quotes',
      'Zoë Ångström 2 quotes',
      'Kim Lee 2 quotes',
      'Ana Ruiz 1 quote',
      'Lena Park 1 quote',
      'Raj Patel 1 quote',
      'Maya Cohen 1 quote',
    ])
  })

  it('lists a speaker found with no quotes, and says when nobody matches', async () => {
    const { user } = renderFilter([], crowd)
    const field = screen.getByRole('searchbox', { name: 'Find a speaker' })
    await user.type(field, 'council')
    expect(screen.getByText('Omar Haddad').parentElement).toHaveTextContent(/no quotes$/)
    await user.clear(field)
    await user.type(field, 'nobody')
    expect(screen.getByText('No speaker matches “nobody”.')).toBeInTheDocument()
  })

  it('filters to a speaker found by typing', async () => {
    const { onChange, user } = renderFilter([], crowd)
    await user.type(screen.getByRole('searchbox', { name: 'Find a speaker' }), 'diaz')
    await user.click(button(/^Sam Diaz 1 quote$/))
    expect(onChange).toHaveBeenLastCalledWith(['diaz'])
  })
})
