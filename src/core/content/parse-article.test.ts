// parseArticle: a valid file resolves to offsets and a revision; every broken file yields every error in it,
// each with its JSON path and a reason an editor can act on; generated valid files anchor exactly their words.
// Also formatJsonPath.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeSpeaker } from '../../../tests/fixtures/builders.ts'
import { spansByBlock } from '../anchoring/block-spans.ts'
import { segmentBlock, type Segment } from '../anchoring/segment-block.ts'
import type { ArticleSource } from './article-schema.ts'
import { blockText, type Anchor, type Article } from './article.ts'
import { formatJsonPath, parseArticle, type ContentError, type ParseResult } from './parse-article.ts'

/** A small article that passes every check: two paragraphs, two speakers, two quotes, two positions. */
function validSource(): ArticleSource {
  return {
    slug: 'lavrov-dialogue',
    headline: 'Lavrov: CSTO members seek dialogue',
    summary: 'Mujahid told TOLOnews that Afghanistan is safe.',
    outlet: { name: 'TOLOnews', url: 'https://tolonews.com' },
    sourceUrl: null,
    published: '2024-06-21',
    updated: null,
    language: 'en',
    direction: 'ltr',
    paragraphs: [
      {
        id: 'p1',
        text: 'Sergey Lavrov told reporters that the members seek dialogue. Lavrov added that dialogue must continue.',
      },
      { id: 'p2', text: 'Mujahid said: “Afghanistan is safe, and the countries’ concerns are baseless.”' },
    ],
    speakers: [
      {
        id: 'sergey-lavrov',
        name: 'Sergey Lavrov',
        shortName: 'Lavrov',
        kind: 'person',
        role: 'Russian Foreign Minister',
        affiliation: 'Russia',
      },
      {
        id: 'zabihullah-mujahid',
        name: 'Zabihullah Mujahid',
        shortName: 'Mujahid',
        kind: 'person',
        role: null,
        affiliation: 'Islamic Emirate',
      },
    ],
    mentions: [
      { speaker: 'sergey-lavrov', in: 'headline', text: 'Lavrov' },
      { speaker: 'sergey-lavrov', in: 'p1', text: 'Sergey Lavrov' },
      { speaker: 'sergey-lavrov', in: 'p1', text: 'Lavrov', occurrence: 2 },
      { speaker: 'zabihullah-mujahid', in: 'summary', text: 'Mujahid' },
      { speaker: 'zabihullah-mujahid', in: 'p2', text: 'Mujahid' },
    ],
    quotes: [
      {
        id: 'lavrov-seek-dialogue',
        speaker: 'sergey-lavrov',
        kind: 'reported',
        cue: 'told',
        to: 'reporters',
        in: 'p1',
        text: 'the members seek dialogue',
      },
      {
        id: 'mujahid-safe',
        speaker: 'zabihullah-mujahid',
        kind: 'direct',
        cue: 'said',
        to: null,
        in: 'p2',
        text: 'Afghanistan is safe, and the countries’ concerns are baseless.',
      },
    ],
    issues: [
      { id: 'dialogue', title: 'Dialogue with Kabul' },
      { id: 'security', title: 'Security in Afghanistan' },
    ],
    positions: [
      {
        speaker: 'sergey-lavrov',
        issue: 'dialogue',
        stance: 'Seeks dialogue with Kabul.',
        evidence: [{ quote: 'lavrov-seek-dialogue' }, { in: 'p1', text: 'dialogue must continue' }],
      },
      {
        speaker: 'zabihullah-mujahid',
        issue: 'security',
        stance: 'Says Afghanistan is safe.',
        evidence: [{ quote: 'mujahid-safe' }],
      },
    ],
  }
}

/** The valid article with one change made to it. */
function changed(change: (source: ArticleSource) => void): ArticleSource {
  const source = validSource()
  change(source)
  return source
}

function articleOf(result: ParseResult) {
  if (!result.ok)
    throw new Error(`expected the article to parse, got ${JSON.stringify(result.errors, null, 2)}`)
  return result.article
}

function errorsOf(result: ParseResult): ContentError[] {
  if (result.ok) throw new Error('expected errors, but the article parsed')
  return result.errors
}

const speaker = makeSpeaker

/** The words an anchor covers in the parsed article. */
function sliceOf(article: Article, anchor: Anchor): string | undefined {
  return blockText(article, anchor.block)?.slice(anchor.start, anchor.end)
}

/** The text runs of a block's segment tree, joined: what the reader sees, marks aside. */
function renderedText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : renderedText(s.children))).join('')
}

/** Every block rendered from the article's marks, for comparison with its text. */
function renderedBlocks(article: Article): { block: string; text: string | undefined; rendered: string }[] {
  return [...spansByBlock(article)].map(([block, spans]) => {
    const text = blockText(article, block)
    return { block, text, rendered: renderedText(segmentBlock(text ?? '', spans)) }
  })
}

