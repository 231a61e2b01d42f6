// Page metadata: what link previews and search engines read of each prerendered page.
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../../tests/fixtures/articles.ts'
import { articlePageMeta, cardPath, newsArticleJsonLd, quotePageMeta } from './page-meta.ts'

const article = seedArticle()
const site = 'https://example.org'

describe('quotePageMeta', () => {
  it('names the speaker and quotes the words, with the quote’s card', () => {
    const quote = article.quotes.find((candidate) => candidate.id === 'paigir-main-reason')!
    const meta = quotePageMeta(article, quote)
    expect(meta.title).toMatch(/^Salim Paigir: “The main reason/)
    expect(meta.description).toContain(quote.text)
    expect(meta.description).toContain('Salim Paigir, Military affairs expert')
    expect(meta.path).toBe(`/articles/${article.slug}/quotes/${quote.id}`)
    expect(meta.image?.path).toBe(cardPath(article.slug, quote.id))
  })

  it('keeps reported speech out of quotation marks', () => {
    const quote = article.quotes.find((candidate) => candidate.kind === 'reported')!
    expect(quotePageMeta(article, quote).title).not.toContain('“')
  })
})

describe('articlePageMeta and newsArticleJsonLd', () => {
  it('describes the article with its speakers and quote count', () => {
    const meta = articlePageMeta(article, site)
    expect(meta.title).toBe(`${article.headline} · Who said what`)
    expect(meta.description).toContain('Sergey Lavrov')
    expect(meta.description.length).toBeLessThanOrEqual(300)
  })

  it('gives a NewsArticle whose quotes point at their speakers', () => {
    const jsonLd = newsArticleJsonLd(article, site) as {
      mentions: { '@type': string; '@id': string }[]
      hasPart: { '@type': string; spokenByCharacter: { '@id': string } }[]
    }
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.headline,
      url: `${site}/articles/${article.slug}`,
    })
    expect(jsonLd.mentions.map((node) => node['@type'])).toEqual([
      'Person',
      'Person',
      'Person',
      'Organization',
      'Organization',
    ])
    const ids = new Set(jsonLd.mentions.map((node) => node['@id']))
    expect(
      jsonLd.hasPart.every((part) => part['@type'] === 'Quotation' && ids.has(part.spokenByCharacter['@id'])),
    ).toBe(true)
    expect(jsonLd).not.toHaveProperty('datePublished')
  })
})
