// @vitest-environment node
// Palette PNGs: the palette a card is stored with, and images written with it, read back chunk by chunk.
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodePalettePng, rampPalette, rgbOfHex, type Rgb } from './palette-png.ts'

const PAPER: Rgb = [250, 250, 250]
const INK: Rgb = [10, 10, 10]
const BLUE: Rgb = [0, 100, 200]

/** A PNG read back: its header, palette and each pixel's palette index, row by row. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const chunks = new Map<string, Buffer[]>()
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.subarray(at + 4, at + 8).toString('ascii')
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)])
    at += 12 + length
  }
  const header = chunks.get('IHDR')![0]!
  const [width, height, bitDepth, colourType] = [
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8]!,
    header[9]!,
  ]
  const plte = chunks.get('PLTE')![0]!
  const palette = Array.from({ length: plte.length / 3 }, (_, index) => [
    ...plte.subarray(index * 3, index * 3 + 3),
  ])
  const raw = inflateSync(Buffer.concat(chunks.get('IDAT')!))
  const rowBytes = 1 + Math.ceil((width * bitDepth) / 8)
  const rows = Array.from({ length: height }, (_, y) => {
    expect(raw[y * rowBytes], 'filter type').toBe(0)
    return Array.from({ length: width }, (_, x) => {
      const bit = x * bitDepth
      const byte = raw[y * rowBytes + 1 + Math.floor(bit / 8)]!
      return (byte >> (8 - bitDepth - (bit % 8))) & ((1 << bitDepth) - 1)
    })
  })
  return { width, height, bitDepth, colourType, palette, rows, ended: chunks.has('IEND') }
}

/** An opaque RGBA image from rows of colours. */
function image(rows: Rgb[][]): { rgba: Uint8Array; width: number; height: number } {
  const rgba = new Uint8Array(rows.flat().flatMap((colour) => [...colour, 255]))
  return { rgba, width: rows[0]!.length, height: rows.length }
}

describe('rampPalette', () => {
  it.each<{ name: string; inks: Rgb[]; levels: number; expected: Rgb[] }>([
    { name: 'no inks: the background alone', inks: [], levels: 4, expected: [PAPER] },
    { name: 'one ink in one step: background and ink', inks: [INK], levels: 1, expected: [PAPER, INK] },
    {
      name: 'one ink in four steps, rounded, the ink last',
      inks: [INK],
      levels: 4,
      expected: [PAPER, [190, 190, 190], [130, 130, 130], [70, 70, 70], INK],
    },
    {
      name: 'two inks: a ramp to each',
      inks: [INK, BLUE],
      levels: 2,
      expected: [PAPER, [130, 130, 130], INK, [125, 175, 225], BLUE],
    },
    { name: 'an ink equal to another keeps one ramp', inks: [INK, INK], levels: 1, expected: [PAPER, INK] },
  ])('$name', ({ inks, levels, expected }) => {
    expect(rampPalette(PAPER, inks, levels)).toEqual(expected)
  })
})

describe('rgbOfHex', () => {
  it.each([
    ['#fbfaf7', [251, 250, 247]],
    ['#0D75C2', [13, 117, 194]],
    ['#000000', [0, 0, 0]],
  ])('%s', (hex, expected) => {
    expect(rgbOfHex(hex)).toEqual(expected)
  })

  it.each(['fbfaf7', '#fff', '#fbfaf7aa', 'red'])('refuses %s', (hex) => {
    expect(() => rgbOfHex(hex)).toThrow(/#rrggbb/)
  })
})

describe('encodePalettePng', () => {
  const grey = (value: number): Rgb => [value, value, value]
  const ramp = rampPalette(PAPER, [INK, BLUE], 5)

  it.each<{ name: string; palette: Rgb[]; rows: Rgb[][]; bitDepth: number; indices: number[][] }>([
    {
      name: 'two colours: one bit a pixel, a width that ends mid-byte',
      palette: [PAPER, INK],
      rows: [
        [PAPER, INK, INK, PAPER, PAPER, PAPER, PAPER, PAPER, INK, INK, PAPER],
        [INK, PAPER, PAPER, PAPER, PAPER, PAPER, PAPER, PAPER, PAPER, PAPER, INK],
      ],
      bitDepth: 1,
      indices: [
        [0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0],
        [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      ],
    },
    {
      name: 'anti-aliased greys fall to the nearest step of the ramp',
      palette: rampPalette(PAPER, [INK], 2),
      rows: [[PAPER, grey(240), grey(150), grey(110), grey(40), INK]],
      bitDepth: 2,
      indices: [[0, 0, 1, 1, 2, 2]],
    },
    {
      name: 'up to 16 colours (a card has 16): four bits a pixel, an odd width',
      palette: ramp,
      rows: [
        [PAPER, INK, BLUE],
        [BLUE, PAPER, [12, 98, 201]],
      ],
      bitDepth: 4,
      indices: [
        [0, 5, 10],
        [10, 0, 10],
      ],
    },
    {
      name: 'more than 16 colours: a byte a pixel',
      palette: Array.from({ length: 17 }, (_, index) => grey(index * 15)),
      rows: [[grey(0), grey(240), grey(121), grey(255)]],
      bitDepth: 8,
      indices: [[0, 16, 8, 16]],
    },
  ])('$name', ({ palette, rows, bitDepth, indices }) => {
    const { rgba, width, height } = image(rows)
    const png = readPng(encodePalettePng(rgba, width, height, palette))
    expect(png).toMatchObject({ width, height, bitDepth, colourType: 3, ended: true })
    expect(png.palette).toEqual(palette)
    expect(png.rows).toEqual(indices)
  })

  it('ignores alpha: the image is taken as opaque', () => {
    const rgba = new Uint8Array([...INK, 0, ...PAPER, 128])
    expect(readPng(encodePalettePng(rgba, 2, 1, [PAPER, INK])).rows).toEqual([[1, 0]])
  })

  it.each<{ name: string; palette: Rgb[]; pixels: number }>([
    { name: 'an empty palette', palette: [], pixels: 4 },
    { name: 'a palette of 257 colours', palette: Array.from({ length: 257 }, () => PAPER), pixels: 4 },
    { name: 'pixels that do not fill the image', palette: [PAPER], pixels: 3 },
  ])('refuses $name', ({ palette, pixels }) => {
    expect(() => encodePalettePng(new Uint8Array(pixels * 4), 2, 2, palette)).toThrow()
  })
})
