// Generated news sites for the build benchmark: ordinary stories of 300 to 2,500 words, a few speakers each,
// quoted directly and in reported speech about every other paragraph. Deterministic: the same count gives the
// same articles, so build times and output sizes compare across runs.
import type { ArticleSource } from '../../src/core/content/article-schema.ts'
import { GIVEN_NAMES, SURNAMES } from '../fixtures/generated-names.ts'

const WORDS = (
  'the council agreed to review funding for the new harbour bridge after residents asked whether the plan ' +
  'would raise local taxes and delay repairs to older roads while officials warned that inspections of the ' +
  'ferry terminal had found cracks in several supports and that contractors needed another season to finish ' +
  'work on the northern quay where fishing boats still unload their catch every morning before dawn'
).split(' ')
const ROLES = ['Mayor', 'Harbour master', 'Union leader', 'Council member', 'Engineer', 'Resident']
/** Story lengths in words, cycled through: most news is short, some runs long. */
const LENGTHS = [350, 600, 800, 1_000, 1_200, 1_500, 2_200, 2_500]

/** `count` news stories, slugs `news-1` … `news-<count>`. */
export function generateNewsSite(count: number): ArticleSource[] {
  return Array.from({ length: count }, (_, index) =>
    generateNewsStory({
      slug: `news-${index + 1}`,
      words: LENGTHS[index % LENGTHS.length]!,
      speakers: 3 + (index % 6),
      seed: index + 1,
    }),
  )
}

/** One story of about `words` words in paragraphs of 25 to 60, quoting `speakers` people (at most 10). */
export function generateNewsStory({
  slug,
  words,
  speakers,
  seed,
}: {
  slug: string
  words: number
  speakers: number
  seed: number
}): ArticleSource {
  let state = seed
  // A small linear congruential generator: varied text that is the same on every run.
  const next = (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => WORDS[next(WORDS.length)]).join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}`
  }
  const people = Array.from({ length: Math.min(speakers, SURNAMES.length) }, (_, index) => ({
    id: `speaker-${index + 1}`,
    name: `${GIVEN_NAMES[(index + seed) % GIVEN_NAMES.length]} ${SURNAMES[index]}`,
    shortName: SURNAMES[index]!,
  }))
  const paragraphs: ArticleSource['paragraphs'] = []
  const mentions: ArticleSource['mentions'] = []
  const quotes: ArticleSource['quotes'] = []
  for (let written = 0, index = 0; written < words; index++) {
    const id = `p${index + 1}`
    const length = 25 + next(36)
    written += length
    // Every speaker is named in full once, in turn, then by surname.
    const speaker = people[index % people.length]!
    const name = index < people.length ? speaker.name : speaker.shortName
    const said = sentence(length - 3)
    const kind = index % 4 === 1 ? 'direct' : index % 4 === 3 || index < people.length ? 'reported' : null
    if (kind === null) {
      paragraphs.push({ id, text: `${sentence(length)}.` })
      continue
    }
    const reported = said[0]!.toLowerCase() + said.slice(1)
    paragraphs.push({
      id,
      text: kind === 'direct' ? `“${said}.” ${name} said.` : `${name} said that ${reported}.`,
    })
    mentions.push({ in: id, text: name, speaker: speaker.id })
    quotes.push({
      in: id,
      text: kind === 'direct' ? `${said}.` : reported,
      id: `q${quotes.length + 1}`,
      speaker: speaker.id,
      kind,
      cue: 'said',
      to: null,
    })
  }
  return {
    slug,
    headline: `${sentence(6 + next(6))} as council meets on ${slug.replace('news-', 'item ')}`,
    summary: `${sentence(20)}.`,
    outlet: { name: 'Benchmark Gazette', url: null },
    sourceUrl: null,
    published: null,
    updated: null,
    language: 'en',
    direction: 'ltr',
    paragraphs,
    speakers: people.map((person, index) => ({
      ...person,
      kind: 'person',
      role: ROLES[index % ROLES.length]!,
      affiliation: null,
    })),
    mentions,
    quotes,
    issues: [],
    positions: [],
  }
}
