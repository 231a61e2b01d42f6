// DOM ranges to document text offsets and back, over articles rendered as the article feature renders them:
// nested marks, text outside the blocks, right-to-left text and astral characters.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { documentText, type DocumentText, type TextRange } from '../core/anchoring/document-text.ts'
import { segmentBlock, type Segment, type Span } from '../core/anchoring/segment-block.ts'
import { blockAttributes, blockElements, blockOfElement } from './block-elements.ts'
import { domRangeOfTextRange, textRangeOfDomRange } from './text-range.ts'

interface Fixture {
  page: Document
  root: Element
  text: DocumentText
}

/** A page of its own, so that nothing can lean on the test's global document. */
function fixture(article: Parameters<typeof documentText>[0], body: string): Fixture {
  const page = document.implementation.createHTMLDocument('')
  page.body.innerHTML = body
  return { page, root: page.getElementById('root')!, text: documentText(article) }
}

// What article-text.tsx renders: an outlet line and the header blocks, then paragraphs, with mentions and quotes
// as spans and a shared passage as marks; the passage crosses the quote's start, and a mention sits in the quote.
const english = fixture(
  {
    headline: 'Talks resume in Minsk 🕊️',
    summary: 'Both sides say they want peace.',
    paragraphs: [
      { id: 'p1', text: 'Ana Petrova said: "Ivan Ivanov agrees, and so do we." Work goes on.' },
      { id: 'p2', text: 'Emoji 👍🏽 and 𝒳 stay whole.' },
    ],
  },
  `<header id="site">Who said what</header>
  <article id="root" lang="en" dir="ltr">
    <header>
      <p>Example Outlet · 1 May 2025</p>
      <h1 data-block="headline">Talks resume in Minsk 🕊️</h1>
      <p data-block="summary">Both sides say they want peace.</p>
    </header>
    <p data-block="p1"><span class="mention" data-speaker="ana">Ana Petrova</span> <mark class="passage">said: </mark><span class="quote" data-quote="q1"><mark class="passage">"<span class="mention" data-speaker="ivan">Ivan Ivanov</span> agrees</mark>, and so do we."</span> Work goes on.</p>
    <p data-block="p2">Emoji <span class="mention" data-speaker="ana">👍🏽</span> and 𝒳 stay whole.</p>
  </article>
  <footer id="after">Read more</footer>
  <aside><p data-block="headline">Another article's headline</p></aside>`,
)

// Dari, right to left, with a Latin name in a quote and a zero-width non-joiner inside a word.
const dari = fixture(
  {
    headline: 'گفتگوها در کابل ادامه دارد',
    summary: null,
    paragraphs: [
      { id: 'p1', text: 'وزیر امینی گفت: «ما با UNAMA کار می‌کنیم» و رفت.' },
      { id: 'p2', text: 'گزارش از BBC Persian.' },
    ],
  },
  `<article id="root" lang="prs" dir="rtl">
    <h1 data-block="headline">گفتگوها در کابل ادامه دارد</h1>
    <p data-block="p1">وزیر <span class="mention">امینی</span> گفت: <span class="quote">«ما با <span class="mention">UNAMA</span> کار می‌کنیم»</span> و رفت.</p>
    <p data-block="p2">گزارش از <mark class="passage">BBC Persian</mark>.</p>
  </article>`,
)

type Point = [node: Node, offset: number]
type PointIn = (page: Document) => Point

/** A point in the first text node holding `needle`, `shift` code units after the needle starts. */
function inText(needle: string, shift = 0): PointIn {
  return (page) => {
    const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle)
      if (at !== -1) return [node, at + shift]
    }
    throw new Error(`No text node holds ${needle}`)
  }
}

/** A point between the children of an element; a negative index counts from the end. */
function between(selector: string, child: number): PointIn {
  return (page) => {
    const element = page.querySelector(selector)!
    return [element, child < 0 ? element.childNodes.length + 1 + child : child]
  }
}

