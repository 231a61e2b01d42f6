// @vitest-environment node
// The card cache draws a card once per content and renderer, and copies it into the site from then on.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Card } from '../core/seo/preview-card.ts'
import { cardKey, openCardCache } from './card-cache.ts'

const card: Card = {
  eyebrow: 'Outlet · quote',
  text: '“We will wait.”',
  italic: false,
  attribution: 'Tom Okafor, Ferry captain',
  footer: 'Harbour Council Delays Vote',
  accent: '#0d75c2',
}

let work: string | undefined
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true })
  work = undefined
})

/** A cache in a fresh folder whose drawing writes the card's text, counting the drawings. */
function cache(renderer = 'renderer-1') {
  const dir = (work ??= mkdtempSync(path.join(os.tmpdir(), 'card-cache-')))
  const drawn: string[] = []
  const opened = openCardCache(path.join(dir, 'cache'), {
    renderer,
    draw: (drawing) => {
      drawn.push(drawing.text)
      return Promise.resolve(Buffer.from(drawing.text))
    },
  })
  return { opened, drawn, target: (name: string) => path.join(dir, 'site', 'cards', name) }
}

describe('cardKey', () => {
  it.each<{ name: string; other: Card; renderer?: string; same: boolean }>([
    { name: 'the same card', other: { ...card }, same: true },
    {
      name: 'the same fields in another order',
      other: Object.fromEntries(Object.entries(card).reverse()) as unknown as Card,
      same: true,
    },
    { name: 'one word changed', other: { ...card, text: '“We will not wait.”' }, same: false },
    { name: 'another accent', other: { ...card, accent: '#b46c10' }, same: false },
    { name: 'in italics', other: { ...card, italic: true }, same: false },
    { name: 'no attribution', other: { ...card, attribution: null }, same: false },
    { name: 'another renderer', other: card, renderer: 'renderer-2', same: false },
  ])('$name: same key $same', ({ other, renderer = 'renderer-1', same }) => {
    expect(cardKey(other, renderer) === cardKey(card, 'renderer-1')).toBe(same)
  })
})

describe('openCardCache', () => {
  it('draws a card once, then copies it from the cache', async () => {
    const { opened, drawn, target } = cache()
    await opened.copyCard(card, target('a.png'))
    await opened.copyCard({ ...card }, target('b.png'))
    expect(drawn).toEqual([card.text])
    expect(opened.counts).toEqual({ drawn: 1, reused: 1 })
    expect(readFileSync(target('a.png'), 'utf8')).toBe(card.text)
    expect(readFileSync(target('b.png'), 'utf8')).toBe(card.text)
  })

  it('draws a card once when two pages ask for it at the same time', async () => {
    const { opened, drawn, target } = cache()
    await Promise.all([opened.copyCard(card, target('a.png')), opened.copyCard({ ...card }, target('b.png'))])
    expect(drawn).toEqual([card.text])
    expect(opened.counts).toEqual({ drawn: 1, reused: 1 })
    expect(readFileSync(target('b.png'), 'utf8')).toBe(card.text)
  })

  it('keeps cards across builds, and draws them anew for another renderer', async () => {
    const first = cache('renderer-1')
    await first.opened.copyCard(card, first.target('a.png'))
    const again = cache('renderer-1')
    await again.opened.copyCard(card, again.target('a.png'))
    expect(again.drawn).toEqual([])
    const changed = cache('renderer-2')
    await changed.opened.copyCard(card, changed.target('a.png'))
    expect(changed.drawn).toEqual([card.text])
  })

  it('leaves nothing in the cache when a drawing fails', async () => {
    const root = (work = mkdtempSync(path.join(os.tmpdir(), 'card-cache-')))
    const dir = path.join(root, 'cache')
    const failing = openCardCache(dir, { draw: () => Promise.reject(new Error('no font')) })
    await expect(failing.copyCard(card, path.join(root, 'a.png'))).rejects.toThrow('no font')
    expect(readdirSync(dir)).toEqual([])
    expect(existsSync(path.join(root, 'a.png'))).toBe(false)
  })
})
