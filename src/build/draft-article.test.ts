import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { draftArticle } from '../core/draft/draft-article.ts'
import {
  articleJson,
  draftReport,
  draftTargets,
  formatReview,
  overwriteRefusal,
  parseDraftArgs,
  reviewFile,
  reviewPath,
  slugOption,
  type DraftCommand,
} from './draft-article.ts'

const STORY = 'tests/fixtures/draft/harbour-strike.txt'

function command(args: string[]): DraftCommand {
  const parsed = parseDraftArgs(args)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.command
}

describe('parseDraftArgs', () => {
  it.each([
    {
      args: ['story.txt'],
      expected: { input: 'story.txt', out: null, slug: null, summary: false, force: false },
    },
    {
      args: ['--summary', 'story.txt', '--force'],
      expected: { input: 'story.txt', summary: true, force: true },
    },
    {
      args: ['story.txt', '--out', 'src/content/articles/talks.json'],
      expected: { out: { file: 'src/content/articles/talks.json' } },
    },
    {
      args: ['story.txt', '--out', 'src/content/articles/'],
      expected: { out: { folder: 'src/content/articles/' } },
    },
    { args: ['story.txt', '--out', 'drafts'], expected: { out: { folder: 'drafts' } } },
    {
      args: ['story.txt', '--out', 'talks.json', '--slug', 'talks'],
      expected: { out: { file: 'talks.json' }, slug: 'talks' },
    },
    {
      args: ['story.txt', '--outlet', 'Harbour Gazette', '--language', 'en-GB'],
      expected: { outlet: 'Harbour Gazette', language: 'en-GB' },
    },
  ])('reads $args', ({ args, expected }) => {
    expect(parseDraftArgs(args)).toEqual({ ok: true, command: expect.objectContaining(expected) })
  })

  it.each([
    { args: [], message: 'give the plain text to draft' },
    { args: ['a.txt', 'b.txt'], message: 'give one text, not 2' },
    { args: ['story.txt', '--out'], message: '--out needs a value' },
    { args: ['story.txt', '--slug', '--force'], message: '--slug needs a value' },
    { args: ['story.txt', '--dry-run'], message: '--dry-run is not an option' },
    {
      args: ['story.txt', '--out', 'talks.txt'],
      message: '--out is an article file (.json) or a folder, not talks.txt',
    },
    {
      args: ['story.txt', '--out', 'a/talks.json', '--slug', 'other'],
      message: "--slug other differs from the file's name (talks.json); give one or the other",
    },
  ])('refuses $args', ({ args, message }) => {
    expect(parseDraftArgs(args)).toEqual({ ok: false, message })
  })
})

describe('where the draft goes', () => {
  it.each([
    { args: ['s.txt'], slug: undefined, targets: null },
    {
      args: ['s.txt', '--out', 'articles/talks.json'],
      slug: 'talks',
      targets: { article: 'articles/talks.json', review: 'articles/talks.draft.jsonc' },
    },
    {
      args: ['s.txt', '--out', 'articles/', '--slug', 'talks'],
      slug: 'talks',
      targets: { article: 'articles/talks.json', review: 'articles/talks.draft.jsonc' },
    },
    {
      args: ['s.txt', '--out', 'articles'],
      slug: undefined,
      targets: { article: 'articles/from-headline.json', review: 'articles/from-headline.draft.jsonc' },
    },
  ])('$args', ({ args, slug, targets }) => {
    const parsed = command(args)
    expect(slugOption(parsed)).toBe(slug)
    expect(draftTargets(parsed, slug ?? 'from-headline')).toEqual(targets)
  })

  it('names the article after its headline when nothing else names it', () => {
    const draft = draftArticle(readFileSync(STORY, 'utf8'), { slug: slugOption(command([STORY])) })
    expect(draft.article.slug).toBe('harbour-strike-talks-resume-as-union-warns-long')
  })

  it.each([
    { file: 'a/talks.json', review: 'a/talks.draft.jsonc' },
    { file: 'talks.v2.json', review: 'talks.v2.draft.jsonc' },
    { file: 'json/talks.json', review: 'json/talks.draft.jsonc' },
  ])('keeps the review list of $file beside it, not as an article file', ({ file, review }) => {
    expect(reviewPath(file)).toBe(review)
    expect(reviewPath(file).endsWith('.json')).toBe(false)
  })
})

describe('overwriteRefusal', () => {
  const targets = { article: 'a/talks.json', review: 'a/talks.draft.jsonc' }
  it.each([
    { existing: [], force: false, refusal: null },
    {
      existing: ['a/talks.json'],
      force: false,
      refusal: 'a/talks.json exists already; add --force to overwrite',
    },
    {
      existing: ['a/talks.json', 'a/talks.draft.jsonc'],
      force: false,
      refusal: 'a/talks.json and a/talks.draft.jsonc exist already; add --force to overwrite',
    },
    { existing: ['a/talks.json', 'a/talks.draft.jsonc'], force: true, refusal: null },
  ])('with $existing existing and force $force', ({ existing, force, refusal }) => {
    expect(overwriteRefusal(targets, (file) => existing.includes(file), force)).toBe(refusal)
  })
})

describe('what the command writes and says', () => {
  const draft = draftArticle(readFileSync(STORY, 'utf8'), { slug: 'talks' })
  const targets = { article: 'a/talks.json', review: 'a/talks.draft.jsonc' }

  it('writes the article as indented JSON that reads back as the draft', () => {
    expect(articleJson(draft).endsWith('}\n')).toBe(true)
    expect(JSON.parse(articleJson(draft))).toEqual(draft.article)
  })

  it('writes every review item with its note, and says where the text came from', () => {
    const review = JSON.parse(reviewFile(draft, STORY))
    expect(review).toMatchObject({ draft: true, from: STORY, slug: 'talks' })
    expect(review.review).toHaveLength(draft.review.length)
    expect(review.review[0]).toEqual({ ...draft.review[0], note: expect.any(String) })
  })

  it('reports the counts, the review list and the files, and exits 0', () => {
    const report = draftReport(draft, STORY, targets)
    expect(report.exitCode).toBe(0)
    expect(report.lines[0]).toBe(
      `DRAFT of ${STORY}: 6 speakers, 12 quotes, 14 mentions; issues and positions left to you.`,
    )
    expect(report.lines).toContain(`Review (${draft.review.length}):`)
    expect(report.lines).toEqual(expect.arrayContaining(formatReview(draft.review)))
    expect(report.lines.at(-1)).toBe('Wrote a/talks.json and, beside it, the review list a/talks.draft.jsonc')
  })

  it('exits 1 and names the bug when the draft fails the check', () => {
    const broken = { ...draft, problems: [{ path: 'quotes[0].text', message: 'does not occur in p1' }] }
    const report = draftReport(broken, STORY, null)
    expect(report.exitCode).toBe(1)
    expect(report.lines.slice(-2)).toEqual([
      `${STORY}: quotes[0].text: does not occur in p1`,
      'The draft fails the content check: this is a bug in the draft annotator.',
    ])
  })

  it('counts turns for a transcript', () => {
    const briefing = draftArticle(readFileSync('tests/fixtures/draft/harbour-briefing.txt', 'utf8'))
    expect(draftReport(briefing, 'b.txt', null).lines[0]).toMatch(/^DRAFT of b\.txt: 3 speakers, 6 turns;/)
  })
})
