// speakerMatches and searchKey: a speaker is found by any part of name, short name or role, folded for case,
// accents, joiners and the Arabic-script letters Dari keyboards type either way.
import { describe, expect, it } from 'vitest'
import { searchKey, speakerMatches } from './speaker-search.ts'

const lavrov = { name: 'Sergey Lavrov', shortName: 'Lavrov', role: 'Russian Foreign Minister' }
const mujahid = { name: 'ذبیح‌الله مجاهد', shortName: 'مجاهد', role: 'سخنگوی امارت اسلامی' }
const noRole = { name: 'Zoë Ångström-Núñez', shortName: 'Ångström', role: null }

describe('speakerMatches', () => {
  it.each<{ speaker: typeof lavrov | typeof noRole; query: string; expected: boolean }>([
    { speaker: lavrov, query: '', expected: true },
    { speaker: lavrov, query: '   ', expected: true },
    { speaker: lavrov, query: 'lav', expected: true },
    { speaker: lavrov, query: 'SERGEY LAVROV', expected: true },
    { speaker: lavrov, query: 'sergey  lavrov', expected: true },
    { speaker: lavrov, query: 'foreign min', expected: true },
    { speaker: lavrov, query: 'lavrova', expected: false },
    { speaker: lavrov, query: 'ergey', expected: true },
    { speaker: noRole, query: 'zoe', expected: true },
    { speaker: noRole, query: 'angstrom-nunez', expected: true },
    { speaker: noRole, query: 'Zoë', expected: true },
    { speaker: noRole, query: 'minister', expected: false },
    { speaker: mujahid, query: 'ذبیحالله', expected: true },
    { speaker: mujahid, query: 'مجاهد', expected: true },
    // Arabic yeh (ي) and kaf (ك) typed for the Persian letters.
    { speaker: mujahid, query: 'ذبيح', expected: true },
    { speaker: mujahid, query: 'سخنگوی امارت', expected: true },
    { speaker: mujahid, query: 'lavrov', expected: false },
  ])('"$query" finds $speaker.name: $expected', ({ speaker, query, expected }) => {
    expect(speakerMatches(speaker, query)).toBe(expected)
  })
})

describe('searchKey', () => {
  it.each([
    ['Núñez', 'nunez'],
    ['  Two   words ', 'two words'],
    ['ﬁle', 'file'],
    ['كابل', 'کابل'],
    ['مَجاهِد', 'مجاهد'],
    ['😀 Emoji', '😀 emoji'],
  ])('folds %s to %s', (text, expected) => {
    expect(searchKey(text)).toBe(expected)
  })
})
