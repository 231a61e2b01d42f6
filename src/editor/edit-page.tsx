// One article in the editor: the article as readers will see it, the selected words and what to make of them,
// the chosen mark, the check's errors, the draft's doubts, the speakers, the issues and the keys; Save, undo
// and redo above. Every action runs through `run`, whichever button or key asked for it.
import { useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import { anchorsInRange, documentText } from '../core/anchoring/document-text.ts'
import { blockText, type Anchor } from '../core/content/article.ts'
import type { ContentError } from '../core/content/parse-article.ts'
import type { ReviewItem } from '../core/draft/draft-article.ts'
import {
  editArticle,
  newQuoteId,
  newSpeakerId,
  type EditAction,
  type EditorDoc,
  type QuoteKind,
} from './article-edits.ts'
import { ArticlePreview, type ArticlePreviewHandle, type PickedMark } from './article-preview.tsx'
import { CheckErrors } from './check-errors.tsx'
import { commandOfKey, takesText, type EditorCommand } from './editor-shortcuts.ts'
import { IssuesPanel } from './issues-panel.tsx'
import { MarkInspector, type ChosenMark } from './mark-inspector.tsx'
import { MarksList } from './marks-list.tsx'
import { anchorOfPassage, quotePassages } from './passages.ts'
import { ReviewList } from './review-list.tsx'
import { SelectionBar, type PositionRef } from './selection-bar.tsx'
import { ShortcutsList } from './shortcuts-list.tsx'
import { SpeakersPanel } from './speakers-panel.tsx'
import { useArticleEditor } from './use-article-editor.ts'

export function EditPage({ slug }: { slug: string }) {
  const editor = useArticleEditor(slug)
  const { load, doc } = editor

  useEffect(() => {
    document.title = `${doc ? doc.article.headline : slug} · Editor · Who said what`
  }, [doc, slug])

  if (load.kind === 'loading')
    return (
      <p role="status" className="p-6">
        Loading the article…
      </p>
    )
  if (load.kind === 'missing')
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl p-6">
        <h1 className="mb-3 text-2xl font-bold">There is no article “{slug}”</h1>
        <p>
          <Link href="/edit" className="underline">
            All articles, and a new one
          </Link>
        </p>
      </main>
    )
  if (load.kind === 'unreadable' || !doc)
    return (
      <main id="main" tabIndex={-1} className="mx-auto max-w-2xl p-6">
        <h1 className="mb-3 text-2xl font-bold">The editor cannot open “{slug}”</h1>
        <p className="mb-3">The file is not an article the editor can read. Fix these in the file itself:</p>
        <ul className="list-disc ps-6">
          {(load.kind === 'unreadable' ? load.errors : []).map((error, index) => (
            <li key={index}>
              {error.path === '' ? '' : <code>{error.path}: </code>}
              {error.message}
            </li>
          ))}
        </ul>
      </main>
    )
  return <Editing slug={slug} editor={editor} doc={doc} restored={load.restored} drafted={load.drafted} />
}

type Editor = ReturnType<typeof useArticleEditor>

