// Tells a transcript from an article and reads its turns: the speaker labels that open paragraphs
// ("MS. PSAKI:", "Q"), the paragraphs each turn runs over, and the narration around them.

/** One turn: its label as it opens the paragraph, and its first and last paragraph (indices). */
export interface LabelledTurn {
  label: string
  from: number
  to: number
  question: boolean
}

const QUESTION_LABEL = /^(?:Q|QUESTION|Q\.)(?::|(?=\s))/
const NAME_LABEL =
  /^(?:(?:MR|MS|MRS|DR|SEN|REP|GEN|ADM|AMB|SEC|GOV|PROF)\.\s+)?(?:THE\s+)?[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]+){0,3}:/u
const MIXED_LABEL = /^(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}:(?=\s)/u
// Times and the closing "END" of a briefing are narration, not the last speaker's words.
const NARRATION = /^(?:\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?|END\b.*|\[.*\]|\(.*\))$/

/** The label a paragraph opens with, or null. */
export function turnLabel(text: string, mixedCase = false): { label: string; question: boolean } | null {
  const question = QUESTION_LABEL.exec(text)
  if (question) return { label: question[0], question: true }
  const named = NAME_LABEL.exec(text) ?? (mixedCase ? MIXED_LABEL.exec(text) : null)
  return named ? { label: named[0], question: false } : null
}

/**
 * The turns of `paragraphs` when they read as a transcript (at least three labelled paragraphs, two speakers or
 * more), or null for an article. A turn runs until the next label or a line of narration.
 */
export function transcriptTurns(paragraphs: readonly string[]): LabelledTurn[] | null {
  let labels = paragraphs.map((text) => turnLabel(text))
  let distinct = new Set(labels.flatMap((label) => (label ? [label.label] : [])))
  if (labels.filter(Boolean).length < 3 || distinct.size < 2) {
    labels = paragraphs.map((text) => turnLabel(text, true))
    distinct = new Set(labels.flatMap((label) => (label ? [label.label] : [])))
    if (
      labels.filter(Boolean).length < 4 ||
      distinct.size < 2 ||
      labels.filter(Boolean).length < paragraphs.length / 3
    )
      return null
  }
  const turns: LabelledTurn[] = []
  let current: LabelledTurn | null = null
  paragraphs.forEach((text, index) => {
    const label = labels[index]
    if (label) {
      current = { label: label.label, from: index, to: index, question: label.question }
      turns.push(current)
    } else if (NARRATION.test(text.trim())) current = null
    else if (current) current.to = index
  })
  return turns
}
