// sitemap.xml and robots.txt name the site's pages, from the page table, at the origin the site is served from.
import { describe, expect, it } from 'vitest'
import { seedArticle } from '../../tests/fixtures/articles.ts'
import { indexArticle } from '../core/content/article-index.ts'
import { sitePages } from '../core/links/site-pages.ts'
import { robotsTxt, sitemapXml } from './site-files.ts'

const article = seedArticle()
const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])

describe('sitemapXml', () => {
  it.each<{ name: string; siteUrl: string; expected: string[] }>([
    {
      name: 'home, the article and each quote page, at the site’s origin',
      siteUrl: 'https://example.org',
      expected: [
        'https://example.org/',
        `https://example.org/articles/${article.slug}`,
        ...article.quotes.map((quote) => `https://example.org/articles/${article.slug}/quotes/${quote.id}`),
      ],
    },
    {
      name: 'the same on another origin, with a port',
      siteUrl: 'http://127.0.0.1:4173',
      expected: [
        'http://127.0.0.1:4173/',
        `http://127.0.0.1:4173/articles/${article.slug}`,
        ...article.quotes.map((quote) => `http://127.0.0.1:4173/articles/${article.slug}/quotes/${quote.id}`),
      ],
    },
  ])('lists $name, and not the 404 page', ({ siteUrl, expected }) => {
    const xml = sitemapXml(sitePages([indexArticle(article)]), siteUrl)
    expect(locations(xml)).toEqual(expected)
    expect(xml).not.toContain('/404')
  })

  it('lists home alone for a site without articles', () => {
    expect(locations(sitemapXml(sitePages([]), 'https://example.org'))).toEqual(['https://example.org/'])
  })

  it('is a sitemaps.org urlset', () => {
    const xml = sitemapXml(sitePages([]), 'https://example.org')
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
  })
})

describe('robotsTxt', () => {
  it('allows everything and names the sitemap at the site’s origin', () => {
    expect(robotsTxt('https://example.org')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    )
  })
})
