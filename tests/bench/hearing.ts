// Generated articles for the scale benchmark: a hearing transcript written up as a news story, with as many
// words, quotes and speakers as asked. Each paragraph names its speaker and quotes one sentence.
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { GIVEN_NAMES, SURNAMES } from '../fixtures/generated-names.ts'

const WORDS = (
  'committee members asked whether the ministry had reviewed the border agreement before signing it and ' +
  'whether the security council was told about the funding gaps that the auditors found in the last report ' +
  'while the witnesses said the regional partners would need more time to complete the inspections'
).split(' ')

/** A long article: about `words` words in paragraphs of about 27, one quote each, by `speakers` speakers. */
export function generateHearing({
  slug,
  words,
  speakers,
}: {
  slug: string
  words: number
  speakers: number
}) {
  const people = Array.from({ length: speakers }, (_, index) => {
    const name = `${GIVEN_NAMES[index % GIVEN_NAMES.length]} ${SURNAMES[Math.floor(index / GIVEN_NAMES.length) % SURNAMES.length]}${index >= 100 ? index : ''}`
    return { id: `speaker-${index + 1}`, name, shortName: name.split(' ')[1]! }
  })
  const paragraphCount = Math.max(1, Math.round(words / 27))
  const paragraphs: ArticleSource['paragraphs'] = []
  const mentions: ArticleSource['mentions'] = []
  const quotes: ArticleSource['quotes'] = []
  for (let index = 0; index < paragraphCount; index++) {
    const speaker = people[index % people.length]!
    const sentence = Array.from(
      { length: 20 },
      (_, word) => WORDS[(index * 7 + word * 3) % WORDS.length],
    ).join(' ')
    const said = `${sentence[0]!.toUpperCase()}${sentence.slice(1)} in session ${index + 1}.`
    const id = `p${index + 1}`
    paragraphs.push({ id, text: `${speaker.name} said: “${said}”` })
    mentions.push({ in: id, text: speaker.name, speaker: speaker.id })
    quotes.push({
      in: id,
      text: said,
      id: `q${index + 1}`,
      speaker: speaker.id,
      kind: 'direct',
      cue: 'said',
      to: null,
    })
  }
  const article: ArticleSource = {
    slug,
    headline: `Hearing on the border agreement: ${paragraphCount} statements`,
    summary: null,
    outlet: { name: 'Benchmark', url: null },
    sourceUrl: null,
    published: null,
    updated: null,
    language: 'en',
    direction: 'ltr',
    paragraphs,
    speakers: people.map((person) => ({ ...person, kind: 'person', role: 'Witness', affiliation: null })),
    mentions,
    quotes,
    issues: [],
    positions: [],
  }
  return article
}
