// Reads who a reporting verb is attributed to: the words before it ("Sergey Lavrov, the Russian Foreign Minister,
// told") or after it ("said Bolden"), split into a name, the titles and descriptions around it, or a pronoun.
import type { TextRange, Token } from './text-units.ts'

/** What a speaker phrase names: a person, a body, a group, a document or poll, someone unnamed, or a pronoun. */
export type PhraseKind = 'person' | 'organization' | 'group' | 'document' | 'poll' | 'unnamed' | 'pronoun'

/** A speaker as the text names them at one place. */
export interface SpeakerPhrase {
  /** The whole phrase, from its first word to its last. */
  range: TextRange
  kind: PhraseKind
  /** The proper name in it, when it has one ("Sergey Lavrov", "the Saudi Interior Ministry" → "Saudi Interior Ministry"). */
  name: TextRange | null
  /** Titles and descriptions of the same speaker in the phrase ("the Russian Foreign Minister", "NASA Administrator"). */
  descriptions: TextRange[]
  /** The phrase that names the speaker when there is no name: a pronoun, "a teacher", "the scientists". */
  head: TextRange
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we'])
const DETERMINERS = new Set(
  'the a an his her its their our my your this these that those one both some several many two three four five'.split(
    ' ',
  ),
)
const STOP = new Set(
  (
    'that which who whom whose when where while because but if as after before since than then so to by with from ' +
    'in into over under about is was were are be been being am has have had will would can could should may might ' +
    'must do does did not no nor or and yet also however meanwhile although though even just only there here ' +
    'what how why all any each every other another such same own more most less least very too again further ' +
    'once later earlier yesterday today tomorrow now never always often last next first second this these those ' +
    'it he she they we i you me him them us says said told according during through against between among within ' +
    'without upon across per via like unlike instead despite toward towards around near off out up down'
  ).split(' '),
)
const CONNECTORS = new Set(['of', 'for', 'at', 'on', 'de', '&'])
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'del',
  'della',
  'der',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'abu',
  'bint',
])
const HONORIFICS = new Set(
  'mr. mrs. ms. dr. prof. sir dame lord lady rev. sen. rep. gov. gen. lt. col. capt. adm. sgt. maj. hon. mr mrs ms dr'.split(
    ' ',
  ),
)
const TITLES = new Set(
  (
    'president vice minister secretary undersecretary spokesperson spokesman spokeswoman director governor ambassador ' +
    'chairman chairwoman chair administrator general admiral colonel major captain commander chief judge justice ' +
    'senator representative congressman congresswoman mayor premier chancellor king queen prince princess pope ' +
    'bishop archbishop cardinal sheikh emir professor coach manager ceo founder co-founder cofounder coauthor ' +
    'co-author author editor deputy prosecutor attorney lawyer officer commissioner advisor adviser economist ' +
    'expert analyst leader head executive member official sheriff superintendent father mother son daughter wife ' +
    'husband brother sister teacher student researcher scientist president-elect candidate councillor councilor ' +
    'mp envoy consul diplomat detective inspector sergeant lieutenant private corporal marshal'
  ).split(' '),
)
const ORGANIZATION_WORDS = new Set(
  (
    'department ministry office authority agency church news times post herald gazette journal weekly daily press ' +
    'company corporation corp. inc. ltd. court museum center centre institute university college school foundation ' +
    'committee commission council bank group union society government navy army force forces police district party ' +
    'association organization organisation relations board service services network television radio federation ' +
    'league club team administration parliament assembly congress senate house embassy emirate republic kingdom ' +
    'movement front alliance coalition tribunal cabinet bureau institution secretariat observatory program programme ' +
    'reuters afp bbc cnn fund trust airlines airport hospital clinic'
  ).split(' '),
)
const DOCUMENT_WORDS = new Set(
  (
    'report reports statement statements study studies results findings analysis website site data figures ' +
    'estimates document letter ruling survey research paper records census article blog filing documents'
  ).split(' '),
)
const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys'])
const FEMALE = new Set(
  'she her woman women mother wife daughter sister girl queen princess mrs. ms.'.split(' '),
)
const MALE = new Set('he his man men father husband son brother boy king prince mr.'.split(' '))

/** The grammatical gender a phrase shows by its words, for resolving "he" and "she". */
export function phraseGender(words: string): 'female' | 'male' | null {
  const lower = words.toLowerCase().split(/\s+/)
  if (lower.some((word) => FEMALE.has(word))) return 'female'
  if (lower.some((word) => MALE.has(word))) return 'male'
  return null
}

