// resolveLinkTarget: what a link asks for, resolved against the article to the anchors to highlight, or to what
// could not be shown (as data: the words are the reader's, in features/article/link-words.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { riverSurveyArticle } from '../../../tests/fixtures/unit/articles.ts'
import { anchorsInRange, documentText } from '../anchoring/document-text.ts'
import { selectPassage } from '../anchoring/match-passage.ts'
import { findOccurrences } from '../text/find-occurrences.ts'
import { oldPassageQuery, oldPassageSelector } from '../../../tests/fixtures/unit/old-passage-links.ts'
import { encodePassageLink } from './passage-link.ts'
import { resolveLinkTarget, targetAnchors, type LinkRequest } from './shared-passage.ts'

const article = riverSurveyArticle()
const document = documentText(article)
const request = (overrides: Partial<LinkRequest>): LinkRequest => ({
  quoteId: null,
  search: '',
  navigationUrl: null,
  ...overrides,
})
const resolve = (overrides: Partial<LinkRequest>) => resolveLinkTarget(article, document, request(overrides))
const passageSearch = (words: string, occurrence = 0, revision = article.revision) => {
  const start = findOccurrences(document.text, words)[occurrence]!
  return `?${encodePassageLink({ ...selectPassage(document.text, { start, end: start + words.length }), revision })}`
}

