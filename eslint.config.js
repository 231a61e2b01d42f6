// Lint: TypeScript's recommended rules, React hooks, accessibility, and the layer boundaries of HOUSE-STYLE.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // core/ is plain TypeScript: no React, no browser globals, nothing from the layers above it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'wouter'],
              message: 'core/ stays free of UI libraries.',
            },
            {
              group: ['**/features/**', '**/app/**', '**/components/**', '**/build/**'],
              message: 'core/ imports only core/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage'],
    },
  },
  {
    // dom/ is plain TypeScript over the DOM nodes it is given: no UI library, no browser globals (a node's
    // ownerDocument instead), so it runs in any document; the import-x zones keep it to core/.
    files: ['src/dom/**/*.ts'],
    ignores: ['src/dom/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*', 'wouter'],
              message: 'dom/ stays free of UI libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'location',
        'localStorage',
        'getSelection',
        'self',
      ],
    },
  },
  {
    // The layers of HOUSE-STYLE, by where an import resolves to (relative paths included):
    // app → features → reader/ and dom/ → core. A feature imports core/, components/, reader/, dom/ and itself only.
    // editor/ (the development server's editor) sits beside app/: it imports what app/ does but app/, and nothing imports it.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones() }] },
  },
)

/** One zone per rule of the import direction; tests/contract/lint-zones.test.ts shows each one refuses a probe. */
function layerZones() {
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const message = (layer, allowed) =>
    `${layer} imports ${allowed} only (see README, How the code is laid out).`
  return [
    ...features.map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message:
        'A feature never imports another feature: app/ composes them, and they share the reader model.',
    })),
    {
      target: './src/features',
      from: ['./src/app', './src/build', './src/entry-server.tsx', './src/main.tsx'],
      message: message('A feature', 'core/, dom/, reader/, components/ and itself'),
    },
    {
      target: './src/core',
      from: ['./src/app', './src/features', './src/build', './src/reader', './src/dom', './src/components'],
      message: message('core/', 'core/'),
    },
    {
      target: './src/reader',
      from: ['./src/app', './src/features', './src/build', './src/dom', './src/components'],
      message: message('The reader model', 'core/'),
    },
    {
      target: './src/dom',
      from: ['./src/app', './src/features', './src/build', './src/reader', './src/components'],
      message: message('dom/', 'core/'),
    },
    {
      target: './src/components',
      from: ['./src/app', './src/features', './src/build', './src/reader'],
      message: message('components/', 'core/'),
    },
    {
      // The editor is an app of its own on the development server: it reuses the reader's layers, never app/.
      target: './src/editor',
      from: ['./src/app', './src/build', './src/entry-server.tsx', './src/main.tsx'],
      message: message('The editor', 'core/, dom/, reader/, features/, components/ and itself'),
    },
    {
      // Nothing the reader ships may import the editor: the production build must hold none of it.
      target: readdirSync('src')
        .filter((name) => name !== 'editor')
        .map((name) => `./src/${name}`),
      from: './src/editor',
      message: 'Only the editor imports the editor: the reader’s build must not contain it.',
    },
  ]
}
