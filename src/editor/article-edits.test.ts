// The editor's edits on a drafted article: each one leaves a file the content check accepts (or, where the edit
// cannot be complete on its own, the one error it should), and changes nothing else.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ArticleSource } from '../core/content/article-schema.ts'
import { blockText, type Anchor } from '../core/content/article.ts'
import { parseArticle } from '../core/content/parse-article.ts'
import { draftArticle } from '../core/draft/draft-article.ts'
import {
  editArticle,
  newIssueId,
  newQuoteId,
  newSpeakerId,
  type EditAction,
  type EditorDoc,
} from './article-edits.ts'
import { anchorOfPassage, nearestCue, passageOfAnchor, trimmedAnchor } from './passages.ts'
import { previewArticle } from './preview-article.ts'

const draft = draftArticle(readFileSync('tests/fixtures/editor-bridge-vote.txt', 'utf8'))
const start: EditorDoc = { article: draft.article, review: draft.review }

/** The anchor of `words` in `block` (the first occurrence, or the one given). */
function at(article: ArticleSource, block: string, words: string, occurrence = 1): Anchor {
  const text = blockText(article, block)!
  let startAt = -1
  for (let n = 0; n < occurrence; n++) startAt = text.indexOf(words, startAt + 1)
  if (startAt < 0) throw new Error(`"${words}" is not in ${block}`)
  return { block, start: startAt, end: startAt + words.length }
}

const apply = (doc: EditorDoc, ...actions: EditAction[]) => actions.reduce(editArticle, doc)
const errorsOf = (article: ArticleSource) => {
  const parsed = parseArticle(article, article.slug)
  return parsed.ok ? [] : parsed.errors
}

describe('the fixture', () => {
  it('drafts without problems, and misses the quote of p8', () => {
    expect(draft.problems).toEqual([])
    expect(draft.article.quotes.some((quote) => quote.in === 'p8')).toBe(false)
  })
})

describe('passages', () => {
  it('name the occurrence only when the words repeat in the block, and find their way back', () => {
    const { article } = start
    const said = at(article, 'p2', 'said', 2)
    expect(passageOfAnchor(article, said)).toEqual({ in: 'p2', text: 'said', occurrence: 2 })
    expect(anchorOfPassage(article, passageOfAnchor(article, said))).toEqual(said)
    const chair = at(article, 'p2', 'the council’s chair')
    expect(passageOfAnchor(article, chair)).toEqual({ in: 'p2', text: 'the council’s chair' })
    expect(anchorOfPassage(article, { in: 'p2', text: 'said' })).toBeNull()
    expect(anchorOfPassage(article, { in: 'p99', text: 'said' })).toBeNull()
  })

  it('leave a quote’s own quotation marks and the spaces around them out', () => {
    const { article } = start
    const selected = at(article, 'p8', ' “Build it once, and build it right.”')
    expect(passageOfAnchor(article, trimmedAnchor(article, selected, true)).text).toBe(
      'Build it once, and build it right.',
    )
  })

  it('find the nearest reporting words outside the quote', () => {
    const { article } = start
    const cue = nearestCue(article, [at(article, 'p2', 'We owe people a proper hearing,')])
    expect(cue).toEqual(at(article, 'p2', 'said', 2))
    expect(nearestCue(article, [at(article, 'p8', 'Build it once, and build it right.')])).toBeNull()
  })
})

