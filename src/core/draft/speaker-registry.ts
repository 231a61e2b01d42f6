// The alias and title tracker: one entry per speaker, found again by full name, surname, title or description,
// and the recent people and bodies a pronoun can point back to.
import { phraseGender, type PhraseKind, type SpeakerPhrase } from './speaker-phrase.ts'

/** A speaker the draft has found, with every way the text names them. */
export interface SpeakerEntry {
  key: number
  name: string
  shortName: string
  kind: Exclude<PhraseKind, 'pronoun'>
  role: string | null
  /** Names and descriptions to mark wherever they occur, as written. */
  aliases: Set<string>
  gender: 'female' | 'male' | null
  /** Why the entry is uncertain, for the review list. */
  doubts: Set<'kind-guessed' | 'surname-shared' | 'description-only'>
}

/** A person's full name the text gives anywhere, speaker or not, and where it first occurs (reading order). */
export interface KnownName {
  name: string
  at: number
}

const LOWER_LEAD = /^(?:the|a|an)\s+/i

/** Speakers by alias, plus the memory of who was last named, for pronouns. */
export class SpeakerRegistry {
  readonly entries: SpeakerEntry[] = []
  private readonly byAlias = new Map<string, SpeakerEntry>()
  private readonly bySurname = new Map<string, KnownName[]>()
  private recent: {
    entry: SpeakerEntry | null
    kind: PhraseKind
    gender: 'female' | 'male' | null
    name: string
  }[] = []

  /** Teaches the registry every full name in the text, so "Paris" can be found as "Valeska Paris". */
  knowName(name: string, at: number) {
    const surname = name.split(/\s+/).at(-1)!
    const known = this.bySurname.get(surname) ?? []
    if (!known.some((entry) => entry.name === name)) known.push({ name, at })
    this.bySurname.set(surname, known)
  }

  /** Remembers a person or body named in the narration, for "he", "she", "it" and "they" later. */
  noteNamed(name: string, kind: PhraseKind, words: string) {
    const entry = this.byAlias.get(aliasKey(name)) ?? null
    this.recent.push({ entry, kind, gender: entry?.gender ?? phraseGender(words), name })
    if (this.recent.length > 12) this.recent.shift()
  }

  /** The speaker a phrase names: found by alias, or a new entry. `text` is the block the phrase is in. */
  resolve(
    phrase: SpeakerPhrase,
    text: string,
    at: number,
  ): { entry: SpeakerEntry; doubt?: 'surname-shared' } | undefined {
    if (phrase.kind === 'pronoun')
      return this.resolvePronoun(text.slice(phrase.range.start, phrase.range.end), at)
    const descriptions = phrase.descriptions.map((range) => text.slice(range.start, range.end))
    if (phrase.name) {
      const name = text.slice(phrase.name.start, phrase.name.end)
      let doubt: 'surname-shared' | undefined
      let entry = this.byAlias.get(aliasKey(name))
      const sharers = /\s/.test(name) ? [] : this.namesWithSurname(name)
      if (phrase.kind === 'person' && sharers.length > 1) {
        // Two people share the surname: the one named last is meant.
        const recent = [...this.recent].reverse().find((item) => item.entry?.shortName === name)
        entry = recent?.entry ?? entry
        doubt = 'surname-shared'
      }
      if (!entry && phrase.kind === 'person' && !/\s/.test(name)) {
        const known = this.bySurname.get(name) ?? []
        const before = known.filter((candidate) => candidate.at <= at)
        const pick = (before.length > 0 ? before : known).at(-1)
        if (known.length > 1) doubt = 'surname-shared'
        if (pick)
          entry =
            this.byAlias.get(aliasKey(pick.name)) ??
            this.create(pick.name, 'person', descriptions, text, phrase)
      }
      if (!entry) {
        const byDescription = descriptions
          .map((d) => this.byAlias.get(aliasKey(d)))
          .find((e) => e !== undefined)
        entry =
          byDescription ??
          this.create(name, phrase.kind === 'person' ? 'person' : phrase.kind, descriptions, text, phrase)
      }
      this.addAliases(entry, [name, ...descriptions])
      this.remember(entry)
      return doubt ? { entry, doubt } : { entry }
    }
    const words = text.slice(phrase.head.start, phrase.head.end)
    const entry =
      this.byAlias.get(aliasKey(words)) ??
      this.create(
        capitalise(words.replace(LOWER_LEAD, (lead) => (/^the/i.test(lead) ? lead : lead))),
        phrase.kind,
        descriptions,
        text,
        phrase,
      )
    this.addAliases(entry, [words, ...descriptions])
    this.remember(entry)
    return { entry }
  }

