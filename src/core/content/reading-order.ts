// Reading order across blocks: headline, summary, then the paragraphs as they stand.
import { HEADLINE_BLOCK, SUMMARY_BLOCK, type Anchor, type Article } from './article.ts'

/** Sorts items by where their anchor sits in the article, without changing the input. */
export function inReadingOrder<T extends { anchor: Anchor }>(
  article: Pick<Article, 'paragraphs'>,
  items: readonly T[],
): T[] {
  const rank = new Map<string, number>([
    [HEADLINE_BLOCK, -2],
    [SUMMARY_BLOCK, -1],
  ])
  article.paragraphs.forEach((paragraph, index) => rank.set(paragraph.id, index))
  const blockRank = (anchor: Anchor) => rank.get(anchor.block) ?? Number.MAX_SAFE_INTEGER
  return [...items].sort(
    (a, b) => blockRank(a.anchor) - blockRank(b.anchor) || a.anchor.start - b.anchor.start,
  )
}
