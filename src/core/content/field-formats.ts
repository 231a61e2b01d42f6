// The formats of an article's single fields (language tag, date, web address, bounded text), each as a function
// that returns what is wrong in words an editor can act on, or null. The schema (article-schema.ts) applies them.

/**
 * A BCP 47 language tag (RFC 5646) that the platform's Intl also accepts, in its canonical form. The HTML `lang`
 * attribute, date formatting and the language's name all read it, so a tag that only looks like one fails the
 * build in formatDate or gives readers the wrong hyphenation and quotation marks.
 */
export function languageTagProblem(tag: string): string | null {
  const example = 'write a tag like "en", "fa-AF" or "zh-Hant-TW"'
  if (tag.includes('_'))
    return `"${tag}" uses "_"; a language tag joins its parts with hyphens: write "${tag.replaceAll('_', '-')}"`
  const parts = tag.split('-')
  if (parts.some((part) => part === ''))
    return `"${tag}" has an empty part (two hyphens together, or one at an end); ${example}`
  const [language, ...rest] = parts as [string, ...string[]]
  // Codes of 5 to 8 letters are reserved for languages never registered: "English" or "Persian" is a name.
  if (!/^[a-z]{2,3}$/i.test(language))
    return `"${tag}" is not a language tag: it does not start with a language code of 2 or 3 letters; ${example}`
  if (language.toLowerCase() === 'und')
    return `"${tag}" names no language ("und" is "undetermined"); give the language the text is written in, like "en"`
  // After the language, each kind of part may come once, in this order; variants may repeat.
  const kinds: { name: string; pattern: RegExp; repeats?: boolean }[] = [
    { name: 'a script of 4 letters ("Latn")', pattern: /^[a-z]{4}$/i },
    { name: 'a region of 2 letters or 3 digits ("AF", "419")', pattern: /^(?:[a-z]{2}|\d{3})$/i },
    {
      name: 'variants of 5 to 8 letters or digits',
      pattern: /^(?:[a-z\d]{5,8}|\d[a-z\d]{3})$/i,
      repeats: true,
    },
  ]
  let kind = 0
  let at = 0
  while (at < rest.length) {
    const part = rest[at]!
    // An extension ("u-nu-arab") or private use ("x-…") runs to the end; Intl checks what is inside.
    if (/^[\da-z]$/i.test(part)) break
    while (kind < kinds.length && !kinds[kind]!.pattern.test(part)) kind++
    if (kind === kinds.length) {
      const before = [language, ...rest.slice(0, at)].join('-')
      return (
        `"${tag}" is not a language tag: "${part}" cannot follow "${before}". After the language come, each once ` +
        `and in this order, ${kinds.map((entry) => entry.name).join(', ')}; ${example}`
      )
    }
    if (!kinds[kind]!.repeats) kind++
    at++
  }
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!
  } catch {
    return `"${tag}" is not a valid language tag (a part is repeated, or an extension is empty); ${example}`
  }
  if (canonical !== tag) return `"${tag}" is written "${canonical}" in standard form; write "${canonical}"`
  return null
}

/** An ISO date, or a date and a time with its offset from UTC; whether the date exists is checked apart. */
export const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2})))?$/
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** An ISO date ("2024-06-21"), or a date and time with its offset ("2024-06-21T09:30+04:30"), that exists. */
export function isoDateProblem(value: string): string | null {
  const match = ISO_DATE_PATTERN.exec(value)
  if (!match)
    return `"${value}" is not an ISO date; write the year, month and day as "2024-06-21" (with a time: "2024-06-21T09:30Z")`
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)))
  if (month! < 1 || month! > 12) return `"${value}" has no month ${match[2]}; the month is 01 to 12`
  const days = daysInMonth(year!, month!)
  if (day! < 1 || day! > days)
    return `"${value}" is not a date: ${MONTHS[month! - 1]} ${match[1]} has ${days} days; check the day`
  if (hour !== undefined && (hour > 23 || minute! > 59 || (second ?? 0) > 59))
    return `"${value}" has no time ${match[4]}:${match[5]}${second === undefined ? '' : `:${match[6]}`}; hours run from 00 to 23, minutes and seconds from 00 to 59`
  if (offsetHours !== undefined && (offsetHours > 14 || offsetMinutes! > 59))
    return `"${value}" has an offset from UTC no place has; write "Z" for UTC, or the offset, from -12:00 to +14:00`
  return null
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * A web page's address, as readers open it and the page's structured data publishes it: http or https only. A
 * `javascript:` link runs code when clicked; `data:` and others carry content the site never checked.
 */
export function webAddressProblem(value: string): string | null {
  const example = 'copy it from the browser\'s address bar, like "https://tolonews.com/…"'
  // eslint-disable-next-line no-control-regex -- a control character in an address is what this refuses
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(value))
    return `"${value}" has a space, a line break or a control character in it; remove it (a space inside an address is written %20)`
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]
  if (scheme === undefined) return `"${value}" is not a full address; ${example}`
  if (!/^https?$/i.test(scheme))
    return `is a "${scheme.toLowerCase()}:" address; only web addresses (https:// or http://) are allowed, since a link readers click must open a page and not run or carry anything else: ${example}`
  if (!/^https?:\/\/[^/]/i.test(value)) return `"${value}" needs "//" after "${scheme}:"; ${example}`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${value}" is not an address a browser can open; ${example}`
  }
  if (url.username !== '' || url.password !== '')
    return `"${value}" carries a user name or password before "@"; remove it: the address is published`
  if (url.hostname === '') return `"${value}" names no site; ${example}`
  return null
}

/** How many characters a reader sees: code points, as JSON Schema's maxLength counts. */
export function characterCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // The second half of a surrogate pair is not a character of its own.
    if (code < 0xdc00 || code > 0xdfff || index === 0 || !isHighSurrogate(text.charCodeAt(index - 1))) count++
  }
  return count
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
