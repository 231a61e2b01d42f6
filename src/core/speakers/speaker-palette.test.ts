// speakerPaletteSlots: one palette slot per speaker, in the article's speaker order, repeating past the palette.
import { describe, expect, it } from 'vitest'
import { PALETTE_SIZE, speakerPaletteSlots } from './speaker-palette.ts'

const ids = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `speaker-${index}` }))

describe('speakerPaletteSlots', () => {
  it('has eight slots, one per .speaker-N class', () => {
    expect(PALETTE_SIZE).toBe(8)
  })

  it.each<{ count: number; expected: number[] }>([
    { count: 0, expected: [] },
    { count: 1, expected: [0] },
    { count: 5, expected: [0, 1, 2, 3, 4] },
    { count: 8, expected: [0, 1, 2, 3, 4, 5, 6, 7] },
    { count: 10, expected: [0, 1, 2, 3, 4, 5, 6, 7, 0, 1] },
    { count: 17, expected: [0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0] },
  ])('gives $count speakers the slots $expected', ({ count, expected }) => {
    expect([...speakerPaletteSlots(ids(count)).values()]).toEqual(expected)
  })

  it('keys slots by speaker id, in the order the article lists them', () => {
    const slots = speakerPaletteSlots([
      { id: 'sergey-lavrov' },
      { id: 'zabihullah-mujahid' },
      { id: 'salim-paigir' },
    ])
    expect(slots).toEqual(
      new Map([
        ['sergey-lavrov', 0],
        ['zabihullah-mujahid', 1],
        ['salim-paigir', 2],
      ]),
    )
  })
})
