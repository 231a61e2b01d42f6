// parseArticle and parseArticleText on hostile content (issue 15): each broken input is refused with its JSON path
// (or line and column) and a message that says what to write instead; spans are accepted only on whole characters.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleSource } from './article-schema.ts'
import { blockText } from './article.ts'
import { parseArticle, parseArticleText, type ContentError, type ParseResult } from './parse-article.ts'

const RIVER = 'tests/fixtures/unit/river-survey-agreed.json'
const KABUL = 'tests/fixtures/articles/kabul-water-council.json'
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ArticleSource

/** The river article (six paragraphs, four speakers, an English news story) with one change made to it. */
function river(change: (source: ArticleSource) => void = () => {}): ArticleSource {
  const source = read(RIVER)
  change(source)
  return source
}

function errorsOf(result: ParseResult): ContentError[] {
  if (result.ok) throw new Error('expected errors, but the article parsed')
  return result.errors
}

/** Replaces words of paragraph `id`, failing the test if they are not there. */
function rewrite(source: ArticleSource, id: string, from: string, to: string) {
  const paragraph = source.paragraphs.find((candidate) => candidate.id === id)!
  expect(paragraph.text).toContain(from)
  paragraph.text = paragraph.text.replace(from, to)
}

const FAMILY = '👩\u200d👩\u200d👧'

