// parseArticle on the forms real news takes (format 2): quotes over several paragraphs or split by their
// attribution, mixed quotes, cues at a place, sources named by a pronoun, chains of sources, transcripts; and
// the rules that keep quotation marks true.
import { describe, expect, it } from 'vitest'
import type { ArticleSource, QuoteSource } from './article-schema.ts'
import { parseArticle, type ParseResult } from './parse-article.ts'

/** Both speakers are named in the headline, so tests add only the mentions they are about. */
const HEADLINE_MENTIONS = [
  { speaker: 'ana-ruiz', in: 'headline', text: 'Mayor' },
  { speaker: 'herald', in: 'headline', text: 'Herald' },
]

const person = (id: string, name: string) => ({
  id,
  name,
  shortName: name.split(' ').at(-1)!,
  kind: 'person' as const,
  role: null,
  affiliation: null,
})

/** A small article by the test's own hand: a mayor, a reporter's narration, and a newspaper. */
function source(
  paragraphs: string[],
  quotes: QuoteSource[],
  extra: Partial<ArticleSource> = {},
): ArticleSource {
  return {
    slug: 'harbour-plan',
    headline: 'Mayor backs harbour plan, Herald says',
    summary: null,
    outlet: { name: 'Test Outlet', url: null },
    sourceUrl: null,
    published: null,
    updated: null,
    language: 'en',
    direction: 'ltr',
    paragraphs: paragraphs.map((text, index) => ({ id: `p${index + 1}`, text })),
    speakers: [person('ana-ruiz', 'Ana Ruiz'), { ...person('herald', 'The Herald'), kind: 'organization' }],
    mentions: HEADLINE_MENTIONS,
    quotes,
    issues: [],
    positions: [],
    ...extra,
  }
}

const ok = (result: ParseResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.article
}
const errors = (result: ParseResult) => (result.ok ? [] : result.errors)

const quote = (overrides: Partial<QuoteSource>): QuoteSource => ({
  id: 'q1',
  speaker: 'ana-ruiz',
  kind: 'direct',
  cue: 'said',
  to: null,
  ...overrides,
})

describe('a quote over several paragraphs', () => {
  const paragraphs = [
    'Ana Ruiz said: “We will build the new pier this year. It is paid for.',
    '“And the old one stays open for the fishing boats,” she added.',
  ]
  const parts = [
    { in: 'p1', text: 'We will build the new pier this year. It is paid for.' },
    { in: 'p2', text: 'And the old one stays open for the fishing boats,' },
  ]

  it('keeps one quote with a piece in each paragraph, its words one line each', () => {
    const article = ok(
      parseArticle(
        source(paragraphs, [quote({ parts })], {
          mentions: [
            { speaker: 'ana-ruiz', in: 'p1', text: 'Ana Ruiz' },
            { speaker: 'herald', in: 'headline', text: 'Herald' },
          ],
        }),
      ),
    )
    const [only] = article.quotes
    expect(only!.anchors.map((anchor) => anchor.block)).toEqual(['p1', 'p2'])
    expect(only!.text).toBe(`${parts[0]!.text}\n${parts[1]!.text}`)
    expect(only!.cue).toEqual({ text: 'said', anchor: { block: 'p1', start: 9, end: 13 } })
  })

  it('refuses parts out of reading order, saying how to write them', () => {
    const result = parseArticle(
      source(paragraphs, [quote({ parts: [parts[1]!, parts[0]!] })], {
        mentions: [
          { speaker: 'ana-ruiz', in: 'p1', text: 'Ana Ruiz' },
          { speaker: 'herald', in: 'headline', text: 'Herald' },
        ],
      }),
    )
    expect(errors(result)).toContainEqual({
      path: 'quotes[0].parts[1]',
      message: expect.stringMatching(/list the parts in reading order/),
    })
  })

  it('refuses a quote that gives both parts and a single passage', () => {
    const result = parseArticle(source(paragraphs, [quote({ parts, in: 'p1', text: 'It is paid for.' })]))
    expect(errors(result)).toContainEqual({
      path: 'quotes[0]',
      message: expect.stringMatching(/gives both "parts"/),
    })
  })
})

