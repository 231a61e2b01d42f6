// The security headers the build writes: hashes of exactly the inline code pages carry, and nothing else allowed.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  collectInlineCode,
  contentSecurityPolicy,
  emptyInlineCode,
  headersFile,
  parseHeadersFile,
  securityHeaders,
} from './security-headers.ts'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const page = `<!doctype html><html><head>
<script>try{document.documentElement.dataset.scheme='dark'}catch(e){}</script>
<style>body{color:red}</style>
<noscript><style>.js-only{display:none}</style></noscript>
<script type="module">import("/assets/app.js")</script>
<script type="module" src="/assets/other.js"></script>
</head><body><div id="root"></div>
<script id="query-keys" type="application/json">[["articles"]]</script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</body></html>`

describe('collectInlineCode and contentSecurityPolicy', () => {
  const code = emptyInlineCode()
  collectInlineCode(page, code)
  const policy = contentSecurityPolicy(code)

  it('allows each inline script and style the page runs by its hash, styles in <noscript> too', () => {
    expect(policy).toContain(hash(`try{document.documentElement.dataset.scheme='dark'}catch(e){}`))
    expect(policy).toContain(hash('import("/assets/app.js")'))
    expect(policy).toContain(hash('body{color:red}'))
    expect(policy).toContain(hash('.js-only{display:none}'))
    expect(code.scripts.size).toBe(2)
    expect(code.styles.size).toBe(2)
  })

  it('needs no hash for data blocks or external scripts, and never allows inline code wholesale', () => {
    expect(policy).not.toContain(hash('[["articles"]]'))
    expect(policy).not.toContain(hash('{"@type":"NewsArticle"}'))
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
  })

  it('counts the same code once, however many pages carry it', () => {
    collectInlineCode(page, code)
    expect(code.scripts.size + code.styles.size).toBe(4)
  })
})

describe('headersFile', () => {
  it('writes headers for every path that a host, and parseHeadersFile, read back', () => {
    const headers = securityHeaders(emptyInlineCode())
    const file = headersFile(headers)
    expect(file.startsWith('/*\n  Content-Security-Policy: ')).toBe(true)
    expect(parseHeadersFile(file)).toEqual(headers)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
  })

  it('reads only the rules for every path', () => {
    expect(parseHeadersFile('/cards/*\n  Cache-Control: max-age=60\n/*\n  X-Frame-Options: DENY\n')).toEqual({
      'X-Frame-Options': 'DENY',
    })
  })
})
