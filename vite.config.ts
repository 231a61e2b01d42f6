/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { contentPlugin } from './src/build/content-plugin.ts'
import { DEFAULT_CONTENT_DIR } from './src/build/content-files.ts'
import { APPLY_STORED_SCHEME } from './src/features/color-scheme/scheme-choice.ts'

// CONTENT_DIR lets the end-to-end tests build the site with fixture articles beside the real ones.
const contentDir = process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR

/** Puts the reader's chosen colour scheme on the page before its first paint (see scheme-choice.ts). */
function colorSchemePlugin(): Plugin {
  return {
    name: 'color-scheme',
    transformIndexHtml: () => [{ tag: 'script', children: APPLY_STORED_SCHEME, injectTo: 'head' }],
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentPlugin(contentDir), colorSchemePlugin()],
  build: { outDir: process.env.OUT_DIR ?? 'dist' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // The browser renders asynchronously: assertions poll until the page settles, for up to 10 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
