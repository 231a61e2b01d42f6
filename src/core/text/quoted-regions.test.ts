// quotedRegions: the words between quotation marks, in the marks of several languages.
import { describe, expect, it } from 'vitest'
import { isQuoted, quotedRegions } from './quoted-regions.ts'

const words = (text: string) => quotedRegions(text).map(({ start, end }) => text.slice(start, end))

describe('quotedRegions', () => {
  it.each<{ name: string; text: string; expected: string[] }>([
    { name: 'English curly marks', text: 'He said: “We will.” Then “no”.', expected: ['We will.', 'no'] },
    { name: 'straight marks', text: 'She said "yes" and "no".', expected: ['yes', 'no'] },
    { name: 'guillemets', text: 'او گفت: «ما می‌آییم.»', expected: ['ما می‌آییم.'] },
    { name: 'French spacing', text: 'Il a dit : «\u202fNon\u202f».', expected: ['Non'] },
    { name: 'German marks', text: 'Er sagte: „Nein“, und ging.', expected: ['Nein'] },
    { name: 'Polish marks', text: 'Powiedział: „Nie”.', expected: ['Nie'] },
    {
      name: 'a quote left open for the next paragraph',
      text: '“We will stay. And more',
      expected: ['We will stay. And more'],
    },
    {
      name: 'single marks inside double ones',
      text: '“He called it ‘odd’, really.”',
      expected: ['He called it ‘odd’, really.'],
    },
    { name: 'apostrophes alone', text: 'Russia’s view isn’t new.', expected: [] },
    { name: 'no marks', text: 'Nothing quoted here.', expected: [] },
  ])('finds $name', ({ text, expected }) => {
    expect(words(text)).toEqual(expected)
  })

  it('tells a range inside the marks from one that takes the marks in', () => {
    const text = 'Lavrov said: “We support dialogue.”'
    const start = text.indexOf('We')
    expect(isQuoted(text, { start, end: text.length - 1 })).toBe(true)
    expect(isQuoted(text, { start: start - 1, end: text.length })).toBe(false)
    expect(isQuoted(text, { start: 0, end: 6 })).toBe(false)
  })
})