describe('a quote split by its attribution', () => {
  it('takes two parts in the same paragraph, and the cue between them', () => {
    const text = '“We will,” Ruiz said, “and soon.”'
    const article = ok(
      parseArticle(
        source(
          [text],
          [
            quote({
              parts: [
                { in: 'p1', text: 'We will,' },
                { in: 'p1', text: 'and soon.' },
              ],
              cue: { in: 'p1', text: 'said' },
            }),
          ],
          {
            mentions: [
              { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' },
              { speaker: 'herald', in: 'headline', text: 'Herald' },
            ],
          },
        ),
      ),
    )
    expect(article.quotes[0]!.text).toBe('We will, … and soon.')
    const second = text.indexOf('and soon.')
    expect(article.quotes[0]!.anchors).toEqual([
      { block: 'p1', start: 1, end: 9 },
      { block: 'p1', start: second, end: second + 'and soon.'.length },
    ])
  })
})

describe('quotation marks', () => {
  const text = 'Ruiz said the plan was “a disaster for the bay” and would fail. She said: “I disagree.”'
  const mentions = [
    { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' },
    { speaker: 'herald', in: 'headline', text: 'Herald' },
  ]
  const parse = (q: Partial<QuoteSource>) => parseArticle(source([text], [quote(q)], { mentions }))

  it('accepts a direct quote inside its marks', () => {
    expect(
      errors(parse({ in: 'p1', text: 'I disagree.', cue: { in: 'p1', text: 'said', occurrence: 2 } })),
    ).toEqual([])
  })

  it('refuses a direct quote outside quotation marks, saying what to write instead', () => {
    expect(errors(parse({ in: 'p1', text: 'would fail' }))).toContainEqual({
      path: 'quotes[0].text',
      message: expect.stringMatching(
        /is "direct" but is not inside quotation marks in paragraph p1;.*make it "reported"/,
      ),
    })
  })

  it('refuses a direct quote that carries its own marks', () => {
    expect(errors(parse({ in: 'p1', text: '“I disagree.”' }))).toContainEqual({
      path: 'quotes[0].text',
      message: 'includes its own quotation marks; write only the words inside them: "I disagree."',
    })
  })

  it('refuses reported speech around a quotation: it is mixed', () => {
    expect(
      errors(
        parse({ kind: 'reported', in: 'p1', text: 'the plan was “a disaster for the bay” and would fail' }),
      ),
    ).toContainEqual({
      path: 'quotes[0].kind',
      message: expect.stringMatching(
        /is "reported" but its words include a quotation \("a disaster for the bay"\); make it "mixed"/,
      ),
    })
  })

  it('accepts a mixed quote with its verbatim words, and refuses verbatim words outside the marks', () => {
    const mixed = {
      kind: 'mixed' as const,
      in: 'p1',
      text: 'the plan was “a disaster for the bay” and would fail',
    }
    const article = ok(parse({ ...mixed, verbatim: [{ in: 'p1', text: 'a disaster for the bay' }] }))
    expect(article.quotes[0]!.verbatim).toEqual([{ block: 'p1', start: 24, end: 46 }])
    expect(errors(parse({ ...mixed, verbatim: [{ in: 'p1', text: 'would fail' }] }))).toContainEqual({
      path: 'quotes[0].verbatim[0].text',
      message: expect.stringMatching(/is not inside quotation marks/),
    })
    expect(errors(parse({ ...mixed }))).toContainEqual({
      path: 'quotes[0].verbatim',
      message: expect.stringMatching(/is needed/),
    })
  })

  it('refuses verbatim words on a direct or reported quote', () => {
    expect(
      errors(
        parse({
          in: 'p1',
          text: 'I disagree.',
          cue: { in: 'p1', text: 'said', occurrence: 2 },
          verbatim: [{ in: 'p1', text: 'I' }],
        }),
      ),
    ).toContainEqual({
      path: 'quotes[0].verbatim',
      message: expect.stringMatching(/every word of a direct quote is verbatim/),
    })
  })
})

describe('cues, sources and chains', () => {
  const text = 'Ruiz spoke first. “The pier is paid for,” she said, and the crowd said nothing.'
  const mentions = [
    { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' },
    { speaker: 'herald', in: 'headline', text: 'Herald' },
  ]
  const base = { in: 'p1', text: 'The pier is paid for,' }

  it('places a bare cue word at its occurrence nearest the quote', () => {
    const article = ok(parseArticle(source([text], [quote(base)], { mentions })))
    expect(article.quotes[0]!.cue!.anchor.start).toBe(text.indexOf('said'))
  })

  it('points at the pronoun that attributes the quote, and marks it as the speaker', () => {
    const article = ok(
      parseArticle(
        source(
          [text],
          [
            quote({
              ...base,
              cue: { in: 'p1', text: 'said', occurrence: 1 },
              source: { in: 'p1', text: 'she' },
            }),
          ],
          { mentions },
        ),
      ),
    )
    expect(article.quotes[0]!.source).toEqual({
      block: 'p1',
      start: text.indexOf('she'),
      end: text.indexOf('she') + 3,
    })
    expect(article.mentions).toContainEqual({ speaker: 'ana-ruiz', anchor: article.quotes[0]!.source })
  })

  it('allows no cue where a source attributes the quote, and says what to write otherwise', () => {
    const named = 'Ruiz: “The pier is paid for.”'
    const mentionsOfNamed = [{ speaker: 'herald', in: 'headline', text: 'Herald' }]
    const q = { in: 'p1', text: 'The pier is paid for.', cue: null }
    expect(
      errors(
        parseArticle(
          source([named], [quote({ ...q, source: { in: 'p1', text: 'Ruiz' } })], {
            mentions: mentionsOfNamed,
          }),
        ),
      ),
    ).toEqual([])
    expect(
      errors(
        parseArticle(
          source([named], [quote(q)], {
            mentions: [...mentionsOfNamed, { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' }],
          }),
        ),
      ),
    ).toContainEqual({
      path: 'quotes[0].cue',
      message: expect.stringMatching(/is null, so "source" must point at the words that attribute the quote/),
    })
  })

  it('refuses a cue far from its quote', () => {
    const result = parseArticle(
      source(
        [text, 'Later.', 'Officials said more.'],
        [quote({ ...base, cue: { in: 'p3', text: 'said' } })],
        { mentions },
      ),
    )
    expect(errors(result)).toContainEqual({
      path: 'quotes[0].cue.in',
      message: expect.stringMatching(/away from the quote/),
    })
  })

  it('keeps the chain of a quote reported through another source', () => {
    const chain = 'According to the Herald, Ruiz said the pier was paid for.'
    const article = ok(
      parseArticle(
        source(
          [chain],
          [quote({ kind: 'reported', in: 'p1', text: 'the pier was paid for', via: 'herald' })],
          {
            mentions: [
              { speaker: 'herald', in: 'p1', text: 'the Herald' },
              { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' },
            ],
          },
        ),
      ),
    )
    expect(article.quotes[0]!.via).toBe('herald')
    expect(
      errors(
        parseArticle(
          source(
            [chain],
            [quote({ kind: 'reported', in: 'p1', text: 'the pier was paid for', via: 'nobody' })],
            {
              mentions: [
                { speaker: 'herald', in: 'p1', text: 'the Herald' },
                { speaker: 'ana-ruiz', in: 'p1', text: 'Ruiz' },
              ],
            },
          ),
        ),
      ),
    ).toContainEqual({
      path: 'quotes[0].via',
      message: expect.stringMatching(/"nobody" is not the id of any speaker/),
    })
  })
})

describe('marks that cross', () => {
  it('refuses a mention that crosses a quote, naming both', () => {
    const text = 'Mayor Ana Ruiz said the pier is paid for.'
    const result = parseArticle(
      source([text], [quote({ kind: 'reported', in: 'p1', text: 'Ruiz said the pier' })], {
        mentions: [
          { speaker: 'ana-ruiz', in: 'p1', text: 'Mayor Ana Ruiz' },
          { speaker: 'herald', in: 'headline', text: 'Herald' },
        ],
      }),
    )
    expect(errors(result)).toContainEqual({
      path: '',
      message: expect.stringMatching(
        /quote q1 \("Ruiz said the pier"\) crosses the mention of ana-ruiz \("Mayor Ana Ruiz"\) in paragraph p1/,
      ),
    })
  })
})

describe('a transcript', () => {
  const paragraphs = [
    'Harbour Board hearing, 3 March',
    'MAYOR RUIZ:  Thank you all for coming.',
    'The pier is paid for.',
    'Q  Who pays for the dredging?',
    'MAYOR RUIZ:  The port does.',
  ]
  const transcript = (turns: ArticleSource['turns'], extra: Partial<ArticleSource> = {}) =>
    source(paragraphs, [], {
      form: 'transcript',
      speakers: [person('ana-ruiz', 'Ana Ruiz'), { ...person('reporters', 'Reporters'), kind: 'group' }],
      mentions: [{ speaker: 'ana-ruiz', in: 'headline', text: 'Mayor' }],
      turns,
      ...extra,
    })
  const turns = [
    { id: 'ruiz-opens', speaker: 'ana-ruiz', label: 'MAYOR RUIZ:', from: 'p2', to: 'p3' },
    { id: 'dredging', speaker: 'reporters', label: 'Q', from: 'p4', question: true },
    { id: 'ruiz-port', speaker: 'ana-ruiz', label: 'MAYOR RUIZ:', from: 'p5' },
  ]

  it('makes each turn a direct quote of its speaker, without its label, with no stand-in cue', () => {
    const article = ok(parseArticle(transcript(turns)))
    expect(article.form).toBe('transcript')
    expect(article.turns.map((turn) => [turn.id, turn.blocks, turn.question])).toEqual([
      ['ruiz-opens', ['p2', 'p3'], false],
      ['dredging', ['p4'], true],
      ['ruiz-port', ['p5'], false],
    ])
    const [opening, question] = article.quotes
    expect(opening).toMatchObject({
      id: 'ruiz-opens',
      kind: 'direct',
      cue: null,
      text: 'Thank you all for coming.\nThe pier is paid for.',
      turn: { label: 'MAYOR RUIZ:', question: false },
    })
    expect(question!.text).toBe('Who pays for the dredging?')
    // The labels name their speakers in the text.
    expect(article.mentions).toContainEqual({
      speaker: 'reporters',
      anchor: { block: 'p4', start: 0, end: 1 },
    })
  })

  it('refuses a label that is not how the paragraph starts, turns that overlap, and turns in an article', () => {
    expect(errors(parseArticle(transcript([{ ...turns[0]!, label: 'MR. RUIZ:' }])))).toContainEqual({
      path: 'turns[0].label',
      message: expect.stringMatching(/is not how paragraph p2 starts/),
    })
    expect(errors(parseArticle(transcript([turns[0]!, { ...turns[1]!, from: 'p3' }])))).toContainEqual({
      path: 'turns[1].from',
      message: expect.stringMatching(/is inside the turn before/),
    })
    expect(errors(parseArticle(transcript(turns, { form: 'article' })))).toContainEqual({
      path: 'turns',
      message: expect.stringMatching(/is only for transcripts/),
    })
  })

  it('refuses a turn id that is already a quote id', () => {
    const result = parseArticle(transcript([turns[0]!, { ...turns[2]!, id: 'ruiz-opens' }]))
    expect(errors(result)).toContainEqual({
      path: 'turns[1].id',
      message: expect.stringMatching(/already the id/),
    })
  })
})
