// parseStrictJson: the same values as JSON.parse for any JSON, every key given twice with both places, and each
// syntax error at its line and column with a message that says what to write.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH, parseStrictJson } from './strict-json.ts'

describe('parseStrictJson on valid JSON', () => {
  it('reads what JSON.parse reads, for any value in any layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent)
        expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text), duplicates: [] })
      }),
    )
  })

  it('reads escapes, surrogate pairs written as two escapes, and numbers as JSON.parse does', () => {
    const text = String.raw`{"a": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude42", "b": [-0, 1e3, 2.5E-2, 0.1], "c": [true, false, null]}`
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text), duplicates: [] })
  })

  it('keeps "__proto__" as an ordinary field, never as the prototype', () => {
    const result = parseStrictJson('{"__proto__": {"polluted": true}}')
    if (!result.ok) throw new Error(result.error.message)
    const value = result.value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('ignores a byte-order mark before the text', () => {
    expect(parseStrictJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, duplicates: [] })
  })
})

describe('parseStrictJson on a key given twice', () => {
  it('reports each with its path and both lines, and keeps the last value as JSON.parse does', () => {
    const text = [
      '{',
      '  "slug": "a",',
      '  "speakers": [{"id": "x", "name": "A",',
      '    "name": "B"}],',
      '  "slug": "b"',
      '}',
    ].join('\n')
    expect(parseStrictJson(text)).toEqual({
      ok: true,
      value: JSON.parse(text),
      duplicates: [
        { path: ['speakers', 0, 'name'], first: { line: 3, column: 28 }, second: { line: 4, column: 5 } },
        { path: ['slug'], first: { line: 2, column: 3 }, second: { line: 5, column: 3 } },
      ],
    })
  })

  it('compares keys after their escapes are read', () => {
    const result = parseStrictJson('{"name": 1, "n\\u0061me": 2}')
    expect(result.ok && result.duplicates.map((duplicate) => duplicate.path)).toEqual([['name']])
  })

  it('reports a key given three times twice', () => {
    const result = parseStrictJson('{"a": 1, "a": 2, "a": 3}')
    expect(result.ok && result.duplicates.length).toBe(2)
  })
})

describe('parseStrictJson on broken JSON', () => {
  it.each<{ name: string; text: string; line: number; column: number; message: string }>([
    { name: 'an empty file', text: ' \n', line: 2, column: 1, message: 'the file is empty' },
    {
      name: 'a comma after the last field',
      text: '{\n  "slug": "a",\n}',
      line: 3,
      column: 1,
      message: 'a comma before "}"; remove the comma after the last field',
    },
    {
      name: 'a comma after the last item',
      text: '{"a": [1, 2, ]}',
      line: 1,
      column: 14,
      message: 'a comma before "]"',
    },
    {
      name: 'a missing comma between fields',
      text: '{\n  "slug": "a"\n  "headline": "b"\n}',
      line: 3,
      column: 3,
      message: 'a comma is missing after the value of "slug"',
    },
    {
      name: 'a missing comma between items',
      text: '[{"a": 1} {"a": 2}]',
      line: 1,
      column: 11,
      message: 'a comma is missing between two items',
    },
    {
      name: 'a missing colon',
      text: '{"slug" "a"}',
      line: 1,
      column: 9,
      message: 'a colon is missing after the field name "slug"',
    },
    {
      name: 'a field name without quotes',
      text: '{slug: "a"}',
      line: 1,
      column: 2,
      message: 'the field name slug needs double quotes: write "slug"',
    },
    {
      name: 'single quotes',
      text: '{"slug": \'a\'}',
      line: 1,
      column: 10,
      message: 'JSON strings take double quotes',
    },
    { name: 'a comment', text: '{\n  // the slug\n}', line: 2, column: 3, message: 'JSON has no comments' },
    {
      name: 'a line break inside a string',
      text: '{"headline": "one\ntwo"}',
      line: 1,
      column: 18,
      message: 'a line break inside a string',
    },
    { name: 'a tab inside a string', text: '{"a": "x\ty"}', line: 1, column: 9, message: 'write \\t' },
    {
      name: 'a string never closed',
      text: '{"a": "x}',
      line: 1,
      column: 7,
      message: 'this string is never closed',
    },
    {
      name: 'an unknown escape',
      text: '{"a": "C:\\temp\\x"}',
      line: 1,
      column: 15,
      message: '\\x is not an escape',
    },
    {
      name: 'a short \\u escape',
      text: '{"a": "\\u12"}',
      line: 1,
      column: 8,
      message: 'four hexadecimal digits',
    },
    {
      name: 'an object never closed',
      text: '{\n  "a": {"b": 1}',
      line: 2,
      column: 16,
      message: 'the file ends before the "{" at line 1, column 1 is closed; close it with "}"',
    },
    {
      name: 'a list never closed',
      text: '{"a": [1, 2',
      line: 1,
      column: 12,
      message: 'the file ends before the "[" at line 1, column 7 is closed',
    },
    {
      name: 'a word that is no value',
      text: '{"a": undefined}',
      line: 1,
      column: 7,
      message: 'undefined is not a JSON value',
    },
    { name: 'NaN', text: '{"a": NaN}', line: 1, column: 7, message: 'NaN is not a JSON value' },
    { name: 'a leading zero', text: '{"a": 007}', line: 1, column: 7, message: '007 is not a JSON number' },
    { name: 'a plus sign', text: '{"a": +1}', line: 1, column: 7, message: '+1 is not a JSON number' },
    {
      name: 'text after the object',
      text: '{"a": 1}\n{"b": 2}',
      line: 2,
      column: 1,
      message: 'after the end of the JSON',
    },
    {
      name: 'a no-break space between fields',
      text: '{"a": 1,\u00a0"b": 2}',
      line: 1,
      column: 9,
      message: 'U+00A0 where a field name was expected',
    },
    {
      name: 'a control character inside a string',
      text: '{"a": "x\u0001"}',
      line: 1,
      column: 9,
      message: 'a control character (U+0001)',
    },
  ])('$name: at line $line, column $column', ({ text, line, column, message }) => {
    const result = parseStrictJson(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect({ line: result.error.line, column: result.error.column }).toEqual({ line, column })
      expect(result.error.message).toContain(message)
    }
  })

  it('agrees with JSON.parse on which texts are JSON', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"',
      '1',
      '-',
      '0',
      '.',
      'e',
      'true',
      'nul',
      ' ',
      '\n',
      '\\',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        let valid = true
        try {
          JSON.parse(text)
        } catch {
          valid = false
        }
        expect(parseStrictJson(text).ok).toBe(valid)
      }),
      { numRuns: 2000 },
    )
  })

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH}, however deep, without exhausting the stack`, () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const result = parseStrictJson(deep)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatchObject({ line: 1, column: MAX_JSON_DEPTH + 1 })
    expect(parseStrictJson(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`).ok).toBe(true)
  })
})
