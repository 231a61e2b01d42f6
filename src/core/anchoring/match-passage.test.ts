// matchPassage: a shared passage is found again after edits, or reported missing; never placed on other words.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { findOccurrences } from '../text/find-occurrences.ts'
import { documentText, rangeOfAnchor, type TextRange } from './document-text.ts'
import { CONTEXT_FREE_LENGTH, MIN_QUOTE_SIMILARITY, matchPassage, selectPassage } from './match-passage.ts'

const text = 'Lavrov spoke first. The ministers met in Almaty on Friday. Mujahid answered later.'
const passage = 'The ministers met in Almaty'
const selector = selectPassage(text, {
  start: text.indexOf(passage),
  end: text.indexOf(passage) + passage.length,
})

const rangeOf = (haystack: string, words: string): TextRange => {
  const start = haystack.indexOf(words)
  return { start, end: start + words.length }
}

describe('selectPassage', () => {
  it('keeps the words, their position and a little context in whole words', () => {
    expect(selector).toEqual({
      start: 20,
      end: 47,
      exact: passage,
      prefix: 'spoke first. ',
      suffix: ' on Friday. Mujahid',
    })
  })

  it('keeps all the context there is at the edges of the text', () => {
    expect(selectPassage('Lavrov spoke', { start: 0, end: 6 })).toMatchObject({
      prefix: '',
      suffix: ' spoke',
    })
  })
})

describe('matchPassage', () => {
  it('finds the words where the link says they are', () => {
    expect(matchPassage(text, selector)).toEqual({ found: true, range: { start: 20, end: 47 }, moved: false })
  })

  it.each([
    { edit: 'text added before it', edited: text.replace('Lavrov spoke', 'Sergey Lavrov spoke at length') },
    { edit: 'text removed before it', edited: text.replace('Lavrov spoke first. ', '') },
    {
      edit: 'its context rewritten',
      edited: text.replace('first.', 'at first:').replace('on Friday', 'last week'),
    },
    {
      edit: 'its sentence moved to the end',
      edited: 'Lavrov spoke first. Mujahid answered later. The ministers met in Almaty on Friday.',
    },
  ])('finds the same words again after $edit', ({ edited }) => {
    expect(matchPassage(edited, selector)).toEqual({
      found: true,
      range: rangeOf(edited, passage),
      moved: true,
    })
  })

  it.each([
    {
      edit: 'a typo fixed',
      edited: text.replace('ministers', 'minsters'),
      words: 'The minsters met in Almaty',
    },
    {
      edit: 'a word changed',
      edited: text.replace('met in', 'met at'),
      words: 'The ministers met at Almaty',
    },
  ])('finds the passage after $edit inside it', ({ edited, words }) => {
    expect(matchPassage(edited, selector)).toEqual({
      found: true,
      range: rangeOf(edited, words),
      moved: true,
    })
  })

  it.each([
    { edit: 'the sentence removed', edited: 'Lavrov spoke first. Mujahid answered later.' },
    { edit: 'the sentence rewritten', edited: text.replace(passage, 'The delegations gathered in Astana') },
    {
      edit: 'a short passage changed by one letter',
      edited: 'Lavrov spoke first.',
      selector: { ...selectPassage('Lavrow spoke first.', { start: 0, end: 6 }) },
    },
  ])('reports the passage missing after $edit', ({ edited, selector: own }) => {
    expect(matchPassage(edited, own ?? selector)).toEqual({ found: false })
  })

  it('does not land a short passage inside another word', () => {
    const original = 'Mujahid said the ban would stay.'
    const link = selectPassage(original, rangeOf(original, 'ban'))
    expect(matchPassage('Mujahid said the rule would stay. Urban critics disagreed.', link)).toEqual({
      found: false,
    })
    expect(matchPassage('Later, Mujahid said the ban would stay.', link)).toMatchObject({ found: true })
  })

  it('does not move an edited passage onto similar words with other surroundings', () => {
    const original = 'Alpha said the talks were useful. Beta said the talks were useless, then left.'
    const link = selectPassage(original, rangeOf(original, 'the talks were useful'))
    const edited = 'Alpha, it is said, walked out. Beta said the talks were useless, then left.'
    expect(matchPassage(edited, link)).toEqual({ found: false })
  })

  it('reports an empty or impossible selector missing instead of throwing', () => {
    expect(matchPassage(text, { ...selector, exact: '' })).toEqual({ found: false })
    expect(matchPassage('short', { ...selector, start: 99, end: 126 })).toEqual({ found: false })
  })
})

describe('matchPassage on the seed article’s repeated phrase', () => {
  const article = seedArticle()
  const document = documentText(article)
  const phrase = 'a more stable, continuous, and fundamental dialogue'
  const [inP2, inP4] = findOccurrences(document.text, phrase).map((start) => ({
    start,
    end: start + phrase.length,
  }))

  it('occurs twice, in p2 and in p4', () => {
    const p2 = rangeOfAnchor(document, { block: 'p2', start: 0, end: 1 })!
    const p4 = rangeOfAnchor(document, { block: 'p4', start: 0, end: 1 })!
    expect(inP2!.start).toBeGreaterThan(p2.start)
    expect(inP4!.start).toBeGreaterThan(p4.start)
  })

  it.each([
    ['p2', () => inP2!],
    ['p4', () => inP4!],
  ])('keeps the %s occurrence after the headline is edited', (_, occurrence) => {
    const link = selectPassage(document.text, occurrence())
    const edited = `Breaking: ${document.text}`
    const shifted = { start: occurrence().start + 10, end: occurrence().end + 10 }
    expect(matchPassage(edited, link)).toEqual({ found: true, range: shifted, moved: true })
  })

  it('keeps the p4 occurrence when a comma inside it is removed, though p2 still matches exactly', () => {
    const link = selectPassage(document.text, inP4!)
    const edited =
      document.text.slice(0, inP4!.start) +
      document.text.slice(inP4!.start).replace('continuous,', 'continuous')
    const result = matchPassage(edited, link)
    expect(result.found && result.range.start).toBe(inP4!.start)
  })
})

