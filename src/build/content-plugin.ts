// A Vite plugin that serves verified articles to the app as modules, and fails the build on a broken file.
// `virtual:content` lists the articles and loads each one as its own chunk, so a page ships only its article.
// On the development server a broken file fails only its own page: its loader rejects with the file's errors
// (an ArticleContentError), and every other article still works. The build and the content check still refuse it.
import path from 'node:path'
import type { Plugin } from 'vite'
import { summarizeArticle, type Article } from '../core/content/article.ts'
import type { ContentError } from '../core/content/parse-article.ts'
import { formatContentErrors, listArticleFiles, loadArticleFile } from './content-files.ts'

const INDEX_ID = 'virtual:content'
const ARTICLE_PREFIX = 'virtual:content/article/'

/** The name of the error a broken article's loader rejects with on the development server. */
export const ARTICLE_CONTENT_ERROR = 'ArticleContentError'

/**
 * The event a page sends over Vite's socket when it reads no `virtual:content` (the editor): a change to an
 * article file then reloads the reader's pages but not that one, which would lose its place for nothing.
 */
export const NO_CONTENT_RELOAD_EVENT = 'who-said-what:no-content-reload'

/** An article file that failed the check, kept on the development server so its page can show why. */
interface BrokenArticle {
  slug: string
  file: string
  errors: ContentError[]
}

interface LoadedContent {
  articles: Article[]
  broken: BrokenArticle[]
}

/** Serves `virtual:content` from the article files in `contentDir`. */
export function contentPlugin(contentDir: string): Plugin {
  const dir = path.resolve(contentDir)
  // Set from Vite's resolved config: only the development server tolerates a broken file.
  let serving = false
  let logError = (message: string) => console.error(message)

  function loadAll(): LoadedContent {
    const results = listArticleFiles(dir).map(loadArticleFile)
    const broken = results.flatMap((result) =>
      result.ok
        ? []
        : [{ slug: path.basename(result.file, '.json'), file: result.file, errors: result.errors }],
    )
    const failures = broken.map((item) => formatContentErrors(item.file, item.errors))
    if (failures.length > 0) {
      const message = `Broken article content:\n${failures.join('\n')}`
      if (!serving) throw new Error(message)
      logError(message)
    }
    return { articles: results.flatMap((result) => (result.ok ? [result.article] : [])), broken }
  }
  // Read and verified once per build, not once per module: a site of n articles loads n + 1 modules.
  let loaded: LoadedContent | undefined

  return {
    name: 'who-said-what:content',
    configResolved(config) {
      serving = config.command === 'serve'
      logError = (message) => config.logger.error(message, { timestamp: true })
    },
    buildStart() {
      loaded = undefined
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(ARTICLE_PREFIX)) return `\0${id}`
      return undefined
    },
    load(id) {
      if (!id.startsWith(`\0${INDEX_ID}`)) return undefined
      for (const file of listArticleFiles(dir)) this.addWatchFile(file)
      const { articles, broken } = (loaded ??= loadAll())
      if (id === `\0${INDEX_ID}`) {
        const loaders = [
          ...articles.map(
            (article) =>
              `  ${JSON.stringify(article.slug)}: () => import(${JSON.stringify(ARTICLE_PREFIX + article.slug)}).then((m) => m.default),`,
          ),
          ...broken.map(
            (item) => `  ${JSON.stringify(item.slug)}: () => Promise.reject(${brokenError(item)}),`,
          ),
        ].join('\n')
        return [
          `export const articleSummaries = ${JSON.stringify(articles.map(summarizeArticle))};`,
          `export const articleLoaders = {\n${loaders}\n};`,
        ].join('\n')
      }
      const slug = id.slice(`\0${ARTICLE_PREFIX}`.length)
      const article = articles.find((candidate) => candidate.slug === slug)
      if (!article) throw new Error(`No article "${slug}" in ${contentDir}`)
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(article))});`
    },
    configureServer(server) {
      server.watcher.add(dir)
      // Pages that said they read no content; weak, so a closed page's client is forgotten with it.
      const quiet = new WeakSet<object>()
      server.ws.on(NO_CONTENT_RELOAD_EVENT, (_data, client) => quiet.add(client))
      const reload = (file: string) => {
        // Only article files: the editor's temporary files come and go beside them as it saves.
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        loaded = undefined
        for (const module of server.moduleGraph.getModulesByFile?.(file) ?? [])
          server.moduleGraph.invalidateModule(module)
        const ids = [...server.moduleGraph.idToModuleMap.keys()].filter((id) =>
          id.startsWith(`\0${INDEX_ID}`),
        )
        for (const id of ids) {
          const module = server.moduleGraph.getModuleById(id)
          if (module) server.moduleGraph.invalidateModule(module)
        }
        for (const client of server.ws.clients) if (!quiet.has(client)) client.send({ type: 'full-reload' })
      }
      server.watcher.on('add', reload)
      server.watcher.on('change', reload)
      server.watcher.on('unlink', reload)
    },
  }
}

/** The expression of the error a broken article's loader rejects with: its errors, one line each, and as data. */
function brokenError(item: BrokenArticle): string {
  const message = `The article file ${path.basename(item.file)} has ${item.errors.length} ${
    item.errors.length === 1 ? 'error' : 'errors'
  }:\n${formatContentErrors(path.basename(item.file), item.errors)}`
  return `Object.assign(new Error(${JSON.stringify(message)}), { name: ${JSON.stringify(ARTICLE_CONTENT_ERROR)}, slug: ${JSON.stringify(item.slug)}, errors: ${JSON.stringify(item.errors)} })`
}
