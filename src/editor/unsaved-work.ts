// Work not yet saved, kept in the browser's storage until it is: a reload or a crash restores it. Each article
// has its own entry; the draft's review list is kept beside it until the content format can hold it (decision 013).
import type { ReviewItem } from '../core/draft/draft-article.ts'
import type { ArticleSource } from '../core/content/article-schema.ts'

const PREFIX = 'who-said-what:editor:'

export interface UnsavedWork {
  article: ArticleSource
  /** The hash of the file this work started from; null for an article not saved yet. */
  baseHash: string | null
  /** Set by Draft for the work it opens with: new, not restored. */
  drafted?: boolean
}

export function readUnsavedWork(slug: string): UnsavedWork | null {
  return readJson<UnsavedWork>(`${PREFIX}work:${slug}`)
}

/** Keeps (or, with null, forgets) the unsaved work; false when the browser refused to keep it. */
export function writeUnsavedWork(slug: string, work: UnsavedWork | null): boolean {
  return writeJson(`${PREFIX}work:${slug}`, work)
}

/** The draft's review items left for `slug`; they outlive saves, since the file cannot hold them yet. */
export function readReview(slug: string): ReviewItem[] {
  return readJson<ReviewItem[]>(`${PREFIX}review:${slug}`) ?? []
}

export function writeReview(slug: string, review: readonly ReviewItem[]): void {
  writeJson(`${PREFIX}review:${slug}`, review.length > 0 ? review : null)
}

function readJson<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key)
    return text === null ? null : (JSON.parse(text) as T)
  } catch {
    return null
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    // Storage full or refused: the work is still on the page, and Save still writes it; the page says so.
    return false
  }
}
