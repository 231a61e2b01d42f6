// Colour maths for the palette tests: sRGB, WCAG contrast, CIELAB and CIEDE2000, colour-vision simulation.

/** A colour as linear-light sRGB channels, each 0…1. */
export type LinearRgb = readonly [number, number, number]
type Matrix = readonly [LinearRgb, LinearRgb, LinearRgb]

/** Parses `#rrggbb` into linear-light sRGB. */
export function parseHex(hex: string): LinearRgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`)
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((pair) => toLinear(parseInt(pair, 16) / 255))
  return [r!, g!, b!]
}

function toLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
}

function toEncoded(channel: number): number {
  return channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055
}

const clamp = (value: number) => Math.min(1, Math.max(0, value))

function multiply(matrix: Matrix, [r, g, b]: LinearRgb): LinearRgb {
  const row = ([x, y, z]: LinearRgb) => x * r + y * g + z * b
  return [row(matrix[0]), row(matrix[1]), row(matrix[2])]
}

/** WCAG 2.x relative luminance (sRGB's 0.04045 threshold; WCAG 2.0's 0.03928 gives the same 8-bit result). */
export function relativeLuminance([r, g, b]: LinearRgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio, 1…21. */
export function contrastRatio(a: LinearRgb, b: LinearRgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (lighter! + 0.05) / (darker! + 0.05)
}

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", severity 1.0 (dichromacy), applied to linear RGB and clamped to the gamut.
 */
const DEFICIENCIES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const satisfies Record<string, Matrix>

export type Vision = 'normal vision' | keyof typeof DEFICIENCIES
export const VISIONS: readonly Vision[] = ['normal vision', 'protanopia', 'deuteranopia', 'tritanopia']

/** The colour as seen with the given vision. */
export function simulate(colour: LinearRgb, vision: Vision): LinearRgb {
  if (vision === 'normal vision') return colour
  const [r, g, b] = multiply(DEFICIENCIES[vision], colour)
  return [clamp(r), clamp(g), clamp(b)]
}

/** Back to `#rrggbb`, for messages. */
export function toHex(colour: LinearRgb): string {
  return `#${colour
    .map((channel) =>
      Math.round(clamp(toEncoded(channel)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

export type Lab = readonly [number, number, number]

// sRGB (D65) to CIE XYZ, and the D65 white point, as in IEC 61966-2-1.
const RGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
]
const WHITE = multiply(RGB_TO_XYZ, [1, 1, 1])

/** CIELAB (D65) of a linear sRGB colour. */
export function toLab(colour: LinearRgb): Lab {
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29)
  const [x, y, z] = multiply(RGB_TO_XYZ, colour).map((value, axis) => f(value / WHITE[axis]!))
  return [116 * y! - 16, 500 * (x! - y!), 200 * (y! - z!)]
}

const degrees = (radians: number) => (radians * 180) / Math.PI
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), with kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanChroma = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + 25 ** 7)))
  const [a1p, a2p] = [a1 * (1 + g), a2 * (1 + g)]
  const [c1p, c2p] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)]
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360)
  const [h1p, h2p] = [hue(b1, a1p), hue(b2, a2p)]

  const deltaL = l2 - l1
  const deltaC = c2p - c1p
  let deltaH = 0
  if (c1p * c2p !== 0) {
    deltaH = h2p - h1p
    if (deltaH > 180) deltaH -= 360
    else if (deltaH < -180) deltaH += 360
  }
  const deltaBigH = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(deltaH / 2))

  const meanL = (l1 + l2) / 2
  const meanC = (c1p + c2p) / 2
  let meanH = h1p + h2p
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) meanH /= 2
    else meanH = h1p + h2p < 360 ? (meanH + 360) / 2 : (meanH - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63))
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2)
  const sC = 1 + 0.045 * meanC
  const sH = 1 + 0.015 * meanC * t
  const rotation =
    -2 *
    Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)) *
    Math.sin(radians(60 * Math.exp(-(((meanH - 275) / 25) ** 2))))
  const [l, c, h] = [deltaL / sL, deltaC / sC, deltaBigH / sH]
  return Math.sqrt(l ** 2 + c ** 2 + h ** 2 + rotation * c * h)
}
