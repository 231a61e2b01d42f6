// Builds the site once with the bundled articles plus the test fixtures, and serves it for the journeys.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { DEFAULT_CONTENT_DIR } from '../../src/build/content-files.ts'

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

  process.env.CONTENT_DIR = contentDir
  // Vitest runs with NODE_ENV=test, which would give React's development build; test what readers get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
  process.env.NODE_ENV = nodeEnv
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('The preview server did not report its address')
  project.provide('baseURL', url.replace(/\/$/, ''))

  return async () => {
    await server.close()
  }
}
