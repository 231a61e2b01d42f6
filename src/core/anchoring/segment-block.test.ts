// segmentBlock: how one block splits into text runs and spans — plain, adjacent, nested and crossing
// spans, edges of the block, ignored spans, non-Latin text — plus properties over random text and spans.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentBlock, type Segment, type Span } from './segment-block.ts'

/** The [start, end) of the nth occurrence of `phrase` in `text`, in UTF-16 code units. */
function range(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let start = -1
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(phrase, start + 1)
    if (start === -1) throw new Error(`test setup: "${phrase}" occurs fewer than ${occurrence} times`)
  }
  return { start, end: start + phrase.length }
}

const mention = (speaker: string, at: { start: number; end: number }): Span => ({
  kind: 'mention',
  speaker,
  ...at,
})
const quote = (id: string, at: { start: number; end: number }): Span => ({
  kind: 'quote',
  quote: id,
  speaker: 'someone',
  ...at,
})
const passage = (at: { start: number; end: number }): Span => ({ kind: 'passage', ...at })

/** The tree as markup: `<m ann>Ann</m>` for a mention, `<q id>…</q>` for a quote, `<p>…</p>` for a passage. */
function show(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text
      const inner = show(segment.children)
      const { span } = segment
      if (span.kind === 'mention') return `<m ${span.speaker}>${inner}</m>`
      if (span.kind === 'quote') return `<q ${span.quote}>${inner}</q>`
      return `<p>${inner}</p>`
    })
    .join('')
}

interface Leaf {
  start: number
  text: string
  /** The spans around this run, outermost first. */
  spans: Span[]
}

/** The text runs in order, each with the spans it sits in. */
function flatten(segments: readonly Segment[], around: Span[] = []): Leaf[] {
  return segments.flatMap((segment) =>
    segment.kind === 'text'
      ? [{ start: segment.start, text: segment.text, spans: around }]
      : flatten(segment.children, [...around, segment.span]),
  )
}

/** Every span element in document order, with the range it covers. */
function spanSegments(segments: readonly Segment[]): Extract<Segment, { kind: 'span' }>[] {
  return segments.flatMap((segment) =>
    segment.kind === 'text' ? [] : [segment, ...spanSegments(segment.children)],
  )
}

/** The pieces one span object was rendered as, in document order. */
function piecesOf(segments: readonly Segment[], span: Span): { start: number; end: number }[] {
  return spanSegments(segments)
    .filter((segment) => segment.span === span)
    .map(({ start, end }) => ({ start, end }))
}

const isValid = (text: string, span: Span) =>
  span.start >= 0 && span.start < span.end && span.end <= text.length
const crosses = (a: Span, b: Span) =>
  (a.start < b.start && b.start < a.end && a.end < b.end) ||
  (b.start < a.start && a.start < b.end && b.end < a.end)

