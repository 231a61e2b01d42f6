// matchPassage: a shared passage is found again after edits, or reported missing; never placed on other words.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findOccurrences } from '../text/find-occurrences.ts'
import { documentText, type TextRange } from './document-text.ts'
import {
  CONTEXT_FREE_LENGTH,
  CONTEXT_LENGTH,
  MIN_QUOTE_SIMILARITY,
  matchPassage,
  selectPassage,
} from './match-passage.ts'

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

describe('matchPassage on a phrase repeated in two paragraphs', () => {
  // Written for this test, so that correcting a real article never changes what it proves.
  const phrase = 'a clear, shared, and lasting plan'
  const document = documentText({
    headline: 'Mayors agree on the river',
    summary: null,
    paragraphs: [
      { id: 'p1', text: 'Lena Ortiz spoke first.' },
      { id: 'p2', text: `Ortiz added that both councils want ${phrase} for the river banks.` },
      { id: 'p3', text: 'The old flood walls still need repairs.' },
      { id: 'p4', text: `Omar Haddad said: “We want ${phrase} before the spring floods.”` },
    ],
  })
  const [inP2, inP4] = findOccurrences(document.text, phrase).map((start) => ({
    start,
    end: start + phrase.length,
  }))

  it('occurs exactly twice, in p2 and in p4', () => {
    expect(findOccurrences(document.text, phrase)).toHaveLength(2)
    const p2 = document.blocks.find((block) => block.block === 'p2')!
    const p4 = document.blocks.find((block) => block.block === 'p4')!
    expect(inP2!.start).toBeGreaterThan(p2.start)
    expect(inP2!.end).toBeLessThan(p2.end)
    expect(inP4!.start).toBeGreaterThan(p4.start)
    expect(inP4!.end).toBeLessThan(p4.end)
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
      document.text.slice(0, inP4!.start) + document.text.slice(inP4!.start).replace('shared,', 'shared')
    expect(matchPassage(edited, link)).toEqual({
      found: true,
      range: { start: inP4!.start, end: inP4!.end - 1 },
      moved: true,
    })
  })
})

/** How many single-character insertions, deletions and substitutions turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      )
    previous = current
  }
  return previous[b.length]!
}

/** The fewest edits that turn `words` into some stretch of `text`: how close the text comes to holding them. */
function closestStretch(text: string, words: string): number {
  // Sellers' algorithm: like editDistance, with the stretch free to start and end anywhere in `text`.
  let previous: number[] = Array.from({ length: text.length + 1 }, () => 0)
  for (let i = 1; i <= words.length; i++) {
    const current = [i]
    for (let j = 1; j <= text.length; j++)
      current[j] = Math.min(
        previous[j - 1]! + (words[i - 1] === text[j - 1] ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      )
    previous = current
  }
  return Math.min(...previous)
}

describe('the oracles of the properties below', () => {
  it('measure edits and the closest stretch of a text', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(closestStretch('the ministers met', 'minsters')).toBe(1)
    expect(closestStretch('the ministers met', 'ministers')).toBe(0)
    expect(closestStretch('abc', 'xyz')).toBe(3)
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

/** How many characters of a passage may differ and it still be found: its error budget, as the matcher reckons it. */
const budgetOf = (exact: string) => Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY))

type Edit = { at: number; remove: number; insert: string }

/** An edit of up to `most` removed and up to `most` inserted characters. */
const editOf = (most: number) =>
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat(most),
    insert: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz '), maxLength: most }),
  })
const edit = editOf(4)

/** Characters removed or inserted by `edits`: at least their edit distance, and how far they can shift words. */
const reachOf = (edits: readonly Edit[]) =>
  edits.reduce((sum, change) => sum + change.remove + change.insert.length, 0)

/**
 * Applies one edit between `from` and `to`; `moves` says which ends of the passage the edit shifts: both for an
 * edit before it, the end for one inside it, neither for one after it.
 */