describe('parseArticle on a valid article', () => {
  const article = articleOf(parseArticle(validSource(), 'lavrov-dialogue'))

  it('keeps the fields of the source', () => {
    expect(article).toMatchObject({
      slug: 'lavrov-dialogue',
      headline: 'Lavrov: CSTO members seek dialogue',
      language: 'en',
      direction: 'ltr',
      speakers: validSource().speakers,
      issues: validSource().issues,
      paragraphs: validSource().paragraphs,
    })
  })

  it('accepts any file name when no slug is expected', () => {
    expect(parseArticle(validSource()).ok).toBe(true)
  })

  it('accepts a $schema key and a null summary', () => {
    const source = changed((s) => {
      s.$schema = '../article.schema.json'
      s.summary = null
      s.mentions = s.mentions.filter((m) => m.in !== 'summary')
    })
    expect(articleOf(parseArticle(source)).summary).toBeNull()
  })

  it.each([
    { index: 0, block: 'headline', start: 0, end: 6 },
    { index: 1, block: 'p1', start: 0, end: 13 },
    { index: 2, block: 'p1', start: 61, end: 67 },
    { index: 3, block: 'summary', start: 0, end: 7 },
    { index: 4, block: 'p2', start: 0, end: 7 },
  ])('resolves mention $index to $block [$start, $end)', ({ index, block, start, end }) => {
    expect(article.mentions[index]?.anchor).toEqual({ block, start, end })
  })

  it('uses the occurrence to pick which "Lavrov" in p1', () => {
    const [first, second] = article.mentions.filter((m) => m.anchor.block === 'p1')
    expect(first?.anchor.start).toBeLessThan(second?.anchor.start ?? 0)
    expect(article.paragraphs[0]?.text.slice(second?.anchor.start, second?.anchor.end)).toBe('Lavrov')
    expect(article.paragraphs[0]?.text.slice(second?.anchor.end)).toMatch(/^ added/)
  })

  it('resolves every quote so that its anchor slices exactly its text', () => {
    expect(article.quotes.map((q) => q.id)).toEqual(['lavrov-seek-dialogue', 'mujahid-safe'])
    for (const quote of article.quotes)
      expect(
        quote.anchors
          .map((anchor) => blockText(article, anchor.block)?.slice(anchor.start, anchor.end))
          .join('\n'),
      ).toBe(quote.text)
    expect(article.quotes[1]).toMatchObject({
      kind: 'direct',
      cue: { text: 'said', anchor: { block: 'p2', start: 8, end: 12 } },
      to: null,
      speaker: 'zabihullah-mujahid',
    })
  })

  it('resolves evidence: quotes by id, passages to anchors', () => {
    expect(article.positions[0]?.evidence).toEqual([
      { kind: 'quote', quote: 'lavrov-seek-dialogue' },
      { kind: 'passage', text: 'dialogue must continue', anchor: { block: 'p1', start: 79, end: 101 } },
    ])
  })

  it('resolves passages with an explicit occurrence', () => {
    const source = changed((s) => {
      s.positions[0]!.evidence = [{ in: 'p1', text: 'dialogue', occurrence: 2 }]
    })
    const evidence = articleOf(parseArticle(source)).positions[0]?.evidence
    expect(evidence).toEqual([
      { kind: 'passage', text: 'dialogue', anchor: { block: 'p1', start: 79, end: 87 } },
    ])
  })

  it('accepts occurrence 1 for words that occur once', () => {
    const source = changed((s) => {
      s.mentions[1]!.occurrence = 1
    })
    expect(articleOf(parseArticle(source)).mentions[1]?.anchor).toEqual({ block: 'p1', start: 0, end: 13 })
  })

  it('keeps every speaker, mention and quote of the file, once each, in the order of the file', () => {
    const source = validSource()
    expect(article.speakers.map((s) => s.id)).toEqual(source.speakers.map((s) => s.id))
    expect(article.mentions.map((m) => [m.speaker, m.anchor.block])).toEqual(
      source.mentions.map((m) => [m.speaker, m.in]),
    )
    expect(article.quotes.map((q) => q.id)).toEqual(source.quotes.map((q) => q.id))
  })

  it('anchors every mention and evidence passage on exactly the words its source gives', () => {
    const source = validSource()
    expect(article.mentions.map((m) => sliceOf(article, m.anchor))).toEqual(
      source.mentions.map((m) => m.text),
    )
    const passages = article.positions.flatMap((p) => p.evidence.filter((e) => e.kind === 'passage'))
    expect(passages.map((e) => sliceOf(article, e.anchor))).toEqual(['dialogue must continue'])
  })

  it('resolves passages in right-to-left text and after astral characters', () => {
    const source = changed((s) => {
      s.language = 'fa-AF'
      s.direction = 'rtl'
      s.paragraphs.push({ id: 'p3', text: '🇦🇫 ذبیح‌الله مجاهد گفت: «افغانستان امن است.»' })
      s.mentions.push({ speaker: 'zabihullah-mujahid', in: 'p3', text: 'ذبیح‌الله مجاهد' })
      s.quotes.push({
        id: 'mujahid-safe-dari',
        speaker: 'zabihullah-mujahid',
        kind: 'direct',
        cue: 'گفت',
        to: null,
        in: 'p3',
        text: 'افغانستان امن است.',
      })
    })
    const article = articleOf(parseArticle(source))
    // The flag is two astral characters: four UTF-16 code units, then a space.
    expect(article.mentions.at(-1)?.anchor).toEqual({ block: 'p3', start: 5, end: 20 })
    const quote = article.quotes.at(-1)
    expect(article.paragraphs[2]?.text.slice(quote?.anchors[0]?.start, quote?.anchors[0]?.end)).toBe(
      'افغانستان امن است.',
    )
  })
})

