// What each doubt of a draft asks an editor to check, in one place for the draft command's report
// (src/build/draft-article.ts) and the editor's review list (src/editor/review-list.tsx).
import type { ReviewReason } from './draft-article.ts'

export const REVIEW_REASONS: Record<ReviewReason, string> = {
  pronoun: 'attributed through a pronoun: check who it is',
  floating: 'no attribution of its own: given to the speaker before it',
  belief: 'a belief or perception, not speech: keep it or remove it',
  finding: 'what a study, a court or a document found: keep it or remove it',
  'surname-shared': 'a surname two people share: check which one spoke',
  'intro-paragraph-before': 'attributed by the end of the paragraph before',
  'unnamed-speaker': 'the speaker is a description: merge it with a named speaker if it is one',
  'kind-guessed': 'known by one word: is it an organization (as drafted) or a person?',
  'name-from-label': 'named only by the label: give the full name and role',
  'surname-mention': 'mentions by a surname two speakers share: check whose each is',
}
