// The committed JSON Schema editors use must be the one the zod schema generates today.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { JSON_SCHEMA_FILE, articleJsonSchema } from '../../src/build/json-schema.ts'

it('is up to date with the zod schema (run `npm run content:schema` if not)', () => {
  expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(articleJsonSchema())
})