describe('parseArticle on words repeated across paragraphs', () => {
  // As in a press conference written up twice: reported in one paragraph, then quoted directly in the next.
  const phrase = 'a lasting dialogue'
  const p1 = 'Lavrov said they support a lasting dialogue with Kabul.'
  const p2 = 'Lavrov told reporters: “We want a lasting dialogue, and a lasting dialogue needs trust.”'
  const repeated = (change: (source: ArticleSource) => void = () => {}) =>
    changed((s) => {
      s.summary = null
      s.paragraphs = [
        { id: 'p1', text: p1 },
        { id: 'p2', text: p2 },
      ]
      s.speakers = [s.speakers[0]!]
      s.mentions = ['headline', 'p1', 'p2'].map((block) => ({
        speaker: 'sergey-lavrov',
        in: block,
        text: 'Lavrov',
      }))
      s.quotes = [
        {
          id: 'lavrov-support',
          speaker: 'sergey-lavrov',
          kind: 'reported',
          cue: 'said',
          to: null,
          in: 'p1',
          text: `they support ${phrase} with Kabul`,
        },
        {
          id: 'lavrov-trust',
          speaker: 'sergey-lavrov',
          kind: 'direct',
          cue: 'told',
          to: 'reporters',
          in: 'p2',
          text: `We want ${phrase}, and ${phrase} needs trust.`,
        },
      ]
      s.issues = [{ id: 'dialogue', title: 'Dialogue with Kabul' }]
      s.positions = [
        {
          speaker: 'sergey-lavrov',
          issue: 'dialogue',
          stance: 'Wants a lasting dialogue.',
          evidence: [
            { in: 'p1', text: phrase },
            { in: 'p2', text: phrase, occurrence: 2 },
          ],
        },
      ]
      change(s)
    })
  const passages = (article: Article) =>
    article.positions.flatMap((p) => p.evidence.flatMap((e) => (e.kind === 'passage' ? [e.anchor] : [])))

  it('anchors words in the paragraph named, with no occurrence when they occur once there', () => {
    const article = articleOf(parseArticle(repeated()))
    expect(passages(article)[0]).toEqual({
      block: 'p1',
      start: p1.indexOf(phrase),
      end: p1.indexOf(phrase) + phrase.length,
    })
    expect(article.quotes.map((q) => q.anchors[0]!.block)).toEqual(['p1', 'p2'])
  })

  it('counts the occurrence within the paragraph named, not across the article', () => {
    const article = articleOf(parseArticle(repeated()))
    const start = p2.lastIndexOf(phrase)
    expect(passages(article)[1]).toEqual({ block: 'p2', start, end: start + phrase.length })
  })

  it('asks for an occurrence by the count in the paragraph named', () => {
    const source = repeated((s) => void (s.positions[0]!.evidence[1] = { in: 'p2', text: phrase }))
    expect(errorsOf(parseArticle(source))).toEqual([
      {
        path: 'positions[0].evidence[1].occurrence',
        message: 'is needed: "a lasting dialogue" occurs 2 times in paragraph p2; give 1 to 2 to say which',
      },
    ])
  })

  it('refuses words that occur in another paragraph but not the one named', () => {
    const source = repeated((s) => void (s.quotes[0]!.in = 'p2'))
    expect(errorsOf(parseArticle(source))).toEqual([
      {
        path: 'quotes[0].text',
        message: '"they support a lasting dialogue with Kabul" does not occur in paragraph p2',
      },
    ])
  })
})

describe('parseArticle on nested marks', () => {
  const text =
    'Zabihullah Mujahid, the spokesperson for the Islamic Emirate, told TOLOnews that the Islamic Emirate is safe.'
  const source = () =>
    changed((s) => {
      s.paragraphs.push({ id: 'p3', text })
      s.speakers.push({ ...speaker('islamic-emirate'), kind: 'organization' })
      s.mentions.push(
        { speaker: 'zabihullah-mujahid', in: 'p3', text: 'Zabihullah Mujahid' },
        { speaker: 'zabihullah-mujahid', in: 'p3', text: 'the spokesperson for the Islamic Emirate' },
        { speaker: 'islamic-emirate', in: 'p3', text: 'the Islamic Emirate', occurrence: 1 },
        { speaker: 'islamic-emirate', in: 'p3', text: 'the Islamic Emirate', occurrence: 2 },
      )
      s.quotes.push({
        id: 'mujahid-emirate-safe',
        speaker: 'zabihullah-mujahid',
        kind: 'reported',
        cue: 'told',
        to: 'TOLOnews',
        in: 'p3',
        text: 'the Islamic Emirate is safe.',
      })
    })

  it('accepts two speakers on nested ranges, and a quote that contains a mention', () => {
    const article = articleOf(parseArticle(source()))
    expect(article.mentions.slice(-4).map((m) => [m.speaker, sliceOf(article, m.anchor)])).toEqual([
      ['zabihullah-mujahid', 'Zabihullah Mujahid'],
      ['zabihullah-mujahid', 'the spokesperson for the Islamic Emirate'],
      ['islamic-emirate', 'the Islamic Emirate'],
      ['islamic-emirate', 'the Islamic Emirate'],
    ])
  })

  it('renders every block back to its own text from its marks', () => {
    const article = articleOf(parseArticle(source()))
    for (const { block, text, rendered } of renderedBlocks(article)) expect(rendered, block).toBe(text)
  })
})

