// resolveSharedPassage: what a link asks for, resolved against the article to a highlight or a notice.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { anchorsInRange, documentText } from '../anchoring/document-text.ts'
import { selectPassage } from '../anchoring/match-passage.ts'
import { findOccurrences } from '../text/find-occurrences.ts'
import { encodePassageLink } from './passage-link.ts'
import { resolveSharedPassage, type LinkRequest } from './shared-passage.ts'

const article = seedArticle()
const document = documentText(article)
const request = (overrides: Partial<LinkRequest>): LinkRequest => ({
  quoteId: null,
  search: '',
  navigationUrl: null,
  ...overrides,
})
const resolve = (overrides: Partial<LinkRequest>) =>
  resolveSharedPassage(article, document, request(overrides))
const passageSearch = (words: string, occurrence = 0, revision = article.revision) => {
  const start = findOccurrences(document.text, words)[occurrence]!
  return `?${encodePassageLink({ ...selectPassage(document.text, { start, end: start + words.length }), revision })}`
}

describe('resolveSharedPassage', () => {
  it('highlights nothing and says nothing for a plain article link', () => {
    expect(resolve({ search: '?speaker=sergey-lavrov' })).toEqual({ anchors: [], label: '', notice: null })
  })

  it('highlights a quote by its id and names its speaker', () => {
    const quote = article.quotes.find((candidate) => candidate.id === 'mujahid-safer-than-before')!
    expect(resolve({ quoteId: quote.id })).toEqual({
      anchors: [quote.anchor],
      label: 'Showing a quote by Zabihullah Mujahid.',
      notice: null,
    })
  })

  it('shows the article with a notice for a quote it does not have, quoting the id as text', () => {
    const result = resolve({ quoteId: '<script>alert(1)</script>' })
    expect(result.anchors).toEqual([])
    expect(result.notice).toBe(
      'This link points to a quote the article does not have (“<script>alert(1)</script>”). It may have been removed.',
    )
  })

  it.each([0, 1])('highlights occurrence %i of the repeated phrase, as shared', (occurrence) => {
    const phrase = 'a more stable, continuous, and fundamental dialogue'
    const result = resolve({ search: passageSearch(phrase, occurrence) })
    const start = findOccurrences(document.text, phrase)[occurrence]!
    expect(result.anchors).toEqual(anchorsInRange(document, { start, end: start + phrase.length }))
    expect(result.anchors[0]!.block).toBe(occurrence === 0 ? 'p2' : 'p4')
    expect(result.notice).toBeNull()
  })

  it('highlights a passage across paragraphs in pieces', () => {
    const result = resolve({ search: passageSearch('still persist.\nThe Russian Foreign Minister said') })
    expect(result.anchors.map((anchor) => anchor.block)).toEqual(['p3', 'p4'])
  })

  it('says when the article was edited since the link was made, yet the passage was found', () => {
    const search = passageSearch('threats from Afghan soil still persist', 0, 'old-revision')
    const edited = { ...article, revision: 'new-revision' }
    const editedDocument = documentText({ ...article, headline: `Updated: ${article.headline}` })
    const result = resolveSharedPassage(edited, editedDocument, request({ search }))
    expect(result.anchors).toHaveLength(1)
    expect(result.notice).toMatch(/^The article has been edited since this link was made/)
  })

  it('quotes the missing words when the passage is gone', () => {
    const result = resolve({ search: `?at=5-31&text=${encodeURIComponent('<b>words nobody ever said</b>')}` })
    expect(result).toMatchObject({ anchors: [] })
    expect(result.notice).toContain('“<b>words nobody ever said</b>”')
  })

  it('explains a malformed passage link and quotes what it asked for', () => {
    expect(resolve({ search: '?at=0-99&text=Lavrov' }).notice).toBe(
      'The passage in this link could not be read: it looks cut short or altered. It asked for “Lavrov”.',
    )
  })

  it('shortens long words in a notice', () => {
    const notice = resolve({ search: `?at=0-900&text=${'x'.repeat(900)}` }).notice!
    expect(notice.length).toBeLessThan(300)
    expect(notice).toContain('x…”')
  })

  it('highlights the text of a #:~:text= directive, first match', () => {
    const result = resolve({ navigationUrl: 'https://x.example/a#:~:text=a%20more%20stable' })
    const start = article.paragraphs[1]!.text.indexOf('a more stable')
    expect(result.anchors).toEqual([{ block: 'p2', start, end: start + 'a more stable'.length }])
  })

  it('says when a #:~:text= directive is not in the article', () => {
    expect(resolve({ navigationUrl: 'https://x.example/a#:~:text=Putin,Biden' }).notice).toBe(
      'The text this link points to is not in the article: “Putin … Biden”.',
    )
  })

  it('prefers the quote path to a passage, and a passage to a text directive', () => {
    const viaQuote = resolve({ quoteId: 'paigir-main-reason', search: passageSearch('Lavrov') })
    expect(viaQuote.label).toBe('Showing a quote by Salim Paigir.')
    const viaPassage = resolve({
      search: passageSearch('Lavrov'),
      navigationUrl: 'https://x.example/#:~:text=Mujahid',
    })
    expect(viaPassage.label).toBe('Showing the passage from the link.')
  })

  it('never throws and never highlights outside the text, whatever the request', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 40 })),
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.option(fc.string({ unit: 'binary', maxLength: 200 })),
        (quoteId, search, navigationUrl) => {
          const result = resolve({ quoteId, search, navigationUrl })
          for (const anchor of result.anchors) {
            const block = document.blocks.find((candidate) => candidate.block === anchor.block)!
            expect(anchor.start).toBeGreaterThanOrEqual(0)
            expect(anchor.end).toBeLessThanOrEqual(block.end - block.start)
          }
        },
      ),
    )
  })
})
