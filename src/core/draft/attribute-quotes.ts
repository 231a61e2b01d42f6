// Finds the quotes of an article and who said them: quotation marks and the reporting verbs around them,
// reported speech after a reporting verb or "according to", quotes split by their attribution or run over
// paragraphs, and quotes that float after the last speaker. One pass over the blocks, in reading order.
import { findQuotations, wordCount, type Quotation } from './quotations.ts'
import { BETWEEN_SUBJECT_AND_VERB, NEEDS_CLAUSE, cueClass, type CueClass } from './reporting-verbs.ts'
import { SpeakerRegistry, type SpeakerEntry } from './speaker-registry.ts'
import { isNameWord, phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase.ts'
import {
  firstIndex,
  splitSentences,
  tokenEndingBy,
  tokenFrom,
  tokenize,
  type TextRange,
  type Token,
} from './text-units.ts'

/** A block of the draft: the headline, the summary or a paragraph. */
export interface DraftBlock {
  id: string
  text: string
}

/** A range of one block. */
export interface BlockSpan {
  block: string
  start: number
  end: number
}

/** Why the editor should look at a quote again. */
export type QuoteDoubt =
  | 'pronoun'
  | 'floating'
  | 'belief'
  | 'finding'
  | 'surname-shared'
  | 'intro-paragraph-before'
  | 'unnamed-speaker'

/** A quote the draft found, with its speaker entry. */
export interface FoundQuote {
  kind: 'direct' | 'reported' | 'mixed'
  parts: BlockSpan[]
  verbatim: BlockSpan[]
  cue: BlockSpan | null
  source: BlockSpan | null
  speaker: SpeakerEntry
  via: SpeakerEntry | null
  to: string | null
  doubts: Set<QuoteDoubt>
}

/** Every quote found, the speakers behind them, and where the attributions name those speakers. */
export interface Attribution {
  quotes: FoundQuote[]
  speakers: readonly SpeakerEntry[]
  /** The names and descriptions read at each attribution, as mentions. */
  named: { speaker: SpeakerEntry; span: BlockSpan }[]
  registry: SpeakerRegistry
}

interface Cue {
  /** The reporting words: a verb, "according to", "in the words of". */
  words: TextRange
  verbToken: number
  cueClass: CueClass | 'according' | 'words-of'
  phrase: SpeakerPhrase
  /** The reported words after the cue, to the end of the sentence. */
  content: TextRange | null
  to: string | null
  sentence: TextRange
  used: boolean
  via: SpeakerPhrase | null
}

interface Pending {
  phrase: SpeakerPhrase | null
  block: DraftBlock
  quote: Omit<FoundQuote, 'speaker' | 'via'> & { speaker?: SpeakerEntry }
  via: SpeakerPhrase | null
  /** Where the attribution names the speaker, for reading order when resolving. */
  at: number
  floating: boolean
}

const AUX = new Set(
  'is are was were has have had will would may might can could should must does did do be'.split(' '),
)
const PREPOSITIONS = new Set(
  'in on at during after before to with for via through from about over under by into onto upon while as'.split(
    ' ',
  ),
)

/** Attributes the quotes of `blocks`, given in reading order (headline, summary, paragraphs). */
export function attributeQuotes(blocks: readonly DraftBlock[]): Attribution {
  const registry = new SpeakerRegistry()
  const analysed = blocks.map((block) => analyseBlock(block))
  let order = 0
  for (const { tokens, quotations } of analysed) {
    for (const run of nameRuns(tokens, quotations))
      if (run.words > 1) registry.knowName(run.text, order + run.start)
    order += 1_000_000
  }

  const pending: Pending[] = []
  let open: Pending | null = null
  let openBlockIndex = -1
  let lastQuote: { pending: Pending; blockIndex: number } | null = null

  analysed.forEach(({ block, tokens, quotations, sentences, cues }, blockIndex) => {
    const { text } = block
    const blockPending: Pending[] = []
    const consumed = new Set<Quotation>()
    // Looked up for each quotation: in a long paragraph a scan each time would grow with the square of it.
    const quotationIndex = new Map(quotations.map((quotation, index) => [quotation, index]))
    const quotationAt = new Map(
      quotations.map((quotation) => [quotation.start, quotation] as const).reverse(),
    )
    const sentenceStarts = new Set(sentences.map((sentence) => sentence.start))
    const floating: Quotation[] = []
    const previousLast = lastQuote
    const base = blockIndex * 1_000_000
    const add = (item: Pending) => {
      blockPending.push(item)
      lastQuote = { pending: item, blockIndex }
    }

    for (const quotation of quotations) {
      if (consumed.has(quotation)) continue
      const atBlockStart = text.slice(0, quotation.open).trim() === ''
      // A paragraph that opens with a mark after an unclosed quotation continues it (a caption may stand between).
      if (atBlockStart && open && blockIndex - openBlockIndex <= 2) {
        open.quote.parts.push({ block: block.id, start: quotation.start, end: quotation.end })
        consumed.add(quotation)
        if (quotation.closed) open = null
        else openBlockIndex = blockIndex
        continue
      }
      open = null
      const words = wordCount(text.slice(quotation.start, quotation.end))
      const after = cueAfter(text, tokens, sentences, cues, quotation)
      const before = after ? undefined : cueBefore(text, cues, quotation, quotations)
      if (after || (before && before.direct)) {
        const cue = (after ?? before!.cue)!
        cue.used = true
        const item: Pending = {
          phrase: cue.phrase,
          block,
          at: base + cue.phrase.range.start,
          via: cue.via,
          floating: false,
          quote: {
            kind: 'direct',
            parts: [{ block: block.id, start: quotation.start, end: quotation.end }],
            verbatim: [],
            cue: { block: block.id, ...cue.words },
            source: null,
            to: cue.to,
            doubts: new Set(),
          },
        }
        if (cue.cueClass === 'belief') item.quote.doubts.add('belief')
        consumed.add(quotation)
        // "“We will,” she said, “and soon.”": the quotation after the attribution is the same quote.
        let previousEnd = Math.max(quotation.close, cue.phrase.range.end, cue.words.end)
        // The quotations before this one all open before its end: the search starts after it.
        for (let at = quotationIndex.get(quotation)! + 1; at < quotations.length; at++) {
          const next = quotations[at]!
          if (next.open < previousEnd || consumed.has(next)) continue
          const between = text.slice(previousEnd, next.open)
          // The rest of the attribution ("said Bolden to the gathered crowd.") may stand between the two.
          const restOfAttribution =
            next.open <= cue.sentence.end + 3 && !hasCueBetween(cues, previousEnd, next.open)
          if (!/^[\s,.;:—–-]*$/.test(between) && !restOfAttribution) break
          if (wordCount(text.slice(next.start, next.end)) < 2) break
          item.quote.parts.push({ block: block.id, start: next.start, end: next.end })
          consumed.add(next)
          previousEnd = next.close
        }
        const lastPart = item.quote.parts.at(-1)!
        const lastQuotation = quotationAt.get(lastPart.start)
        if (lastQuotation && !lastQuotation.closed) {
          open = item
          openBlockIndex = blockIndex
        }
        add(item)
        continue
      }
      if (before && !before.direct) {
        // Reported speech quoting some words verbatim: the cue's clause holds the quotation.
        const cue = before.cue
        cue.used = true
        const content = extendOver(cue.content!, quotations)
        const verbatim = quotations.filter((q) => q.start >= content.start && q.end <= content.end)
        for (const q of verbatim) consumed.add(q)
        add(reportedPending(block, cue, content, verbatim, base))
        continue
      }
      // "Name: “…”": the name attributes the quote, with no reporting verb.
      const labelled = labelBefore(text, tokens, quotation)
      if (labelled) {
        consumed.add(quotation)
        const item: Pending = {
          phrase: labelled,
          block,
          at: base + labelled.range.start,
          via: null,
          floating: false,
          quote: {
            kind: 'direct',
            parts: [{ block: block.id, start: quotation.start, end: quotation.end }],
            verbatim: [],
            cue: null,
            source: { block: block.id, ...(labelled.name ?? labelled.head) },
            to: null,
            doubts: new Set(),
          },
        }
        if (!quotation.closed) {
          open = item
          openBlockIndex = blockIndex
        }
        add(item)
        continue
      }
      // A paragraph that is a quotation, after one that ends "X said:" or "X wrote,".
      if (atBlockStart && blockIndex > 0 && words >= 3) {
        const previous = analysed[blockIndex - 1]!
        const intro = previous.cues.at(-1)
        if (
          intro &&
          !intro.used &&
          /[:,]\s*$/.test(previous.block.text) &&
          intro.sentence.end >= previous.block.text.trimEnd().length - 1
        ) {
          intro.used = true
          consumed.add(quotation)
          const item: Pending = {
            phrase: intro.phrase,
            block: previous.block,
            at: base - 1,
            via: intro.via,
            floating: false,
            quote: {
              kind: 'direct',
              parts: [{ block: block.id, start: quotation.start, end: quotation.end }],
              verbatim: [],
              cue: { block: previous.block.id, ...intro.words },
              source: null,
              to: intro.to,
              doubts: new Set(['intro-paragraph-before']),
            },
          }
          if (!quotation.closed) {
            open = item
            openBlockIndex = blockIndex
          }
          add(item)
          continue
        }
      }
      // A quotation standing alone, after someone spoke: news lets it continue the last speaker.
      const startsSentence = sentenceStarts.has(quotation.open)
      if (words >= 4 && (startsSentence || atBlockStart)) floating.push(quotation)
    }

    // Reported speech: cues whose clause no quote has taken.
    for (const cue of cues) {
      if (cue.used || !cue.content) continue
      const content = extendOver(cue.content, quotations)
      const taken = blockPending.some((item) =>
        item.quote.parts.some(
          (part) => part.block === block.id && part.start < content.end && content.start < part.end,
        ),
      )
      if (taken) continue
      if (!plausibleClause(text, tokens, cue, content)) continue
      const verbatim = quotations.filter((q) => q.start >= content.start && q.end <= content.end)
      if (quotations.some((q) => q.start < content.end && content.start < q.end && !verbatim.includes(q)))
        continue
      cue.used = true
      for (const q of verbatim) consumed.add(q)
      add(reportedPending(block, cue, content, verbatim, base))
    }

    // A quotation standing alone, after someone spoke: news lets it continue the last speaker.
    for (const quotation of floating) {
      if (consumed.has(quotation)) continue
      const earlier = blockPending.filter(
        (item) => item.quote.parts[0]!.block === block.id && item.quote.parts[0]!.start < quotation.open,
      )
      const recent =
        earlier.length > 0
          ? { pending: earlier.at(-1)!, blockIndex }
          : (previousLast as { pending: Pending; blockIndex: number } | null)
      if (recent && blockIndex - recent.blockIndex <= 1) {
        consumed.add(quotation)
        const item: Pending = {
          phrase: null,
          block,
          at: base + quotation.open,
          via: null,
          floating: true,
          quote: {
            kind: 'direct',
            parts: [{ block: block.id, start: quotation.start, end: quotation.end }],
            verbatim: [],
            cue: recent.pending.quote.cue,
            source: null,
            to: null,
            doubts: new Set(['floating']),
          },
        }
        // The quote keeps the last speaker; `speaker` is filled in when the one before it is resolved.
        ;(item as Pending & { follows?: Pending }).follows = recent.pending
        if (!quotation.closed) {
          open = item
          openBlockIndex = blockIndex
        }
        add(item)
      }
    }
    blockPending.sort((a, b) => a.quote.parts[0]!.start - b.quote.parts[0]!.start)
    pending.push(...blockPending)
  })

  // Resolve speakers in the order the text names them, so pronouns find the people named before them.
  const named: Attribution['named'] = []
  const runsByBlock = analysed.map(({ tokens, quotations }) => nameRuns(tokens, quotations))
  const resolveOrder = [...pending].sort((a, b) => a.at - b.at)
  let runBlock = 0
  let runIndex = 0
  const flushRuns = (upTo: number) => {
    while (runBlock < analysed.length) {
      const runs = runsByBlock[runBlock]!
      if (runIndex >= runs.length) {
        runBlock++
        runIndex = 0
        continue
      }
      const run = runs[runIndex]!
      if (runBlock * 1_000_000 + run.start >= upTo) return
      registry.noteNamed(run.text, run.kind, run.context)
      runIndex++
    }
  }
  const resolved = new Map<Pending, FoundQuote>()
  for (const item of resolveOrder) {
    flushRuns(item.at)
    let speaker: SpeakerEntry | undefined
    if (item.floating) {
      const follows = (item as Pending & { follows?: Pending }).follows
      speaker = follows ? resolved.get(follows)?.speaker : undefined
    } else if (item.phrase) {
      const result = registry.resolve(item.phrase, item.block.text, item.at)
      speaker = result?.entry
      if (result?.doubt) item.quote.doubts.add(result.doubt)
      if (speaker && item.phrase.kind === 'pronoun') {
        item.quote.source = { block: item.block.id, ...item.phrase.range }
        item.quote.doubts.add('pronoun')
      } else if (speaker) {
        for (const range of [item.phrase.name, ...item.phrase.descriptions])
          if (range) named.push({ speaker, span: { block: item.block.id, ...range } })
        if (!item.phrase.name && item.phrase.kind !== 'pronoun') {
          named.push({ speaker, span: { block: item.block.id, ...item.phrase.head } })
          if (speaker.kind === 'unnamed' || speaker.kind === 'group') item.quote.doubts.add('unnamed-speaker')
        }
      }
    }
    if (!speaker) continue
    let via: SpeakerEntry | null = null
    if (item.via) {
      via = registry.resolve(item.via, item.block.text, item.at)?.entry ?? null
      if (via) {
        for (const range of [item.via.name ?? item.via.head])
          named.push({ speaker: via, span: { block: item.block.id, ...range } })
      }
      if (via === speaker) via = null
    }
    resolved.set(item, { ...item.quote, speaker, via })
  }
  const quotes = pending.flatMap((item) => {
    const quote = resolved.get(item)
    return quote ? [quote] : []
  })
  return { quotes, speakers: registry.entries, named, registry }
}

function reportedPending(
  block: DraftBlock,
  cue: Cue,
  content: TextRange,
  verbatim: readonly Quotation[],
  base: number,
): Pending {
  const doubts = new Set<QuoteDoubt>()
  if (cue.cueClass === 'belief') doubts.add('belief')
  if (cue.cueClass === 'finding') doubts.add('finding')
  return {
    phrase: cue.phrase,
    block,
    at: base + cue.phrase.range.start,
    via: cue.via,
    floating: false,
    quote: {
      kind: verbatim.length > 0 ? 'mixed' : 'reported',
      parts: [{ block: block.id, ...content }],
      verbatim: verbatim.map((q) => ({ block: block.id, start: q.start, end: q.end })),
      cue: { block: block.id, ...cue.words },
      source: null,
      to: cue.to,
      doubts,
    },
  }
}

interface AnalysedBlock {
  block: DraftBlock
  tokens: Token[]
  quotations: Quotation[]
  sentences: TextRange[]
  cues: Cue[]
}

function analyseBlock(block: DraftBlock): AnalysedBlock {
  const tokens = tokenize(block.text)
  const quotations = findQuotations(block.text)
  const sentences = splitSentences(block.text)
  const cues = findCues(block, tokens, quotations, sentences)
  return { block, tokens, quotations, sentences, cues }
}

/** Every reporting verb, "according to" and "in the words of" outside quotation marks, with its speaker. */
function findCues(
  block: DraftBlock,
  tokens: Token[],
  quotations: Quotation[],
  sentences: TextRange[],
): Cue[] {
  const cues: Cue[] = []
  const { text } = block
  let sentenceIndex = 0
  let quotationIndex = 0
  const headline = block.id === 'headline'
  // Where quotations close, looked up for every word: a long paragraph holds many.
  const closes = new Set(quotations.map((quotation) => quotation.close))
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= token.start)
      sentenceIndex++
    while (quotationIndex < quotations.length && quotations[quotationIndex]!.close <= token.start)
      quotationIndex++
    const quotation = quotations[quotationIndex]
    if (quotation && quotation.open <= token.start && token.start < quotation.close) continue
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length }
    const first = firstTokenAt(tokens, sentence.start, index)
    const last = lastTokenBefore(tokens, sentence.end, index)
    const limit = clauseStart(tokens, first, index, closes)
    const word = token.text.toLowerCase()

    if (word === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to') {
      const phrase = phraseAfter(tokens, index + 2, last + 1)
      if (!phrase) continue
      const words = { start: token.start, end: tokens[index + 1]!.end }
      const phraseEnd = tokenFrom(tokens, phrase.range.end)
      let content: TextRange | null = null
      const rest = phraseEnd === -1 ? null : contentRange(text, tokens, phraseEnd, sentence.end)
      if (rest && wordCount(text.slice(rest.start, rest.end)) >= 3) content = rest
      else if (index > first) content = contentRange(text, tokens, first, token.start)
      cues.push({
        words,
        verbToken: index,
        cueClass: 'according',
        phrase,
        content,
        to: null,
        sentence,
        used: false,
        via: null,
      })
      continue
    }
    if (
      word === 'words' &&
      tokens[index + 1]?.text === 'of' &&
      /^(?:in|the)$/i.test(tokens[index - 1]?.text ?? '')
    ) {
      const phrase = phraseAfter(tokens, index + 2, last + 1)
      if (!phrase) continue
      const start =
        tokens[index - 1]!.text.toLowerCase() === 'the' && /^in$/i.test(tokens[index - 2]?.text ?? '')
          ? index - 2
          : index - 1
      cues.push({
        words: { start: tokens[start]!.start, end: tokens[index + 1]!.end },
        verbToken: index,
        cueClass: 'words-of',
        phrase,
        content: null,
        to: null,
        sentence,
        used: false,
        via: null,
      })
      continue
    }

    const previous = tokens[index - 1]?.text.toLowerCase() ?? ''
    // "are concerned the Government will…": a belief stated with an adjective after "to be".
    const stance = /^(?:concerned|convinced|confident)$/.test(word) && /^(?:is|are|was|were)$/.test(previous)
    const kind = stance ? 'belief' : cueClass(token.text)
    if (!kind) continue
    if (!headline && /^\p{Lu}/u.test(token.text) && index !== first) continue
    const next = tokens[index + 1]?.text.toLowerCase() ?? ''
    // "was told", "to say", "the reports", "reports have": not someone reporting here.
    const notReporting =
      /^(?:was|were|been|be|being|is|are|am|to|the|a|an|this|these|its|their|his|her|recent|new)$/
    if (!stance && notReporting.test(previous)) continue
    const agent = next === 'by' && !/^\p{N}/u.test(tokens[index + 2]?.text ?? '')
    if (AUX.has(next) || agent || next === 'of') continue
    let subjectEnd = index
    while (
      subjectEnd > limit &&
      (BETWEEN_SUBJECT_AND_VERB.has(tokens[subjectEnd - 1]!.text.toLowerCase()) ||
        /ly$/.test(tokens[subjectEnd - 1]!.text))
    )
      subjectEnd--
    if (stance) subjectEnd = index - 1
    let phrase = phraseBefore(tokens, subjectEnd, limit)
    // "Devocht, who had told Montalvo…": the relative pronoun stands for the name before it.
    if (
      !phrase &&
      /^(?:who|which)$/i.test(tokens[subjectEnd - 1]?.text ?? '') &&
      tokens[subjectEnd - 2]?.text === ','
    )
      phrase = phraseBefore(tokens, subjectEnd - 2, first)
    // "They also claimed X and claim Y": the second verb shares the first one's subject.
    if (!phrase && previous === 'and') {
      const earlier = cues.at(-1)
      if (earlier && earlier.sentence === sentence && earlier.cueClass !== 'according')
        phrase = earlier.phrase
    }
    let contentFrom = index + 1
    if (!phrase && (kind === 'say' || kind === 'tell') && (previous === ',' || /["”»]/.test(previous))) {
      // Inverted: "…, said Bolden." or "“…,” said Bolden to the crowd".
      const after = phraseAfter(tokens, index + 1, last + 1)
      const followingIndex = after ? tokenFrom(tokens, after.range.end) : -1
      const following = followingIndex === -1 ? undefined : tokens[followingIndex]
      if (
        after &&
        (after.name || after.kind === 'pronoun') &&
        (!following || /^(?:[.,;:!?]|to|in|on|at|during|after)$/.test(following.text))
      ) {
        phrase = after
        contentFrom = followingIndex
      }
    }
    if (!phrase) continue
    // A verb in its base form reports only for a plural subject: "Estimates suggest", not "Obama tweet".
    if (
      kind !== 'belief' &&
      !/(?:s|ed|[^e]d|ng)$/i.test(token.text) &&
      !/^(?:told|wrote|thought|felt|found|shown|said)$/.test(word)
    ) {
      const subject = text.slice(phrase.head.start, phrase.head.end)
      if (phrase.kind !== 'pronoun' ? !/s$/i.test(subject) : !/^(?:they|we|i|you)$/i.test(subject)) continue
    }
    let to: string | null = null
    if (kind === 'tell' && contentFrom > index) {
      const object = phraseAfter(tokens, contentFrom, last + 1)
      if (object) {
        to = text.slice(object.range.start, object.range.end)
        contentFrom = tokenFrom(tokens, object.range.end)
      }
    }
    // "added in this press conference that…", "told reporters after the meeting… that…".
    if (contentFrom !== -1) {
      const reach = kind === 'tell' ? 30 : 10
      for (let at = contentFrom; at < Math.min(last + 1, contentFrom + reach); at++) {
        const t = tokens[at]!
        if (/^[“"«„:;]$/.test(t.text)) break
        if (t.text.toLowerCase() === 'that') {
          const between = tokens.slice(contentFrom, at)
          if (
            between.length === 0 ||
            PREPOSITIONS.has(between[0]!.text.toLowerCase()) ||
            kind === 'tell' ||
            between.every((b) => /ly$|^also$|^on$/.test(b.text))
          )
            contentFrom = at + 1
          break
        }
      }
    }
    let content: TextRange | null = null
    if (contentFrom !== -1 && contentFrom <= last)
      content = contentRange(text, tokens, contentFrom, sentence.end)
    if (contentFrom === -1) contentFrom = last + 1
    // "…, Microsoft said." — the statement is what came before.
    const trailing =
      content === null ||
      /^[\s.!?]*$/.test(text.slice(tokens[contentFrom]?.start ?? sentence.end, sentence.end))
    if (
      trailing &&
      phrase.range.start > sentence.start &&
      /,\s*$/.test(text.slice(sentence.start, Math.min(phrase.range.start, token.start)))
    )
      content = contentRange(text, tokens, first, Math.min(phrase.range.start, token.start))
    cues.push({
      words: { start: token.start, end: token.end },
      verbToken: index,
      cueClass: kind,
      phrase,
      content,
      to,
      sentence,
      used: false,
      via: null,
    })
  }
  // "According to ABC News, Basya also believes…": the verb's speaker, through the source.
  for (const cue of cues) {
    if (cue.cueClass !== 'according' || !cue.content) continue
    const inner = cues.find(
      (other) =>
        other !== cue &&
        other.cueClass !== 'according' &&
        other.phrase.range.start >= cue.content!.start &&
        other.words.start < cue.content!.end &&
        other.phrase.range.start - cue.content!.start < 3,
    )
    if (inner) {
      inner.via = cue.phrase
      cue.content = null
      cue.used = true
    }
  }
  return cues
}

/** The reported words between `from` (a token) and `end`: trimmed of spaces, final stops and outer marks. */
function contentRange(text: string, tokens: readonly Token[], from: number, end: number): TextRange | null {
  let start = tokens[from]?.start ?? end
  while (start < end && /[\s,:;—–-]/.test(text[start]!)) start++
  let stop = end
  while (stop > start && /[\s.,;:!?)\]"”“’»—–-]/.test(text[stop - 1]!)) stop--
  return stop > start ? { start, end: stop } : null
}

/** A reported clause must read as a statement: a few words, and for "found", "asked" and the like a verb in it. */
function plausibleClause(text: string, tokens: readonly Token[], cue: Cue, content: TextRange): boolean {
  const words = text.slice(content.start, content.end)
  if (wordCount(words) < 3) return false
  if (cue.cueClass === 'according' || cue.cueClass === 'rejection') return true
  if (
    cue.phrase.kind === 'pronoun' &&
    /^(?:i|we)$/i.test(text.slice(cue.phrase.range.start, cue.phrase.range.end))
  )
    return false
  // Tokens are in order and apart, so those within the content are one run from the first at its start.
  const clauseWords: Token[] = []
  for (let at = tokenFrom(tokens, content.start); at !== -1 && at < tokens.length; at++) {
    if (tokens[at]!.end > content.end || clauseWords.length === 14) break
    clauseWords.push(tokens[at]!)
  }
  const verbLike = clauseWords.some(
    (t, at) =>
      AUX.has(t.text.toLowerCase()) ||
      (at > 0 && /(?:ed|es)$/.test(t.text) && !/^\p{Lu}/u.test(t.text)) ||
      cueClass(t.text) !== undefined,
  )
  const thatClause = /\bthat\s*$/.test(text.slice(Math.max(0, content.start - 6), content.start))
  const word = text.slice(cue.words.start, cue.words.end).toLowerCase()
  const whClause = /^(?:where|whether|how|why|what|when|who|if)\b/i.test(words)
  if (NEEDS_CLAUSE.has(word) && !thatClause && !whClause) return false
  if (cue.cueClass === 'finding' || cue.cueClass === 'belief') return thatClause || verbLike
  // "Whitmore stated Montalvo left…": after a plain reporting verb and a name, the clause needs no verb we know.
  const plain =
    /^(?:said|says|stated|states|added|adds|claimed|claims|wrote|writes|insisted|argued|warned|explained|noted)$/
  return thatClause || whClause || verbLike || (plain.test(word) && wordCount(words) >= 4)
}

/** A cue right after a quotation: "“…,” said Bolden", "“…,” Khaled Al-Maeena, editor at large, said." */
function cueAfter(
  text: string,
  tokens: readonly Token[],
  sentences: readonly TextRange[],
  cues: readonly Cue[],
  quotation: Quotation,
): Cue | undefined {
  if (!quotation.closed) return undefined
  const inside = text.slice(quotation.start, quotation.end)
  const following = text.slice(quotation.close, quotation.close + 3)
  if (!/[,?!—–…-]$/.test(inside) && !/^\s*[,—–]/.test(following) && !/^\s+\p{Ll}/u.test(following))
    return undefined
  const at = quotation.close - 1
  const candidate = sentences[firstIndex(sentences.length, (index) => sentences[index]!.start > at) - 1]
  const sentence = candidate && candidate.start <= at && at < candidate.end ? candidate : undefined
  const end = sentence ? sentence.end : text.length
  void tokens
  return cues.find(
    (cue) =>
      !cue.used &&
      cue.cueClass !== 'according' &&
      cue.words.start >= quotation.close &&
      cue.words.start < end &&
      Math.min(cue.phrase.range.start, cue.words.start) >= quotation.close &&
      text
        .slice(quotation.close, Math.min(cue.phrase.range.start, cue.words.start))
        .trim()
        .replace(/^[,—–]/, '')
        .trim() === '',
  )
}

/** The cue before a quotation in its sentence, and whether the quotation is its statement whole (direct). */
function cueBefore(
  text: string,
  cues: readonly Cue[],
  quotation: Quotation,
  quotations: readonly Quotation[],
): { cue: Cue; direct: boolean } | undefined {
  // Quotations are outermost only, so they close in the order they open.
  const previousClose =
    quotations[firstIndex(quotations.length, (index) => quotations[index]!.close > quotation.open) - 1]
      ?.close ?? 0
  const candidates = cues.filter(
    (cue) =>
      !cue.used &&
      cue.words.end <= quotation.open &&
      cue.words.start >= previousClose &&
      cue.sentence.end > quotation.open,
  )
  const cue = candidates.at(-1)
  if (!cue) return undefined
  const from = Math.max(cue.words.end, cue.phrase.range.end)
  const bridge = text.slice(from, quotation.open)
  const direct =
    /^[\s,:—–-]*(?:that)?[\s,:—–-]*$/.test(bridge) ||
    (/[,:]\s*$/.test(bridge) && wordCount(bridge) <= 8 && !/\bthat\b/.test(bridge)) ||
    (cue.to !== null &&
      /^[\s,:]*$/.test(
        text.slice(text.indexOf(cue.to, from - cue.to.length - 40) + cue.to.length, quotation.open),
      ))
  if (!direct && !cue.content) return undefined
  if (
    !direct &&
    cue.content &&
    !(cue.content.start <= quotation.open && quotation.open < cue.content.end + 2)
  )
    return undefined
  return { cue, direct }
}

/** "Lavrov: “…”": a name and a colon before the quotation, and nothing else since the sentence began. */
function labelBefore(
  text: string,
  tokens: readonly Token[],
  quotation: Quotation,
): SpeakerPhrase | undefined {
  const colon = tokenEndingBy(tokens, quotation.open)
  if (colon < 1 || tokens[colon]!.text !== ':') return undefined
  let first = colon - 1
  while (first > 0 && isNameWord(tokens[first - 1]) && !/[.!?]/.test(tokens[first - 1]!.text)) first--
  const phrase = phraseBefore(tokens, colon, first)
  if (!phrase || !phrase.name) return undefined
  const before = text.slice(0, phrase.range.start)
  return /(?:^|[.!?]\s+)$/.test(before) || before.trim() === '' ? phrase : undefined
}

function hasCueBetween(cues: readonly Cue[], start: number, end: number): boolean {
  return cues.some((cue) => cue.words.start >= start && cue.words.end <= end)
}

/** A clause that starts inside a quotation ends with it, even past the end of its sentence. */
function extendOver(content: TextRange, quotations: readonly Quotation[]): TextRange {
  let { start, end } = content
  for (const q of quotations) {
    if (q.start < end && q.end > end && q.start >= start) end = q.end
    if (q.start < start && q.end > start) start = q.start
  }
  return { start, end }
}

function firstTokenAt(tokens: readonly Token[], start: number, upTo: number): number {
  let index = upTo
  while (index > 0 && tokens[index - 1]!.start >= start) index--
  return index
}

function lastTokenBefore(tokens: readonly Token[], end: number, from: number): number {
  let index = from
  while (index + 1 < tokens.length && tokens[index + 1]!.end <= end) index++
  return index
}

/** Where the subject of a verb at `verb` can start: after the last quotation, semicolon or clause opener. */
function clauseStart(
  tokens: readonly Token[],
  first: number,
  verb: number,
  closes: ReadonlySet<number>,
): number {
  let limit = first
  for (let at = verb - 1; at >= first; at--) {
    const word = tokens[at]!.text
    if (/^[;:"“”«»„]$/.test(word) || closes.has(tokens[at]!.end)) {
      limit = at + 1
      break
    }
    if (
      /^(?:but|and|while|although|though|because|however|whereas|which|where|when|after|as)$/.test(word) &&
      at > first
    ) {
      // "…, but he replied": the clause after the conjunction has its own subject.
      if (
        word === 'and' &&
        at + 1 < verb &&
        /^\p{Lu}/u.test(tokens[at + 1]!.text) &&
        tokens[at - 1]?.text !== ','
      )
        continue
      limit = at + 1
      break
    }
  }
  return limit
}

/** Runs of capitalised words outside quotations, as candidates for "he", "she", "it" and "they". */
function nameRuns(
  tokens: readonly Token[],
  quotations: readonly Quotation[],
): { text: string; start: number; words: number; kind: 'person' | 'organization'; context: string }[] {
  const runs: {
    text: string
    start: number
    words: number
    kind: 'person' | 'organization'
    context: string
  }[] = []
  let index = 0
  let q = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    while (q < quotations.length && quotations[q]!.close <= token.start) q++
    const inQuote = q < quotations.length && quotations[q]!.open <= token.start
    if (inQuote || !isNameWord(token) || !/^\p{Lu}/u.test(token.text)) {
      index++
      continue
    }
    let end = index
    while (
      end + 1 < tokens.length &&
      (isNameWord(tokens[end + 1]) || /^(?:al|bin|de|van|von)$/i.test(tokens[end + 1]!.text))
    )
      end++
    const runTokens = tokens.slice(index, end + 1)
    const text = runTokens.map((t) => t.text).join(' ')
    const afterThe = /^the$/i.test(tokens[index - 1]?.text ?? '')
    const organization =
      afterThe ||
      runTokens.some((t) =>
        /^(?:[\p{Lu}&]{2,}|Department|Ministry|Office|Church|Court|News|Party|Council|Government|Emirate|Agency|Authority|University|Museum|Center|Police|Navy|Army)$/u.test(
          t.text,
        ),
      )
    const possessive = /['’]s?$/.test(runTokens.at(-1)!.text)
    if (
      !possessive &&
      !runTokens.every(
        (t) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(t.text) || /^(?:al|bin|de|van|von)$/i.test(t.text),
      )
    )
      void 0
    runs.push({
      text: runTokens
        .map((t) => t.text)
        .join(' ')
        .replace(/['’]s?$/, ''),
      start: token.start,
      words: runTokens.length,
      kind: organization ? 'organization' : 'person',
      context: tokens
        .slice(Math.max(0, index - 3), end + 2)
        .map((t) => t.text)
        .join(' '),
    })
    void text
    index = end + 1
  }
  return runs
}