function applyEdit(
  state: { text: string; range: TextRange },
  from: number,
  to: number,
  moves: { start: boolean; end: boolean },
  change: Edit,
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

/** The text after `edits` inside the passage, `margin` characters clear of each end, and where the passage now is. */
function editInside(
  original: { text: string; start: number; end: number },
  edits: readonly Edit[],
  margin = 1,
) {
  let state = { text: original.text, range: { start: original.start, end: original.end } }
  for (const change of edits)
    state = applyEdit(
      state,
      state.range.start + margin,
      state.range.end - margin,
      { start: false, end: true },
      change,
    )
  return state
}

/**
 * Where a passage found after edits inside it must be: on the edited words, give or take what the edits could
 * blur; `moved` exactly when the shared words are no longer where the link says.
 */
function expectFoundOnEditedWords(
  result: ReturnType<typeof matchPassage>,
  state: { text: string; range: TextRange },
  link: ReturnType<typeof selectPassage>,
  edits: readonly Edit[],
) {
  expect(result.found, 'found').toBe(true)
  const range = result.found ? result.range : { start: -1, end: -1 }
  // Where edits blur its edges it may reach past the edited words, never further than the edits reach.
  // A long passage travels without context, so nothing marks its edges but its words: it may borrow up to
  // its error budget of neighbouring characters where that aligns as cheaply as the edit itself.
  const reach = reachOf(edits)
  const slack = link.exact.length >= CONTEXT_FREE_LENGTH ? Math.max(reach, budgetOf(link.exact)) : reach
  expect(range.start).toBeGreaterThanOrEqual(state.range.start - slack)
  expect(range.end).toBeLessThanOrEqual(state.range.end + slack)
  expect(range.start).toBeLessThan(state.range.end)
  expect(range.end).toBeGreaterThan(state.range.start)
  expect(result.found && result.moved).toBe(state.text.slice(link.start, link.end) !== link.exact)
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
          expect(matchPassage(state.text, link)).toEqual({
            found: true,
            range: state.range,
            moved: state.range.start !== original.start,
          })
        },
      ),
    )
  })

  it('always finds the passage, on the edited words, after edits inside it within its error budget', () => {
    // Edits stay more than twice the budget clear of the passage's ends: nearer, the matcher can miss the
    // passage (see "known misses" below).
    // And the passage keeps a full context on both sides: a short one can cut it short (see "known misses").
    const withinBudget = textWithPassage
      .filter(({ text, start, end }) => budgetOf(text.slice(start, end)) >= 1)
      .filter(({ text, start, end }) => start >= CONTEXT_LENGTH && end + CONTEXT_LENGTH <= text.length)
      .chain((original) => {
        const budget = budgetOf(original.text.slice(original.start, original.end))
        return fc.record({
          original: fc.constant(original),
          margin: fc.constant(2 * budget + 1),
          edits: fc
            .integer({ min: 1, max: 3 })
            .chain((count) =>
              fc.array(editOf(Math.max(1, Math.floor(budget / (2 * count)))), {
                minLength: count,
                maxLength: count,
              }),
            )
            .filter((edits) => reachOf(edits) >= 1 && reachOf(edits) <= budget),
        })
      })
    fc.assert(
      fc.property(withinBudget, ({ original, edits, margin }) => {
        const link = selectPassage(original.text, original)
        const state = editInside(original, edits, margin)
        const result = matchPassage(state.text, link)
        expectFoundOnEditedWords(result, state, link, edits)
        // The marked words are the shared words, give or take the budget.
        const marked = result.found ? state.text.slice(result.range.start, result.range.end) : ''
        expect(editDistance(marked, link.exact)).toBeLessThanOrEqual(budgetOf(link.exact))
      }),
    )
  })

  it('after heavier edits inside it, reports it missing unless the text still holds it within the budget, and then finds it only on the edited words', () => {
    fc.assert(
      fc.property(textWithPassage, fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        const link = selectPassage(original.text, original)
        fc.pre(reachOf(edits) > budgetOf(link.exact))
        // Before the edits, the link finds exactly its words.
        expect(matchPassage(original.text, link)).toEqual({
          found: true,
          range: { start: original.start, end: original.end },
          moved: false,
        })
        const state = editInside(original, edits)
        const result = matchPassage(state.text, link)
        if (closestStretch(state.text, link.exact) > budgetOf(link.exact))
          expect(result).toEqual({ found: false })
        // Within the budget, but with more edits than it allows, the passage may also be reported missing.
        else if (result.found) expectFoundOnEditedWords(result, state, link, edits)
      }),
    )
  })

  it('finds the words where they are, and never once they are removed from the text', () => {
    fc.assert(
      fc.property(textWithPassage, (original) => {
        const link = selectPassage(original.text, original)
        expect(matchPassage(original.text, link)).toEqual({
          found: true,
          range: { start: original.start, end: original.end },
          moved: false,
        })
        const edited = original.text.slice(0, original.start) + original.text.slice(original.end)
        // Random words may, rarely, come within the budget of the removed ones; those texts prove nothing here.
        fc.pre(closestStretch(edited, link.exact) > budgetOf(link.exact))
        expect(matchPassage(edited, link)).toEqual({ found: false })
      }),
    )
  })
})