describe('parseArticle on quote order', () => {
  const laterInP1 = {
    id: 'lavrov-continue',
    speaker: 'sergey-lavrov',
    kind: 'reported',
    cue: 'added',
    to: null,
    in: 'p1',
    text: 'dialogue must continue',
  } as const
  const inHeadline = {
    id: 'lavrov-headline',
    speaker: 'sergey-lavrov',
    kind: 'reported',
    cue: 'seek',
    to: null,
    in: 'headline',
    text: 'CSTO members seek dialogue',
  } as const
  const inSummary = {
    id: 'mujahid-summary',
    speaker: 'zabihullah-mujahid',
    kind: 'reported',
    cue: 'told',
    to: 'TOLOnews',
    in: 'summary',
    text: 'Afghanistan is safe',
  } as const
  const ids = (source: ArticleSource) => source.quotes.map((q) => q.id)

  it.each<{ name: string; change: (s: ArticleSource) => void }>([
    { name: 'two paragraphs in the order of the article', change: () => {} },
    {
      name: 'the headline, the summary, then the paragraphs',
      change: (s) => void s.quotes.unshift({ ...inHeadline }, { ...inSummary }),
    },
    {
      name: 'two quotes in one paragraph by offset',
      change: (s) => void s.quotes.splice(1, 0, { ...laterInP1 }),
    },
    {
      name: 'two quotes that start at the same word',
      change: (s) =>
        void s.quotes.splice(1, 0, { ...s.quotes[0]!, id: 'lavrov-members', text: 'the members seek' }),
    },
    {
      name: 'paragraphs whose ids are not in order, as the file orders them',
      change: (s) => {
        s.paragraphs[0]!.id = 'p9'
        for (const item of [...s.mentions, ...s.quotes]) if (item.in === 'p1') item.in = 'p9'
        s.positions[0]!.evidence[1] = { in: 'p9', text: 'dialogue must continue' }
      },
    },
  ])('accepts $name', ({ change }) => {
    const source = changed(change)
    expect(articleOf(parseArticle(source)).quotes.map((q) => q.id)).toEqual(ids(source))
  })

  it.each<{ name: string; change: (s: ArticleSource) => void; path: string; message: string }>([
    {
      name: 'a quote from an earlier paragraph listed after a later one',
      change: (s) => void s.quotes.reverse(),
      path: 'quotes[1]',
      message:
        'comes before quotes[0] ("Afghanistan is safe, and the countries’…") in the text; ' +
        'list quotes in reading order (move it up)',
    },
    {
      name: 'an earlier quote in one paragraph listed after a later one',
      change: (s) => void s.quotes.unshift({ ...laterInP1 }),
      path: 'quotes[1]',
      message:
        'comes before quotes[0] ("dialogue must continue") in the text; list quotes in reading order (move it up)',
    },
    {
      name: 'a quote in the headline listed after one in the summary',
      change: (s) => void s.quotes.unshift({ ...inSummary }, { ...inHeadline }),
      path: 'quotes[1]',
      message: 'comes before quotes[0] ("Afghanistan is safe") in the text',
    },
    {
      name: 'a quote in the summary listed after one in a paragraph',
      change: (s) => void s.quotes.push({ ...inSummary }),
      path: 'quotes[2]',
      message: 'comes before quotes[1] ("Afghanistan is safe, and the countries’…") in the text',
    },
  ])('refuses $name', ({ change, path, message }) => {
    expect(errorsOf(parseArticle(changed(change)))).toEqual([
      { path, message: expect.stringContaining(message) },
    ])
  })

  it('compares a quote with the last one found, past one that cannot be found', () => {
    const source = changed((s) => {
      s.quotes.reverse()
      s.quotes.splice(1, 0, { ...laterInP1, id: 'lavrov-lost', text: 'dialogue must stop' })
    })
    expect(errorsOf(parseArticle(source)).map((e) => `${e.path}: ${e.message.split(' in ')[0]}`)).toEqual([
      'quotes[1].text: "dialogue must stop" does not occur',
      'quotes[2]: comes before quotes[0] ("Afghanistan is safe, and the countries’…")',
    ])
  })

  it('cuts a long previous quote at a word, never inside a character', () => {
    const source = changed((s) => {
      s.paragraphs[1]!.text = `Mujahid said: “${'🇦🇫 '.repeat(30)}”`
      s.quotes[1]!.text = '🇦🇫 '.repeat(30).trim()
      s.quotes.push({ ...laterInP1 })
    })
    const [error] = errorsOf(parseArticle(source))
    expect(error?.path).toBe('quotes[2]')
    expect(error?.message).toContain(`("${'🇦🇫 '.repeat(13).trim()}…")`)
  })
})

