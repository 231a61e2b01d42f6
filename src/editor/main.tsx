// The editor's entry, loaded only by the development server's /edit pages (src/build/editor-plugin.ts): nothing
// the reader's build starts from imports it, so the production site holds no editor code.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorApp } from './editor-app.tsx'
// The app's styles and the editor's own, in one stylesheet (see editor.css).
import './editor.css'

/**
 * The editor reads no bundled content: a changed article file need not reload it (it would lose the selection
 * and the undo history for nothing). The content plugin (src/build/content-plugin.ts) listens for this name.
 */
const NO_CONTENT_RELOAD_EVENT = 'who-said-what:no-content-reload'
import.meta.hot?.send(NO_CONTENT_RELOAD_EVENT)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <EditorApp />
  </StrictMode>,
)
