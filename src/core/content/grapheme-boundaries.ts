// Where a text may be cut without splitting what a reader sees as one character: a letter and its accents, a
// surrogate pair, a joined emoji. A passage that starts or ends inside one renders half a character (U+FFFD on the
// prerendered page, and a hydration mismatch on every load), so the parser refuses it.

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' })

export interface GraphemeBoundaries {
  /** Whether a cut at `index` (a UTF-16 offset, 0 to the text's length) falls between two characters. */
  isBoundary(index: number): boolean
  /** The whole characters around [start, end): start moved back and end moved forward to the nearest boundary. */
  widen(start: number, end: number): { start: number; end: number }
}

/**
 * Characters that take part in a rule of Unicode's grapheme clusters (UAX #29) other than "break everywhere":
 * extending and spacing marks and the joiners (GB9, GB9a), prepended marks and controls (GB9b, GB3–5), Hangul
 * syllables and jamo (GB6–8), and surrogates (emoji and regional indicators are astral: GB11–13). Between two
 * characters that are neither, there is always a boundary (GB999); Indic conjuncts (GB9c) need a virama, an
 * extending mark. THAI and LAO AM are spacing marks though letters; MALAYALAM DOT REPH is prepended.
 */
const JOINING = /[\p{Grapheme_Extend}\p{Mc}\p{C}\p{Zl}\p{Zp}\p{Script=Hangul}\u0e33\u0eb3\u0d4e]/u

/** Per UTF-16 code unit: 0 not yet known, 1 never joins, 2 may join. Filled as code units are first seen. */
const joiningByUnit = new Uint8Array(0x10000)

function mayJoin(unit: number): boolean {
  let known = joiningByUnit[unit]!
  if (known === 0) {
    known = JOINING.test(String.fromCharCode(unit)) ? 2 : 1
    joiningByUnit[unit] = known
  }
  return known === 2
}

/**
 * The boundaries of `text`, found lazily: a cut between two characters that join nothing is a boundary, settled
 * without segmenting (all of most Latin, Cyrillic, Greek and Arabic text); the first cut that is not segments the
 * text once. Linear in the text, however many cuts are asked about.
 */
export function graphemeBoundaries(text: string): GraphemeBoundaries {
  let boundaries: Uint8Array | undefined
  const segmented = () => {
    if (!boundaries) {
      boundaries = new Uint8Array(text.length + 1)
      for (const { index } of segmenter.segment(text)) boundaries[index] = 1
      boundaries[text.length] = 1
    }
    return boundaries
  }
  const isBoundary = (index: number) => {
    if (index <= 0 || index >= text.length) return index === 0 || index === text.length
    if (!mayJoin(text.charCodeAt(index - 1)) && !mayJoin(text.charCodeAt(index))) return true
    return segmented()[index] === 1
  }
  return {
    isBoundary,
    widen(start, end) {
      while (!isBoundary(start)) start--
      while (!isBoundary(end)) end++
      return { start, end }
    },
  }
}