function lower(token: Token | undefined): string {
  return token === undefined ? '' : token.text.toLowerCase()
}

/** A capitalised word that can be part of a name (not "However" or "The"). */
export function isNameWord(token: Token | undefined): boolean {
  if (!token) return false
  const { text } = token
  if (!/^[\p{Lu}\p{N}]/u.test(text) && !isParticle(text)) return false
  if (/^\p{N}+$/u.test(text)) return false
  return !STOP.has(text.toLowerCase()) && !DETERMINERS.has(text.toLowerCase())
}

function isParticle(text: string): boolean {
  return PARTICLES.has(text.toLowerCase()) || /^(?:al|el|bin|abu)[-‐]/i.test(text)
}

/** A lowercase word that can stand in a description ("military affairs expert"): no function word or verb. */
function isDescriptionWord(token: Token | undefined): boolean {
  if (!token) return false
  const word = token.text.toLowerCase()
  return /^\p{L}/u.test(token.text) && !STOP.has(word) && !DETERMINERS.has(word) && !/ly$/.test(word)
}

/** Whether the token is a pronoun that can attribute a statement. */
export function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && PRONOUNS.has(lower(token))
}

/**
 * The speaker phrase that ends just before `tokens[end]` and starts no earlier than `tokens[limit]`: the subject of
 * a reporting verb. Undefined when the words there cannot name a speaker.
 */
export function phraseBefore(
  tokens: readonly Token[],
  end: number,
  limit: number,
): SpeakerPhrase | undefined {
  let last = end - 1
  if (last < limit) return undefined
  if (
    isPronoun(tokens[last]) &&
    (last === limit || !isNameWord(tokens[last - 1]) || tokens[last - 1]?.text === ',')
  )
    return pronounPhrase(tokens[last]!)
  const descriptions: TextRange[] = []
  // ", the Russian Foreign Minister," or ", in remarks to al-Ikhbariya television," between the name and the verb.
  while (tokens[last]?.text === ',') {
    let comma = last - 1
    while (comma > limit && tokens[comma]!.text !== ',') comma--
    if (comma <= limit || tokens[comma]!.text !== ',' || last - comma - 1 > 14 || last - comma - 1 < 1) break
    const first = tokens[comma + 1]!
    const inner = tokens.slice(comma + 1, last)
    if (isPostNominal(inner)) {
      last = comma - 1
      continue
    }
    if (
      /^(?:in|at|on|during|after|before|speaking|according|for|with|from|while|when|as|via|through)$/i.test(
        first.text,
      )
    ) {
      last = comma - 1
      continue
    }
    if (
      DETERMINERS.has(lower(first)) ||
      !/^\p{Lu}/u.test(first.text) ||
      inner.some((t) => TITLES.has(lower(t)))
    ) {
      descriptions.push({ start: first.start, end: inner.at(-1)!.end })
      last = comma - 1
      continue
    }
    break
  }
  // "The Internet security firm Secunia.com, has said": a stray comma between the subject and its verb.
  if (tokens[last]?.text === ',' && descriptions.length === 0) last--
  const head = nounPhraseBefore(tokens, last, limit)
  if (!head) return undefined
  // "Photos released of the scene showed": a description after a preposition is not the subject.
  const before = lower(tokens[head.from - 1])
  if (/^(?:of|for|at|on|in|to|from|with|by|about)$/.test(before) && !isNameWord(tokens[head.to]))
    return undefined
  return splitPhrase(tokens, head.from, head.to, descriptions, limit)
}