// Properties over random texts of distinct random words, so that only the passage itself resembles the passage
// (in "a a a a b", deleting an "a" inside "a a a b" leaves those very words elsewhere: no link could tell).
const wordsText = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 12, maxLength: 80 })
  .map((words) => words.join(' '))

/** A text, and a range of whole words in it that occurs once and is at least ten characters long. */
const textWithPassage = wordsText
  .chain((text) => {
    const starts = [0, ...findOccurrences(text, ' ').map((at) => at + 1)]
    const ends = [...findOccurrences(text, ' '), text.length]
    return fc.record({
      text: fc.constant(text),
      start: fc.constantFrom(...starts),
      end: fc.constantFrom(...ends),
    })
  })
  .filter(
    ({ text, start, end }) => end - start >= 10 && findOccurrences(text, text.slice(start, end)).length === 1,
  )

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(4),
  insert: fc.stringMatching(/^[a-z ]{0,4}$/),
})

/**
 * Applies one edit between `from` and `to`; `moves` says which ends of the passage the edit shifts: both for an
 * edit before it, the end for one inside it, neither for one after it.
 */
function applyEdit(
  state: { text: string; range: TextRange },
  from: number,
  to: number,
  moves: { start: boolean; end: boolean },
  change: { at: number; remove: number; insert: string },
) {
  const at = from + Math.floor(change.at * (to - from))
  const remove = Math.min(change.remove, to - at)
  const delta = change.insert.length - remove
  return {
    text: state.text.slice(0, at) + change.insert + state.text.slice(at + remove),
    range: {
      start: state.range.start + (moves.start ? delta : 0),
      end: state.range.end + (moves.end ? delta : 0),
    },
  }
}

describe('matchPassage properties', () => {
  it('always finds the passage again after random edits outside it', () => {
    fc.assert(
      fc.property(
        textWithPassage,
        fc.array(fc.tuple(fc.boolean(), edit), { maxLength: 6 }),
        (original, edits) => {
          const link = selectPassage(original.text, original)
          let state = { text: original.text, range: { start: original.start, end: original.end } }
          for (const [before, change] of edits)
            state = before
              ? applyEdit(state, 0, state.range.start, { start: true, end: true }, change)
              : applyEdit(state, state.range.end, state.text.length, { start: false, end: false }, change)
          fc.pre(findOccurrences(state.text, link.exact).length === 1)
          const result = matchPassage(state.text, link)
          expect(result.found && result.range).toEqual(state.range)
        },
      ),
    )
  })

  it('after random edits inside it, finds it where it now stands or reports it missing', () => {
    fc.assert(
      fc.property(textWithPassage, fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        const link = selectPassage(original.text, original)
        let state = { text: original.text, range: { start: original.start, end: original.end } }
        for (const change of edits)
          state = applyEdit(
            state,
            state.range.start + 1,
            state.range.end - 1,
            { start: false, end: true },
            change,
          )
        const result = matchPassage(state.text, link)
        if (!result.found) return
        // Where edits blur its edges it may reach past the edited words, never further than the edits reach.
        // A long passage travels without context, so nothing marks its edges but its words: it may borrow up to
        // its error budget of neighbouring characters where that aligns as cheaply as the edit itself.
        const reach = edits.reduce((sum, change) => sum + change.remove + change.insert.length, 0)
        const budget = Math.floor(link.exact.length * (1 - MIN_QUOTE_SIMILARITY))
        const slack = link.exact.length >= CONTEXT_FREE_LENGTH ? Math.max(reach, budget) : reach
        expect(result.range.start).toBeGreaterThanOrEqual(state.range.start - slack)
        expect(result.range.end).toBeLessThanOrEqual(state.range.end + slack)
        expect(result.range.start).toBeLessThan(state.range.end)
        expect(result.range.end).toBeGreaterThan(state.range.start)
      }),
    )
  })

  it('never finds a passage whose words were removed from the text', () => {
    fc.assert(
      fc.property(textWithPassage, (original) => {
        const link = selectPassage(original.text, original)
        const edited = original.text.slice(0, original.start) + original.text.slice(original.end)
        const result = matchPassage(edited, link)
        fc.pre(findOccurrences(edited, link.exact).length === 0)
        if (result.found) {
          // Only near-copies of the words elsewhere may match, and only closely enough.
          const found = edited.slice(result.range.start, result.range.end)
          expect(found.length).toBeGreaterThan(link.exact.length * MIN_QUOTE_SIMILARITY - 1)
        }
      }),
    )
  })
})

describe('selectPassage context', () => {
  it('never keeps half of a character cut by the context window', () => {
    const text = `x${'🇦'.repeat(12)}yLavrovy${'🇦'.repeat(12)}x`
    const selector = selectPassage(text, { start: 26, end: 32 })
    expect(selector.prefix).toBe(`${'🇦'.repeat(9)}y`)
    expect(selector.suffix).toBe(`y${'🇦'.repeat(9)}`)
  })
})