function Editing({
  slug,
  editor,
  doc,
  restored,
  drafted,
}: {
  slug: string
  editor: Editor
  doc: EditorDoc
  restored: boolean
  drafted: boolean
}) {
  const { article, review } = doc
  const { edit, preview, errors } = editor
  const previewHandle = useRef<ArticlePreviewHandle>(null)
  const findField = useRef<HTMLInputElement>(null)
  const conflictDialog = useRef<HTMLDialogElement>(null)
  const [selection, setSelection] = useState<Anchor[]>([])
  const [chosen, setChosen] = useState<ChosenMark | null>(null)
  const [speaker, setSpeaker] = useState(article.speakers[0]?.id ?? '')
  const [position, setPosition] = useState<PositionRef | null>(null)
  const [status, setStatus] = useState(
    restored
      ? 'Unsaved changes restored from this browser.'
      : drafted
        ? `Drafted: ${doc.article.quotes.length} quotes, ${doc.article.speakers.length} speakers, ${doc.review.length} items to review. Nothing is saved until you press Save.`
        : '',
  )
  const [showRestored, setShowRestored] = useState(restored)

  const currentSpeaker = article.speakers.some((candidate) => candidate.id === speaker)
    ? speaker
    : (article.speakers[0]?.id ?? '')
  const currentPosition =
    position && article.positions.some((p) => p.issue === position.issue && p.speaker === position.speaker)
      ? position
      : null
  const selectedText = selection.length === 0 ? null : wordsOf(article, selection)
  const chosenAnchors = useMemo(() => anchorsOfMark(doc, chosen), [doc, chosen])
  const nameOf = (id: string) => article.speakers.find((candidate) => candidate.id === id)?.name ?? id

  const choose = (mark: ChosenMark | null, reveal = false) => {
    setChosen(mark)
    if (!mark) return
    const of =
      mark.kind === 'quote'
        ? article.quotes.find((quote) => quote.id === mark.id)?.speaker
        : article.mentions[mark.index]?.speaker
    if (of) setSpeaker(of)
    const first = anchorsOfMark(doc, mark)[0]
    if (reveal && first) previewHandle.current?.reveal(first)
  }

  const apply = (action: EditAction, done: string, nothing: string): boolean => {
    const before = doc
    edit(action)
    // The reducer is pure: run it here too, to say what happened.
    const changed = editArticle(before, action) !== before
    setStatus(changed ? done : nothing)
    return changed
  }

  const makeQuote = (kind: QuoteKind) => {
    if (!selectedText) return setStatus('Select the words of the quote first.')
    if (!currentSpeaker) return setStatus('Add a speaker first.')
    const id = newQuoteId(article, currentSpeaker, selectedText)
    if (
      apply(
        { type: 'add-quote', id, speaker: currentSpeaker, kind, anchors: selection },
        `${capital(kind)} quote by ${nameOf(currentSpeaker)} added.`,
        'Those words make no quote.',
      )
    ) {
      setSelection([])
      setChosen({ kind: 'quote', id })
    }
  }

  const oneBlock = (what: string): Anchor | null => {
    if (selection.length === 0) {
      setStatus(`Select the words of the ${what} first.`)
      return null
    }
    if (selection.length > 1) {
      setStatus(`A ${what} is in one paragraph: select words of one paragraph.`)
      return null
    }
    return selection[0]!
  }

  const chosenQuote = () => {
    if (chosen?.kind === 'quote') return chosen.id
    setStatus('Choose a quote first: click it in the article, or in the list of quotes.')
    return null
  }

  const save = async (overwrite = false) => {
    setStatus('Saving…')
    const result = await editor.save(overwrite)
    if (!result) return
    switch (result.kind) {
      case 'saved':
        return setStatus(`Saved to ${slug}.json.`)
      case 'unchanged':
        return setStatus('Saved: the file already said exactly this.')
      case 'invalid':
        return setStatus(
          `Not saved: the content check found ${result.errors.length} errors (listed under Check).`,
        )
      case 'conflict':
        setStatus('Not saved yet: the file changed on disk since you opened it.')
        conflictDialog.current?.showModal()
        return
      case 'refused':
        return setStatus(`Not saved: ${result.message}`)
    }
  }

  const run = (command: EditorCommand) => {
    switch (command) {
      case 'direct-quote':
        return makeQuote('direct')
      case 'reported-quote':
        return makeQuote('reported')
      case 'mixed-quote':
        return makeQuote('mixed')
      case 'mention': {
        const anchor = oneBlock('mention')
        if (!anchor || !currentSpeaker) return
        if (
          apply(
            { type: 'add-mention', speaker: currentSpeaker, anchor },
            `Mention of ${nameOf(currentSpeaker)} added.`,
            'That mention is there already.',
          )
        )
          setSelection([])
        return
      }
      case 'new-speaker': {
        const anchor = oneBlock('name')
        if (!anchor) return
        const name = (blockText(article, anchor.block) ?? '').slice(anchor.start, anchor.end).trim()
        const id = newSpeakerId(article, name)
        const shortName = name.split(/\s+/).at(-1) ?? name
        apply(
          {
            type: 'add-speaker',
            speaker: { id, name, shortName, kind: 'person', role: null, affiliation: null },
            mention: anchor,
          },
          `Speaker ${name} added, with this mention. Set their role and kind under Speakers.`,
          'That speaker is there already.',
        )
        setSpeaker(id)
        setSelection([])
        return
      }
      case 'set-cue':
      case 'set-source': {
        const id = chosenQuote()
        const anchor = id && oneBlock(command === 'set-cue' ? 'cue' : 'source')
        if (!id || !anchor) return
        apply(
          { type: command === 'set-cue' ? 'set-quote-cue' : 'set-quote-source', id, anchor },
          command === 'set-cue' ? 'Cue set.' : 'Source set.',
          'Nothing changed.',
        )
        setSelection([])
        return
      }
      case 'evidence': {
        if (selection.length === 0) return setStatus('Select the words that show the position first.')
        if (!currentPosition)
          return setStatus('Choose a position first (under Issues and positions, or beside Speaker).')
        if (
          apply(
            { type: 'add-evidence', ...currentPosition, anchors: selection },
            `Evidence added to the position of ${nameOf(currentPosition.speaker)}.`,
            'Nothing changed.',
          )
        )
          setSelection([])
        return
      }
      case 'find-words':
        return findField.current?.focus()
      case 'delete-mark':
        if (!chosen) return setStatus('Choose a quote or a mention first.')
        edit(
          chosen.kind === 'quote'
            ? { type: 'delete-quote', id: chosen.id }
            : { type: 'delete-mention', index: chosen.index },
        )
        setChosen(null)
        return setStatus(chosen.kind === 'quote' ? 'Quote deleted.' : 'Mention deleted.')
      case 'clear':
        setSelection([])
        setChosen(null)
        document.getSelection()?.removeAllRanges()
        return
      case 'undo':
        editor.undo()
        return setStatus('Undone.')
      case 'redo':
        editor.redo()
        return setStatus('Redone.')
      case 'save':
        return void save()
    }
  }

  const latestRun = useRef(run)
  useEffect(() => {
    latestRun.current = run
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const command = commandOfKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inTextField: takesText(document.activeElement),
      })
      if (!command) return
      event.preventDefault()
      latestRun.current(command)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const find = (words: string) => {
    if (!preview?.article || words.trim() === '') return
    const text = documentText(preview.article)
    const from = selection.length > 0 ? endOf(text, selection) : 0
    const at = findFrom(text.text, words.trim(), from)
    if (at === -1) return setStatus(`“${words.trim()}” is not in the article.`)
    const range = { start: at, end: at + words.trim().length }
    setSelection(anchorsInRange(text, range))
    previewHandle.current?.selectText(range)
    setStatus(`Found: ${text.text.slice(range.start, range.end)}. Choose what to make of it.`)
  }

  const pick = (mark: PickedMark) => {
    if (mark.kind === 'quote') return choose(mark)
    const index = article.mentions.findIndex((mention) => {
      const anchor = mention.speaker === mark.speaker && anchorOfPassage(article, mention)
      return (
        anchor &&
        anchor.block === mark.anchor.block &&
        anchor.start === mark.anchor.start &&
        anchor.end === mark.anchor.end
      )
    })
    if (index >= 0) choose({ kind: 'mention', index })
  }

  const goToError = (error: ContentError) => {
    const match = /^(\w+)\[(\d+)\]/.exec(error.path)
    const list = match?.[1]
    const index = Number(match?.[2])
    if (list === 'quotes' && article.quotes[index])
      return choose({ kind: 'quote', id: article.quotes[index].id }, true)
    if (list === 'mentions' && article.mentions[index]) return choose({ kind: 'mention', index }, true)
    if (list === 'speakers' && article.speakers[index])
      return focusById(`speaker-${article.speakers[index].id}`)
    if (list === 'issues' && article.issues[index]) return focusById(`issue-${article.issues[index].id}`)
    if (list === 'positions' && article.positions[index]) {
      const { issue, speaker: of } = article.positions[index]
      setPosition({ issue, speaker: of })
      return focusById(`position-${issue}-${of}`)
    }
    if (list === 'paragraphs' && article.paragraphs[index])
      return previewHandle.current?.reveal({ block: article.paragraphs[index].id, start: 0, end: 0 })
  }

  const goToReview = (item: ReviewItem) => {
    if (item.target === 'quote') return choose({ kind: 'quote', id: item.id }, true)
    if (item.target === 'speaker') return focusById(`speaker-${item.id}`)
    const turn = article.turns?.find((candidate) => candidate.id === item.id)
    if (turn) previewHandle.current?.reveal({ block: turn.from, start: 0, end: 0 })
  }

  const addSpeaker = (name: string) => {
    const id = newSpeakerId(article, name)
    const anchor = firstUnmarked(doc, name)
    apply(
      {
        type: 'add-speaker',
        speaker: {
          id,
          name,
          shortName: name.split(/\s+/).at(-1) ?? name,
          kind: 'person',
          role: null,
          affiliation: null,
        },
        ...(anchor ? { mention: anchor } : {}),
      },
      anchor
        ? `Speaker ${name} added, with their first mention.`
        : `Speaker ${name} added. The text never names them as written: select a mention and press m.`,
      'That speaker is there already.',
    )
    setSpeaker(id)
  }

  return (
    <>
      <header className="editor-panel border-b border-line font-sans">
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/edit" className="font-bold text-accent">
            Editor
          </Link>
          <span className="text-ink-soft">
            {slug}.json{editor.dirty ? ' · unsaved changes' : editor.isNew ? '' : ' · saved'}
          </span>
          <span className="ms-auto flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="editor-button"
              aria-keyshortcuts="Control+Z"
              onClick={() => run('undo')}
              disabled={!editor.canUndo}
            >
              Undo
            </button>
            <button
              type="button"
              className="editor-button"
              aria-keyshortcuts="Control+Shift+Z"
              onClick={() => run('redo')}
              disabled={!editor.canRedo}
            >
              Redo
            </button>
            <button
              type="button"
              className="editor-button editor-button-primary"
              aria-keyshortcuts="Control+S"
              onClick={() => void save()}
            >
              Save
            </button>
            {!editor.isNew && (
              <a href={`/articles/${slug}`} className="underline">
                Open in the reader
              </a>
            )}
          </span>
        </div>
        <p role="status" className="mx-auto max-w-[96rem] px-4 pb-2 text-sm">
          {status}
          {editor.storageRefused &&
            ' This browser refused to keep your unsaved changes: save before you leave.'}
        </p>
      </header>
      <div className="mx-auto grid max-w-[96rem] gap-8 px-4 pb-24 lg:grid-cols-[minmax(0,44rem)_minmax(22rem,1fr)]">
        <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
          <SelectionBar
            article={article}
            selectedText={selectedText}
            speaker={currentSpeaker}
            onSpeaker={setSpeaker}
            position={currentPosition}
            onPosition={setPosition}
            onCommand={run}
            onFind={find}
            findField={findField}
          />
          {showRestored && (
            <p className="editor-panel mb-4 flex flex-wrap items-center gap-2 rounded-md border border-line p-3 font-sans text-sm">
              Your unsaved changes to this article were kept in this browser and are restored.
              <button type="button" className="editor-button" onClick={() => setShowRestored(false)}>
                Keep them
              </button>
              <button type="button" className="editor-button" onClick={editor.discard}>
                Discard them
              </button>
            </p>
          )}
          <div className="editor-preview">
            {preview?.article ? (
              <ArticlePreview
                ref={previewHandle}
                article={preview.article}
                selection={selection}
                chosen={chosenAnchors}
                onSelect={setSelection}
                onPick={pick}
              />
            ) : (
              <p className="font-sans">
                The text itself has errors (see Check); the article shows once they are fixed.
              </p>
            )}
          </div>
        </main>
        <aside
          aria-label="Editing"
          className="flex flex-col gap-6 pt-3 font-sans lg:max-h-screen lg:overflow-y-auto lg:sticky lg:top-0"
        >
          {chosen && (
            <MarkInspector
              article={article}
              review={review}
              mark={chosen}
              edit={edit}
              onDeleted={() => setChosen(null)}
            />
          )}
          <CheckErrors errors={errors} hidden={preview?.hidden ?? 0} onGo={goToError} />
          <ReviewList article={article} review={review} edit={edit} onGo={goToReview} />
          <MarksList article={article} chosen={chosen} onChoose={(mark) => choose(mark, true)} />
          <SpeakersPanel article={article} edit={edit} onAdd={addSpeaker} />
          <IssuesPanel article={article} edit={edit} active={currentPosition} onActive={setPosition} />
          <ShortcutsList />
        </aside>
      </div>
      <dialog
        ref={conflictDialog}
        aria-labelledby="conflict-heading"
        className="m-auto max-w-md rounded-lg bg-paper p-6 text-ink"
      >
        <h2 id="conflict-heading" className="mb-2 text-lg font-bold">
          The file changed on disk
        </h2>
        <p className="mb-4">
          {slug}.json was changed (or created) since you opened it here. Overwrite it with your version, or
          keep editing and copy what you need from the file first?
        </p>
        <form method="dialog" className="flex justify-end gap-2">
          <button type="submit" value="keep" className="editor-button">
            Keep editing
          </button>
          <button
            type="submit"
            value="overwrite"
            className="editor-button editor-button-primary"
            onClick={() => void save(true)}
          >
            Overwrite
          </button>
        </form>
      </dialog>
    </>
  )
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

function wordsOf(article: EditorDoc['article'], anchors: readonly Anchor[]): string {
  return anchors
    .map((anchor) => (blockText(article, anchor.block) ?? '').slice(anchor.start, anchor.end))
    .join(' … ')
}

function anchorsOfMark(doc: EditorDoc, mark: ChosenMark | null): Anchor[] {
  if (!mark) return []
  if (mark.kind === 'mention') {
    const mention = doc.article.mentions[mark.index]
    const anchor = mention && anchorOfPassage(doc.article, mention)
    return anchor ? [anchor] : []
  }
  const quote = doc.article.quotes.find((item) => item.id === mark.id)
  return quote ? quotePassages(quote).flatMap((passage) => anchorOfPassage(doc.article, passage) ?? []) : []
}

function endOf(text: ReturnType<typeof documentText>, anchors: readonly Anchor[]): number {
  const last = anchors.at(-1)!
  const block = text.blocks.find((candidate) => candidate.block === last.block)
  return block ? block.start + last.end : 0
}

/** Where `words` next occur in `text` from `from`, going round to the start; exact case first. */
function findFrom(text: string, words: string, from: number): number {
  const exact = text.indexOf(words, from)
  if (exact !== -1) return exact
  const again = text.indexOf(words)
  if (again !== -1) return again
  const lower = text.toLowerCase()
  const folded = lower.indexOf(words.toLowerCase(), from)
  return folded !== -1 ? folded : lower.indexOf(words.toLowerCase())
}

/** The first place the text writes `name` that no mention marks yet, for a new speaker's first mention. */
function firstUnmarked(doc: EditorDoc, name: string): Anchor | null {
  const { article } = doc
  const marked = article.mentions.flatMap((mention) => anchorOfPassage(article, mention) ?? [])
  const blocks = [
    { block: 'headline', text: article.headline },
    ...(article.summary === null ? [] : [{ block: 'summary', text: article.summary }]),
    ...article.paragraphs.map((paragraph) => ({ block: paragraph.id, text: paragraph.text })),
  ]
  for (const { block, text } of blocks)
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const anchor = { block, start: at, end: at + name.length }
      if (
        !marked.some((other) => other.block === block && other.start < anchor.end && anchor.start < other.end)
      )
        return anchor
    }
  return null
}

function focusById(id: string) {
  const element = document.getElementById(id)
  element?.scrollIntoView({ block: 'center', behavior: 'instant' })
  element?.focus()
}