describe('segmentBlock', () => {
  it('returns a single text run for a block without spans', () => {
    expect(segmentBlock('Lavrov spoke.', [])).toEqual([{ kind: 'text', start: 0, text: 'Lavrov spoke.' }])
  })

  it('returns nothing for an empty block', () => {
    expect(segmentBlock('', [])).toEqual([])
  })

  it('gives each span element its range and each text run its offset', () => {
    const text = 'Sergey Lavrov told reporters.'
    const lavrov = mention('lavrov', range(text, 'Sergey Lavrov'))
    expect(segmentBlock(text, [lavrov])).toEqual([
      {
        kind: 'span',
        start: 0,
        end: 13,
        span: lavrov,
        children: [{ kind: 'text', start: 0, text: 'Sergey Lavrov' }],
      },
      { kind: 'text', start: 13, text: ' told reporters.' },
    ])
  })

  it('does not change the spans it is given', () => {
    const text = 'Lavrov said it.'
    const spans = [quote('q1', range(text, 'said it')), mention('lavrov', range(text, 'Lavrov'))]
    const copy = structuredClone(spans)
    segmentBlock(text, spans)
    expect(spans).toEqual(copy)
  })

  describe.each<{ name: string; text: string; spans: (text: string) => Span[]; expected: string }>([
    {
      name: 'adjacent mentions stay side by side',
      text: 'LavrovMujahid met.',
      spans: (t) => [mention('lavrov', range(t, 'Lavrov')), mention('mujahid', range(t, 'Mujahid'))],
      expected: '<m lavrov>Lavrov</m><m mujahid>Mujahid</m> met.',
    },
    {
      name: 'a quote right after a mention, sharing its edge',
      text: 'Lavrov: dialogue now.',
      spans: (t) => [mention('lavrov', range(t, 'Lavrov')), quote('q1', range(t, ': dialogue now'))],
      expected: '<m lavrov>Lavrov</m><q q1>: dialogue now</q>.',
    },
    {
      name: 'a mention inside a mention',
      text: 'the Russian Foreign Minister spoke',
      spans: (t) => [
        mention('russia', range(t, 'Russian')),
        mention('lavrov', range(t, 'the Russian Foreign Minister')),
      ],
      expected: '<m lavrov>the <m russia>Russian</m> Foreign Minister</m> spoke',
    },
    {
      name: 'a mention inside a quote',
      text: 'He said we back the Taliban government today.',
      spans: (t) => [
        quote('q1', range(t, 'we back the Taliban government today')),
        mention('ie', range(t, 'the Taliban government')),
      ],
      expected: 'He said <q q1>we back <m ie>the Taliban government</m> today</q>.',
    },
    {
      name: 'a mention inside a mention inside a quote',
      text: 'He said the Russian Foreign Minister agreed.',
      spans: (t) => [
        quote('q1', range(t, 'the Russian Foreign Minister agreed')),
        mention('lavrov', range(t, 'the Russian Foreign Minister')),
        mention('russia', range(t, 'Russian')),
      ],
      expected: 'He said <q q1><m lavrov>the <m russia>Russian</m> Foreign Minister</m> agreed</q>.',
    },
    {
      name: 'a quote inside a passage',
      text: 'Later he said it is safe, officials added.',
      spans: (t) => [passage(range(t, 'he said it is safe, officials')), quote('q1', range(t, 'it is safe'))],
      expected: 'Later <p>he said <q q1>it is safe</q>, officials</p> added.',
    },
    {
      name: 'a quote that starts inside a mention is cut; the mention stays whole',
      text: 'Officials of the Islamic Emirate say it is safe.',
      spans: (t) => [
        mention('ie', range(t, 'the Islamic Emirate')),
        quote('q1', range(t, 'Emirate say it is safe')),
      ],
      expected: 'Officials of <m ie>the Islamic <q q1>Emirate</q></m><q q1> say it is safe</q>.',
    },
    {
      name: 'a quote that ends inside a mention is cut; the mention stays whole',
      text: 'He said we back the Taliban government today.',
      spans: (t) => [
        mention('ie', range(t, 'the Taliban government')),
        quote('q1', range(t, 'we back the Taliban')),
      ],
      expected: 'He said <q q1>we back </q><m ie><q q1>the Taliban</q> government</m> today.',
    },
    {
      name: 'a passage crossing a quote and a mention is cut into three pieces',
      text: 'Lavrov said they back the Taliban government fully.',
      spans: (t) => [
        mention('lavrov', range(t, 'Lavrov')),
        mention('ie', range(t, 'the Taliban government')),
        quote('q1', range(t, 'they back the Taliban government fully')),
        passage(range(t, 'said they back the Taliban')),
      ],
      expected:
        '<m lavrov>Lavrov</m> <p>said </p><q q1><p>they back </p><m ie><p>the Taliban</p> government</m> fully</q>.',
    },
    {
      name: 'a passage crossing two mentions is cut at both',
      text: 'Lavrov and Mujahid disagree.',
      spans: (t) => [
        mention('lavrov', range(t, 'Lavrov')),
        mention('mujahid', range(t, 'Mujahid')),
        passage(range(t, 'vrov and Muja')),
      ],
      expected: '<m lavrov>La<p>vrov</p></m><p> and </p><m mujahid><p>Muja</p>hid</m> disagree.',
    },
    {
      name: 'two quotes that cross: the later one is cut',
      text: 'one two three four',
      spans: (t) => [quote('a', range(t, 'one two three')), quote('b', range(t, 'two three four'))],
      expected: '<q a>one <q b>two three</q></q><q b> four</q>',
    },
    {
      name: 'two mentions that cross: the later one is cut',
      text: 'Foreign Minister Lavrov',
      spans: (t) => [
        mention('office', range(t, 'Foreign Minister')),
        mention('lavrov', range(t, 'Minister Lavrov')),
      ],
      expected: '<m office>Foreign <m lavrov>Minister</m></m><m lavrov> Lavrov</m>',
    },
    {
      name: 'spans at the very start and the very end of the block',
      text: 'Lavrov said dialogue',
      spans: (t) => [mention('lavrov', range(t, 'Lavrov')), quote('q1', range(t, 'dialogue'))],
      expected: '<m lavrov>Lavrov</m> said <q q1>dialogue</q>',
    },
    {
      name: 'a quote covering the whole block around a mention at its start',
      text: 'Lavrov agreed',
      spans: (t) => [quote('q1', range(t, 'Lavrov agreed')), mention('lavrov', range(t, 'Lavrov'))],
      expected: '<q q1><m lavrov>Lavrov</m> agreed</q>',
    },
    {
      name: 'a mention and a quote over the same range: the quote sits inside the mention',
      text: 'He said Lavrov.',
      spans: (t) => [quote('q1', range(t, 'Lavrov')), mention('lavrov', range(t, 'Lavrov'))],
      expected: 'He said <m lavrov><q q1>Lavrov</q></m>.',
    },
    {
      name: 'two mentions over the same range nest in the order given',
      text: 'The ministers met.',
      spans: (t) => [mention('a', range(t, 'The ministers')), mention('b', range(t, 'The ministers'))],
      expected: '<m a><m b>The ministers</m></m> met.',
    },
    {
      name: 'a passage over the same range as a quote sits inside it',
      text: 'He said yes.',
      spans: (t) => [passage(range(t, 'yes')), quote('q1', range(t, 'yes'))],
      expected: 'He said <q q1><p>yes</p></q>.',
    },
    {
      name: 'the same phrase marked twice in one block, at each occurrence',
      text: 'Lavrov spoke; Lavrov left.',
      spans: (t) => [mention('lavrov', range(t, 'Lavrov', 2)), mention('lavrov', range(t, 'Lavrov', 1))],
      expected: '<m lavrov>Lavrov</m> spoke; <m lavrov>Lavrov</m> left.',
    },
    {
      name: 'curly quotation marks and apostrophes around a quote',
      text: 'Paigir said: “Russia’s neighbors’ concerns are real.”',
      spans: (t) => [
        mention('paigir', range(t, 'Paigir')),
        quote('q1', range(t, 'Russia’s neighbors’ concerns are real.')),
      ],
      expected: '<m paigir>Paigir</m> said: “<q q1>Russia’s neighbors’ concerns are real.</q>”',
    },
    {
      name: 'emoji, flags and other astral characters before and inside spans',
      text: '🇦🇫 Mujahid 👋🏽 said: “𝒜fghanistan is safe 🙂.”',
      spans: (t) => [
        mention('mujahid', range(t, 'Mujahid')),
        quote('q1', range(t, '𝒜fghanistan is safe 🙂.')),
      ],
      expected: '🇦🇫 <m mujahid>Mujahid</m> 👋🏽 said: “<q q1>𝒜fghanistan is safe 🙂.</q>”',
    },
    {
      name: 'right-to-left Dari text with a zero-width non-joiner in the name',
      text: 'ذبیح‌الله مجاهد گفت: «افغانستان امن‌تر شده است.»',
      spans: (t) => [
        mention('mujahid', range(t, 'ذبیح‌الله مجاهد')),
        quote('q1', range(t, 'افغانستان امن‌تر شده است.')),
      ],
      expected: '<m mujahid>ذبیح‌الله مجاهد</m> گفت: «<q q1>افغانستان امن‌تر شده است.</q>»',
    },
    {
      name: 'right-to-left Arabic text with a quote crossing a mention',
      text: 'قال سيرغي لافروف إن الحوار ضروري',
      spans: (t) => [mention('lavrov', range(t, 'سيرغي لافروف')), quote('q1', range(t, 'لافروف إن الحوار'))],
      expected: 'قال <m lavrov>سيرغي <q q1>لافروف</q></m><q q1> إن الحوار</q> ضروري',
    },
  ])('$name', ({ text, spans, expected }) => {
    const segments = segmentBlock(text, spans(text))

    it('renders as expected', () => {
      expect(show(segments)).toBe(expected)
    })

    it('gives the block back when the text runs are joined', () => {
      expect(
        flatten(segments)
          .map((leaf) => leaf.text)
          .join(''),
      ).toBe(text)
    })
  })

  it.each<{ name: string; span: Span }>([
    { name: 'an empty span', span: mention('a', { start: 3, end: 3 }) },
    { name: 'a span that ends before it starts', span: quote('q1', { start: 5, end: 2 }) },
    { name: 'a span starting before the block', span: mention('a', { start: -1, end: 4 }) },
    { name: 'a span ending past the block', span: passage({ start: 8, end: 99 }) },
    { name: 'a span entirely past the block', span: mention('a', { start: 50, end: 60 }) },
    { name: 'a span with NaN offsets', span: mention('a', { start: Number.NaN, end: 4 }) },
  ])('ignores $name', ({ span }) => {
    const text = 'Lavrov spoke.'
    expect(segmentBlock(text, [span])).toEqual([{ kind: 'text', start: 0, text }])
  })

  it('keeps the valid spans when some are ignored', () => {
    const text = 'Lavrov spoke.'
    const spans = [mention('lavrov', range(text, 'Lavrov')), mention('ghost', { start: 10, end: 40 })]
    expect(show(segmentBlock(text, spans))).toBe('<m lavrov>Lavrov</m> spoke.')
  })

  // Bug: the two neighbours both report their shared edge as a cut, so the quote gets an empty third piece,
  // nested inside its own first piece. Flip to `it` once segment-block.ts drops duplicate cuts.
  it('cuts a quote crossing two adjacent mentions once, at their shared edge', () => {
    const text = 'LavrovMujahid'
    const q1 = quote('q1', range(text, 'rovMuj'))
    const segments = segmentBlock(text, [
      mention('lavrov', range(text, 'Lavrov')),
      mention('mujahid', range(text, 'Mujahid')),
      q1,
    ])
    expect(piecesOf(segments, q1)).toEqual([
      { start: 3, end: 6 },
      { start: 6, end: 9 },
    ])
    expect(show(segments)).toBe('<m lavrov>Lav<q q1>rov</q></m><m mujahid><q q1>Muj</q>ahid</m>')
  })

  it('does not depend on the order of spans of different kinds', () => {
    const text = 'Lavrov said they back the Taliban government fully.'
    const spans = [
      mention('lavrov', range(text, 'Lavrov')),
      mention('ie', range(text, 'the Taliban government')),
      quote('q1', range(text, 'they back the Taliban government fully')),
      passage(range(text, 'said they back the Taliban')),
    ]
    expect(show(segmentBlock(text, [...spans].reverse()))).toBe(show(segmentBlock(text, spans)))
  })
})

