// Quoted words in the quotation marks of their own language: “…” in English, «…» in Dari, Pashto or Arabic.

/** Opening and closing marks by primary language subtag; English-style marks for any language not listed. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = {
  ar: ['«', '»'],
  fa: ['«', '»'],
  ps: ['«', '»'],
  ur: ['«', '»'],
  ru: ['«', '»'],
  // Narrow no-break spaces, so a mark never wraps away from its words.
  fr: ['«\u202f', '\u202f»'],
  de: ['„', '“'],
}

/** The opening and closing quotation marks of `language` (a BCP 47 tag such as "en" or "fa-AF"). */
export function quotationMarksOf(language: string): readonly [string, string] {
  return MARKS[language.split('-')[0]!.toLowerCase()] ?? ['“', '”']
}

/** `text` in the quotation marks of `language`. */
export function inQuotationMarks(text: string, language: string): string {
  const [open, close] = quotationMarksOf(language)
  return `${open}${text}${close}`
}