function domRange(page: Document, start: PointIn, end: PointIn): Range {
  const range = page.createRange()
  range.setStart(...start(page))
  range.setEnd(...end(page))
  return range
}

/** The selection `[start, end)` should give: trimmed of white space and widened to whole surrogate pairs. */
function expectedSelection(text: string, start: number, end: number): TextRange | null {
  const slice = text.slice(start, end)
  if (slice.trim() === '') return null
  let from = start + slice.length - slice.trimStart().length
  let to = end - (slice.length - slice.trimEnd().length)
  if (/[\uD800-\uDBFF]/.test(text.charAt(from - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(from))) from--
  if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(to))) to++
  return { start: from, end: to }
}

/** The range of a passage that occurs once in the document text. */
function rangeOf(text: DocumentText, passage: string): TextRange {
  const start = text.text.indexOf(passage)
  expect(start, `${passage} is in the text`).not.toBe(-1)
  expect(text.text.indexOf(passage, start + 1), `${passage} occurs once`).toBe(-1)
  return { start, end: start + passage.length }
}

describe.each([
  ['english', english],
  ['dari', dari],
])('the %s fixture', (_name, { root, text }) => {
  it('renders each block with exactly its text', () => {
    const rendered = blockElements(root).map((element) => [blockOfElement(element), element.textContent])
    expect(rendered).toEqual(
      text.blocks.map((block) => [block.block, text.text.slice(block.start, block.end)]),
    )
  })
})

