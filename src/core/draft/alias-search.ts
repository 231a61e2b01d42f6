// Finds every speaker's names and descriptions in a block at once: the aliases in a trie, walked from each place a
// word may start, so the cost follows the length of the text and not the number of speakers.

/** One place an alias occurs as whole words: the alias by its index in the list given, and its range. */
export interface AliasMatch {
  alias: number
  start: number
  end: number
}

interface TrieNode {
  next: Map<string, TrieNode>
  /** The aliases that end here, by index. */
  ends: number[]
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** The aliases of a draft's speakers, searched for in one block after another. */
export class AliasSearch {
  /** How many characters the searches have walked through the trie, for the tests that hold the work linear. */
  steps = 0
  private readonly root: TrieNode = { next: new Map(), ends: [] }

  constructor(aliases: readonly string[]) {
    aliases.forEach((alias, index) => {
      if (alias === '') return
      let node = this.root
      for (const unit of codeUnits(alias)) {
        let child = node.next.get(unit)
        if (!child) {
          child = { next: new Map(), ends: [] }
          node.next.set(unit, child)
        }
        node = child
      }
      node.ends.push(index)
    })
  }

  /**
   * Every occurrence of every alias in `text` with no letter or digit just before or after it, overlapping ones
   * included, ordered by alias (as listed) and then by start: the order of searching alias by alias.
   */
  occurrences(text: string): AliasMatch[] {
    const found: AliasMatch[] = []
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && isWordCharacter(text[start - 1])) continue
      let node: TrieNode | undefined = this.root
      for (let at = start; at < text.length; at++) {
        this.steps++
        node = node.next.get(text[at]!)
        if (!node) break
        if (node.ends.length > 0 && !isWordCharacter(text[at + 1]))
          for (const alias of node.ends) found.push({ alias, start, end: at + 1 })
      }
    }
    // Found by start; the stable sort keeps that order within each alias.
    return found.sort((a, b) => a.alias - b.alias)
  }
}

/** A letter or a digit, one UTF-16 unit at a time, as the draft's word boundaries have always been read. */
function isWordCharacter(unit: string | undefined): boolean {
  if (unit === undefined) return false
  const code = unit.charCodeAt(0)
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return WORD_CHARACTER.test(unit)
}

/** The UTF-16 units of `text`, as `text[index]` reads them (a string's iterator would join surrogate pairs). */
function codeUnits(text: string): string[] {
  const units: string[] = []
  for (let index = 0; index < text.length; index++) units.push(text[index]!)
  return units
}
