// Block elements: the attribute that ties a rendered element to its block, and finding those elements.
import { describe, expect, it } from 'vitest'
import {
  BLOCK_ATTRIBUTE,
  blockAttributes,
  blockElements,
  blockOfElement,
  enclosingBlockElement,
} from './block-elements.ts'

function page(html: string): Document {
  const page = document.implementation.createHTMLDocument('')
  page.body.innerHTML = html
  return page
}

const markup = `
  <p id="outside" data-block="p9">Another article's paragraph</p>
  <article id="root">
    <p id="outlet">Outlet</p>
    <h1 data-block="headline">Head <span id="nested">line</span></h1>
    <p data-block="p1">One</p>
  </article>`

describe('blockAttributes', () => {
  it('gives the attribute to spread, under the one name', () => {
    expect(blockAttributes('p1')).toEqual({ 'data-block': 'p1' })
    expect(Object.keys(blockAttributes('p1'))).toEqual([BLOCK_ATTRIBUTE])
  })

  it('marks an element that blockElements then finds', () => {
    const doc = page('')
    const element = doc.createElement('p')
    for (const [name, value] of Object.entries(blockAttributes('summary'))) element.setAttribute(name, value)
    doc.body.append(element)
    expect(blockElements(doc.body).map(blockOfElement)).toEqual(['summary'])
  })
})

describe('blockElements', () => {
  it('lists the block elements under the root only, in document order', () => {
    const root = page(markup).getElementById('root')!
    expect(blockElements(root).map(blockOfElement)).toEqual(['headline', 'p1'])
  })
})

describe('blockOfElement', () => {
  it('gives null for an element that renders no block', () => {
    expect(blockOfElement(page(markup).getElementById('outlet')!)).toBeNull()
  })
})

describe('enclosingBlockElement', () => {
  const doc = page(markup)
  const root = doc.getElementById('root')!
  const nestedText = doc.getElementById('nested')!.firstChild!
  const cases: { name: string; node: Node; block: string | null }[] = [
    { name: 'a text node nested in marks', node: nestedText, block: 'headline' },
    { name: 'an element nested in a block', node: doc.getElementById('nested')!, block: 'headline' },
    { name: 'the block element itself', node: doc.querySelector('[data-block="p1"]')!, block: 'p1' },
    {
      name: 'text inside the root but in no block',
      node: doc.getElementById('outlet')!.firstChild!,
      block: null,
    },
    { name: 'the root', node: root, block: null },
    { name: 'a block outside the root', node: doc.getElementById('outside')!.firstChild!, block: null },
  ]
  it.each(cases)('$name → $block', ({ node, block }) => {
    const element = enclosingBlockElement(root, node)
    expect(element && blockOfElement(element)).toBe(block)
  })
})
