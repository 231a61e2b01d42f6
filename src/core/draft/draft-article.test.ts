import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ArticleSource } from '../content/article-schema.ts'
import { generateDraftText, type DraftTextForm } from '../../../tests/fixtures/draft/generate-draft-text.ts'
import { parseArticle } from '../content/parse-article.ts'
import { draftArticle, uncheckedDraft } from './draft-article.ts'

/** Every draft must pass the project's own check: one that does not is a bug. */
function draft(text: string, options: Parameters<typeof draftArticle>[1] = {}) {
  const result = draftArticle(text, options)
  expect(result.problems).toEqual([])
  expect(parseArticle(result.article, result.article.slug).ok).toBe(true)
  return result
}

function quoteWords(article: ArticleSource, index: number): string {
  const quote = article.quotes[index]!
  return quote.parts ? quote.parts.map((part) => part.text).join(' | ') : quote.text!
}

function speakerName(article: ArticleSource, id: string): string {
  return article.speakers.find((speaker) => speaker.id === id)!.name
}

describe('draftArticle: one quote per pattern', () => {
  it.each([
    {
      pattern: 'direct, attribution after',
      text: '“We will not sign this deal,” Maria Okafor said.',
      kind: 'direct',
      words: 'We will not sign this deal,',
      speaker: 'Maria Okafor',
      cue: 'said',
    },
    {
      pattern: 'direct, inverted verb',
      text: '“The offer stands for now,” said Tomas Lindqvist.',
      kind: 'direct',
      words: 'The offer stands for now,',
      speaker: 'Tomas Lindqvist',
      cue: 'said',
    },
    {
      pattern: 'direct, attribution before with a colon',
      text: 'Anna Berg, the mayor of Harbourton, said: “Both sides must return to the table.”',
      kind: 'direct',
      words: 'Both sides must return to the table.',
      speaker: 'Anna Berg',
      cue: 'said',
    },
    {
      pattern: 'reported after "that", through an indirect object',
      text: 'Maria Okafor told reporters on Tuesday that the union would return to talks.',
      kind: 'reported',
      words: 'the union would return to talks',
      speaker: 'Maria Okafor',
      cue: 'told',
    },
    {
      pattern: 'mixed: reported speech quoting a few words',
      text: 'Tomas Lindqvist said the demands were “simply not affordable” this year.',
      kind: 'mixed',
      words: 'the demands were “simply not affordable” this year',
      speaker: 'Tomas Lindqvist',
      cue: 'said',
    },
    {
      pattern: '"according to" first',
      text: 'According to the Harbour Gazette, dock workers voted to continue the strike.',
      kind: 'reported',
      words: 'dock workers voted to continue the strike',
      speaker: 'Harbour Gazette',
      cue: 'According to',
    },
    {
      pattern: '"according to" last',
      text: 'Eleven ships are waiting outside the harbour, according to the port authority.',
      kind: 'reported',
      words: 'Eleven ships are waiting outside the harbour',
      speaker: 'The port authority',
      cue: 'according to',
    },
    {
      pattern: 'French quotation marks',
      text: '« Nous ne céderons pas », a dit Maria Okafor. Maria Okafor said: « Nous ne céderons pas cette année. »',
      kind: 'direct',
      words: 'Nous ne céderons pas cette année.',
      speaker: 'Maria Okafor',
      cue: 'said',
    },
    {
      pattern: 'German quotation marks',
      text: 'Anna Berg said: „Der Hafen ist das Herz dieser Stadt.“',
      kind: 'direct',
      words: 'Der Hafen ist das Herz dieser Stadt.',
      speaker: 'Anna Berg',
      cue: 'said',
    },
    {
      pattern: 'a quote nested in the quote',
      text: 'Maria Okafor said: “They told us ‘take it or leave it’, and we left it.”',
      kind: 'direct',
      words: 'They told us ‘take it or leave it’, and we left it.',
      speaker: 'Maria Okafor',
      cue: 'said',
    },
  ])('$pattern', ({ text, kind, words, speaker, cue }) => {
    const { article } = draft(`Harbour talks\n\n${text}`)
    const quote = article.quotes.at(-1)!
    expect(quote.kind).toBe(kind)
    expect(quoteWords(article, article.quotes.length - 1)).toBe(words)
    expect(speakerName(article, quote.speaker)).toBe(speaker)
    expect(typeof quote.cue === 'object' && quote.cue?.text).toBe(cue)
  })
})

describe('draftArticle: quotes over several places', () => {
  it('joins a quote split by its attribution into parts', () => {
    const { article } = draft('Talks\n\n“We came back,” Okafor said. “But that is not weakness.”')
    expect(article.quotes).toHaveLength(1)
    expect(quoteWords(article, 0)).toBe('We came back, | But that is not weakness.')
  })

  it('continues a quotation left open into the next paragraph', () => {
    const { article } = draft(
      'Talks\n\nAnna Berg said: “Both sides must find a way back.\n\n“Every week of this strike costs families.”',
    )
    expect(article.quotes).toHaveLength(1)
    expect(article.quotes[0]!.parts!.map((part) => part.in)).toEqual(['p1', 'p2'])
  })

  it('gives a floating quotation to the speaker before it, for review', () => {
    const { article, review } = draft(
      'Talks\n\nTomas Lindqvist said the offer was final. “It is a fair offer and it is the last one.”',
    )
    expect(article.quotes.map((quote) => quote.speaker)).toEqual(['tomas-lindqvist', 'tomas-lindqvist'])
    expect(review).toContainEqual({ target: 'quote', id: article.quotes[1]!.id, reason: 'floating' })
  })

  it('takes a quotation in the headline', () => {
    const { article } = draft('Okafor: “We will not sign this deal”\n\nMaria Okafor leads the union.')
    expect(article.quotes[0]).toMatchObject({ in: 'headline', kind: 'direct', cue: null })
    expect(article.quotes[0]!.source).toEqual({ in: 'headline', text: 'Okafor' })
  })
})