/** The speaker phrase that starts at `tokens[start]`, as after an inverted verb ("said Bolden to the crowd"). */
export function phraseAfter(
  tokens: readonly Token[],
  start: number,
  limit: number,
): SpeakerPhrase | undefined {
  const first = tokens[start]
  if (!first) return undefined
  if (isPronoun(first)) return pronounPhrase(first)
  let to = start
  if (DETERMINERS.has(lower(first))) to++
  while (to < limit) {
    const token = tokens[to]!
    if (isNameWord(token) || isDescriptionWord(token) || token.text === "'s" || token.text === '’s') to++
    else if (
      CONNECTORS.has(lower(token)) &&
      (isNameWord(tokens[to + 1]) || DETERMINERS.has(lower(tokens[to + 1])))
    )
      to++
    else break
    if (to - start > 12) break
  }
  // "said Bolden to the gathered crowd": a name ends where the lowercase words begin.
  let end = start
  while (end < to && (isNameWord(tokens[end]) || DETERMINERS.has(lower(tokens[end])) || end === start)) end++
  if (end > start && isNameWord(tokens[end - 1])) to = end
  if (to === start) return undefined
  const descriptions: TextRange[] = []
  if (tokens[to]?.text === ',') {
    let close = to + 1
    while (close < limit && tokens[close]!.text !== ',' && close - to < 14) close++
    if (tokens[close]?.text === ',' && close > to + 1)
      descriptions.push({ start: tokens[to + 1]!.start, end: tokens[close - 1]!.end })
  }
  const phrase = splitPhrase(tokens, start, to - 1, descriptions, start)
  const appositive = descriptions[0]
  // "the Crown prosecutor, Mark Tedeschi, QC": the name in the appositive names the speaker.
  if (phrase && !phrase.name && appositive) {
    const first = tokens.findIndex((token) => token.start === appositive.start)
    const last = tokens.findIndex((token) => token.end === appositive.end)
    const allNames = tokens
      .slice(first, last + 1)
      .every((token) => isNameWord(token) || isParticle(token.text))
    if (first !== -1 && last !== -1 && allNames) {
      const named = splitPhrase(tokens, first, last, [], first)
      if (named?.name)
        return {
          ...named,
          range: { start: phrase.range.start, end: appositive.end },
          descriptions: [phrase.range],
        }
    }
  }
  return phrase
}