describe('parseArticle refuses', () => {
  it.each<{ name: string; source: () => ArticleSource; path: string; message: string }>([
    // Language tags
    {
      name: 'a language tag with its region twice',
      source: () => river((s) => void (s.language = 'en-US-US')),
      path: 'language',
      message: '"en-US-US" is not a language tag: "US" cannot follow "en-US"',
    },
    {
      name: 'a language tag not in standard form',
      source: () => river((s) => void (s.language = 'en-us')),
      path: 'language',
      message: 'write "en-US"',
    },
    {
      name: 'a language name for a tag',
      source: () => river((s) => void (s.language = 'English')),
      path: 'language',
      message: 'write a tag like "en"',
    },
    // Dates
    {
      name: 'an impossible date',
      source: () => river((s) => void (s.published = '2025-02-30')),
      path: 'published',
      message: '"2025-02-30" is not a date: February 2025 has 28 days; check the day',
    },
    {
      name: 'an impossible month in the update',
      source: () => river((s) => void (s.updated = '2024-13-01')),
      path: 'updated',
      message: 'has no month 13',
    },
    {
      name: 'an impossible time',
      source: () => river((s) => void (s.published = '2024-06-21T25:00Z')),
      path: 'published',
      message: 'has no time 25:00',
    },
    // Addresses
    {
      name: 'a javascript: source address',
      source: () => river((s) => void (s.sourceUrl = 'javascript:alert(document.cookie)')),
      path: 'sourceUrl',
      message: 'is a "javascript:" address; only web addresses (https:// or http://) are allowed',
    },
    {
      name: 'a data: outlet address',
      source: () => river((s) => void (s.outlet.url = 'data:text/html,<script>alert(1)</script>')),
      path: 'outlet.url',
      message: 'is a "data:" address',
    },
    {
      name: 'a javascript: address disguised with a tab',
      source: () => river((s) => void (s.outlet.url = 'java\tscript:alert(1)')),
      path: 'outlet.url',
      message: 'has a space, a line break or a control character',
    },
    {
      name: 'an address with no scheme',
      source: () => river((s) => void (s.sourceUrl = 'valleycourier.example/river')),
      path: 'sourceUrl',
      message: 'is not a full address; copy it from the browser',
    },
    // Lengths
    {
      name: 'a 2,400-character name',
      source: () => river((s) => void (s.speakers[0]!.name = 'Lena '.repeat(480))),
      path: 'speakers[0].name',
      message:
        'is 2,400 characters long; write the name as the article gives it and put titles and offices in "role", in 120 characters at most',
    },
    {
      name: 'a long short name',
      source: () => river((s) => void (s.speakers[0]!.shortName = 'O'.repeat(61))),
      path: 'speakers[0].shortName',
      message: 'in 60 characters at most',
    },
    {
      name: 'a long role',
      source: () => river((s) => void (s.speakers[0]!.role = 'Mayor '.repeat(40))),
      path: 'speakers[0].role',
      message: 'in 200 characters at most',
    },
    {
      name: 'a long outlet name',
      source: () => river((s) => void (s.outlet.name = 'V'.repeat(121))),
      path: 'outlet.name',
      message: 'in 120 characters at most',
    },
    {
      name: 'a long stance',
      source: () => river((s) => void (s.positions[0]!.stance = 'Costs. '.repeat(50))),
      path: 'positions[0].stance',
      message: 'in 300 characters at most',
    },
    {
      name: 'a long id',
      source: () => river((s) => void (s.issues[0]!.id = 'river'.repeat(20))),
      path: 'issues[0].id',
      message: 'is longer than 80 characters',
    },
    // Spans that split a character
    {
      name: 'a quote that ends inside a surrogate pair',
      source: () =>
        river((s) => {
          rewrite(s, 'p6', 'only the start.”', 'only the start 🙂.”')
          s.quotes[5]!.text = 'A survey is only the start \uD83D'
          s.positions[1]!.evidence = [{ quote: 'alliance-only-the-start' }]
        }),
      path: 'quotes[5].text',
      message:
        'ends inside the character "🙂" (U+1F642) in paragraph p6, which would show as half a character; a mark holds whole characters: write "A survey is only the start 🙂"',
    },
    {
      name: 'a mention that parts a letter from its accent',
      source: () =>
        river((s) => {
          rewrite(s, 'p1', 'Lena Ortiz', 'Le\u0301na Ortiz')
          s.mentions[1]!.text = 'Le'
        }),
      path: 'mentions[1].text',
      message:
        'ends inside the character "e\u0301" (U+0065 + U+0301) in paragraph p1, which would show as half a ' +
        'character; a mark holds whole characters: write "Le\u0301"',
    },
    {
      name: 'a passage that holds part of a joined emoji',
      source: () =>
        river((s) => {
          rewrite(s, 'p6', 'answered:', `answered ${FAMILY}:`)
          s.positions[1]!.evidence = [{ in: 'p6', text: 'answered 👩' }]
        }),
      path: 'positions[1].evidence[0].text',
      message:
        `ends inside the character "${FAMILY}" (U+1F469 + U+200D ZERO WIDTH JOINER + U+1F469 + U+200D ZERO WIDTH ` +
        `JOINER + U+1F467) in paragraph p6, which would show as half a character; a mark holds whole characters: ` +
        `write "answered ${FAMILY}"`,
    },
    {
      name: 'a mention that starts in the middle of a flag',
      source: () =>
        river((s) => {
          rewrite(s, 'p6', 'Rivers Alliance', '🇦🇫Rivers Alliance')
          s.mentions[8]!.text = '\uDDEBRivers Alliance'
        }),
      path: 'mentions[8].text',
      message: 'starts inside the character "🇦🇫"',
    },
    {
      name: 'a cue that splits a character',
      source: () =>
        river((s) => {
          rewrite(s, 'p3', 'Ortiz said', 'Ortiz saíd'.normalize('NFD'))
          s.quotes[2]!.cue = { in: 'p3', text: 'sai' }
        }),
      path: 'quotes[2].cue.text',
      message: 'ends inside the character "i\u0301" (U+0069 + U+0301) in paragraph p3',
    },
    {
      name: 'a quote part that splits a character',
      source: () =>
        river((s) => {
          rewrite(s, 'p5', 'findings.', 'findings 🙂.')
          Object.assign(s.quotes[4]!, {
            in: undefined,
            text: undefined,
            parts: [
              { in: 'p5', text: 'it would publish' },
              { in: 'p5', text: 'the survey’s findings \uD83D' },
            ],
          })
        }),
      path: 'quotes[4].parts[1].text',
      message: 'ends inside the character "🙂"',
    },
    // Hidden characters
    {
      name: 'a right-to-left override in the text',
      source: () => river((s) => rewrite(s, 'p3', 'still need repairs', 'still \u202Eriaper deen\u202C')),
      path: 'paragraphs[2].text',
      message:
        'holds U+202E RIGHT-TO-LEFT OVERRIDE at character 52, after "the old flood walls still " (and 1 more like it), which changes the order in which the letters around it are shown',
    },
    {
      name: 'an isolate in a name',
      source: () => river((s) => void (s.speakers[1]!.name = 'Omar \u2067Haddad\u2069')),
      path: 'speakers[1].name',
      message: 'holds U+2067 RIGHT-TO-LEFT ISOLATE at character 6, after "Omar "',
    },
    {
      name: 'a zero-width space in a short name',
      source: () => river((s) => void (s.speakers[0]!.shortName = 'Or\u200Btiz')),
      path: 'speakers[0].shortName',
      message:
        'holds U+200B ZERO WIDTH SPACE at character 3, after "Or", which is invisible, so two texts that look the same would differ; remove it',
    },
    {
      name: 'a right-to-left mark in a role',
      source: () => river((s) => void (s.speakers[0]!.role = 'Mayor of Westford\u200F')),
      path: 'speakers[0].role',
      message: 'holds U+200F RIGHT-TO-LEFT MARK',
    },
    {
      name: 'a right-to-left mark in the text of a left-to-right article',
      source: () => river((s) => rewrite(s, 'p5', 'statement', 'statement\u200F')),
      path: 'paragraphs[4].text',
      message: 'marks of direction are kept only in the published text of right-to-left articles',
    },
    {
      name: 'a non-joiner between Latin letters in the text',
      source: () => river((s) => rewrite(s, 'p5', 'statement', 'state\u200Cment')),
      path: 'paragraphs[4].text',
      message: 'holds U+200C ZERO WIDTH NON-JOINER',
    },
    {
      name: 'a byte-order mark in the outlet’s name',
      source: () => river((s) => void (s.outlet.name = '\uFEFFValley Courier')),
      path: 'outlet.name',
      message:
        'holds U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark) at character 1, which is invisible',
    },
    {
      name: 'half a character in an issue title',
      source: () => river((s) => void (s.issues[0]!.title = 'The river survey \uD83D')),
      path: 'issues[0].title',
      message: 'holds U+D83D at character 18, after "The river survey ", half of a character',
    },
    {
      name: 'a control character in a stance',
      source: () => river((s) => void (s.positions[0]!.stance = 'The two towns\u0007 will share its costs.')),
      path: 'positions[0].stance',
      message: 'holds U+0007 at character 14',
    },
    {
      name: 'an escape character in the text',
      source: () => river((s) => rewrite(s, 'p5', 'statement', 'statement\u001b[2J')),
      path: 'paragraphs[4].text',
      message:
        'holds U+001B at character 41, after "Council said in a statement", a control character, which nothing shows; remove it',
    },
    {
      name: 'a line break in a name',
      source: () => river((s) => void (s.speakers[0]!.name = 'Lena\nOrtiz')),
      path: 'speakers[0].name',
      message:
        'holds U+000A LINE FEED (a line break) at character 5, after "Lena", which the field shows as a space; write a space',
    },
    {
      name: 'a tag character that hides words in the headline',
      source: () => river((s) => void (s.headline += '\u{E0069}\u{E0067}')),
      path: 'headline',
      message: 'holds U+E0069',
    },
    {
      name: 'a direction override to whom a quote was said',
      source: () => river((s) => void (s.quotes[0]!.to = 'sretroper\u202E')),
      path: 'quotes[0].to',
      message: 'holds U+202E',
    },
    // Passages that are almost there
    {
      name: 'a passage with its accent written the other way',
      source: () =>
        river((s) => {
          rewrite(s, 'p1', 'Lena Ortiz', 'Le\u0301na Ortiz')
          s.mentions[1]!.text = 'Léna Ortiz'
        }),
      path: 'mentions[1].text',
      message: 'it differs only in how accented letters are encoded',
    },
  ])('$name', ({ source, path, message }) => {
    expect(errorsOf(parseArticle(source()))).toContainEqual({
      path,
      message: expect.stringContaining(message),
    })
  })
})

