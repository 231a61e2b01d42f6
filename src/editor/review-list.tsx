// The draft's doubts, each one click from its place and one click from confirmed.
import type { ArticleSource } from '../core/content/article-schema.ts'
import type { ReviewItem } from '../core/draft/draft-article.ts'
import { REVIEW_REASONS } from '../core/draft/review-reasons.ts'
import type { EditAction } from './article-edits.ts'

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
