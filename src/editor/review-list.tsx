// The draft's doubts, each one click from its place and one click from confirmed.
import type { ArticleSource } from '../core/content/article-schema.ts'
import type { ReviewItem, ReviewReason } from '../core/draft/draft-article.ts'
import type { EditAction } from './article-edits.ts'

/** What each doubt asks the editor to check (the words of `npm run content:draft`'s report, src/build/draft-article.ts). */
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

interface ReviewListProps {
  article: ArticleSource
  review: readonly ReviewItem[]
  edit(action: EditAction): void
  onGo(item: ReviewItem): void
}

export function ReviewList({ article, review, edit, onGo }: ReviewListProps) {
  const nameOf = (item: ReviewItem) => {
    if (item.target === 'speaker')
      return article.speakers.find((speaker) => speaker.id === item.id)?.name ?? item.id
    return item.id
  }
  return (
    <section aria-labelledby="review-heading" className="editor-panel">
      <h2 id="review-heading" className="mb-2 font-bold">
        To review ({review.length})
      </h2>
      {review.length === 0 ? (
        <p className="text-sm text-ink-soft">Nothing left to review.</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {review.map((item) => (
            <li
              key={`${item.target} ${item.id} ${item.reason}`}
              className="flex flex-wrap items-center gap-2"
            >
              <button type="button" className="underline" onClick={() => onGo(item)}>
                {item.target} {nameOf(item)}
              </button>
              <span>{REVIEW_REASONS[item.reason]}</span>
              <button
                type="button"
                className="editor-button"
                aria-label={`Confirm ${item.target} ${nameOf(item)}`}
                onClick={() => edit({ type: 'confirm-review', item })}
              >
                Confirm
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