describe('textRangeOfDomRange', () => {
  const cases: { name: string; start: PointIn; end: PointIn; selected: string | null }[] = [
    {
      name: 'a word inside one text node',
      start: inText('Ana Petrova', 4),
      end: inText('Ana Petrova', 11),
      selected: 'Petrova',
    },
    {
      name: 'from a passage mark into a mention inside a quote',
      start: inText('said: '),
      end: inText('Ivan Ivanov', 8),
      selected: 'said: "Ivan Iva',
    },
    {
      name: 'out of the passage mark inside the quote',
      start: inText(' agrees', 1),
      end: inText(', and so do', 5),
      selected: 'agrees, and',
    },
    {
      name: 'a block given by element points',
      start: between('[data-block="p1"]', 0),
      end: between('[data-block="p1"]', -1),
      selected: 'Ana Petrova said: "Ivan Ivanov agrees, and so do we." Work goes on.',
    },
    {
      name: 'from a header before the article: clipped to the first block',
      start: inText('Who said what', 4),
      end: inText('Talks resume', 5),
      selected: 'Talks',
    },
    {
      name: 'from the outlet line, in the article but in no block',
      start: inText('Example Outlet'),
      end: inText('Talks resume', 12),
      selected: 'Talks resume',
    },
    {
      name: 'to a footer after the article: clipped to the last block',
      start: inText('Work goes on'),
      end: inText('Read more', 4),
      selected: 'Work goes on.\nEmoji 👍🏽 and 𝒳 stay whole.',
    },
    {
      name: 'across three blocks',
      start: inText('resume'),
      end: inText('Ana Petrova', 3),
      selected: 'resume in Minsk 🕊️\nBoth sides say they want peace.\nAna',
    },
    {
      name: 'from the gap between blocks: clipped to the next block',
      start: between('#root', 2),
      end: inText('Ana Petrova', 3),
      selected: 'Ana',
    },
    {
      name: 'from the end of a block: the separator is trimmed',
      start: inText('want peace.', 11),
      end: inText('Ana Petrova', 3),
      selected: 'Ana',
    },
    {
      name: 'the whole page',
      start: between('body', 0),
      end: between('body', -1),
      selected: english.text.text,
    },
    {
      name: 'white space at both ends trimmed',
      start: inText(' agrees'),
      end: inText(' Work goes on.', 1),
      selected: 'agrees, and so do we."',
    },
    {
      name: 'edges inside surrogate pairs: widened to whole characters',
      start: inText('👍🏽', 1),
      end: inText(' and 𝒳', 6),
      selected: '👍🏽 and 𝒳',
    },
    { name: 'half of a pair: the whole pair', start: inText('👍🏽', 1), end: inText('👍🏽', 2), selected: '👍' },
    {
      name: 'the skin tone of an emoji: its own pair',
      start: inText('👍🏽', 2),
      end: inText('👍🏽', 4),
      selected: '🏽',
    },
    { name: 'nothing (collapsed)', start: inText('Petrova'), end: inText('Petrova'), selected: null },
    {
      name: 'entirely in the header before the article',
      start: inText('Who said what'),
      end: inText('Who said what', 3),
      selected: null,
    },
    {
      name: 'entirely after the article',
      start: inText('Read more'),
      end: inText("Another article's", 7),
      selected: null,
    },
    {
      name: 'only the outlet line',
      start: inText('Example Outlet'),
      end: inText('Example Outlet', 7),
      selected: null,
    },
    {
      name: 'only white space between words',
      start: between('[data-block="p1"]', 1),
      end: between('[data-block="p1"]', 2),
      selected: null,
    },
    {
      name: 'only the gap between two blocks',
      start: inText('want peace.', 11),
      end: inText('Ana Petrova'),
      selected: null,
    },
  ]
  it.each(cases)('$name', ({ start, end, selected }) => {
    const range = textRangeOfDomRange(english.root, domRange(english.page, start, end), english.text)
    expect(range).toEqual(selected === null ? null : rangeOf(english.text, selected))
  })

  const rightToLeft: typeof cases = [
    {
      name: 'a Latin name in a Dari quote',
      start: inText('UNAMA'),
      end: inText('UNAMA', 5),
      selected: 'UNAMA',
    },
    {
      name: 'from a mention into a quote, in logical order',
      start: inText('امینی'),
      end: inText('UNAMA', 5),
      selected: 'امینی گفت: «ما با UNAMA',
    },
    {
      name: 'a word with a zero-width non-joiner',
      start: inText('می‌کنیم'),
      end: inText('می‌کنیم', 7),
      selected: 'می‌کنیم',
    },
    {
      name: 'across blocks, into a mark',
      start: inText('و رفت.', 2),
      end: inText('BBC Persian', 3),
      selected: 'رفت.\nگزارش از BBC',
    },
  ]
  it.each(rightToLeft)('right to left: $name', ({ start, end, selected }) => {
    const range = textRangeOfDomRange(dari.root, domRange(dari.page, start, end), dari.text)
    expect(range).toEqual(selected === null ? null : rangeOf(dari.text, selected))
  })

  it("ignores another article's block with the same id", () => {
    const selection = domRange(english.page, inText("Another article's"), inText("Another article's", 7))
    expect(textRangeOfDomRange(english.root, selection, english.text)).toBeNull()
  })

  it('never gives offsets past a block whose element holds more text than the block', () => {
    const stale = fixture(
      { headline: 'Head', summary: null, paragraphs: [{ id: 'p1', text: 'One' }] },
      '<div id="root"><h1 data-block="headline">Headline</h1><p data-block="p1">One</p></div>',
    )
    const selection = domRange(stale.page, inText('Headline', 2), inText('Headline', 8))
    expect(textRangeOfDomRange(stale.root, selection, stale.text)).toEqual({ start: 2, end: 4 })
  })

  it('gives null for a range in another document', () => {
    const other = document.implementation.createHTMLDocument('')
    other.body.innerHTML = english.page.body.innerHTML
    const selection = domRange(other, inText('Talks resume'), inText('Talks resume', 5))
    expect(textRangeOfDomRange(english.root, selection, english.text)).toBeNull()
  })
})

