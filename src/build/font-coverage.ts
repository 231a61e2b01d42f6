// Which characters a font has glyphs for, read from its character map (the OpenType `cmap` table) in a WOFF file:
// what satori can draw with it. The preview cards' fonts are checked against this, so the list of characters the
// cards draw (core/seo/card-glyphs.ts) is the fonts' own.
import { inflateSync } from 'node:zlib'

/** Every code point the font maps to a glyph other than .notdef. */
export function fontCoverage(woff: Uint8Array): Set<number> {
  const cmap = woffTable(woff, 'cmap')
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength)
  const subtables = view.getUint16(2)
  // Unicode subtables, best first: full repertoire (format 12), then the Basic Multilingual Plane (format 4).
  let best: { offset: number; format: number } | undefined
  for (let index = 0; index < subtables; index++) {
    const platform = view.getUint16(4 + index * 8)
    const encoding = view.getUint16(6 + index * 8)
    const offset = view.getUint32(8 + index * 8)
    const format = view.getUint16(offset)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (unicode && (format === 12 || format === 4) && (!best || format > best.format))
      best = { offset, format }
  }
  if (!best) throw new Error('the font has no Unicode character map')
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset)
}

/** The code points of a set as sorted ranges `[first, last]`, the form core/seo/card-glyphs.ts keeps them in. */
export function rangesOf(codePoints: Iterable<number>): [number, number][] {
  const ranges: [number, number][] = []
  for (const codePoint of [...codePoints].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && codePoint === last[1] + 1) last[1] = codePoint
    else ranges.push([codePoint, codePoint])
  }
  return ranges
}

function format4(view: DataView, offset: number): Set<number> {
  const covered = new Set<number>()
  const segments = view.getUint16(offset + 6) / 2
  const ends = offset + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let segment = 0; segment < segments; segment++) {
    const end = view.getUint16(ends + segment * 2)
    const start = view.getUint16(starts + segment * 2)
    const delta = view.getInt16(deltas + segment * 2)
    const rangeOffsetAt = rangeOffsets + segment * 2
    const rangeOffset = view.getUint16(rangeOffsetAt)
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (code - start) * 2)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) covered.add(code)
    }
  }
  return covered
}

function format12(view: DataView, offset: number): Set<number> {
  const covered = new Set<number>()
  const groups = view.getUint32(offset + 12)
  for (let group = 0; group < groups; group++) {
    const at = offset + 16 + group * 12
    const start = view.getUint32(at)
    const end = view.getUint32(at + 4)
    const glyph = view.getUint32(at + 8)
    for (let code = start; code <= end; code++) if (glyph + (code - start) !== 0) covered.add(code)
  }
  return covered
}

/** One table of a WOFF 1.0 file, inflated when it is stored compressed. */
function woffTable(woff: Uint8Array, tag: string): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (view.getUint32(0) !== 0x774f4646)
    throw new Error('not a WOFF 1.0 file (satori reads .woff, not .woff2)')
  const tables = view.getUint16(12)
  for (let index = 0; index < tables; index++) {
    const entry = 44 + index * 20
    const name = String.fromCharCode(...woff.subarray(entry, entry + 4))
    if (name !== tag) continue
    const offset = view.getUint32(entry + 4)
    const stored = view.getUint32(entry + 8)
    const length = view.getUint32(entry + 12)
    const data = woff.subarray(offset, offset + stored)
    return stored < length ? inflateSync(data) : data
  }
  throw new Error(`the font has no ${tag} table`)
}
