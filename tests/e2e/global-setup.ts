// Builds the site once (prerendered, as `npm run build` does) with the bundled articles plus the test
// fixtures, and serves it for the journeys.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { buildSite } from '../../src/build/build-site.ts'
import { DEFAULT_CONTENT_DIR } from '../../src/build/content-files.ts'
import { freePort } from '../chromium.ts'
import { generateTranscript } from '../fixtures/generate-transcript.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const WORK_DIR = path.resolve('.tmp/e2e')

export default async function setup(project: TestProject) {
  const contentDir = path.join(WORK_DIR, 'content')
  const outDir = path.join(WORK_DIR, 'dist')
  rmSync(WORK_DIR, { recursive: true, force: true })
  mkdirSync(contentDir, { recursive: true })
  // "Any valid article file added to the content folder gets its own URL": the fixtures are only added, never wired.
  cpSync(DEFAULT_CONTENT_DIR, contentDir, { recursive: true })
  cpSync('tests/fixtures/articles', contentDir, { recursive: true })
  // A long transcript with many speakers, generated: what real briefings and hearings are like.
  const transcript = generateTranscript({ slug: 'hearing-transcript', words: 12_000, speakers: 60 })
  writeFileSync(path.join(contentDir, `${transcript.slug}.json`), JSON.stringify(transcript))

  // The site names its own origin (canonical URLs, sitemap), so the port is chosen before the build.
  const port = await freePort()
  await buildSite({ contentDir, outDir, siteUrl: `http://127.0.0.1:${port}` })
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server did not report its address')
  project.provide('baseURL', url.replace(/\/$/, ''))

  return async () => {
    await server.close()
  }
}