describe('domRangeOfTextRange', () => {
  const { root, text } = english
  const length = text.text.length

  it.each([
    { name: 'starting before the text', range: { start: -1, end: 2 } },
    { name: 'ending after it', range: { start: 0, end: length + 1 } },
    { name: 'reversed', range: { start: 3, end: 2 } },
    { name: 'between code units', range: { start: 1.5, end: 2 } },
  ])('gives null for a range $name', ({ range }) => {
    expect(domRangeOfTextRange(root, range, text)).toBeNull()
  })

  it('starts in the node after a boundary between nested marks and ends in the node before one', () => {
    const range = domRangeOfTextRange(root, rangeOf(text, 'Ivan Ivanov'), text)!
    expect([range.startContainer.textContent, range.startOffset]).toEqual(['Ivan Ivanov', 0])
    expect([range.endContainer.textContent, range.endOffset]).toEqual(['Ivan Ivanov', 11])
  })

  it('spans blocks, its edges in their text', () => {
    const range = domRangeOfTextRange(root, rangeOf(text, 'peace.\nAna'), text)!
    expect([range.startContainer.textContent, range.startOffset]).toEqual([
      'Both sides say they want peace.',
      25,
    ])
    expect([range.endContainer.textContent, range.endOffset]).toEqual(['Ana Petrova', 3])
  })

  it('widens edges that fall inside surrogate pairs', () => {
    const emoji = rangeOf(text, '👍🏽')
    const range = domRangeOfTextRange(root, { start: emoji.start + 1, end: emoji.end - 1 }, text)!
    expect(range.toString()).toBe('👍🏽')
  })

  it('gives a collapsed range for a caret', () => {
    const at = rangeOf(text, 'Petrova').start
    const range = domRangeOfTextRange(root, { start: at, end: at }, text)!
    expect(range.collapsed).toBe(true)
    expect([range.startContainer.textContent, range.startOffset]).toEqual(['Ana Petrova', 4])
  })

  it('moves a caret inside a surrogate pair to before the pair', () => {
    const at = rangeOf(text, '𝒳').start
    const range = domRangeOfTextRange(root, { start: at + 1, end: at + 1 }, text)!
    expect([range.collapsed, range.startContainer.textContent, range.startOffset]).toEqual([
      true,
      ' and 𝒳 stay whole.',
      5,
    ])
  })

  it('places a caret in an empty block', () => {
    const empty = fixture(
      { headline: 'Head', summary: '', paragraphs: [] },
      '<div id="root"><h1 data-block="headline">Head</h1><p data-block="summary"></p></div>',
    )
    const range = domRangeOfTextRange(empty.root, { start: 5, end: 5 }, empty.text)!
    expect([range.startContainer, range.startOffset]).toEqual([empty.page.querySelector('p'), 0])
  })

  it('gives null when a block it ends in is not rendered, and a range in the rendered ones', () => {
    const partial = fixture(
      { headline: 'Head', summary: 'Sum', paragraphs: [{ id: 'p1', text: 'One' }] },
      '<div id="root"><h1 data-block="headline">Head</h1><p data-block="p1">One</p></div>',
    )
    expect(domRangeOfTextRange(partial.root, { start: 5, end: 7 }, partial.text)).toBeNull()
    expect(domRangeOfTextRange(partial.root, { start: 2, end: 6 }, partial.text)).toBeNull()
    expect(domRangeOfTextRange(partial.root, { start: 2, end: 12 }, partial.text)?.toString()).toBe('adOne')
  })

  it('gives null when a block element holds less text than its block', () => {
    const stale = fixture(
      { headline: 'Headline', summary: null, paragraphs: [] },
      '<div id="root"><h1 data-block="headline">Head</h1></div>',
    )
    expect(domRangeOfTextRange(stale.root, { start: 2, end: 6 }, stale.text)).toBeNull()
  })
})

