// The editor on the development server only (`apply: 'serve'`): `/edit` and `/edit/<slug>` get the app's
// index.html loading the editor's own entry (src/editor/main.tsx), and `/__editor/articles` reads and saves
// article files through editor-files.ts. The production build never sees this plugin, so it holds no editor code.
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Plugin } from 'vite'
import {
  isOwnOrigin,
  listArticlesForEditor,
  readArticleForEditor,
  saveArticleFile,
  type SaveOutcome,
} from './editor-files.ts'

/** Where the editor's pages are. */
const EDITOR_PAGES = /^\/edit(?:\/[^/]*)?\/?$/
/** Where its files are read and saved. */
export const EDITOR_API = '/__editor/articles'
const APP_ENTRY = '/src/main.tsx'
export const EDITOR_ENTRY = '/src/editor/main.tsx'
/** A long transcript is a few megabytes; anything far larger is not an article. */
const MAX_BODY_BYTES = 50 * 1024 * 1024

/** Serves the editor and its file endpoint from `contentDir` on the development server. */
export function editorPlugin(contentDir: string): Plugin {
  const dir = path.resolve(contentDir)
  return {
    name: 'who-said-what:editor',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost')
        if (url.pathname === EDITOR_API || url.pathname.startsWith(`${EDITOR_API}/`)) {
          handleApi(dir, url.pathname, request, response).catch(next)
          return
        }
        if (request.method === 'GET' && EDITOR_PAGES.test(url.pathname)) {
          const html = readFileSync(path.join(server.config.root, 'index.html'), 'utf8')
          if (!html.includes(APP_ENTRY)) {
            next(new Error(`index.html does not load ${APP_ENTRY}; the editor cannot replace it`))
            return
          }
          server
            .transformIndexHtml(request.url ?? url.pathname, html.replace(APP_ENTRY, EDITOR_ENTRY))
            .then((page) => {
              response.setHeader('Content-Type', 'text/html; charset=utf-8')
              response.setHeader('Cache-Control', 'no-store')
              response.end(page)
            })
            .catch(next)
          return
        }
        next()
      })
    },
  }
}

async function handleApi(dir: string, pathname: string, request: IncomingMessage, response: ServerResponse) {
  // Another site's page, another local server's included, reads no drafts (browsers say where a request is from).
  const from = request.headers['sec-fetch-site']
  if (from === 'cross-site' || from === 'same-site')
    return sendJson(response, 403, { error: 'Only the editor’s own pages may use this address.' })
  const rest = decodeURIComponent(pathname.slice(EDITOR_API.length + 1))
  if (rest === '' && request.method === 'GET') return sendJson(response, 200, listArticlesForEditor(dir))
  if (rest === '' || rest.includes('/')) return sendJson(response, 404, { error: 'No such address.' })
  const slug = rest
  if (request.method === 'GET') {
    const read = readArticleForEditor(dir, slug)
    // A new article has no file yet: that is an answer, not a failure the browser should log.
    if (read.kind === 'missing') return sendJson(response, 200, { kind: 'missing' })
    return sendJson(response, 200, { kind: 'found', hash: read.hash, json: read.json, errors: read.errors })
  }
  if (request.method !== 'PUT') {
    response.setHeader('Allow', 'GET, PUT')
    return sendJson(response, 405, { error: 'Only GET and PUT.' })
  }
  // A forged request from another site's page must not write files: the page must be this server's own.
  if (!isOwnOrigin(request.headers))
    return sendJson(response, 403, { error: 'Saving is allowed only from the editor on this server.' })
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
    return sendJson(response, 415, { error: 'Send the article as application/json.' })
  const body = await readBody(request)
  if (body === null) return sendJson(response, 413, { error: 'The article is too large.' })
  let payload: { article?: unknown; baseHash?: unknown; overwrite?: unknown }
  try {
    payload = JSON.parse(body) as typeof payload
  } catch {
    return sendJson(response, 400, { error: 'The request is not JSON.' })
  }
  if (payload.baseHash !== null && typeof payload.baseHash !== 'string')
    return sendJson(response, 400, {
      error: 'baseHash must be the loaded file’s hash, or null for a new file.',
    })
  const outcome = saveArticleFile(dir, {
    slug,
    article: payload.article,
    baseHash: payload.baseHash,
    overwrite: payload.overwrite === true,
  })
  return sendJson(response, STATUS[outcome.kind], outcome)
}

/**
 * A conflict and a refused check are answers the editor expects and acts on (it asks, it lists the errors), so
 * they come with 200 and their `kind`: a 4xx would be logged by the browser as a failed resource at every save.
 * A slug that is not one is a request the editor never makes.
 */
const STATUS: Record<SaveOutcome['kind'], number> = {
  saved: 200,
  unchanged: 200,
  invalid: 200,
  conflict: 200,
  'bad-slug': 400,
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  response.statusCode = status
  response.setHeader('Content-Type', 'application/json; charset=utf-8')
  response.setHeader('Cache-Control', 'no-store')
  response.end(JSON.stringify(value))
}

/** The request's body as text, or null past MAX_BODY_BYTES (a promise settles once: the first answer stands). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      // Past the limit the rest is read and dropped, so the 413 reaches the editor on an open connection.
      if (size > MAX_BODY_BYTES) resolve(null)
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
