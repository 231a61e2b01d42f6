// A Vite plugin that serves verified articles to the app as modules, and fails the build on a broken file.
// `virtual:content` lists the articles and loads each one as its own chunk, so a page ships only its article.
import path from 'node:path'
import type { Plugin } from 'vite'
import { summarizeArticle, type Article } from '../core/content/article.ts'
import { formatContentErrors, listArticleFiles, loadArticleFile } from './content-files.ts'

const INDEX_ID = 'virtual:content'
const ARTICLE_PREFIX = 'virtual:content/article/'

/** Serves `virtual:content` from the article files in `contentDir`. */
export function contentPlugin(contentDir: string): Plugin {
  const dir = path.resolve(contentDir)

  function loadAll(): Article[] {
    const results = listArticleFiles(dir).map(loadArticleFile)
    const failures = results.flatMap((result) =>
      result.ok ? [] : [formatContentErrors(result.file, result.errors)],
    )
    if (failures.length > 0) throw new Error(`Broken article content:\n${failures.join('\n')}`)
    return results.flatMap((result) => (result.ok ? [result.article] : []))
  }
  // Read and verified once per build, not once per module: a site of n articles loads n + 1 modules.
  let loaded: Article[] | undefined

  return {
    name: 'who-said-what:content',
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
      const articles = (loaded ??= loadAll())
      if (id === `\0${INDEX_ID}`) {
        const loaders = articles
          .map(
            (article) =>
              `  ${JSON.stringify(article.slug)}: () => import(${JSON.stringify(ARTICLE_PREFIX + article.slug)}).then((m) => m.default),`,
          )
          .join('\n')
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
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return
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
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('add', reload)
      server.watcher.on('change', reload)
      server.watcher.on('unlink', reload)
    },
  }
}
