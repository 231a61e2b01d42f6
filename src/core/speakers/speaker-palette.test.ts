// speakerPaletteSlots: the twelve most quoted speakers get slots 0–11 in article order, everyone else the shared
// neutral slot; without quotes, the first twelve listed do.
import { describe, expect, it } from 'vitest'
import { LIGHT_PALETTE, OTHER_SLOT, PALETTE_SIZE, speakerPaletteSlots } from './speaker-palette.ts'

const ids = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `s${index}` }))
/** `times[i]` quotes by speaker `s<i>`, interleaved so reading order says nothing about the count. */
const quotesBy = (times: number[]) =>
  times.flatMap((count, index) => Array.from({ length: count }, () => ({ speaker: `s${index}` }))).reverse()
const O = OTHER_SLOT

describe('speakerPaletteSlots', () => {
  it('has twelve slots, one per .speaker-N class, then the shared neutral one', () => {
    expect(PALETTE_SIZE).toBe(12)
    expect(OTHER_SLOT).toBe(12)
    expect(LIGHT_PALETTE).toHaveLength(PALETTE_SIZE + 1)
  })

  it.each<{ name: string; count: number; quotes?: number[]; expected: number[] }>([
    { name: 'no speakers', count: 0, expected: [] },
    { name: 'one speaker', count: 1, expected: [0] },
    { name: 'five speakers, in article order', count: 5, expected: [0, 1, 2, 3, 4] },
    {
      name: 'twelve speakers keep article order whatever their quotes',
      count: 12,
      quotes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9],
      expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    },
    {
      name: 'without quotes, the first twelve listed are distinct',
      count: 14,
      expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, O, O],
    },
    {
      name: 'the most quoted get the distinct slots, numbered in article order',
      count: 14,
      quotes: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 5, 2],
      expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, O, O, 10, 11],
    },
    {
      name: 'ties at the cut go to the speaker listed first',
      count: 13,
      quotes: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1],
      expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, O],
    },
    {
      name: 'the quoted beat the merely mentioned, however late they are listed',
      count: 15,
      quotes: [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      expected: [O, O, O, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    },
  ])('gives $name the slots $expected', ({ count, quotes = [], expected }) => {
    expect([...speakerPaletteSlots(ids(count), quotesBy(quotes)).values()]).toEqual(expected)
  })

  it('keys slots by speaker id, in the order the article lists them', () => {
    const slots = speakerPaletteSlots(
      [{ id: 'sergey-lavrov' }, { id: 'zabihullah-mujahid' }, { id: 'salim-paigir' }],
      [{ speaker: 'salim-paigir' }],
    )
    expect(slots).toEqual(
      new Map([
        ['sergey-lavrov', 0],
        ['zabihullah-mujahid', 1],
        ['salim-paigir', 2],
      ]),
    )
  })

  it('gives sixty speakers twelve distinct slots and the neutral one to the other forty-eight', () => {
    const slots = [...speakerPaletteSlots(ids(60), quotesBy(ids(60).map((_, index) => index % 5))).values()]
    expect(new Set(slots.filter((slot) => slot !== O)).size).toBe(12)
    expect(slots.filter((slot) => slot === O)).toHaveLength(48)
  })
})
