// Page metadata: what link previews and search engines read of each prerendered page.
import { describe, expect, it } from 'vitest'
import { riverSurveyArticle } from '../../../tests/fixtures/unit/articles.ts'
import { indexArticle } from '../content/article-index.ts'
import { summarizeArticle } from '../content/article.ts'
import { sitePages } from '../links/site-pages.ts'
import {
  articlePageMeta,
  cardPath,
  JSON_LD_QUOTES,
  newsArticleJsonLd,
  quotePageMeta,
  sitePageMeta,
} from './page-meta.ts'

const article = riverSurveyArticle()
const index = indexArticle(article)
const site = 'https://example.org'

describe('quotePageMeta', () => {
  it('names the speaker and quotes the words, with the quote’s card', () => {
    const quote = article.quotes.find((candidate) => candidate.id === 'alliance-only-the-start')!
    const meta = quotePageMeta(index, quote)
    expect(meta.title).toBe('Rivers Alliance: “A survey is only the start.”')
    expect(meta.description).toContain('“A survey is only the start.”')
    expect(meta.description).toContain('Rivers Alliance, Local environmental charities')
    expect(meta.path).toBe(`/articles/${article.slug}/quotes/${quote.id}`)
    expect(meta.image?.path).toBe(cardPath(article.slug, quote.id))
  })

  it('keeps reported speech out of quotation marks', () => {
    const quote = article.quotes.find((candidate) => candidate.kind === 'reported')!
    expect(quotePageMeta(index, quote).title).not.toContain('“')
  })
})

describe('articlePageMeta and newsArticleJsonLd', () => {
  it('describes the article with its speakers and quote count', () => {
    const meta = articlePageMeta(article, site)
    expect(meta.title).toBe(`${article.headline} · Who said what`)
    expect(meta.description).toContain('Lena Ortiz, Omar Haddad, Westford Council, Rivers Alliance')
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
    // A group of bodies is an Organization too.
    expect(jsonLd.mentions.map((node) => node['@type'])).toEqual([
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

  it('lists the first quotes only, so a long transcript does not carry its text twice', () => {
    const many = {
      ...article,
      quotes: Array.from({ length: JSON_LD_QUOTES + 7 }, (_, at) => ({
        ...article.quotes[0]!,
        id: `q${at}`,
      })),
    }
    const jsonLd = newsArticleJsonLd(many, site) as { hasPart: { '@id': string }[] }
    expect(jsonLd.hasPart.map((part) => part['@id'].split('/').pop())).toEqual(
      many.quotes.slice(0, JSON_LD_QUOTES).map((quote) => quote.id),
    )
  })
})

describe('sitePageMeta', () => {
  const pages = sitePages([index])
  const meta = pages.map((page) => sitePageMeta(page, site, [summarizeArticle(article)]))

  it('gives every page its own path as its canonical one', () => {
    expect(meta.map((entry) => entry.path)).toEqual(pages.map((page) => page.path))
  })

  it.each<{ page: string; title: RegExp; image: string | undefined }>([
    { page: '/', title: /^Who said what$/, image: undefined },
    { page: `/articles/${article.slug}`, title: /· Who said what$/, image: cardPath(article.slug) },
    {
      page: `/articles/${article.slug}/quotes/alliance-only-the-start`,
      title: /^Rivers Alliance: /,
      image: cardPath(article.slug, 'alliance-only-the-start'),
    },
    { page: '/404', title: /^Page not found · Who said what$/, image: undefined },
  ])('describes $page', ({ page, title, image }) => {
    const entry = meta[pages.findIndex((candidate) => candidate.path === page)]!
    expect(entry.title).toMatch(title)
    expect(entry.image?.path).toBe(image)
  })

  it('counts the articles on the home page', () => {
    expect(meta[0]!.description).toMatch(/ 1 article\.$/)
  })
})
