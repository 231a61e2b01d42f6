// `npm run content:check -- [files…]`: verifies article files and prints every error with its JSON path.
// With no files it checks the whole content folder. Exits 1 if any file is broken.
import {
  DEFAULT_CONTENT_DIR,
  formatContentErrors,
  listArticleFiles,
  loadArticleFile,
} from './content-files.ts'

const files = process.argv.slice(2)
const targets = files.length > 0 ? files : listArticleFiles(DEFAULT_CONTENT_DIR)
let broken = 0
for (const file of targets) {
  const result = loadArticleFile(file)
  if (result.ok) {
    const { article } = result
    console.log(
      `✓ ${file}: ${article.paragraphs.length} paragraphs, ${article.speakers.length} speakers, ` +
        `${article.mentions.length} mentions, ${article.quotes.length} quotes, ${article.positions.length} positions`,
    )
    if (result.warnings.length > 0) console.warn(formatContentErrors(file, result.warnings))
  } else {
    broken++
    console.error(formatContentErrors(file, result.errors))
    console.error(`✗ ${file}: ${result.errors.length} ${result.errors.length === 1 ? 'error' : 'errors'}`)
  }
}
if (targets.length === 0) console.error(`No article files found in ${DEFAULT_CONTENT_DIR}`)
process.exitCode = broken > 0 || targets.length === 0 ? 1 : 0