// Known misses of the matcher, found by the properties above and reported, not fixed here. Each test fails while its
// miss is there (it.fails); when one starts to pass, the miss is fixed: make it an `it`, and widen the property
// above that steers clear of it.
describe('matchPassage known misses', () => {
  it.fails('finds a passage that lost letters next to its unchanged prefix', () => {
    // The cheapest alignment starts inside the prefix ("xlui pemeq…" for "psu pemeq…") and fails the context
    // check; the alignment that keeps the prefix costs one edit more and is never scored.
    const original =
      'aozxlui psu pemeq wgm nqyvjyn jplvfic q hypco beoqqq p apqmvegl kj eyi y z pv gkqiaf zsrpu zuabiv gln d'
    const link = selectPassage(original, { start: 8, end: 72 })
    const edited = original.replace('psu pemeq', 'pemeq')
    expect(matchPassage(edited, link)).toMatchObject({ found: true, range: { start: 8, end: 68 } })
  })

  it.fails('lets one character in ten differ, at exactly ten characters', () => {
    // 1 - 0.9 is 0.09999999999999998 in floating point: a ten-character passage gets no error at all.
    const original = 'Mujahid said the ban stayed in place on Friday.'
    const link = selectPassage(original, rangeOf(original, 'ban stayed'))
    expect(link.exact).toHaveLength(10)
    expect(matchPassage('Mujahid said the ban stayes in place on Friday.', link)).toMatchObject({
      found: true,
      range: rangeOf(original, 'ban stayed'),
    })
  })

  it.fails('marks the whole passage when its short suffix also begins its last word', () => {
    // Near the end of the text the suffix is short (" l"); the edge is set at its first match within reach of the
    // passage's end, which here is the start of the last word, " lkeodk".
    const original = 'ao afyp fcdt pqfpd a owhzo z la cebbj nf tlsb x ljs whhiwis cmev lkeodk l'
    const link = selectPassage(original, { start: 0, end: 71 })
    const edited = original.replace('pqfpd', 'pqafpd')
    expect(matchPassage(edited, link)).toEqual({ found: true, range: { start: 0, end: 72 }, moved: true })
  })

  it.fails('never marks words further from the shared ones than the error budget', () => {
    // The alignment borrows "ah " from the prefix; the start is then moved past the prefix, and the words left
    // (" apzwajb…") differ from the shared ones ("ahc pzwajb…") by four characters, where two are allowed.
    const original =
      'dd wywaekw i t fy ah ahc pzwajb ygpxx if mugvli otnmo ebqnksco o cmzz bjqbxl dkg esrrpm ufmty zyp'
    const link = selectPassage(original, rangeOf(original, 'ahc pzwajb ygpxx if mugvli'))
    const edited = original.replace('ahc pzwajb', 'apzwajb')
    const result = matchPassage(edited, link)
    const marked = result.found ? edited.slice(result.range.start, result.range.end) : link.exact
    expect(editDistance(marked, link.exact)).toBeLessThanOrEqual(budgetOf(link.exact))
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