describe('resolveLinkTarget', () => {
  it('shows nothing for a plain article link', () => {
    expect(resolve({ search: '?speaker=lena-ortiz' })).toEqual({ kind: 'none' })
  })

  it('highlights a quote by its id', () => {
    const quote = article.quotes.find((candidate) => candidate.id === 'alliance-only-the-start')!
    expect(resolve({ quoteId: quote.id })).toEqual({ kind: 'quote', quote, anchors: quote.anchors })
  })

  it('reports a quote the article does not have, keeping the id as given', () => {
    expect(resolve({ quoteId: '<script>alert(1)</script>' })).toEqual({
      kind: 'quote-missing',
      id: '<script>alert(1)</script>',
    })
  })

  it.each([0, 1])('highlights occurrence %i of the repeated phrase, as shared', (occurrence) => {
    const phrase = 'a clear, shared, and lasting plan for the river banks'
    const result = resolve({ search: passageSearch(phrase, occurrence) })
    const start = findOccurrences(document.text, phrase)[occurrence]!
    expect(result).toEqual({
      kind: 'passage',
      anchors: anchorsInRange(document, { start, end: start + phrase.length }),
      edited: false,
    })
    expect(targetAnchors(result)[0]!.block).toBe(occurrence === 0 ? 'p2' : 'p4')
  })

  it('highlights a passage across paragraphs in pieces', () => {
    const result = resolve({ search: passageSearch('still need repairs.\nThe mayor of Eastbrook') })
    expect(targetAnchors(result).map((anchor) => anchor.block)).toEqual(['p3', 'p4'])
  })

  it('says when the article was edited since the link was made, yet the passage was found', () => {
    const search = passageSearch('the old flood walls still need repairs', 0, 'madebeforeanedit')
    const edited = { ...article, revision: 'madeafterthedit' }
    const editedDocument = documentText({ ...article, headline: `Updated: ${article.headline}` })
    const result = resolveLinkTarget(edited, editedDocument, request({ search }))
    expect(result).toMatchObject({ kind: 'passage', edited: true })
    expect(targetAnchors(result)).toHaveLength(1)
  })

  it('finds a longer passage by its first and last words in an edited article, and says it was edited', () => {
    const sentence = article.paragraphs.find((paragraph) => paragraph.text.length > 150)!.text
    const search = passageSearch(sentence)
    expect(search).toContain('&from=')
    const editedArticle = {
      ...article,
      headline: `Updated: ${article.headline}`,
      revision: 'alaterrevision',
    }
    const editedDocument = documentText(editedArticle)
    const start = editedDocument.text.indexOf(sentence)
    expect(resolveLinkTarget(editedArticle, editedDocument, request({ search }))).toEqual({
      kind: 'passage',
      anchors: anchorsInRange(editedDocument, { start, end: start + sentence.length }),
      edited: true,
    })
  })

  it('reports a longer passage missing when its length changed by more than one character in ten', () => {
    const paragraph = article.paragraphs.find((candidate) => candidate.text.length > 150)!
    const search = passageSearch(paragraph.text)
    const middle = paragraph.text.indexOf(' ', paragraph.text.length / 2)
    const padded = `${paragraph.text.slice(0, middle)}${' and so on'.repeat(4)}${paragraph.text.slice(middle)}`
    const editedArticle = {
      ...article,
      revision: 'alaterrevision',
      paragraphs: article.paragraphs.map((candidate) =>
        candidate === paragraph ? { ...candidate, text: padded } : candidate,
      ),
    }
    expect(resolveLinkTarget(editedArticle, documentText(editedArticle), request({ search }))).toMatchObject({
      kind: 'passage-missing',
    })
  })

  it('says a link was altered when its words are not at its position in the revision it names', () => {
    const words = 'the old flood walls still need repairs'
    const at = document.text.indexOf(words)
    const link = {
      ...selectPassage(document.text, { start: at, end: at + words.length }),
      revision: article.revision,
    }
    const altered = `?${encodePassageLink({ ...link, exact: 'the old flood walls never need repairs', end: at + 38 })}`
    expect(resolve({ search: altered })).toEqual({
      kind: 'passage-altered',
      words: 'the old flood walls never need repairs',
    })
    // Moved to other words of the same length, elsewhere in the text.
    const moved = `?${encodePassageLink({ ...link, start: 0, end: words.length })}`
    expect(resolve({ search: moved })).toEqual({ kind: 'passage-altered', words })
  })

  it('says a link was altered when its last words are not at its end', () => {
    const sentence = article.paragraphs.find((paragraph) => paragraph.text.length > 150)!.text
    const search = passageSearch(sentence).replace(/&to=[^&]+/, '&to=the+river.')
    expect(resolve({ search })).toMatchObject({ kind: 'passage-altered' })
  })

  it('opens a link made before (all the words) exactly as before, and says when one was altered', () => {
    const phrase = 'a clear, shared, and lasting plan for the river banks'
    const second = findOccurrences(document.text, phrase)[1]!
    const link = { ...oldPassageSelector(document.text, { start: second, end: second + phrase.length }) }
    const current = `?${oldPassageQuery({ ...link, revision: article.revision })}`
    expect(resolve({ search: current })).toEqual({
      kind: 'passage',
      anchors: anchorsInRange(document, { start: second, end: second + phrase.length }),
      edited: false,
    })
    // Made before an edit: found again by its words and context, as before.
    const stale = `?${oldPassageQuery({ ...link, revision: 'madebeforeanedit' })}`
    const editedDocument = documentText({ ...article, headline: `Updated: ${article.headline}` })
    expect(resolveLinkTarget(article, editedDocument, request({ search: stale }))).toEqual({
      kind: 'passage',
      anchors: anchorsInRange(editedDocument, { start: second + 9, end: second + 9 + phrase.length }),
      edited: true,
    })
    const altered = `?${oldPassageQuery({ ...link, exact: phrase.replace('lasting', 'passing'), revision: article.revision })}`
    expect(resolve({ search: altered })).toEqual({
      kind: 'passage-altered',
      words: phrase.replace('lasting', 'passing'),
    })
  })

  it('reports the missing words when the passage is gone', () => {
    const result = resolve({ search: `?at=5-34&text=${encodeURIComponent('<b>words nobody ever said</b>')}` })
    expect(result).toEqual({ kind: 'passage-missing', words: '<b>words nobody ever said</b>' })
  })

  it('reports a malformed passage link with why, and what it asked for', () => {
    expect(resolve({ search: '?at=0-99&text=Ortiz' })).toEqual({
      kind: 'passage-malformed',
      reason: 'altered',
      words: 'Ortiz',
    })
    expect(resolve({ search: '?at=0-99' })).toEqual({
      kind: 'passage-malformed',
      reason: 'no-words',
      words: null,
    })
  })

  it('highlights the text of a #:~:text= directive, first match', () => {
    const result = resolve({ navigationUrl: 'https://x.example/a#:~:text=a%20clear%2C%20shared' })
    const start = article.paragraphs[1]!.text.indexOf('a clear, shared')
    expect(result).toEqual({
      kind: 'text',
      anchors: [{ block: 'p2', start, end: start + 'a clear, shared'.length }],
    })
  })

  it('reports a #:~:text= directive that is not in the article, or cannot be read', () => {
    expect(resolve({ navigationUrl: 'https://x.example/a#:~:text=Putin,Biden' })).toEqual({
      kind: 'text-missing',
      words: 'Putin … Biden',
      others: 0,
    })
    expect(resolve({ navigationUrl: 'https://x.example/a#:~:text=Putin&text=Biden,-zzzz&text=x' })).toEqual({
      kind: 'text-missing',
      words: 'Putin',
      others: 2,
    })
    expect(resolve({ navigationUrl: 'https://x.example/a#:~:text=' })).toEqual({ kind: 'text-malformed' })
  })

  it('prefers the quote path to a passage, and a passage to a text directive', () => {
    const viaQuote = resolve({ quoteId: 'alliance-only-the-start', search: passageSearch('Ortiz') })
    expect(viaQuote.kind).toBe('quote')
    const viaPassage = resolve({
      search: passageSearch('Ortiz'),
      navigationUrl: 'https://x.example/#:~:text=Haddad',
    })
    expect(viaPassage.kind).toBe('passage')
  })

  it('never throws and never highlights outside the text, whatever the request', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 40 })),
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.option(fc.string({ unit: 'binary', maxLength: 200 })),
        (quoteId, search, navigationUrl) => {
          for (const anchor of targetAnchors(resolve({ quoteId, search, navigationUrl }))) {
            const block = document.blocks.find((candidate) => candidate.block === anchor.block)!
            expect(anchor.start).toBeGreaterThanOrEqual(0)
            expect(anchor.end).toBeLessThanOrEqual(block.end - block.start)
          }
        },
      ),
    )
  })
})
