// The editor's calls to the development server's file endpoint (src/build/editor-plugin.ts).
import type { ContentError } from '../core/content/parse-article.ts'

const API = '/__editor/articles'

export interface ArticleListing {
  slug: string
  headline: string | null
  errors: number
}

export type LoadedFile =
  { kind: 'found'; hash: string; json: unknown; errors: ContentError[] } | { kind: 'missing' }

export type SaveResult =
  | { kind: 'saved' | 'unchanged'; hash: string }
  | { kind: 'conflict'; hash: string | null }
  | { kind: 'invalid'; errors: ContentError[] }
  | { kind: 'refused'; message: string }

export async function listArticles(): Promise<ArticleListing[]> {
  const response = await fetch(API)
  if (!response.ok) throw new Error(`The article list could not be read (${response.status}).`)
  return (await response.json()) as ArticleListing[]
}

export async function loadArticleFile(slug: string): Promise<LoadedFile> {
  const response = await fetch(`${API}/${encodeURIComponent(slug)}`)
  if (!response.ok) throw new Error(`The article could not be read (${response.status}).`)
  return (await response.json()) as LoadedFile
}

/** Saves the article; `baseHash` is the loaded file's (null for a new one); `overwrite` after the person agreed. */
export async function saveArticle(
  slug: string,
  article: unknown,
  baseHash: string | null,
  overwrite = false,
): Promise<SaveResult> {
  const response = await fetch(`${API}/${encodeURIComponent(slug)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article, baseHash, overwrite }),
  })
  const body = (await response.json()) as SaveResult | { error: string }
  if ('error' in body) return { kind: 'refused', message: body.error }
  return body
}