describe('editArticle', () => {
  it('makes selected words a direct quote, in reading order, with the cue it can find', () => {
    const id = newQuoteId(start.article, 'engineer-clara-osei', 'Build it once')
    const doc = apply(start, {
      type: 'add-quote',
      id,
      speaker: 'engineer-clara-osei',
      kind: 'direct',
      anchors: [at(start.article, 'p8', '“Build it once, and build it right.”')],
    })
    const quotes = doc.article.quotes
    expect(quotes.at(-1)).toEqual({
      id: 'osei-build-it-once',
      speaker: 'engineer-clara-osei',
      kind: 'direct',
      in: 'p8',
      text: 'Build it once, and build it right.',
      cue: null,
      to: null,
    })
    // No cue word in the paragraph: the check asks for one, and the editor points at it.
    expect(errorsOf(doc.article).map((error) => error.path)).toEqual(['quotes[8].cue'])
    const fixed = apply(doc, { type: 'set-quote-source', id, anchor: at(doc.article, 'p8', 'Osei') })
    expect(errorsOf(fixed.article)).toEqual([])
  })

  it('puts a new quote before the quotes that follow it', () => {
    const doc = apply(start, {
      type: 'add-quote',
      id: 'vance-speaking',
      speaker: 'bob-vance',
      kind: 'reported',
      anchors: [at(start.article, 'p3', 'speaking to reporters after the meeting')],
    })
    const ids = doc.article.quotes.map((quote) => quote.id)
    expect(ids.indexOf('vance-speaking')).toBe(ids.indexOf('vance-bridge-has-waited-ten') + 1)
    expect(errorsOf(doc.article)).toEqual([])
  })

  it('makes reported words that quote a phrase mixed, with the phrase as verbatim', () => {
    const text = 'Every winter the road floods and the school bus goes the long way round,'
    const doc = apply(start, { type: 'delete-quote', id: 'lindgren-every-winter-road-floods' })
    const next = apply(doc, {
      type: 'add-quote',
      id: 'lindgren-winter',
      speaker: 'marta-lindgren',
      kind: 'reported',
      anchors: [at(doc.article, 'p5', `Residents were less patient. “${text}”`)],
    })
    const quote = next.article.quotes.find((item) => item.id === 'lindgren-winter')!
    expect(quote.kind).toBe('mixed')
    expect(quote.verbatim).toEqual([{ in: 'p5', text }])
    expect(
      apply(next, { type: 'set-quote-kind', id: 'lindgren-winter', kind: 'direct' }).article.quotes.find(
        (item) => item.id === 'lindgren-winter',
      ),
    ).not.toHaveProperty('verbatim')
  })

  it('changes a quote’s speaker, kind and cue, and deletes it with the evidence that named it', () => {
    const id = 'vance-we-owe-people-proper'
    let doc = apply(
      start,
      { type: 'set-quote-speaker', id, speaker: 'bob-vance' },
      { type: 'set-quote-cue', id, anchor: at(start.article, 'p2', 'said', 1) },
      { type: 'add-issue', id: 'timing', title: 'Timing of the vote' },
      { type: 'set-stance', issue: 'timing', speaker: 'bob-vance', stance: 'Wants a hearing first.' },
      { type: 'add-quote-evidence', issue: 'timing', speaker: 'bob-vance', quote: id },
    )
    const quote = doc.article.quotes.find((item) => item.id === id)!
    expect(quote.speaker).toBe('bob-vance')
    expect(quote.cue).toEqual({ in: 'p2', text: 'said', occurrence: 1 })
    expect(doc.article.positions[0]!.evidence).toEqual([{ quote: id }])
    doc = apply(doc, { type: 'delete-quote', id })
    expect(doc.article.quotes.some((item) => item.id === id)).toBe(false)
    expect(doc.article.positions[0]!.evidence).toEqual([])
    expect(doc.review.some((item) => item.id === id)).toBe(false)
  })

  it('renames a speaker and sets their role and kind, keeping the id quotes refer to', () => {
    const doc = apply(start, {
      type: 'update-speaker',
      id: 'engineer-clara-osei',
      changes: { name: 'Clara Osei', role: 'Engineer', kind: 'person' },
    })
    expect(doc.article.speakers.find((speaker) => speaker.id === 'engineer-clara-osei')).toMatchObject({
      name: 'Clara Osei',
      shortName: 'Osei',
      role: 'Engineer',
    })
    expect(errorsOf(doc.article)).toEqual([])
  })

  it('merges two speakers: quotes, mentions and positions follow, repeats go', () => {
    const doc = apply(
      start,
      { type: 'add-issue', id: 'timing', title: 'Timing of the vote' },
      { type: 'set-stance', issue: 'timing', speaker: 'robert-vance', stance: 'Wants more time.' },
      {
        type: 'add-quote-evidence',
        issue: 'timing',
        speaker: 'robert-vance',
        quote: 'vance-we-owe-people-proper',
      },
      { type: 'set-stance', issue: 'timing', speaker: 'bob-vance', stance: 'Can wait four weeks.' },
      {
        type: 'add-quote-evidence',
        issue: 'timing',
        speaker: 'bob-vance',
        quote: 'vance-bridge-has-waited-ten',
      },
      { type: 'merge-speakers', from: 'bob-vance', into: 'robert-vance' },
    )
    const { article } = doc
    expect(article.speakers.map((speaker) => speaker.id)).not.toContain('bob-vance')
    expect(article.quotes.find((quote) => quote.id === 'vance-bridge-has-waited-ten')!.speaker).toBe(
      'robert-vance',
    )
    expect(article.mentions.filter((mention) => mention.text === 'Bob Vance')[0]!.speaker).toBe(
      'robert-vance',
    )
    expect(article.positions).toEqual([
      {
        speaker: 'robert-vance',
        issue: 'timing',
        stance: 'Wants more time.',
        evidence: [{ quote: 'vance-we-owe-people-proper' }, { quote: 'vance-bridge-has-waited-ten' }],
      },
    ])
    expect(errorsOf(article)).toEqual([])
    // The position before the merge is untouched: edits never change the document they are given.
    expect(start.article.positions).toEqual([])
  })

  it('adds a speaker from selected words, with that mention', () => {
    const anchor = at(start.article, 'p7', 'The council’s treasurer')
    const id = newSpeakerId(start.article, 'Treasurer')
    const doc = apply(start, {
      type: 'add-speaker',
      speaker: {
        id,
        name: 'Treasurer',
        shortName: 'Treasurer',
        kind: 'person',
        role: null,
        affiliation: null,
      },
      mention: anchor,
    })
    expect(doc.article.mentions).toContainEqual({
      speaker: 'treasurer',
      in: 'p7',
      text: 'The council’s treasurer',
    })
    expect(errorsOf(doc.article)).toEqual([])
  })

  it('adds and deletes mentions, never the same twice', () => {
    const anchor = at(start.article, 'p6', 'families')
    const once = apply(start, { type: 'add-mention', speaker: 'marta-lindgren', anchor })
    expect(apply(once, { type: 'add-mention', speaker: 'marta-lindgren', anchor })).toBe(once)
    const index = once.article.mentions.findIndex((mention) => mention.text === 'families')
    expect(index).toBe(
      once.article.mentions.findIndex((mention) => mention.text === 'Lindgren' && mention.in === 'p6') + 1,
    )
    expect(apply(once, { type: 'delete-mention', index }).article.mentions).toEqual(start.article.mentions)
  })

  it('writes an issue with a stance per speaker and evidence picked by selection', () => {
    const issue = newIssueId(start.article, 'When to build the bridge')
    expect(issue).toBe('when-build-bridge')
    const doc = apply(
      start,
      { type: 'add-issue', id: issue, title: 'When to build the bridge' },
      { type: 'set-stance', issue, speaker: 'robert-vance', stance: 'The vote can wait a month.' },
      {
        type: 'add-evidence',
        issue,
        speaker: 'robert-vance',
        anchors: [at(start.article, 'p3', ' It can wait four more weeks,')],
      },
      { type: 'set-stance', issue, speaker: 'marta-lindgren', stance: 'Residents need the bridge now.' },
      {
        type: 'add-quote-evidence',
        issue,
        speaker: 'marta-lindgren',
        quote: 'lindgren-every-winter-road-floods',
      },
    )
    expect(doc.article.positions[0]!.evidence).toEqual([{ in: 'p3', text: 'It can wait four more weeks,' }])
    expect(errorsOf(doc.article)).toEqual([])
    const parsed = parseArticle(doc.article)
    expect(parsed.ok && parsed.article.positions.map((position) => position.speaker)).toEqual([
      'robert-vance',
      'marta-lindgren',
    ])
  })

  it('confirms a review item, and returns the same document for an edit that names nothing', () => {
    const item = start.review[0]!
    expect(apply(start, { type: 'confirm-review', item }).review).toEqual(start.review.slice(1))
    for (const action of [
      { type: 'delete-quote', id: 'no-such-quote' },
      { type: 'set-quote-speaker', id: 'no-such-quote', speaker: 'bob-vance' },
      { type: 'merge-speakers', from: 'bob-vance', into: 'bob-vance' },
      { type: 'delete-mention', index: 999 },
      { type: 'add-issue', id: 'x', title: 'X' },
    ] satisfies EditAction[])
      if (action.type !== 'add-issue') expect(apply(start, action)).toBe(start)
  })
})

