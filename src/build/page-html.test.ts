// pageHtml: a prerendered page's head and body, with content escaped wherever it lands.
import { describe, expect, it } from 'vitest'
import { appLoader } from '../app/app-start.ts'
import { pageHtml, prerenderTemplate } from './page-html.ts'

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta
      name="description"
      content="Default."
    />
    <title>Who said what</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
    <link rel="manifest" href="/manifest.webmanifest" />
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const hostile = '</script><script>alert(1)</script>"&<b>'
const page = {
  meta: {
    title: hostile,
    description: hostile,
    path: '/articles/a',
    type: 'article' as const,
    image: { path: '/cards/a.png', alt: hostile },
    jsonLd: { headline: hostile },
  },
  body: '<p>rendered</p>',
  queryKeys: [['articles', hostile]],
  renderedPath: '/articles/a',
  direction: 'rtl' as const,
}

describe('prerenderTemplate', () => {
  it('inlines the stylesheet, and hands the script and the manifest to the loader (app-start.test.ts)', () => {
    const html = prerenderTemplate(template, () => 'body{color:red}')
    expect(html).toContain('<style>body{color:red}</style>')
    expect(html).toContain(
      `<script type="module">${appLoader('/assets/index-abc.js', { manifestUrl: '/manifest.webmanifest' })}</script>`,
    )
    expect(html).not.toContain('<link rel="stylesheet"')
    expect(html).not.toContain('<link rel="manifest"')
  })
})

describe('pageHtml', () => {
  const html = pageHtml(template, page, 'https://example.org')

  it('writes the direction, canonical URL and preview tags, keeping the interface language', () => {
    expect(html).toContain('<html lang="en" dir="rtl">')
    expect(html).toContain('<link rel="canonical" href="https://example.org/articles/a" />')
    expect(html).toContain('<meta property="og:image" content="https://example.org/cards/a.png" />')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(html).toContain('<div id="root" data-path="/articles/a"><p>rendered</p></div>')
  })

  it('never lets content end a tag or a script', () => {
    expect(html.match(/<script>alert/g)).toBeNull()
    expect(html).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&lt;b&gt;</title>',
    )
    expect(html).toContain('"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\"&\\u003cb>"')
  })
})
