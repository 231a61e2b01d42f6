// Encodes an opaque RGBA image as an indexed (palette) PNG, its pixels mapped to the nearest of a few colours. A
// preview card is a handful of flat colours and their anti-aliased edges: as palette indices it deflates to a
// fraction of the full-colour PNG the renderer writes.
import { crc32, deflateSync } from 'node:zlib'

/** A colour as [red, green, blue], 0–255 each. */
export type Rgb = readonly [number, number, number]

/**
 * A palette for text and rules of `inks` on `background`: the background, then for each ink `levels` steps from
 * the background to it, the ink last. Anti-aliased edges fall on these ramps, so they keep `levels` shades.
 */
export function rampPalette(background: Rgb, inks: readonly Rgb[], levels: number): Rgb[] {
  const palette: Rgb[] = [background]
  for (const ink of inks)
    for (let step = 1; step <= levels; step++) {
      const share = step / levels
      palette.push(
        [0, 1, 2].map((channel) =>
          Math.round(background[channel]! + (ink[channel]! - background[channel]!) * share),
        ) as unknown as Rgb,
      )
    }
  return [...new Map(palette.map((colour) => [colour.join(), colour])).values()]
}

/** `#rrggbb` as [red, green, blue]. */
export function rgbOfHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`)
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)]
}

/**
 * An opaque image (`rgba`: 4 bytes a pixel, row by row; alpha is ignored) as PNG bytes with `palette` (at most
 * 256 colours), each pixel the nearest palette colour.
 */
export function encodePalettePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  palette: readonly Rgb[],
): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error('A PNG palette holds 1 to 256 colours')
  if (rgba.length !== width * height * 4) throw new Error('The pixels do not fill the image')
  const bitDepth = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8
  const indices = paletteIndices(rgba, palette)
  const pixelsPerByte = 8 / bitDepth
  const rowBytes = 1 + Math.ceil(width / pixelsPerByte)
  // Each row starts with its filter type, 0 (none): for palette indices the others rarely deflate better.
  const raw = new Uint8Array(rowBytes * height)
  for (let y = 0; y < height; y++)
    for (let x = 0, from = y * width, to = y * rowBytes + 1; x < width; x++) {
      const shift = 8 - bitDepth * ((x % pixelsPerByte) + 1)
      raw[to + ((x / pixelsPerByte) | 0)]! |= indices[from + x]! << shift
    }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([bitDepth, 3, 0, 0, 0], 8) // colour type 3 (indexed), then compression, filter and interlace: none.
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0)
  return Buffer.concat([head, data, crc])
}

/** Each pixel's nearest palette colour, by index; an image has far fewer colours than pixels, so each is looked up once. */
function paletteIndices(rgba: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  const indices = new Uint8Array(rgba.length / 4)
  const known = new Map<number, number>()
  let previous = -1
  let index = 0
  for (let pixel = 0, at = 0; pixel < indices.length; pixel++, at += 4) {
    const colour = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!
    // Most pixels repeat their left neighbour (flat paper, solid strokes).
    if (colour !== previous) {
      previous = colour
      index = known.get(colour) ?? nearestIndex(colour, palette)
      known.set(colour, index)
    }
    indices[pixel] = index
  }
  return indices
}

function nearestIndex(colour: number, palette: readonly Rgb[]): number {
  const [r, g, b] = [colour >> 16, (colour >> 8) & 0xff, colour & 0xff]
  let nearest = 0
  let best = Infinity
  palette.forEach(([pr, pg, pb], index) => {
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2
    if (distance < best) [best, nearest] = [distance, index]
  })
  return nearest
}
