// The files crawlers look for, which name the site's own URL: sitemap.xml and robots.txt.
import type { SitePage } from '../core/links/site-pages.ts'
import { escapeHtml } from './page-html.ts'

/** sitemap.xml listing every page of the site but the 404 page, which is no address of its own. */
export function sitemapXml(pages: readonly Pick<SitePage, 'page' | 'path'>[], siteUrl: string): string {
  const urls = pages
    .filter((page) => page.page !== 'not-found')
    .map((page) => `  <url><loc>${escapeHtml(new URL(page.path, siteUrl).href)}</loc></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** robots.txt: everything may be crawled; the sitemap says where the pages are. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', siteUrl).href}\n`
}
