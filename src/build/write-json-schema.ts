// `npm run content:schema`: regenerates src/content/article.schema.json after the zod schema changes.
import { writeFileSync } from 'node:fs'
import { JSON_SCHEMA_FILE, articleJsonSchema } from './json-schema.ts'

writeFileSync(JSON_SCHEMA_FILE, articleJsonSchema())
console.log(`wrote ${JSON_SCHEMA_FILE}`)
