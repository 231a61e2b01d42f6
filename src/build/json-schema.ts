// The JSON Schema editors' tools read for completion and errors, generated from the zod schema.
import { z } from 'zod'
import { articleSourceSchema } from '../core/content/article-schema.ts'

export const JSON_SCHEMA_FILE = 'src/content/article.schema.json'

/** The schema as formatted JSON text, exactly as committed to JSON_SCHEMA_FILE. */
export function articleJsonSchema(): string {
  const schema = z.toJSONSchema(articleSourceSchema, { target: 'draft-7', io: 'input' })
  return `${JSON.stringify({ title: 'Who said what: article', ...schema }, null, 2)}\n`
}