describe('parseArticle accepts', () => {
  it('the river article and the Dari article as they are', () => {
    expect(parseArticle(read(RIVER)).ok).toBe(true)
    expect(parseArticle(read(KABUL)).ok).toBe(true)
  })

  it('marks of direction and non-joiners in the text of a right-to-left article, not in its names', () => {
    const kabul = read(KABUL)
    kabul.paragraphs[0]!.text = `\u200F${kabul.paragraphs[0]!.text}\u200F`
    kabul.paragraphs[1]!.text = `${kabul.paragraphs[1]!.text} \u200C`
    expect(parseArticle(kabul).ok).toBe(true)
    kabul.speakers[0]!.name = `${kabul.speakers[0]!.name}\u200F`
    expect(errorsOf(parseArticle(kabul))).toEqual([
      { path: 'speakers[0].name', message: expect.stringContaining('holds U+200F RIGHT-TO-LEFT MARK') },
    ])
  })

  it('emoji, flags and accents held whole, and a name of exactly 120 characters', () => {
    const source = river((s) => {
      rewrite(s, 'p6', 'answered:', `answered ${FAMILY} 🇦🇫:`)
      rewrite(s, 'p1', 'Lena Ortiz', 'Le\u0301na Ortiz')
      s.mentions[1]!.text = 'Le\u0301na Ortiz'
      s.positions[1]!.evidence = [{ in: 'p6', text: `answered ${FAMILY} 🇦🇫` }]
      s.speakers[0]!.name = 'L'.repeat(120)
    })
    expect(parseArticle(source).ok).toBe(true)
  })
})

