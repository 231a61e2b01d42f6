// decodeTextDirective / findTextDirective: links the browser makes ("Copy link to highlight") select the first
// match, as the URL Fragment Text Directives spec has it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeTextDirective, describeTextDirective, findTextDirective } from './text-directive.ts'

const page = 'https://example.org/articles/a'
const directive = (fragment: string) => {
  const decoded = decodeTextDirective(`${page}#:~:${fragment}`)
  if (decoded.kind !== 'directive') throw new Error(`no directive in ${fragment}`)
  return decoded.directive
}

describe('decodeTextDirective', () => {
  it.each([
    { fragment: 'text=Lavrov', expected: { prefix: '', start: 'Lavrov', end: '', suffix: '' } },
    {
      fragment: 'text=Sergey%20Lavrov,government',
      expected: { prefix: '', start: 'Sergey Lavrov', end: 'government', suffix: '' },
    },
    {
      fragment: 'text=the-,Taliban,-government',
      expected: { prefix: 'the', start: 'Taliban', end: '', suffix: 'government' },
    },
    { fragment: 'text=a-,b,c,-d', expected: { prefix: 'a', start: 'b', end: 'c', suffix: 'd' } },
    {
      fragment: 'text=%E2%80%9CIn%20general',
      expected: { prefix: '', start: '“In general', end: '', suffix: '' },
    },
    { fragment: 'other=1&text=Lavrov', expected: { prefix: '', start: 'Lavrov', end: '', suffix: '' } },
  ])('reads $fragment', ({ fragment, expected }) => {
    expect(directive(fragment)).toEqual(expected)
  })

  it('reads a directive after an element fragment', () => {
    expect(decodeTextDirective(`${page}#top:~:text=Lavrov`)).toMatchObject({ kind: 'directive' })
  })

  it.each(['', '#top', '#:~:', '#:~:other=1', '?text=Lavrov'])('finds none in "%s"', (suffix) => {
    expect(decodeTextDirective(page + suffix)).toEqual({ kind: 'none' })
  })

  it.each([
    'text=',
    'text=%20',
    'text=%E0%A4%A',
    'text=a,b,c',
    'text=-,x',
    'text=a,,b',
    `text=${'x'.repeat(3000)}`,
  ])('reports "%s" as malformed', (fragment) => {
    expect(decodeTextDirective(`${page}#:~:${fragment}`)).toEqual({ kind: 'malformed' })
  })

  it('never throws, whatever the URL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (tail) => {
        expect(() => decodeTextDirective(`${page}#:~:text=${tail}`)).not.toThrow()
      }),
    )
  })
})

describe('findTextDirective', () => {
  const text =
    'Lavrov said so. They support a more stable dialogue. We support a more stable dialogue, he said.'

  it('selects the first match, whatever its case', () => {
    expect(findTextDirective(text, directive('text=A%20more%20stable%20dialogue'))).toEqual({
      start: 29,
      end: 51,
    })
  })

  it('lets the prefix or suffix pick a later match', () => {
    expect(findTextDirective(text, directive('text=We%20support-,a%20more%20stable'))).toEqual({
      start: 64,
      end: 77,
    })
    expect(findTextDirective(text, directive('text=a%20more%20stable%20dialogue,-%2C%20he'))).toEqual({
      start: 64,
      end: 86,
    })
  })

  it('tries later ends until the suffix follows one', () => {
    const text = 'alpha one beta x two gamma two delta'
    expect(findTextDirective(text, directive('text=alpha,two,-delta'))).toEqual({ start: 0, end: 30 })
  })

  it('needs the prefix to be whole words too', () => {
    expect(findTextDirective(text, directive('text=e%20support-,a%20more%20stable'))).toBeUndefined()
  })

  it('selects from the start to the first end after it', () => {
    expect(findTextDirective(text, directive('text=They,dialogue'))).toEqual({ start: 16, end: 51 })
  })

  it('matches whole words only', () => {
    expect(findTextDirective(text, directive('text=avrov'))).toBeUndefined()
    expect(findTextDirective(text, directive('text=said'))).toEqual({ start: 7, end: 11 })
  })

  it('finds nothing for words the text does not have', () => {
    expect(findTextDirective(text, directive('text=Mujahid'))).toBeUndefined()
    expect(findTextDirective(text, directive('text=They,Mujahid'))).toBeUndefined()
  })
})

describe('describeTextDirective', () => {
  it('quotes the start, and the end when there is one', () => {
    expect(describeTextDirective(directive('text=They,dialogue'))).toBe('They … dialogue')
    expect(describeTextDirective(directive('text=They'))).toBe('They')
  })
})
