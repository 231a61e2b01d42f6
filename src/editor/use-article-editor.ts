// The state of one article in the editor: its history of edits, the file it started from (by hash), whether it
// differs from what is saved, the unsaved work kept in the browser, the guard on leaving, and saving.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react'
import { articleSourceSchema, type ArticleSource } from '../core/content/article-schema.ts'
import { parseArticle, type ContentError } from '../core/content/parse-article.ts'
import { editArticle, type EditAction, type EditorDoc } from './article-edits.ts'
import { loadArticleFile, saveArticle, type SaveResult } from './editor-api.ts'
import {
  canRedo,
  canUndo,
  historyReducer,
  startHistory,
  type History,
  type HistoryAction,
} from './edit-history.ts'
import { previewArticle } from './preview-article.ts'
import { readReview, readUnsavedWork, writeReview, writeUnsavedWork } from './unsaved-work.ts'

export type EditorLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  /** The file is not an article the editor can work on (not JSON, or not in the format): fix it by hand. */
  | { kind: 'unreadable'; errors: ContentError[] }
  /** `restored`: unsaved work from an earlier visit; `drafted`: a new article Draft just made. */
  | { kind: 'ready'; restored: boolean; drafted: boolean }

const reduceHistory = historyReducer(editArticle)
type State = History<EditorDoc> | null
const reduce = (state: State, action: HistoryAction<EditAction, EditorDoc>): State =>
  action.type === 'reset' ? startHistory(action.present) : state && reduceHistory(state, action)

export function useArticleEditor(slug: string) {
  const [history, dispatchHistory] = useReducer(reduce, null)
  const [load, setLoad] = useState<EditorLoad>({ kind: 'loading' })
  const [baseHash, setBaseHash] = useState<string | null>(null)
  /** The article as the file on disk says it, serialized; null when there is no file yet. */
  const [savedText, setSavedText] = useState<string | null>(null)
  const [storageRefused, setStorageRefused] = useState(false)

  useEffect(() => {
    let cancelled = false
    const unsaved = readUnsavedWork(slug)
    loadArticleFile(slug).then(
      (file) => {
        if (cancelled) return
        const onDisk =
          file.kind === 'found' && articleSourceSchema.safeParse(file.json).success
            ? (file.json as ArticleSource)
            : null
        const review = readReview(slug)
        if (unsaved) {
          setBaseHash(unsaved.baseHash)
          setSavedText(
            onDisk && file.kind === 'found' && file.hash === unsaved.baseHash ? JSON.stringify(onDisk) : null,
          )
          dispatchHistory({ type: 'reset', present: { article: unsaved.article, review } })
          setLoad({ kind: 'ready', restored: !unsaved.drafted, drafted: unsaved.drafted === true })
        } else if (file.kind === 'missing') setLoad({ kind: 'missing' })
        else if (!onDisk) setLoad({ kind: 'unreadable', errors: file.errors })
        else {
          setBaseHash(file.hash)
          setSavedText(JSON.stringify(onDisk))
          dispatchHistory({ type: 'reset', present: { article: onDisk, review } })
          setLoad({ kind: 'ready', restored: false, drafted: false })
        }
      },
      () =>
        !cancelled &&
        setLoad({
          kind: 'unreadable',
          errors: [{ path: '', message: 'could not be read from the development server' }],
        }),
    )
    return () => {
      cancelled = true
    }
  }, [slug])

  const doc = history?.present ?? null
  const dirty = doc !== null && JSON.stringify(doc.article) !== savedText

  // Unsaved work is kept in the browser at every step, and forgotten once the file says the same.
  useEffect(() => {
    if (!doc) return
    const kept = writeUnsavedWork(slug, dirty ? { article: doc.article, baseHash } : null)
    writeReview(slug, doc.review)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- whether storage kept it is known only here
    setStorageRefused(!kept)
  }, [slug, doc, dirty, baseHash])

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty])

  const errors = useMemo(() => {
    if (!doc) return []
    const parsed = parseArticle(doc.article, slug)
    return parsed.ok ? [] : parsed.errors
  }, [doc, slug])
  const preview = useMemo(() => (doc ? previewArticle(doc.article) : null), [doc])

  const edit = useCallback((action: EditAction) => dispatchHistory({ type: 'apply', action }), [])
  const undo = useCallback(() => dispatchHistory({ type: 'undo' }), [])
  const redo = useCallback(() => dispatchHistory({ type: 'redo' }), [])

  /** Saves the article as it is now; `overwrite` once the person agreed to replace a file changed on disk. */
  const save = useCallback(
    async (overwrite = false): Promise<SaveResult | null> => {
      if (!doc) return null
      const result = await saveArticle(slug, doc.article, baseHash, overwrite)
      if (result.kind === 'saved' || result.kind === 'unchanged') {
        setBaseHash(result.hash)
        setSavedText(JSON.stringify(doc.article))
      }
      return result
    },
    [doc, slug, baseHash],
  )

  /** Forgets the unsaved work and loads the file again. */
  const discard = useCallback(() => {
    writeUnsavedWork(slug, null)
    window.location.reload()
  }, [slug])

  return {
    load,
    doc,
    dirty,
    errors,
    preview,
    storageRefused,
    canUndo: history !== null && canUndo(history),
    canRedo: history !== null && canRedo(history),
    isNew: savedText === null && baseHash === null,
    edit,
    undo,
    redo,
    save,
    discard,
  }
}
