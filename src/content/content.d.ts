// Types of the module the content plugin (src/build/content-plugin.ts) generates from the article files.
declare module 'virtual:content' {
  import type { Article, ArticleSummary } from '../core/content/article.ts'

  export const articleSummaries: ArticleSummary[]
  export const articleLoaders: Record<string, (() => Promise<Article>) | undefined>
}