describe('without window or document globals', () => {
  const selection = domRange(english.page, inText('said: '), inText('Ivan Ivanov', 4))
  beforeEach(() => {
    vi.stubGlobal('window', undefined)
    vi.stubGlobal('document', undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('works from the nodes it is given', () => {
    const range = textRangeOfDomRange(english.root, selection, english.text)!
    expect(english.text.text.slice(range.start, range.end)).toBe('said: "Ivan')
    expect(domRangeOfTextRange(english.root, range, english.text)?.toString()).toBe('said: "Ivan')
  })
})

describe('round trip: textRangeOfDomRange(domRangeOfTextRange(range))', () => {
  describe.each([
    ['english', english],
    ['dari', dari],
  ])('over every range of the %s fixture', (_name, { root, text }) => {
    const length = text.text.length
    const ranges = Array.from({ length: length + 1 }, (_, start) =>
      Array.from({ length: length + 1 - start }, (_, width) => ({ start, end: start + width })),
    ).flat()
    const isSelection = (range: TextRange) => {
      const expected = expectedSelection(text.text, range.start, range.end)
      return expected?.start === range.start && expected.end === range.end
    }

    it('gives back every range that starts and ends on a character other than white space', () => {
      const selections = ranges.filter(isSelection)
      expect(selections.length).toBeGreaterThan(length * 10)
      const wrong = selections.filter((range) => {
        const dom = domRangeOfTextRange(root, range, text)
        return !dom || JSON.stringify(textRangeOfDomRange(root, dom, text)) !== JSON.stringify(range)
      })
      expect(wrong).toEqual([])
    })

    it('gives any other range trimmed and widened to whole characters, or null', () => {
      const others = ranges.filter((range) => !isSelection(range))
      expect(others.length).toBeGreaterThan(length)
      const wrong = others.filter((range) => {
        const dom = domRangeOfTextRange(root, range, text)
        const back = dom && textRangeOfDomRange(root, dom, text)
        return JSON.stringify(back) !== JSON.stringify(expectedSelection(text.text, range.start, range.end))
      })
      expect(wrong).toEqual([])
    })

    it('selects in the DOM exactly the text of a range inside one block', () => {
      const wrong = text.blocks.flatMap((block) =>
        ranges
          .filter((range) => block.start <= range.start && range.end <= block.end && isSelection(range))
          .filter(
            (range) =>
              domRangeOfTextRange(root, range, text)?.toString() !== text.text.slice(range.start, range.end),
          ),
      )
      expect(wrong).toEqual([])
    })
  })
})

// Generated articles: blocks of short text from a small alphabet (white space, astral and right-to-left
// characters among it), spans at any offsets (even between the halves of a pair), and text outside the blocks.
interface GeneratedArticle {
  blocks: { text: string; spans: Span[]; gapBefore: string }[]
  after: string
}

const character = fc.constantFrom('a', 'b', ' ', '\u00a0', 'é', 'ب', '\u200c', '👍', '𝒳', '.')
// Past the end of most blocks too: segmentBlock drops such spans, as it would drop a stale one.
const offset = fc.nat({ max: 16 })
const blockArb = fc.record({
  text: fc.array(character, { maxLength: 8 }).map((characters) => characters.join('')),
  spans: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('mention'), speaker: fc.constant('s'), start: offset, end: offset }),
      fc.record({
        kind: fc.constant('quote'),
        quote: fc.constant('q'),
        speaker: fc.constant('s'),
        start: offset,
        end: offset,
      }),
      fc.record({ kind: fc.constant('passage'), start: offset, end: offset }),
    ),
    { maxLength: 4 },
  ),
  gapBefore: fc.constantFrom('', ' ', '\n  ', 'outside'),
})
const articleArb: fc.Arbitrary<GeneratedArticle> = fc.record({
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 4 }),
  after: fc.constantFrom('', ' ', 'outside'),
})

/** Where a text node of a generated page sits: in a block at a document offset, or in the n-th gap. */
type Place = { kind: 'block'; offset: number } | { kind: 'gap'; gap: number }

interface Generated extends Fixture {
  texts: { node: Text; place: Place }[]
}