describe('parseArticleText', () => {
  const text = (source: ArticleSource) => JSON.stringify(source, null, 2)

  it('refuses a key given twice, naming its path and both lines', () => {
    const json = text(river()).replace(
      '"slug": "river-survey-agreed",',
      '"slug": "river-survey-agreed",\n  "slug": "x",',
    )
    // The rest of the file is checked as JSON.parse would read it: with the last value.
    expect(errorsOf(parseArticleText(json, 'river-survey-agreed'))).toEqual([
      {
        path: 'slug',
        message:
          'is given twice, at line 3 and at line 4; JSON keeps only the last one, silently: remove one of them',
      },
      {
        path: 'slug',
        message: expect.stringContaining('is "x" but the file is named "river-survey-agreed.json"'),
      },
    ])
  })

  it('refuses a key given twice deep in the file', () => {
    const json = text(river()).replace(
      '"name": "Omar Haddad",',
      '"name": "Omar Haddad",\n      "name": "Someone Else",',
    )
    expect(errorsOf(parseArticleText(json, 'river-survey-agreed'))).toEqual([
      { path: 'speakers[1].name', message: expect.stringContaining('is given twice') },
    ])
  })

  it('refuses broken JSON by line and column', () => {
    const json = text(river()).replace('"direction": "ltr",', '"direction": "ltr",,')
    expect(errorsOf(parseArticleText(json))).toEqual([
      {
        path: '',
        message:
          'is not valid JSON: at line 14, column 22: "," where a field name was expected; write it in double ' +
          'quotes: "name"',
      },
    ])
  })

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseArticleText(`\uFEFF${text(river())}`, 'river-survey-agreed').ok).toBe(true)
  })
})

describe('a span the check accepts', () => {
  const unit = fc.constantFrom('a', ' ', 'é', 'e\u0301', '🙂', FAMILY, '🇦🇫', 'ا', 'ل', 'क्ष', '\u1100\u1161')
  const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })

  it('starts and ends between whole characters, and every cut between them is accepted', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (units, a, b) => {
        const words = units.join('')
        const text = `Rivers Alliance said ${words}.`
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ]
        fc.pre(start < end)
        const passage = text.slice(start, end)
        const occurrences = Array.from({ length: text.length }, (_, i) => i).filter((i) =>
          text.startsWith(passage, i),
        )
        const source = river((s) => {
          s.paragraphs.push({ id: 'p7', text })
          s.positions[1]!.evidence = [{ in: 'p7', text: passage, occurrence: occurrences.indexOf(start) + 1 }]
        })
        const boundaries = new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length])
        const result = parseArticle(source)
        expect(result.ok).toBe(boundaries.has(start) && boundaries.has(end))
        if (result.ok) {
          const evidence = result.article.positions[1]!.evidence[0]!
          if (evidence.kind !== 'passage') throw new Error('expected a passage')
          expect(boundaries.has(evidence.anchor.start) && boundaries.has(evidence.anchor.end)).toBe(true)
          expect(blockText(result.article, 'p7')!.slice(evidence.anchor.start, evidence.anchor.end)).toBe(
            passage,
          )
        }
      }),
      { numRuns: 300 },
    )
  })
})
