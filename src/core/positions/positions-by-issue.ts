// The positions table: for each issue, who stands where, in the order the article introduces speakers.
import type { Article, Issue, Position } from '../content/article.ts'

export interface IssuePositions {
  issue: Issue
  positions: Position[]
}

/** Issues in the article's order, each with its positions; with a speaker filter, only those speakers'. */
export function positionsByIssue(
  article: Pick<Article, 'issues' | 'positions' | 'speakers'>,
  speakers: readonly string[] = [],
): IssuePositions[] {
  const wanted = new Set(speakers)
  const speakerRank = new Map(article.speakers.map((speaker, index) => [speaker.id, index]))
  return article.issues
    .map((issue) => ({
      issue,
      positions: article.positions
        .filter((position) => position.issue === issue.id)
        .filter((position) => wanted.size === 0 || wanted.has(position.speaker))
        .sort((a, b) => (speakerRank.get(a.speaker) ?? 0) - (speakerRank.get(b.speaker) ?? 0)),
    }))
    .filter((entry) => entry.positions.length > 0)
}
