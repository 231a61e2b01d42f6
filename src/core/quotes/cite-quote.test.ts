// citeQuote: a quote as plain text, with who said it, where, when, and the link.
import { describe, expect, it } from 'vitest'
import { citePassage, citeQuote } from './cite-quote.ts'

const article = {
  headline: 'Talks resume',
  outlet: { name: 'TOLOnews', url: null },
  published: null,
  language: 'en',
}
const speaker = { name: 'Sergey Lavrov', role: 'Russian Foreign Minister' }
const url = 'https://example.org/articles/a/quotes/q'

describe('citeQuote', () => {
  it('quotes direct words, attributes them and links back', () => {
    expect(citeQuote(article, { kind: 'direct', text: 'We support dialogue.' }, speaker, url)).toBe(
      '“We support dialogue.”\n— Sergey Lavrov, Russian Foreign Minister. Talks resume. TOLOnews, date not given.\n' +
        url,
    )
  })

  it('marks reported speech as such, without quotation marks', () => {
    expect(citeQuote(article, { kind: 'reported', text: 'threats persist' }, speaker, url)).toMatch(
      /^threats persist \(reported speech\)\n/,
    )
  })

  it('gives the date in the article’s language, and no role when there is none', () => {
    const dated = { ...article, published: '2024-06-21T10:00:00Z' }
    expect(citeQuote(dated, { kind: 'direct', text: 'Yes.' }, { name: 'Lavrov', role: null }, url)).toContain(
      '— Lavrov. Talks resume. TOLOnews, June 21, 2024.',
    )
  })

  it('says a mixed quote is reported, keeping the article’s own marks around its verbatim words', () => {
    const mixed = { kind: 'mixed' as const, text: 'the plan was “a disaster” for the bay' }
    expect(citeQuote(article, mixed, speaker, url).split('\n')[0]).toBe(
      'the plan was “a disaster” for the bay (reported, quoting some words)',
    )
  })

  it('runs the paragraphs of a long quote on, on one line', () => {
    const long = { kind: 'direct' as const, text: 'First paragraph.\nSecond paragraph.' }
    expect(citeQuote(article, long, speaker, url).split('\n')[0]).toBe('“First paragraph. Second paragraph.”')
  })
})

describe('citePassage', () => {
  it('cites the selected words bare, on one line, with the source and the link', () => {
    expect(citePassage(article, 'The talks resumed.\nLavrov said so.', url)).toBe(
      `The talks resumed. Lavrov said so.\n— Talks resume. TOLOnews, date not given.\n${url}`,
    )
  })
})