describe('segmentBlock properties', () => {
  // Short texts over a small alphabet with astral characters, so random spans overlap often.
  const textArb = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '’', '🙂', 'ا'), maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  )

  const spansArb = (length: number) =>
    fc.array(
      fc
        .record({
          kind: fc.constantFrom('mention', 'quote', 'passage'),
          // A little outside the block too, so invalid spans are exercised.
          start: fc.integer({ min: -2, max: length + 2 }),
          end: fc.integer({ min: -2, max: length + 2 }),
          speaker: fc.constantFrom('a', 'b', 'c'),
        })
        .map(({ kind, start, end, speaker }): Span => {
          if (kind === 'mention') return { kind, speaker, start, end }
          if (kind === 'quote') return { kind, quote: `q-${start}-${end}`, speaker, start, end }
          return { kind, start, end }
        }),
      { maxLength: 8 },
    )

  const caseArb = textArb.chain((text) => spansArb(text.length).map((spans) => ({ text, spans })))

  it('gives the block back when the text runs are joined, each run at its offset', () => {
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        const leaves = flatten(segmentBlock(text, spans))
        expect(leaves.map((leaf) => leaf.text).join('')).toBe(text)
        let at = 0
        for (const leaf of leaves) {
          expect(leaf.start).toBe(at)
          expect(leaf.text).not.toBe('')
          at += leaf.text.length
        }
      }),
    )
  })

  it('keeps every element inside its parent, with siblings in order and apart', () => {
    const check = (segments: readonly Segment[], from: number, to: number) => {
      let at = from
      for (const segment of segments) {
        expect(segment.start).toBeGreaterThanOrEqual(at)
        const end = segment.kind === 'text' ? segment.start + segment.text.length : segment.end
        expect(end).toBeGreaterThan(segment.start)
        expect(end).toBeLessThanOrEqual(to)
        if (segment.kind === 'span') check(segment.children, segment.start, segment.end)
        at = end
      }
    }
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        check(segmentBlock(text, spans), 0, text.length)
      }),
    )
  })

  it('covers each span exactly, with contiguous pieces from its start to its end', () => {
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        const segments = segmentBlock(text, spans)
        for (const span of spans) {
          const pieces = piecesOf(segments, span)
          if (!isValid(text, span)) {
            expect(pieces).toEqual([])
            continue
          }
          expect(pieces.length).toBeGreaterThan(0)
          expect(pieces[0]?.start).toBe(span.start)
          expect(pieces.at(-1)?.end).toBe(span.end)
          pieces.slice(1).forEach((piece, index) => expect(piece.start).toBe(pieces[index]?.end))
        }
      }),
    )
  })

  it('marks each text run with exactly the spans that contain it', () => {
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        const valid = spans.filter((span) => isValid(text, span))
        for (const leaf of flatten(segmentBlock(text, spans))) {
          const end = leaf.start + leaf.text.length
          const containing = valid.filter((span) => span.start <= leaf.start && end <= span.end)
          expect(new Set(leaf.spans)).toEqual(new Set(containing))
          expect(leaf.spans).toHaveLength(containing.length)
        }
      }),
    )
  })

  it('never cuts a mention that crosses no other mention', () => {
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        const segments = segmentBlock(text, spans)
        const mentions = spans.filter((span) => span.kind === 'mention' && isValid(text, span))
        for (const span of mentions) {
          if (mentions.some((other) => crosses(span, other))) continue
          expect(piecesOf(segments, span)).toEqual([{ start: span.start, end: span.end }])
        }
      }),
    )
  })

  it('never cuts a quote that crosses no mention or other quote', () => {
    fc.assert(
      fc.property(caseArb, ({ text, spans }) => {
        const segments = segmentBlock(text, spans)
        const stronger = spans.filter((span) => span.kind !== 'passage' && isValid(text, span))
        for (const span of stronger) {
          if (span.kind !== 'quote' || stronger.some((other) => crosses(span, other))) continue
          expect(piecesOf(segments, span)).toEqual([{ start: span.start, end: span.end }])
        }
      }),
    )
  })
})