/** The noun phrase that ends at `tokens[last]`: its first and last token, or undefined. */
function nounPhraseBefore(
  tokens: readonly Token[],
  last: number,
  limit: number,
): { from: number; to: number } | undefined {
  let from = last + 1
  let at = last
  while (at >= limit && last - at < 16) {
    const token = tokens[at]!
    const word = token.text.toLowerCase()
    if (DETERMINERS.has(word)) {
      from = at
      break
    }
    if (isNameWord(token) || isParticle(token.text) || /^[-‐–]$/.test(token.text)) {
      from = at
    } else if (
      CONNECTORS.has(word) &&
      from <= last &&
      (isNameWord(tokens[at + 1]) || DETERMINERS.has(lower(tokens[at + 1])))
    ) {
      from = at
    } else if (
      word === 'and' &&
      from <= last &&
      (isNameWord(tokens[at + 1]) || DETERMINERS.has(lower(tokens[at + 1]))) &&
      (isNameWord(tokens[at - 1]) || isDescriptionWord(tokens[at - 1]))
    ) {
      from = at
    } else if (/^['’]s$/.test(token.text)) {
      from = at
    } else if (isDescriptionWord(token)) {
      from = at
    } else break
    at--
  }
  // A phrase never starts with a connector or a dash: those belonged to the words before it.
  while (
    from <= last &&
    (CONNECTORS.has(lower(tokens[from])) ||
      /^[-‐–]$/.test(tokens[from]!.text) ||
      lower(tokens[from]) === 'and')
  )
    from++
  return from <= last ? { from, to: last } : undefined
}

/** Splits a noun phrase into the name at its end and the titles before it, and tells what it names. */
function splitPhrase(
  tokens: readonly Token[],
  from: number,
  to: number,
  descriptions: TextRange[],
  limit: number,
): SpeakerPhrase | undefined {
  const range = { start: tokens[from]!.start, end: tokens[to]!.end }
  const determiner = DETERMINERS.has(lower(tokens[from]))
  let nameStart = to + 1
  while (
    nameStart - 1 >= from &&
    (isNameWord(tokens[nameStart - 1]) || isParticle(tokens[nameStart - 1]!.text))
  )
    nameStart--
  while (nameStart <= to && isParticle(tokens[nameStart]!.text) && !isNameWord(tokens[nameStart])) nameStart++
  // "the Department of Agriculture", "Church of Scientology": an organisation's name runs over "of".
  while (
    nameStart - 2 >= from &&
    CONNECTORS.has(lower(tokens[nameStart - 1])) &&
    ORGANIZATION_WORDS.has(lower(tokens[nameStart - 2])) &&
    !tokens.slice(nameStart, to + 1).some((token) => TITLES.has(lower(token)))
  ) {
    nameStart -= 2
    while (nameStart - 1 >= from && isNameWord(tokens[nameStart - 1])) nameStart--
  }
  const words = tokens.slice(from, to + 1).map((token) => token.text.toLowerCase())
  const headWord = words.at(-1)!
  if (nameStart > to) {
    // No name: "a teacher", "the scientists", "Tunisia's coach".
    if (words.length > 10) return undefined
    const kind: PhraseKind = POLL_WORDS.has(headWord)
      ? 'poll'
      : DOCUMENT_WORDS.has(headWord)
        ? 'document'
        : ORGANIZATION_WORDS.has(headWord)
          ? 'organization'
          : /s$/.test(headWord) && !/ss$/.test(headWord)
            ? 'group'
            : 'unnamed'
    return { range, kind, name: null, descriptions, head: range }
  }
  // Titles and organisations before the person's name are descriptions: "NASA Administrator Charles Bolden".
  let split = nameStart
  for (let at = nameStart; at <= to; at++) {
    const word = lower(tokens[at])
    if (HONORIFICS.has(word)) continue
    if (TITLES.has(word)) split = at + 1
    // "Council on American-Islamic Relations Alia Salem": a person's name after an organisation's.
    else if (ORGANIZATION_WORDS.has(word) && to - at >= 2 && !CONNECTORS.has(lower(tokens[at + 1])))
      split = at + 1
  }
  const honorific = HONORIFICS.has(lower(tokens[split - 1])) || HONORIFICS.has(lower(tokens[split]))
  if (split > to) {
    // The run ends with a title or an organisation word: "The Russian Foreign Minister", "the State Department".
    const nameRange = { start: tokens[determiner ? from + 1 : from]!.start, end: range.end }
    const title = TITLES.has(headWord) && !ORGANIZATION_WORDS.has(headWord)
    if (title) return { range, kind: 'unnamed', name: null, descriptions, head: range }
    return { range, kind: 'organization', name: nameRange, descriptions, head: range }
  }
  // "Governor of Washington Chris Gregoire": the word after "of" is the place, not the first name.
  if (
    split === nameStart &&
    CONNECTORS.has(lower(tokens[nameStart - 1])) &&
    to - nameStart >= 2 &&
    !honorific
  )
    split = nameStart + 1
  while (HONORIFICS.has(lower(tokens[split])) && split < to) split++
  // Long runs of capitals are an organisation's name and a person's: keep the last three words for the person.
  let personStart = split
  const capitalised = () =>
    tokens.slice(personStart, to + 1).filter((token) => !isParticle(token.text)).length
  const organisationRun = tokens.slice(split, to + 1).some((token) => ORGANIZATION_WORDS.has(lower(token)))
  while (!organisationRun && capitalised() > 3) personStart++
  const nameTokens = tokens.slice(personStart, to + 1)
  const allCaps = nameTokens.length === 1 && /^[\p{Lu}\p{N}&.]{2,}$/u.test(nameTokens[0]!.text)
  const organization =
    allCaps ||
    (determiner && personStart === from + 1) ||
    nameTokens.some((token) => ORGANIZATION_WORDS.has(token.text.toLowerCase()))
  // A title before the name is the speaker's: "NASA Administrator"; not a lone "the" or "Mr.".
  const titleWords = tokens
    .slice(from, personStart)
    .filter((token) => !DETERMINERS.has(lower(token)) && !HONORIFICS.has(lower(token)))
  if (personStart > from && titleWords.length > 0)
    descriptions.unshift({ start: tokens[from]!.start, end: tokens[personStart - 1]!.end })
  void limit
  return {
    range,
    kind: organization ? 'organization' : 'person',
    name: { start: nameTokens[0]!.start, end: nameTokens.at(-1)!.end },
    descriptions,
    head: range,
  }
}

function pronounPhrase(token: Token): SpeakerPhrase {
  const range = { start: token.start, end: token.end }
  return { range, kind: 'pronoun', name: null, descriptions: [], head: range }
}

/** "QC", "SC", "Jr." after a name: part of how the name is written, not a description. */
function isPostNominal(tokens: readonly Token[]): boolean {
  return tokens.length === 1 && /^(?:[A-Z]{2,3}|Jr\.|Sr\.|Jr|Sr|II|III|MP|QC|KC|SC)$/.test(tokens[0]!.text)
}