  private resolvePronoun(pronoun: string, at: number): { entry: SpeakerEntry } | undefined {
    void at
    const lower = pronoun.toLowerCase()
    if (lower === 'i' || lower === 'we') return undefined
    for (let index = this.recent.length - 1; index >= 0; index--) {
      const candidate = this.recent[index]!
      const fits =
        lower === 'he' || lower === 'she'
          ? candidate.kind === 'person' || candidate.kind === 'unnamed'
          : lower === 'it'
            ? candidate.kind === 'organization' || candidate.kind === 'document' || candidate.kind === 'poll'
            : candidate.kind !== 'person' && candidate.kind !== 'unnamed'
      if (!fits) continue
      if (lower === 'he' && candidate.gender === 'female') continue
      if (lower === 'she' && candidate.gender === 'male') continue
      const entry =
        candidate.entry ??
        this.byAlias.get(aliasKey(candidate.name)) ??
        this.create(candidate.name, candidate.kind === 'pronoun' ? 'person' : candidate.kind, [], '', null)
      if (lower === 'he' || lower === 'she') entry.gender ??= lower === 'he' ? 'male' : 'female'
      return { entry }
    }
    return undefined
  }

  private create(
    name: string,
    kind: Exclude<PhraseKind, 'pronoun'>,
    descriptions: string[],
    text: string,
    phrase: SpeakerPhrase | null,
  ): SpeakerEntry {
    const words = name.split(/\s+/)
    const shortName = kind === 'person' && words.length > 1 ? words.at(-1)! : name
    const role = descriptions[0]?.replace(LOWER_LEAD, '') ?? null
    const entry: SpeakerEntry = {
      key: this.entries.length,
      name,
      shortName,
      kind,
      role: role === null ? null : capitalise(role),
      aliases: new Set(),
      gender: phrase ? phraseGender(text.slice(phrase.range.start, phrase.range.end)) : null,
      doubts: new Set(),
    }
    if (kind === 'organization' && !/\s/.test(name) && !/^[\p{Lu}\p{N}&.]{2,}$/u.test(name))
      entry.doubts.add('kind-guessed')
    this.entries.push(entry)
    this.addAliases(entry, [name])
    if (kind === 'person' && words.length > 1) {
      this.addAliases(entry, [shortName])
      this.knowName(name, Number.MAX_SAFE_INTEGER)
    }
    return entry
  }

  private addAliases(entry: SpeakerEntry, aliases: string[]) {
    for (const alias of aliases) {
      if (alias.trim() === '') continue
      entry.aliases.add(alias)
      const key = aliasKey(alias)
      if (!this.byAlias.has(key)) this.byAlias.set(key, entry)
    }
  }

  private remember(entry: SpeakerEntry) {
    this.recent.push({ entry, kind: entry.kind, gender: entry.gender, name: entry.name })
    if (this.recent.length > 12) this.recent.shift()
  }

  /** The full names known for a surname, in the order the text introduces them. */
  namesWithSurname(surname: string): readonly KnownName[] {
    return this.bySurname.get(surname) ?? []
  }
}

/** How aliases are compared: without a leading article, case and spacing. */
export function aliasKey(words: string): string {
  return words.replace(LOWER_LEAD, '').replace(/\s+/g, ' ').toLowerCase()
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}