describe('parseArticle on generated valid articles', () => {
  // Short blocks over a small alphabet with repeats, curly quotes, astral and right-to-left characters, a letter
  // with a combining accent, a joined emoji and a flag, so passages often occur more than once. Passages are cut on
  // whole characters (grapheme clusters), as the check requires; cuts inside one are tested in
  // parse-article-hostile.test.ts.
  const blockArb = fc
    .string({
      unit: fc.constantFrom('a', 'ab', ' ', '’', '“', '🙂', 'ا', 'ل', 'e\u0301', '👩\u200d👩\u200d👧', '🇦🇫'),
      minLength: 1,
      maxLength: 16,
    })
    .filter((text) => /\S/.test(text))
  const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })
  /** The offsets between whole characters of `text`, its ends included. */
  const boundariesOf = (text: string) => [...[...graphemes.segment(text)].map((s) => s.index), text.length]
  const pickArb = fc.record({ block: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 8 }) })
  const generatedArb = fc.record({
    headline: blockArb,
    summary: fc.option(blockArb, { nil: null }),
    paragraphs: fc.array(blockArb, { minLength: 1, maxLength: 4 }),
    mentions: fc.array(fc.record({ pick: pickArb, speaker: fc.nat({ max: 2 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    quotes: fc.array(pickArb, { maxLength: 6 }),
    evidence: fc.array(pickArb, { maxLength: 4 }),
  })
  type Generated = typeof generatedArb extends fc.Arbitrary<infer T> ? T : never
  type Pick = Generated['quotes'][number]

  /** A valid source from the generated blocks and picks, with the range each passage was cut from. */
  function generatedArticle(generated: Generated) {
    const paragraphs = generated.paragraphs.map((text, index) => ({ id: `p${index + 1}`, text }))
    const blocks = [
      { id: 'headline', text: generated.headline },
      ...(generated.summary === null ? [] : [{ id: 'summary', text: generated.summary }]),
      ...paragraphs,
    ]
    const passageOf = (pick: Pick) => {
      const rank = pick.block % blocks.length
      const { id, text } = blocks[rank]!
      const boundaries = boundariesOf(text)
      const first = pick.start % (boundaries.length - 1)
      const start = boundaries[first]!
      const end = boundaries[Math.min(first + pick.length, boundaries.length - 1)]!
      const words = text.slice(start, end)
      // Counted here by brute force, apart from the search the parser uses.
      const starts = Array.from({ length: text.length }, (_, i) => i).filter((i) => text.startsWith(words, i))
      const occurrence = starts.indexOf(start) + 1
      const source = starts.length > 1 ? { in: id, text: words, occurrence } : { in: id, text: words }
      return {
        source,
        rank,
        anchor: { block: id, start, end },
        cue: [...graphemes.segment(text)].map((s) => s.segment).find((c) => /\S/.test(c))!,
        blockText: text,
      }
    }
    // One mention per range: a second mark on the same words is an error, not a valid article.
    const mentionsByRange = new Map<string, ReturnType<typeof passageOf> & { speaker: string }>()
    for (const { pick, speaker: n } of generated.mentions) {
      const mention = { ...passageOf(pick), speaker: `speaker-${n}` }
      const { block, start, end } = mention.anchor
      const range = `${block}:${start}:${end}`
      if (!mentionsByRange.has(range)) mentionsByRange.set(range, mention)
    }
    // Marks may nest but not cross: a candidate that crosses one already taken is left out.
    const taken: { block: string; start: number; end: number }[] = []
    const crossesTaken = ({ block, start, end }: { block: string; start: number; end: number }) =>
      taken.some(
        (other) =>
          other.block === block &&
          ((other.start < start && start < other.end && other.end < end) ||
            (start < other.start && other.start < end && end < other.end)),
      )
    const mentions = [...mentionsByRange.values()].filter((mention) => {
      if (crossesTaken(mention.anchor)) return false
      taken.push(mention.anchor)
      return true
    })
    const speakerIds = [...new Set(mentions.map((m) => m.speaker))]
    const quotes = generated.quotes
      .map(passageOf)
      // Reported speech around a quotation would have to be "mixed"; that rule has tests of its own.
      .filter((quote) => !quote.blockText.includes('“'))
      .filter((quote) => {
        if (crossesTaken(quote.anchor)) return false
        taken.push(quote.anchor)
        return true
      })
      .sort((a, b) => a.rank - b.rank || a.anchor.start - b.anchor.start)
    const evidence = generated.evidence.map(passageOf)
    const source: ArticleSource = {
      ...validSource(),
      headline: generated.headline,
      summary: generated.summary,
      paragraphs,
      speakers: speakerIds.map(speaker),
      mentions: mentions.map((m) => ({ ...m.source, speaker: m.speaker })),
      quotes: quotes.map((q, index) => ({
        ...q.source,
        id: `quote-${index}`,
        speaker: speakerIds[0]!,
        kind: 'reported',
        cue: q.cue,
        to: null,
      })),
      issues: evidence.length === 0 ? [] : [{ id: 'topic', title: 'Topic' }],
      positions:
        evidence.length === 0
          ? []
          : [
              {
                speaker: speakerIds[0]!,
                issue: 'topic',
                stance: 'A stance.',
                evidence: evidence.map((e) => e.source),
              },
            ],
    }
    return { source, passages: [...mentions, ...quotes, ...evidence] }
  }

  it('anchors every passage on exactly its words, where it was cut from', () => {
    fc.assert(
      fc.property(generatedArb, (generated) => {
        const { source, passages } = generatedArticle(generated)
        const article = articleOf(parseArticle(source))
        const anchors = [
          ...article.mentions.map((m) => m.anchor),
          ...article.quotes.flatMap((q) => q.anchors),
          ...article.positions.flatMap((p) =>
            p.evidence.flatMap((e) => (e.kind === 'passage' ? [e.anchor] : [])),
          ),
        ]
        expect(anchors).toEqual(passages.map((p) => p.anchor))
        for (const [index, anchor] of anchors.entries()) {
          expect(anchor.end - anchor.start).toBe(passages[index]!.source.text.length)
          expect(sliceOf(article, anchor)).toBe(passages[index]!.source.text)
        }
      }),
    )
  })

  it('renders every block back to its own text from its marks', () => {
    fc.assert(
      fc.property(generatedArb, (generated) => {
        const article = articleOf(parseArticle(generatedArticle(generated).source))
        for (const { block, text, rendered } of renderedBlocks(article)) expect(rendered, block).toBe(text)
      }),
    )
  })
})

describe('parseArticle revision', () => {
  const revisionOf = (source: ArticleSource) => articleOf(parseArticle(source)).revision
  const base = revisionOf(validSource())

  it('is a short base-36 string, the same on every parse', () => {
    expect(base).toMatch(/^[0-9a-z]{1,11}$/)
    expect(revisionOf(validSource())).toBe(base)
  })

  it.each<{ name: string; change: (s: ArticleSource) => void }>([
    { name: 'the headline', change: (s) => void (s.headline = 'Lavrov: CSTO members seek dialogue now') },
    {
      name: 'the summary',
      change: (s) => void (s.summary = 'Mujahid told TOLOnews that Afghanistan is safer.'),
    },
    {
      name: 'the summary, removed',
      change: (s) => {
        s.summary = null
        s.mentions = s.mentions.filter((m) => m.in !== 'summary')
      },
    },
    { name: 'a paragraph', change: (s) => void (s.paragraphs[1]!.text += ' He repeated it.') },
    {
      name: 'one apostrophe, in the paragraph and its quote',
      change: (s) => {
        s.paragraphs[1]!.text = s.paragraphs[1]!.text.replace('’', "'")
        s.quotes[1]!.text = s.quotes[1]!.text!.replace('’', "'")
      },
    },
    {
      name: 'the order of paragraphs (and so of their quotes)',
      change: (s) => {
        s.paragraphs = [s.paragraphs[1]!, s.paragraphs[0]!]
        s.quotes.reverse()
      },
    },
    {
      name: 'an added paragraph',
      change: (s) => void s.paragraphs.push({ id: 'p3', text: 'The meeting was held in Almaty.' }),
    },
  ])('changes when the text changes: $name', ({ change }) => {
    expect(revisionOf(changed(change))).not.toBe(base)
  })

  it.each<{ name: string; change: (s: ArticleSource) => void }>([
    { name: 'a stance', change: (s) => void (s.positions[0]!.stance = 'Wants talks.') },
    { name: 'the positions, all removed', change: (s) => void (s.positions = []) },
    {
      name: 'a quote kind and addressee',
      change: (s) => Object.assign(s.quotes[0]!, { cue: 'added', to: null }),
    },
    { name: 'a speaker role', change: (s) => void (s.speakers[0]!.role = null) },
    { name: 'an issue title', change: (s) => void (s.issues[0]!.title = 'Talks with Kabul') },
    {
      name: 'the slug and outlet',
      change: (s) => Object.assign(s, { slug: 'other', outlet: { name: 'X', url: null } }),
    },
    {
      name: 'the dates',
      change: (s) => Object.assign(s, { published: '2024-06-22', updated: '2024-06-23' }),
    },
    { name: 'a mention removed', change: (s) => void s.mentions.splice(2, 1) },
  ])('stays the same when only annotations change: $name', ({ change }) => {
    expect(revisionOf(changed(change))).toBe(base)
  })

  // Splitting p1 at its line break moves every offset in the old p2, so the revision must see the boundary.
  it('changes when a paragraph with a line break is split in two there', () => {
    const joined = changed((s) => {
      s.paragraphs = [{ id: 'p1', text: `${s.paragraphs[0]!.text}\n${s.paragraphs[1]!.text}` }]
      for (const item of [...s.mentions, ...s.quotes]) if (item.in === 'p2') item.in = 'p1'
    })
    expect(revisionOf(joined)).not.toBe(base)
  })
})

describe('parseArticle errors', () => {
  describe('schema', () => {
    it.each<{ name: string; json: () => unknown; path: string; message: string }>([
      { name: 'not an object', json: () => null, path: '', message: 'expected object' },
      { name: 'an array', json: () => [validSource()], path: '', message: 'expected object' },
      {
        name: 'a missing field',
        json: () => {
          const { slug: _slug, ...rest } = validSource()
          return rest
        },
        path: 'slug',
        message: 'expected string, received undefined',
      },
      {
        name: 'a wrong type',
        json: () => ({ ...validSource(), headline: 3 }),
        path: 'headline',
        message: 'expected string',
      },
      {
        name: 'a wrong type deep inside',
        json: () => changed((s) => Object.assign(s.mentions[1]!, { occurrence: '2' })),
        path: 'mentions[1].occurrence',
        message: 'expected number',
      },
      {
        name: 'a blank headline',
        json: () => ({ ...validSource(), headline: '  \n ' }),
        path: 'headline',
        message: 'must not be blank',
      },
      {
        name: 'a bad speaker id',
        json: () => changed((s) => void (s.speakers[0]!.id = 'Sergey Lavrov')),
        path: 'speakers[0].id',
        message: 'lowercase letters and digits joined by single hyphens',
      },
      {
        name: 'a bad quote id (double hyphen)',
        json: () => changed((s) => void (s.quotes[1]!.id = 'mujahid--safe')),
        path: 'quotes[1].id',
        message: 'lowercase letters and digits joined by single hyphens',
      },
      {
        name: 'a bad slug (trailing hyphen)',
        json: () => ({ ...validSource(), slug: 'lavrov-' }),
        path: 'slug',
        message: 'lowercase letters and digits',
      },
      {
        name: 'an unknown key at the top',
        json: () => ({ ...validSource(), author: 'someone' }),
        path: '',
        message: 'Unrecognized key: "author"',
      },
      {
        name: 'an unknown key in a quote',
        json: () => changed((s) => Object.assign(s.quotes[0]!, { said: 'told' })),
        path: 'quotes[0]',
        message: 'Unrecognized key: "said"',
      },
      {
        name: 'an unknown speaker kind',
        json: () => changed((s) => Object.assign(s.speakers[1]!, { kind: 'spokesperson' })),
        path: 'speakers[1].kind',
        message: '"person"',
      },
      {
        name: 'an unknown direction',
        json: () => ({ ...validSource(), direction: 'up' }),
        path: 'direction',
        message: '"rtl"',
      },
      {
        name: 'occurrence 0',
        json: () => changed((s) => void (s.mentions[2]!.occurrence = 0)),
        path: 'mentions[2].occurrence',
        message: 'counts from 1',
      },
      {
        name: 'a fractional occurrence',
        json: () => changed((s) => void (s.mentions[2]!.occurrence = 1.5)),
        path: 'mentions[2].occurrence',
        message: 'whole number',
      },
      {
        name: 'an empty passage text',
        json: () => changed((s) => void (s.mentions[0]!.text = '')),
        path: 'mentions[0].text',
        message: 'must not be empty',
      },
      {
        name: 'a date that is not ISO',
        json: () => ({ ...validSource(), published: '21 June 2024' }),
        path: 'published',
        message: 'ISO date',
      },
      {
        name: 'a URL that is not a URL',
        json: () => ({ ...validSource(), sourceUrl: 'tolonews.com/article' }),
        path: 'sourceUrl',
        message: 'is not a full address',
      },
      {
        name: 'a bad language tag',
        json: () => ({ ...validSource(), language: 'English' }),
        path: 'language',
        message: 'language tag',
      },
      {
        name: 'no paragraphs',
        json: () => ({ ...validSource(), paragraphs: [] }),
        path: 'paragraphs',
        message: 'needs at least one paragraph',
      },
      {
        name: 'a position without evidence',
        json: () => changed((s) => void (s.positions[1]!.evidence = [])),
        path: 'positions[1].evidence',
        message: 'needs at least one quote or passage',
      },
    ])('reports $name', ({ json, path, message }) => {
      expect(errorsOf(parseArticle(json()))).toContainEqual({
        path,
        message: expect.stringContaining(message),
      })
    })

    it('reports every schema error at once', () => {
      const json = { ...validSource(), headline: 3, direction: 'up', extra: true }
      expect(errorsOf(parseArticle(json)).map((e) => e.path)).toEqual(
        expect.arrayContaining(['headline', 'direction', '']),
      )
    })
  })

  describe('checks against the text and the references', () => {
    it.each<{ name: string; source: () => ArticleSource; slug?: string; path: string; message: string }>([
      {
        name: 'a slug that does not match the file name',
        source: validSource,
        slug: 'lavrov-talks',
        path: 'slug',
        message: 'is "lavrov-dialogue" but the file is named "lavrov-talks.json"; they must match',
      },
      {
        name: 'a duplicate speaker id',
        source: () => changed((s) => void s.speakers.push({ ...s.speakers[0]!, name: 'Another Lavrov' })),
        path: 'speakers[2].id',
        message: '"sergey-lavrov" is used twice in speakers; ids must be unique',
      },
      {
        name: 'a duplicate quote id',
        source: () =>
          changed((s) => {
            s.quotes[1]!.id = 'lavrov-seek-dialogue'
            s.positions[1]!.evidence = [{ quote: 'lavrov-seek-dialogue' }]
          }),
        path: 'quotes[1].id',
        message: '"lavrov-seek-dialogue" is used twice in quotes',
      },
      {
        name: 'a duplicate paragraph id',
        source: () =>
          changed((s) => void s.paragraphs.push({ id: 'p1', text: 'The meeting was held in Almaty.' })),
        path: 'paragraphs[2].id',
        message: '"p1" is used twice in paragraphs',
      },
      {
        name: 'a duplicate issue id',
        source: () =>
          changed((s) => {
            s.issues[1]!.id = 'dialogue'
            s.positions[1]!.issue = 'dialogue'
          }),
        path: 'issues[1].id',
        message: '"dialogue" is used twice in issues',
      },
      {
        name: 'a paragraph named "headline"',
        source: () => changed((s) => void s.paragraphs.push({ id: 'headline', text: 'More text.' })),
        path: 'paragraphs[2].id',
        message: '"headline" is reserved for the headline itself',
      },
      {
        name: 'a paragraph named "summary"',
        source: () => changed((s) => void s.paragraphs.push({ id: 'summary', text: 'More text.' })),
        path: 'paragraphs[2].id',
        message: '"summary" is reserved for the summary itself',
      },
      {
        name: 'an unknown block',
        source: () => changed((s) => void (s.mentions[4]!.in = 'p3')),
        path: 'mentions[4].in',
        message: '"p3" is not a block of this article; use one of "headline", "summary", "p1", "p2"',
      },
      {
        name: 'the summary as a block when the summary is null',
        source: () =>
          changed((s) => {
            s.summary = null
            s.mentions = s.mentions.filter((m) => m.in !== 'summary')
            s.quotes[1]!.in = 'summary'
          }),
        path: 'quotes[1].in',
        message: '"summary" is not a block of this article; use one of "headline", "p1", "p2"',
      },
      {
        name: 'a mention whose text is not in its block',
        source: () => changed((s) => void (s.mentions[1]!.text = 'Sergei Lavrov')),
        path: 'mentions[1].text',
        message: '"Sergei Lavrov" does not occur in paragraph p1',
      },
      {
        name: 'a quote whose text is in another block',
        source: () => changed((s) => void (s.quotes[0]!.in = 'headline')),
        path: 'quotes[0].text',
        message: '"the members seek dialogue" does not occur in the headline',
      },
      {
        name: 'an evidence passage that is not in its block',
        source: () =>
          changed((s) => void (s.positions[0]!.evidence[1] = { in: 'p2', text: 'dialogue must continue' })),
        path: 'positions[0].evidence[1].text',
        message: '"dialogue must continue" does not occur in paragraph p2',
      },
      {
        name: 'an evidence passage in an unknown block',
        source: () => changed((s) => void (s.positions[0]!.evidence[1] = { in: 'p7', text: 'dialogue' })),
        path: 'positions[0].evidence[1].in',
        message: '"p7" is not a block of this article',
      },
      {
        name: 'repeated words without an occurrence',
        source: () => changed((s) => void delete s.mentions[2]!.occurrence),
        path: 'mentions[2].occurrence',
        message: 'is needed: "Lavrov" occurs 2 times in paragraph p1; give 1 to 2 to say which',
      },
      {
        name: 'repeated words in evidence without an occurrence',
        source: () => changed((s) => void (s.positions[0]!.evidence[1] = { in: 'p1', text: 'dialogue' })),
        path: 'positions[0].evidence[1].occurrence',
        message: 'is needed: "dialogue" occurs 2 times in paragraph p1',
      },
      {
        name: 'an occurrence past the last one',
        source: () => changed((s) => void (s.mentions[2]!.occurrence = 3)),
        path: 'mentions[2].occurrence',
        message: 'is 3, but "Lavrov" occurs only 2 times in paragraph p1',
      },
      {
        name: 'an occurrence of words that occur once',
        source: () => changed((s) => void (s.mentions[0]!.occurrence = 2)),
        path: 'mentions[0].occurrence',
        message: 'is 2, but "Lavrov" occurs only once in the headline',
      },
      {
        name: 'a mention of an unknown speaker',
        source: () =>
          changed(
            (s) =>
              void s.mentions.push({ speaker: 'sergei-lavrov', in: 'p1', text: 'Lavrov', occurrence: 1 }),
          ),
        path: 'mentions[5].speaker',
        message: '"sergei-lavrov" is not the id of any speaker; known: "sergey-lavrov", "zabihullah-mujahid"',
      },
      {
        name: 'a quote by an unknown speaker',
        source: () => changed((s) => void (s.quotes[0]!.speaker = 'maria-zakharova')),
        path: 'quotes[0].speaker',
        message: '"maria-zakharova" is not the id of any speaker',
      },
      {
        name: 'a position of an unknown speaker',
        source: () => changed((s) => void (s.positions[0]!.speaker = 'maria-zakharova')),
        path: 'positions[0].speaker',
        message: '"maria-zakharova" is not the id of any speaker',
      },
      {
        name: 'a position on an unknown issue',
        source: () => changed((s) => void (s.positions[0]!.issue = 'trade')),
        path: 'positions[0].issue',
        message: '"trade" is not the id of any issue; known: "dialogue", "security"',
      },
      {
        name: 'evidence citing an unknown quote',
        source: () => changed((s) => void (s.positions[1]!.evidence = [{ quote: 'mujahid-unsafe' }])),
        path: 'positions[1].evidence[0].quote',
        message: '"mujahid-unsafe" is not the id of any quote; known: "lavrov-seek-dialogue", "mujahid-safe"',
      },
      {
        name: 'a cue that is not in the block of the quote',
        source: () => changed((s) => void (s.quotes[0]!.cue = 'said')),
        path: 'quotes[0].cue',
        message: '"said" does not occur in paragraph p1, where the quote is',
      },
      {
        name: 'the same mention twice',
        source: () =>
          changed((s) => void s.mentions.push({ speaker: 'zabihullah-mujahid', in: 'p2', text: 'Mujahid' })),
        path: 'mentions[5]',
        message: 'marks "Mujahid" in paragraph p2 a second time; remove this mention',
      },
      {
        name: 'one range marked for two different speakers',
        source: () =>
          changed(
            (s) => void s.mentions.push({ speaker: 'zabihullah-mujahid', in: 'p1', text: 'Sergey Lavrov' }),
          ),
        path: 'mentions[5]',
        message:
          'marks "Sergey Lavrov" in paragraph p1 as zabihullah-mujahid, but mentions[1] marks the same words ' +
          'as sergey-lavrov; keep the mention of the speaker the words name and remove the other',
      },
      {
        name: 'two positions of one speaker on one issue',
        source: () =>
          changed(
            (s) =>
              void s.positions.push({
                speaker: 'sergey-lavrov',
                issue: 'dialogue',
                stance: 'Wants talks.',
                evidence: [{ quote: 'lavrov-seek-dialogue' }],
              }),
          ),
        path: 'positions[2]',
        message: 'sergey-lavrov already has a position on dialogue; merge the two',
      },
      {
        name: 'a speaker who is never mentioned',
        source: () => changed((s) => void s.speakers.push(speaker('salim-paigir'))),
        path: 'speakers[2]',
        message: 'salim-paigir is never mentioned; add their mentions or remove the speaker',
      },
    ])('reports $name', ({ source, slug, path, message }) => {
      // Each broken file has exactly one thing wrong, so exactly one error is expected.
      expect(errorsOf(parseArticle(source(), slug))).toEqual([
        { path, message: expect.stringContaining(message) },
      ])
    })

    const hint = 'differs only in capitals, quote marks or spaces'

    it.each<{ name: string; text: string; hinted: boolean }>([
      { name: 'a straight apostrophe for a curly one', text: "the countries' concerns", hinted: true },
      { name: 'straight double quotes for curly ones', text: '"Afghanistan is safe', hinted: true },
      { name: 'different capitals', text: 'afghanistan Is Safe', hinted: true },
      { name: 'a doubled space', text: 'Afghanistan  is safe', hinted: true },
      { name: 'a line break for a space', text: 'Afghanistan is\nsafe', hinted: true },
      { name: 'different words', text: 'Afghanistan is dangerous', hinted: false },
    ])('hints at a near miss only when it is one: $name', ({ text, hinted }) => {
      const source = changed((s) => void (s.positions[1]!.evidence = [{ in: 'p2', text }]))
      const [error] = errorsOf(parseArticle(source))
      expect(error?.path).toBe('positions[1].evidence[0].text')
      expect(error?.message).toContain('does not occur in paragraph p2')
      if (hinted) expect(error?.message).toContain(hint)
      else expect(error?.message).not.toContain(hint)
    })

    it('reports every error in the file at once, in the order of the file', () => {
      const source = changed((s) => {
        s.speakers.push(speaker('salim-paigir'))
        s.mentions[1]!.text = 'Sergei Lavrov'
        s.quotes[0]!.cue = 'whispered'
        s.quotes[1]!.speaker = 'nobody'
        s.positions[0]!.issue = 'trade'
        s.positions[1]!.evidence = [{ quote: 'mujahid-unsafe' }]
      })
      expect(errorsOf(parseArticle(source, 'other-name')).map((e) => e.path)).toEqual([
        'slug',
        'mentions[1].text',
        'quotes[0].cue',
        'quotes[1].speaker',
        'positions[0].issue',
        'positions[1].evidence[0].quote',
        'speakers[2]',
      ])
    })
  })
})

describe('formatJsonPath', () => {
  it.each<{ path: PropertyKey[]; expected: string }>([
    { path: [], expected: '' },
    { path: ['slug'], expected: 'slug' },
    { path: ['outlet', 'url'], expected: 'outlet.url' },
    { path: ['quotes', 3, 'text'], expected: 'quotes[3].text' },
    { path: ['positions', 0, 'evidence', 1, 'quote'], expected: 'positions[0].evidence[1].quote' },
    { path: ['matrix', 0, 1], expected: 'matrix[0][1]' },
    { path: [2, 'id'], expected: '[2].id' },
    { path: ['$schema'], expected: '$schema' },
  ])('formats $path as "$expected"', ({ path, expected }) => {
    expect(formatJsonPath(path)).toBe(expected)
  })
})