describe('previewArticle', () => {
  it('shows an article whose quote is broken, without that quote', () => {
    const broken = structuredClone(start.article)
    broken.quotes[1]!.text = 'words the article never says'
    const preview = previewArticle(broken)
    expect(preview.hidden).toBe(1)
    expect(preview.article?.quotes.map((quote) => quote.id)).toEqual(
      start.article.quotes.filter((_, index) => index !== 1).map((quote) => quote.id),
    )
  })

  it('hides a speaker never mentioned, and their quotes with them', () => {
    const broken = structuredClone(start.article)
    broken.mentions = broken.mentions.filter((mention) => mention.speaker !== 'marta-lindgren')
    const preview = previewArticle(broken)
    expect(preview.article?.speakers.map((speaker) => speaker.id)).not.toContain('marta-lindgren')
    expect(preview.article?.quotes.some((quote) => quote.speaker === 'marta-lindgren')).toBe(false)
    expect(preview.article?.quotes.length).toBe(start.article.quotes.length - 2)
  })

  it('still marks a quote the check refuses for its cue, so a quote just made is seen', () => {
    const doc = apply(start, {
      type: 'add-quote',
      id: 'osei-build',
      speaker: 'engineer-clara-osei',
      kind: 'direct',
      anchors: [at(start.article, 'p8', 'Build it once, and build it right.')],
    })
    expect(errorsOf(doc.article)).toHaveLength(1)
    const preview = previewArticle(doc.article)
    expect(preview.hidden).toBe(0)
    expect(preview.article?.quotes.at(-1)).toMatchObject({
      id: 'osei-build',
      anchors: [at(start.article, 'p8', 'Build it once, and build it right.')],
    })
  })

  it('gives up only when the text itself is broken', () => {
    expect(previewArticle({ ...start.article, headline: ' ' }).article).toBeNull()
    expect(previewArticle(start.article).article?.headline).toBe(start.article.headline)
  })
})
