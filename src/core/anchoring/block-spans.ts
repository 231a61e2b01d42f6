// Gathers the spans of every block of an article, once per article, for segmentBlock to render.
import type { Article } from '../content/article.ts'
import type { Span } from './segment-block.ts'

/** Mention and quote spans of each block, keyed by block id. */
export function spansByBlock(article: Pick<Article, 'mentions' | 'quotes'>): Map<string, Span[]> {
  const byBlock = new Map<string, Span[]>()
  const add = (block: string, span: Span) => {
    const spans = byBlock.get(block)
    if (spans) spans.push(span)
    else byBlock.set(block, [span])
  }
  for (const { speaker, anchor } of article.mentions)
    add(anchor.block, { kind: 'mention', speaker, start: anchor.start, end: anchor.end })
  for (const { id, speaker, kind, anchors } of article.quotes)
    for (const anchor of anchors)
      add(anchor.block, {
        kind: 'quote',
        quote: id,
        speaker,
        speech: kind,
        start: anchor.start,
        end: anchor.end,
      })
  return byBlock
}
