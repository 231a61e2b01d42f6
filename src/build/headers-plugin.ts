// `vite preview` serves a build as a host would: with the headers the build wrote in `_headers`, the strict
// Content-Security-Policy among them, so the journeys run the site under the policy it ships with.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { parseHeadersFile } from './security-headers.ts'

export function headersPlugin(): Plugin {
  let headersPath = ''
  return {
    name: 'who-said-what:headers',
    apply: 'serve',
    configResolved(config) {
      headersPath = path.resolve(config.root, config.build.outDir, '_headers')
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        // Read for each request: a test may build again into the same folder while the server runs.
        if (existsSync(headersPath))
          for (const [name, value] of Object.entries(parseHeadersFile(readFileSync(headersPath, 'utf8'))))
            response.setHeader(name, value)
        next()
      })
    },
  }
}