describe('draftArticle: who it is', () => {
  it('finds "she said" two paragraphs after the name, and says it used a pronoun', () => {
    const { article, review } = draft(
      'Talks\n\nMaria Okafor leads the Harbour Workers’ Union.\n\nThe port has been closed since May.\n\nShe said the union would hold a ballot on Friday.',
    )
    expect(article.quotes[0]).toMatchObject({ speaker: 'maria-okafor', source: { in: 'p3', text: 'She' } })
    expect(review).toContainEqual({ target: 'quote', id: article.quotes[0]!.id, reason: 'pronoun' })
  })

  it('keeps two people with the same surname apart', () => {
    const { article } = draft(
      'Talks\n\nMaria Okafor said the union would return to talks.\n\nDaniel Okafor, a spokesman for the port authority, said the ballot would not change the offer. Okafor added that talks would go on.',
    )
    expect(article.quotes.map((quote) => quote.speaker)).toEqual([
      'maria-okafor',
      'daniel-okafor',
      'daniel-okafor',
    ])
    const mentions = article.mentions.filter((mention) => mention.in === 'p2' && mention.text === 'Okafor')
    expect(mentions.map((mention) => mention.speaker)).toEqual(['daniel-okafor'])
  })

  it('marks a title as the speaker it describes, wherever it recurs', () => {
    const { article } = draft(
      'Talks\n\nTomas Lindqvist, the port’s chief executive, said the offer would stand.\n\nThe port’s chief executive said: “There is nothing more to give.”',
    )
    expect(article.quotes.map((quote) => quote.speaker)).toEqual(['tomas-lindqvist', 'tomas-lindqvist'])
    expect(article.mentions).toContainEqual({
      speaker: 'tomas-lindqvist',
      in: 'p2',
      text: 'The port’s chief executive',
    })
  })
})

describe('draftArticle: the fixtures', () => {
  it('drafts the harbour strike story, every quote with its speaker', () => {
    const { article } = draft(readFileSync('tests/fixtures/draft/harbour-strike.txt', 'utf8'))
    expect(article.quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['reported', 'maria-okafor'],
      ['direct', 'maria-okafor'],
      ['mixed', 'tomas-lindqvist'],
      ['reported', 'tomas-lindqvist'],
      ['direct', 'tomas-lindqvist'],
      ['reported', 'harbour-gazette'],
      ['direct', 'anna-berg'],
      ['mixed', 'maria-okafor'],
      ['reported', 'maria-okafor'],
      ['reported', 'daniel-okafor'],
      ['reported', 'daniel-okafor'],
      ['reported', 'unions-treasurer'],
    ])
  })

  it('drafts the briefing as a transcript: one turn per label, questions to the reporters', () => {
    const { article } = draft(readFileSync('tests/fixtures/draft/harbour-briefing.txt', 'utf8'))
    expect(article.form).toBe('transcript')
    expect(
      article.turns!.map((turn) => [turn.speaker, turn.label, turn.from, turn.to, turn.question]),
    ).toEqual([
      ['maria-okafor', 'MS. OKAFOR:', 'p3', 'p4', undefined],
      ['tomas-lindqvist', 'MR. LINDQVIST:', 'p5', undefined, undefined],
      ['reporters', 'Q', 'p6', undefined, true],
      ['tomas-lindqvist', 'MR. LINDQVIST:', 'p7', undefined, undefined],
      ['reporters', 'Q', 'p8', undefined, true],
      ['maria-okafor', 'MS. OKAFOR:', 'p9', undefined, undefined],
    ])
    expect(article.speakers.map((speaker) => [speaker.name, speaker.role])).toEqual([
      ['Maria Okafor', 'Harbour Board Chair'],
      ['Tomas Lindqvist', 'Port Director'],
      ['Reporters', null],
    ])
  })

  it('reads the summary when asked and leaves out its repeat of a body quote', () => {
    const text =
      'Talks\n\nOkafor told reporters that talks would resume.\n\nOkafor told reporters that talks would resume.'
    const { article } = draft(text, { summary: true })
    expect(article.summary).toBe('Okafor told reporters that talks would resume.')
    expect(article.quotes.map((quote) => quote.in)).toEqual(['p1'])
  })
})

describe('draftArticle: work grows with the text, not with its square', () => {
  // Counted, not timed: every comparison of a span with another and every character walked through the aliases.
  it.each<{ form: DraftTextForm; oneParagraph: boolean }>([
    { form: 'story', oneParagraph: false },
    { form: 'story-many-speakers', oneParagraph: false },
    { form: 'transcript', oneParagraph: false },
    { form: 'story', oneParagraph: true },
  ])(
    '$form (one paragraph: $oneParagraph): twice the words, twice the comparisons',
    ({ form, oneParagraph }) => {
      const perWord = [2_000, 4_000, 8_000].map((words) => {
        const blocks = generateDraftText(form, words).split('\n\n')
        // A text without blank lines is one paragraph: its spans all meet in one block.
        const text = oneParagraph
          ? [blocks[0], blocks[1], blocks.slice(2).join(' ')].join('\n\n')
          : blocks.join('\n\n')
        return uncheckedDraft(text).comparisons / text.split(/\s+/).length
      })
      expect(perWord[0]).toBeGreaterThan(1)
      for (const each of perWord.slice(1)) expect(each / perWord[0]!).toBeGreaterThan(0.9)
      for (const each of perWord.slice(1)) expect(each / perWord[0]!).toBeLessThan(1.1)
    },
  )
})
