// How an article's paragraphs group on the page: one after another in an article; in a transcript, by turn,
// each question with the answers that follow it, so a reader sees who asked and who answered.
import type { Article, Paragraph, Turn } from './article.ts'

/** A paragraph with its place in the article, which decides when the browser may defer laying it out. */
export interface PlacedParagraph {
  paragraph: Paragraph
  index: number
}

export interface TurnGroup {
  turn: Turn
  paragraphs: PlacedParagraph[]
}

export type LayoutItem =
  | { kind: 'paragraph'; placed: PlacedParagraph }
  | { kind: 'turn'; group: TurnGroup }
  /** A question from the floor and the turns that answer it, up to the next question or narration. */
  | { kind: 'exchange'; question: TurnGroup; answers: TurnGroup[] }

/** The article's paragraphs in reading order, grouped as the page shows them. */
export function layoutArticle(article: Pick<Article, 'paragraphs' | 'turns'>): LayoutItem[] {
  const turnStarting = new Map(article.turns.map((turn) => [turn.blocks[0]!, turn]))
  const items: LayoutItem[] = []
  let exchange: Extract<LayoutItem, { kind: 'exchange' }> | null = null
  for (let index = 0; index < article.paragraphs.length;) {
    const turn = turnStarting.get(article.paragraphs[index]!.id)
    if (!turn) {
      exchange = null
      items.push({ kind: 'paragraph', placed: { paragraph: article.paragraphs[index]!, index } })
      index++
      continue
    }
    const group: TurnGroup = {
      turn,
      paragraphs: turn.blocks.map((_, offset) => ({
        paragraph: article.paragraphs[index + offset]!,
        index: index + offset,
      })),
    }
    index += turn.blocks.length
    if (turn.question) {
      exchange = { kind: 'exchange', question: group, answers: [] }
      items.push(exchange)
    } else if (exchange) exchange.answers.push(group)
    else items.push({ kind: 'turn', group })
  }
  return items
}
