// Reading order across blocks: headline, summary, then the paragraphs as they stand; by offset within a block.
// The parser holds quotes to it, so the order of the file is the order a reader meets them.
import { HEADLINE_BLOCK, SUMMARY_BLOCK, type Anchor, type Article } from './article.ts'

/** A comparator of anchors by where they sit in the article: negative when `a` is read before `b`. */
export function compareInReadingOrder(
  article: Pick<Article, 'paragraphs'>,
): (a: Anchor, b: Anchor) => number {
  const rank = new Map<string, number>([
    [HEADLINE_BLOCK, -2],
    [SUMMARY_BLOCK, -1],
  ])
  article.paragraphs.forEach((paragraph, index) => {
    // A repeated id is the parser's error to report; the first paragraph of that id is the one anchors find.
    if (!rank.has(paragraph.id)) rank.set(paragraph.id, index)
  })
  const blockRank = (anchor: Anchor) => rank.get(anchor.block) ?? Number.MAX_SAFE_INTEGER
  return (a, b) => blockRank(a) - blockRank(b) || a.start - b.start
}
