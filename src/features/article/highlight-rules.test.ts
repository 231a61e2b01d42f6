// highlightRules: the filter and the previewed quote as style rules scoped to the article text.
import { describe, expect, it } from 'vitest'
import { highlightRules } from './highlight-rules.ts'

describe('highlightRules', () => {
  it('writes nothing when nothing is filtered or previewed', () => {
    expect(highlightRules([], null)).toBe('')
  })

  it('unmarks the other speakers’ quotes and fades their names, leaving the chosen speakers’ marks as they are', () => {
    const rules = highlightRules(['sergey-lavrov', 'salim-paigir'], null).split('\n')
    expect(rules[0]).toMatch(
      /^\[data-article-text\] \.mention:not\(\[data-speaker="sergey-lavrov"\]\):not\(\[data-speaker="salim-paigir"\]\)\{/,
    )
    expect(rules[1]).toMatch(
      /^\[data-article-text\] \.quote:not\(\[data-quote-speaker="sergey-lavrov"\]\):not\(\[data-quote-speaker="salim-paigir"\]\)\{/,
    )
    expect(rules[1]).toMatch(/\{background:none;box-shadow:none\}$/)
    // Narration is never touched: no rule reaches beyond the marks.
    expect(rules).toHaveLength(2)
  })

  it('outlines the previewed quote only', () => {
    const rules = highlightRules([], 'lavrov-q1')
    expect(rules).toMatch(/^\[data-article-text\] \.quote\[data-quote="lavrov-q1"\]\{[^}]*outline:2px solid/)
    expect(rules.split('\n')).toHaveLength(1)
  })

  it('scopes every rule to the article text', () => {
    for (const rule of highlightRules(['a', 'b'], 'q').split('\n'))
      expect(rule).toMatch(/^\[data-article-text\] /)
  })
})
