// The app's Vite config, from what it is built with: the content folder and the output folder. vite.config.ts
// calls it with the command line's defaults (the dev server, `vite preview`); build-site.ts passes its own.
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { APPLY_STORED_SCHEME } from '../features/color-scheme/scheme-choice.ts'
import { contentPlugin } from './content-plugin.ts'
import { editorPlugin } from './editor-plugin.ts'
import { headersPlugin } from './headers-plugin.ts'

export interface SiteConfigOptions {
  /** The folder of article files the app is built with. */
  contentDir: string
  /** Where the client build is written. */
  outDir: string
}

/** The plugins and output folder of the app, for the dev server, the client build and the server build. */
export function siteConfig({ contentDir, outDir }: SiteConfigOptions): UserConfig {
  return {
    // The editor is served by the development server alone (`apply: 'serve'`); a build never includes it.
    plugins: [
      react(),
      tailwindcss(),
      contentPlugin(contentDir),
      editorPlugin(contentDir),
      colorSchemePlugin(),
      headersPlugin(),
    ],
    build: { outDir },
  }
}

/** Puts the reader's chosen colour scheme on the page before its first paint (see scheme-choice.ts). */
function colorSchemePlugin(): Plugin {
  return {
    name: 'color-scheme',
    transformIndexHtml: () => [{ tag: 'script', children: APPLY_STORED_SCHEME, injectTo: 'head' }],
  }
}
