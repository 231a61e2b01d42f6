// The characters a preview card can draw: those every style of the cards' fonts has a glyph for (Source Serif 4's
// Latin, Latin Extended, Vietnamese, Cyrillic and Greek subsets, loaded in src/build/preview-cards.tsx). A card with
// any other character names the article's language instead of drawing its words (preview-card.ts), as right-to-left
// cards do. A test reads the fonts' character maps and keeps this list equal to them.

/** Code points and ranges of them, in hexadecimal, as the fonts' character maps give them. */
export const CARD_GLYPHS = `
  0020-007E 00A0-012B 012E-0131 0134-0165 0168-017F 018F 0192 01A0-01A1 01AF-01B0 01CD-01DC
  01E6-01E7 01F8-01F9 0218-021B 0237 0251 0259 0261 02B0 02B2-02B3 02B7-02B8
  02BB-02BC 02BE-02BF 02C6-02CC 02DA 02DC-02DD 02E1-02E3 0300-0301 0303-0304 0308-0309 0323
  0329 0374-0375 037E 0384-038A 038C 038E-03A1 03A3-03CE 03D7 03D9 03DB
  03DD 03E1 0400-045F 0462-0463 0472-0475 0490-0493 0496-049B 04A0-04A3 04AA-04AB 04AE-04B3
  04B6-04B7 04BA-04BB 04C0-04C2 04CF-04D1 04D4-04D9 04E2-04E3 04E6-04E9 04EE-04EF 04F2-04F3 1D43
  1D47-1D49 1D4D 1D4F-1D50 1D52 1D56-1D58 1D5B 1D9C 1DA0 1DBB 1E0C-1E0F
  1E20-1E21 1E24-1E25 1E2A-1E2B 1E36-1E3B 1E3E-1E3F 1E42-1E49 1E5A-1E63 1E6C-1E6F 1E80-1E85 1E8E-1E8F
  1E92-1E93 1E97 1E9E 1EA0-1EF9 2002 2009 200B 2013-2014 2018-201A 201C-201E
  2020 2022 2026 2032-2033 2039-203A 2044 20A1 20A4 20A6-20A7 20A9
  20AB-20AC 20AE 20B1-20B2 20B4-20B5 20B8-20BA 20BD 20BF 2113 2116 2122
  2191 2193 2212 2215
`

const ranges = CARD_GLYPHS.trim()
  .split(/\s+/)
  .map((item) => {
    const [first, last = first] = item.split('-').map((hex) => Number.parseInt(hex, 16)) as [number, number?]
    return [first, last] as const
  })

/** Whether the cards' fonts draw this code point. A line break is not drawn but laid out, so it counts. */
export function cardCanDraw(codePoint: number): boolean {
  if (codePoint === 0x0a) return true
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = ranges[middle]!
    if (codePoint < first) high = middle - 1
    else if (codePoint > last) low = middle + 1
    else return true
  }
  return false
}

/** The characters of `text` the cards cannot draw, each once, in the order they first appear. */
export function undrawableCharacters(text: string): string[] {
  const found = new Set<string>()
  for (const character of text) if (!cardCanDraw(character.codePointAt(0)!)) found.add(character)
  return [...found]
}
