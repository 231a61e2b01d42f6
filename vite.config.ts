/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { DEFAULT_CONTENT_DIR } from './src/build/content-files.ts'
import { siteConfig } from './src/build/site-config.ts'

// For `vite` (npm start) and `vite preview`. CONTENT_DIR and OUT_DIR let a command line point them at other
// content or another build; `npm run build` (src/build/build-site.ts) passes its options itself.
export default defineConfig({
  ...siteConfig({
    contentDir: process.env.CONTENT_DIR ?? DEFAULT_CONTENT_DIR,
    outDir: process.env.OUT_DIR ?? 'dist',
  }),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.{ts,tsx}'],
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
