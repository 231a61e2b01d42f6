// Characters a reader cannot see that change what they read: direction overrides that show letters in another
// order ("we will \u202Etiaw ton\u202C" shows as "we will not wait"), zero-width characters that make two names look
// the same, control characters, and halves of characters. Which are refused where is decided here, once; the
// rules list in docs/content.md says the same in prose.

/** Where a text stands in the article: the published words of a block, or a field the editor writes. */
export interface TextPlace {
  /** The headline, the summary or a paragraph: the publisher's words, copied as they are. */
  body: boolean
  /** The article's direction: right-to-left text carries marks of direction where left-to-right never needs them. */
  rightToLeft: boolean
}

export interface HiddenCharacter {
  /** Where it is, in UTF-16 code units. */
  index: number
  /** The character as a code point, or a lone surrogate's code unit. */
  codePoint: number
  /** Why it is refused and what to do, in words: "which changes the order … ; remove it: …". */
  reason: string
}

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark)',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0x0009: 'CHARACTER TABULATION (a tab)',
  0x000a: 'LINE FEED (a line break)',
  0x000d: 'CARRIAGE RETURN (a line break)',
}

/** Every character that may be refused, found in one pass; each is then judged by its place and neighbours. */
const CANDIDATES =
  // eslint-disable-next-line no-control-regex -- control characters are among what this module looks for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Scripts whose letters join or form conjuncts, where ZERO WIDTH NON-JOINER and JOINER choose a letter's shape:
 * Persian writes "می‌خواهم" with a non-joiner, Malayalam and Sinhala spell with a joiner. A script extension, so that
 * Arabic vowel marks count as Arabic.
 */
const JOINING_SCRIPT =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}]/u

/** Scripts written without spaces between words, where ZERO WIDTH SPACE marks where a line may break. */
const UNSPACED_SCRIPT = /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}]/u

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}]/u
const EMOJI = /\p{Extended_Pictographic}/u
const WAVING_BLACK_FLAG = 0x1f3f4

const MOVES_LETTERS =
  'which changes the order in which the letters around it are shown, so readers could see words other than those written'
const INVISIBLE = 'which is invisible, so two texts that look the same would differ'

/** The hidden characters of `text` that its place does not allow, in order. */
export function hiddenCharacters(text: string, place: TextPlace): HiddenCharacter[] {
  const found: HiddenCharacter[] = []
  // Where the next tag character of a flag's run would stand: tag characters are allowed only in a run that
  // starts right after a black flag (🏴 England), and the run is followed character by character.
  let flagRunEnd = -1
  for (const match of text.matchAll(CANDIDATES)) {
    const index = match.index
    const codePoint = match[0].length === 2 ? match[0].codePointAt(0)! : match[0].charCodeAt(0)
    if (codePoint >= 0xe0000) {
      if (index === flagRunEnd || codePointBefore(text, index) === WAVING_BLACK_FLAG) {
        flagRunEnd = index + 2
        continue
      }
      found.push({ index, codePoint, reason: 'which is invisible and can hide words; remove it' })
      continue
    }
    const why = refusal(text, index, codePoint, place)
    if (why !== null) found.push({ index, codePoint, reason: why })
  }
  return found
}

/** Why the character at `index` is refused in its place, or null where it belongs. */
function refusal(text: string, index: number, codePoint: number, place: TextPlace): string | null {
  const before = codePointBefore(text, index)
  const after = text.codePointAt(index + (codePoint > 0xffff ? 2 : 1))
  const follows = (pattern: RegExp) =>
    before !== undefined &&
    LETTER_OR_MARK.test(String.fromCodePoint(before)) &&
    pattern.test(String.fromCodePoint(before))
  if (codePoint >= 0xd800 && codePoint <= 0xdfff)
    return 'half of a character, which shows as "\ufffd"; write the whole character'
  // Line breaks and tabs in published text are white space the page shows as a space (a transcript's "Yes." on a
  // line of its own); in a name they are a mistake. Other controls show nothing, and can drive a terminal that
  // prints the check's messages.
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d)
    return place.body ? null : 'which the field shows as a space; write a space'
  if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f))
    return 'a control character, which nothing shows; remove it'
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069))
    return `${MOVES_LETTERS}; remove it: the page sets the direction of every block and name itself`
  if (codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c)
    return place.body && place.rightToLeft
      ? null
      : `${MOVES_LETTERS.replace('letters', 'punctuation and numbers')}; remove it: marks of direction are kept ` +
          "only in the published text of right-to-left articles, and the page sets every name's direction itself"
  if (codePoint === 0x200c)
    return (place.body && place.rightToLeft) || follows(JOINING_SCRIPT)
      ? null
      : `${INVISIBLE}; remove it: it belongs only after a letter of a script whose letters join (Persian, Arabic, the Indic scripts)`
  if (codePoint === 0x200d)
    return follows(JOINING_SCRIPT) ||
      (before !== undefined &&
        after !== undefined &&
        EMOJI_BEFORE_JOINER.test(String.fromCodePoint(before)) &&
        EMOJI.test(String.fromCodePoint(after)))
      ? null
      : `${INVISIBLE}; remove it: it belongs only inside an emoji sequence or after a letter of a script whose letters join`
  if (codePoint === 0x200b || codePoint === 0x2060)
    return follows(UNSPACED_SCRIPT)
      ? null
      : `${INVISIBLE}; remove it (it belongs only in scripts written without spaces, such as Thai)`
  return `${INVISIBLE}; remove it`
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined
  const last = text.charCodeAt(index - 1)
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2)
  }
  return last
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE"; a code point with no name here is given by its number alone. */
export function nameOf(codePoint: number): string {
  const number = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
  const name = NAMES[codePoint]
  return name === undefined ? number : `${number} ${name}`
}
