// The single-field formats: which language tags, dates and addresses pass, and what each refusal tells the editor.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { characterCount, isoDateProblem, languageTagProblem, webAddressProblem } from './field-formats.ts'

describe('languageTagProblem', () => {
  it.each([
    'en',
    'fa-AF',
    'zh-Hant-TW',
    'es-419',
    'de-CH-1996',
    'sr-Latn',
    'ca-ES-valencia',
    'en-u-nu-arab',
    'yue',
  ])('accepts %s', (tag) => expect(languageTagProblem(tag)).toBeNull())

  it.each([
    { tag: 'en-US-US', message: '"US" cannot follow "en-US"' },
    { tag: 'en-Latn-Latn', message: '"Latn" cannot follow "en-Latn"' },
    { tag: 'en-US-Latn', message: '"Latn" cannot follow "en-US"' },
    {
      tag: 'English',
      message: 'does not start with a language code of 2 or 3 letters; write a tag like "en"',
    },
    { tag: 'e', message: 'does not start with a language code' },
    { tag: 'en_US', message: 'write "en-US"' },
    { tag: 'en--US', message: 'an empty part' },
    { tag: 'en-', message: 'an empty part' },
    { tag: 'und', message: 'names no language' },
    { tag: 'de-1996-1996', message: 'a part is repeated' },
    { tag: 'en-a-bbb-a-ccc', message: 'a part is repeated' },
    { tag: 'fa-af', message: 'write "fa-AF"' },
    { tag: 'EN', message: 'write "en"' },
    { tag: 'iw', message: 'write "he"' },
    { tag: 'x-klingon', message: 'does not start with a language code' },
  ])('refuses $tag', ({ tag, message }) => {
    expect(languageTagProblem(tag)).toContain(message)
  })

  it('passes only tags the platform can format dates in, whatever the tag', () => {
    const subtag = fc.constantFrom(
      'en',
      'fa',
      'US',
      'AF',
      'Latn',
      '419',
      '1996',
      'u',
      'nu',
      'arab',
      'x',
      'a',
      '',
    )
    fc.assert(
      fc.property(fc.array(subtag, { minLength: 1, maxLength: 5 }), (parts) => {
        const tag = parts.join('-')
        if (languageTagProblem(tag) === null)
          expect(() => new Intl.DateTimeFormat(tag).format(0), tag).not.toThrow()
      }),
    )
  })
})

describe('isoDateProblem', () => {
  it.each([
    '2024-06-21',
    '2024-02-29',
    '2000-02-29',
    '2024-06-21T09:30Z',
    '2024-06-21T09:30:15+04:30',
    '2024-12-31T23:59:59-12:00',
  ])('accepts %s', (date) => expect(isoDateProblem(date)).toBeNull())

  it.each([
    { date: '2025-02-30', message: 'is not a date: February 2025 has 28 days' },
    { date: '2025-02-29', message: 'February 2025 has 28 days' },
    { date: '1900-02-29', message: 'February 1900 has 28 days' },
    { date: '2024-04-31', message: 'April 2024 has 30 days' },
    { date: '2024-06-00', message: 'June 2024 has 30 days' },
    { date: '2024-13-01', message: 'has no month 13' },
    { date: '2024-00-10', message: 'has no month 00' },
    { date: '2024-06-21T24:00Z', message: 'has no time 24:00' },
    { date: '2024-06-21T10:60Z', message: 'has no time 10:60' },
    { date: '2024-06-21T10:00+15:00', message: 'an offset from UTC no place has' },
    { date: '21/06/2024', message: 'is not an ISO date; write the year, month and day as "2024-06-21"' },
    { date: '2024-6-21', message: 'is not an ISO date' },
    { date: '2024-06-21T10:00', message: 'is not an ISO date' },
  ])('refuses $date', ({ date, message }) => {
    expect(isoDateProblem(date)).toContain(message)
  })

  it('agrees with the calendar on every day of a leap year and of a common year', () => {
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          const exists = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1
          expect(isoDateProblem(date) === null, date).toBe(exists)
        }
    }
  })
})

describe('webAddressProblem', () => {
  it.each([
    'https://tolonews.com',
    'https://tolonews.com/afghanistan-188942',
    'http://example.org/a?b=c#d',
    'https://fa.wikipedia.org/wiki/کابل',
  ])('accepts %s', (url) => expect(webAddressProblem(url)).toBeNull())

  it.each([
    { url: 'javascript:alert(document.cookie)', message: 'is a "javascript:" address; only web addresses' },
    { url: 'JavaScript:alert(1)', message: 'is a "javascript:" address' },
    { url: 'data:text/html,<script>alert(1)</script>', message: 'is a "data:" address' },
    { url: 'file:///etc/passwd', message: 'is a "file:" address' },
    { url: 'ftp://example.org/file', message: 'is a "ftp:" address' },
    { url: 'tolonews.com/article', message: 'is not a full address' },
    { url: '//tolonews.com/article', message: 'is not a full address' },
    { url: 'https:tolonews.com', message: 'needs "//" after "https:"' },
    { url: ' https://tolonews.com', message: 'has a space' },
    { url: 'java\tscript:alert(1)', message: 'has a space, a line break or a control character' },
    { url: 'https://user:secret@tolonews.com', message: 'carries a user name or password' },
    { url: 'https://exa mple.com', message: 'has a space' },
    { url: 'https://[::1', message: 'is not an address a browser can open' },
  ])('refuses $url', ({ url, message }) => {
    expect(webAddressProblem(url)).toContain(message)
  })

  it('passes only addresses a browser opens as http or https', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.webUrl().map((url) => url.replace(/^https?/, 'javascript')),
        ),
        (url) => {
          if (webAddressProblem(url) === null) expect(['http:', 'https:']).toContain(new URL(url).protocol)
        },
      ),
    )
  })
})

describe('characterCount', () => {
  it('counts code points, as JSON Schema counts a string’s length', () => {
    expect(characterCount('Wałęsa')).toBe(6)
    expect(characterCount('🙂🙂')).toBe(2)
    expect(characterCount('e\u0301')).toBe(2)
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(characterCount(text)).toBe([...text].length)
      }),
    )
  })
})
