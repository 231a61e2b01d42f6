// The site's security headers, written by the build as `dist/_headers` (the format Netlify and Cloudflare Pages
// read; the README gives the same for nginx). The policy allows no inline code but the few inline scripts and
// styles the build itself writes into every page (the stylesheet, the colour-scheme and loader scripts), each by
// the hash of its exact text, so a page keeps its one-round-trip first paint under a strict policy.
import { createHash } from 'node:crypto'

/** The inline code of built pages, by kind: what the policy must allow by hash. */
export interface InlineCode {
  scripts: Set<string>
  styles: Set<string>
}

export function emptyInlineCode(): InlineCode {
  return { scripts: new Set(), styles: new Set() }
}

/**
 * Adds the hashes of a page's inline scripts and styles to `code`. Data blocks (`application/json`,
 * `application/ld+json`) are not run, so the policy does not govern them. Styles inside `<noscript>` count: with
 * scripting off, the browser applies them, and the policy with them.
 */
export function collectInlineCode(html: string, code: InlineCode): void {
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? ''
    if (/\ssrc=/.test(attributes)) continue
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1]
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue
    code.scripts.add(sha256(match[2]!))
  }
  for (const match of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g))
    code.styles.add(sha256(match[1]!))
}

/** The Content-Security-Policy for the built site: its own files, and only the inline code it wrote. */
export function contentSecurityPolicy(code: InlineCode): string {
  const hashes = (set: Set<string>) => [...set].sort().map((hash) => `'${hash}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes(code.scripts).join(' ')}`.trim(),
    `style-src 'self' ${hashes(code.styles).join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Every header the site sends with each response, by name. */
export function securityHeaders(code: InlineCode): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(code),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

/** `_headers`: the same headers for every path. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`
}

/** The headers a `_headers` file gives every path (`/*`), for serving a build as a host would. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  let forEveryPath = false
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      forEveryPath = line.trim() === '/*'
      continue
    }
    const colon = line.indexOf(':')
    if (forEveryPath && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return headers
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
}