/** Renders a generated article with plain DOM calls, as block-text.tsx renders it, recording each text node. */
function renderGenerated(generated: GeneratedArticle): Generated {
  const [headline, ...paragraphs] = generated.blocks
  const text = documentText({
    headline: headline!.text,
    summary: null,
    paragraphs: paragraphs.map((block, index) => ({ id: `p${index + 1}`, text: block.text })),
  })
  const page = document.implementation.createHTMLDocument('')
  const root = page.createElement('article')
  const texts: Generated['texts'] = []
  const gapText = (parent: Node, data: string, gap: number) => {
    if (data === '') return
    const node = page.createTextNode(data)
    parent.appendChild(node)
    texts.push({ node, place: { kind: 'gap', gap } })
  }
  const renderSegments = (parent: Node, segments: Segment[], blockStart: number) => {
    for (const segment of segments) {
      if (segment.kind === 'text') {
        const node = page.createTextNode(segment.text)
        parent.appendChild(node)
        texts.push({ node, place: { kind: 'block', offset: blockStart + segment.start } })
      } else {
        const element = page.createElement(segment.span.kind === 'passage' ? 'mark' : 'span')
        parent.appendChild(element)
        renderSegments(element, segment.children, blockStart)
      }
    }
  }

  gapText(page.body, 'Header', 0)
  page.body.appendChild(root)
  generated.blocks.forEach((block, index) => {
    gapText(root, block.gapBefore, index)
    const placed = text.blocks[index]!
    const element = page.createElement('p')
    for (const [name, value] of Object.entries(blockAttributes(placed.block)))
      element.setAttribute(name, value)
    root.appendChild(element)
    renderSegments(element, segmentBlock(block.text, block.spans), placed.start)
  })
  gapText(root, generated.after, generated.blocks.length)
  gapText(page.body, 'Footer', generated.blocks.length)
  return { page, root, text, texts }
}

/** The document offset of a point in a text node, a point outside the blocks clipped as a start or an end is. */
function offsetOfPoint(
  generated: Generated,
  point: { place: Place; offset: number },
  edge: 'start' | 'end',
): number | undefined {
  const { place } = point
  if (place.kind === 'block') return place.offset + point.offset
  const { blocks } = generated.text
  // Gap n lies before block n (gap 0 holds the page header) and after block n - 1.
  return edge === 'start' ? blocks[place.gap]?.start : blocks[place.gap - 1]?.end
}

describe('properties', () => {
  it('a text range comes back from the DOM trimmed and widened, or null', () => {
    fc.assert(
      fc.property(
        articleArb.chain((article) => {
          const length = article.blocks.reduce((sum, block) => sum + block.text.length + 1, -1)
          return fc.tuple(fc.constant(article), fc.nat({ max: length }), fc.nat({ max: length }))
        }),
        ([article, a, b]) => {
          const { root, text } = renderGenerated(article)
          const range = { start: Math.min(a, b), end: Math.max(a, b) }
          const dom = domRangeOfTextRange(root, range, text)
          expect(dom).not.toBeNull()
          expect(textRangeOfDomRange(root, dom!, text)).toEqual(
            expectedSelection(text.text, range.start, range.end),
          )
        },
      ),
    )
  })

  it('a DOM range between any two points of text gives the text between them, clipped to the blocks', () => {
    fc.assert(
      fc.property(articleArb, fc.nat(), fc.nat(), (article, i, j) => {
        const generated = renderGenerated(article)
        const { texts, page, root, text } = generated
        const points = texts.flatMap((entry, index) =>
          Array.from({ length: entry.node.data.length + 1 }, (_, offset) => ({ ...entry, index, offset })),
        )
        const [first, second] = [points[i % points.length]!, points[j % points.length]!]
        const [start, end] =
          first.index < second.index || (first.index === second.index && first.offset <= second.offset)
            ? [first, second]
            : [second, first]
        const selection = page.createRange()
        selection.setStart(start.node, start.offset)
        selection.setEnd(end.node, end.offset)

        const from = offsetOfPoint(generated, start, 'start')
        const to = offsetOfPoint(generated, end, 'end')
        const expected =
          from === undefined || to === undefined || from >= to ? null : expectedSelection(text.text, from, to)
        expect(textRangeOfDomRange(root, selection, text)).toEqual(expected)
      }),
    )
  })
})
