// The content format editors write by hand: one JSON file per article.
// This zod schema is the single definition; the JSON Schema editors get completion from is generated from it.
import { z } from 'zod'
import {
  ISO_DATE_PATTERN,
  characterCount,
  isoDateProblem,
  languageTagProblem,
  webAddressProblem,
} from './field-formats.ts'

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The most characters (code points) a field may hold: a 2,400-character name breaks the phone layout and the
 * preview cards. Body text (the headline aside) and passages are the publisher's words and have no limit.
 */
export const TEXT_LIMITS = {
  id: 80,
  name: 120,
  shortName: 60,
  role: 200,
  line: 300,
} as const

/** Who can be quoted: people, bodies, groups, and the sources news cites without a person behind them. */
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'document', 'poll', 'unnamed'] as const

/** A stable identifier editors choose: lowercase words joined by hyphens ("sergey-lavrov"). */
const idSchema = z
  .string()
  .regex(idPattern, 'must be lowercase letters and digits joined by single hyphens, like "sergey-lavrov"')
  .max(
    TEXT_LIMITS.id,
    `is longer than ${TEXT_LIMITS.id} characters; an id is a few words, like "sergey-lavrov"`,
  )
  .describe('Lowercase letters and digits joined by single hyphens, like "sergey-lavrov".')

const textSchema = z.string().regex(/\S/, 'must not be blank')

/** Adds the problem a field-format check finds, in its own words, as the field's error. */
const problemOf = (check: (value: string) => string | null) => (value: string, context: z.RefinementCtx) => {
  const problem = check(value)
  if (problem !== null) context.addIssue({ code: 'custom', message: problem })
}

/** Text of at most `max` characters; `advice` says what to write instead of a longer one. */
const boundedText = (max: number, advice: string) =>
  textSchema
    .superRefine(
      problemOf((value) => {
        const count = characterCount(value)
        return count > max
          ? `is ${count.toLocaleString('en')} characters long; ${advice}, in ${max} characters at most`
          : null
      }),
    )
    .meta({ maxLength: max })

const webAddressSchema = z
  .string()
  .superRefine(problemOf(webAddressProblem))
  .meta({ format: 'uri', pattern: '^https?://' })

const isoDateSchema = z
  .string()
  .superRefine(problemOf(isoDateProblem))
  .meta({ pattern: ISO_DATE_PATTERN.source })

/** Where a passage sits: a block of the article and the exact words, as they stand there. */
export const passageSourceSchema = z
  .object({
    in: z
      .string()
      .min(1, 'must name a block: "headline", "summary" or a paragraph id')
      .describe('The block the words are in: "headline", "summary" or the id of a paragraph.'),
    text: z
      .string()
      .min(1, 'must not be empty')
      .describe('The exact words of the passage, character for character as in the block.'),
    occurrence: z
      .number()
      .int('must be a whole number')
      .min(1, 'counts from 1')
      .optional()
      .describe(
        'Which occurrence of the words in the block, counting from 1. Needed only when the words occur more than once there.',
      ),
  })
  .strict()

const speakerSchema = z
  .object({
    id: idSchema,
    name: boundedText(
      TEXT_LIMITS.name,
      'write the name as the article gives it and put titles and offices in "role"',
    ).describe('Full name as the article gives it, like "Sergey Lavrov".'),
    shortName: boundedText(
      TEXT_LIMITS.shortName,
      'write what the article calls them on second mention, usually the surname',
    ).describe('What the article calls them on second mention, like "Lavrov".'),
    kind: z
      .enum(SPEAKER_KINDS)
      .describe(
        '"person"; "organization"; "group" for a group of states or people; "document" for a report, a statement or a ' +
          'letter; "poll" for a survey; "unnamed" for a source the article does not name ("a spokesperson", "officials").',
      ),
    role: boundedText(TEXT_LIMITS.role, 'give the role in a few words, as the article does')
      .nullable()
      .describe('Their role as the article gives it, or null when it gives none.'),
    affiliation: boundedText(TEXT_LIMITS.role, 'name whom they speak for in a few words')
      .nullable()
      .describe('Whom they speak for, or null when the article does not say.'),
  })
  .strict()

const mentionSchema = passageSourceSchema
  .extend({ speaker: idSchema.describe('The id of the speaker mentioned.') })
  .strict()

const quoteSchema = z
  .object({
    id: idSchema.describe('Stable id of the quote; it appears in share links, so never reuse one.'),
    speaker: idSchema.describe('The id of the speaker the article attributes the words to.'),
    kind: z
      .enum(['direct', 'reported', 'mixed'])
      .describe(
        '"direct" for words inside quotation marks; "reported" for indirect speech; "mixed" for reported speech ' +
          'that quotes some words verbatim (list them in "verbatim").',
      ),
    in: passageSourceSchema.shape.in.optional(),
    text: passageSourceSchema.shape.text.optional(),
    occurrence: passageSourceSchema.shape.occurrence,
    parts: z
      .array(passageSourceSchema)
      .min(2, 'needs two parts or more; a quote in one block gives "in" and "text" instead')
      .optional()
      .describe(
        'A quote over several paragraphs, or split by its attribution: one passage per piece, in reading order. ' +
          'Give either "parts" or "in" and "text".',
      ),
    verbatim: z
      .array(passageSourceSchema)
      .min(1, 'needs the quoted words; a quote with none is "reported"')
      .optional()
      .describe('For a "mixed" quote: the words inside quotation marks, each a passage within the quote.'),
    cue: z
      .union([textSchema, passageSourceSchema])
      .nullable()
      .describe(
        'The reporting words ("said", "according to") as a passage ({"in", "text"}), or as a word that occurs once ' +
          'in the quote\'s first block; null only where the form attributes the quote and "source" points at the name.',
      ),
    source: passageSourceSchema
      .nullable()
      .optional()
      .describe(
        'The words that attribute this quote to its speaker when they are not a name: a pronoun ("she"), ' +
          '"a spokesperson", or the name in "Name: “…”". Readers see who that is.',
      ),
    via: idSchema
      .nullable()
      .optional()
      .describe(
        'The speaker it reaches the article through: in "according to the Herald, Burrows said", the Herald.',
      ),
    to: boundedText(TEXT_LIMITS.name, 'say whom it was said to in a few words')
      .nullable()
      .describe('Whom it was said to, as the text says ("reporters"), or null.'),
  })
  .strict()

/** One speaker's turn in a transcript: a label and the paragraphs they speak, each turn one direct quote. */
const turnSchema = z
  .object({
    id: idSchema.describe('Stable id of the turn; it is the id of its quote in share links.'),
    speaker: idSchema.describe('The id of the speaker of the turn ("reporters" for the questions, say).'),
    label: boundedText(TEXT_LIMITS.name, 'a label is the name the transcript gives the speaker')
      .nullable()
      .describe(
        'The label the turn starts with, exactly as at the start of its first paragraph ("MR. SULLIVAN:"), or null.',
      ),
    from: z.string().min(1, 'must name a paragraph').describe("The id of the turn's first paragraph."),
    to: z
      .string()
      .min(1, 'must name a paragraph')
      .optional()
      .describe('The id of its last paragraph, when it runs over several.'),
    question: z
      .boolean()
      .optional()
      .describe('true for a question from the floor, which the answers after it pair with.'),
  })
  .strict()

const issueSchema = z
  .object({
    id: idSchema,
    title: boundedText(TEXT_LIMITS.role, 'give the question or subject in a few words').describe(
      'The question or subject in a few words.',
    ),
  })
  .strict()

const evidenceSchema = z.union([
  z.object({ quote: idSchema.describe('The id of a quote that shows the position.') }).strict(),
  passageSourceSchema,
])

const positionSchema = z
  .object({
    speaker: idSchema,
    issue: idSchema,
    stance: boundedText(TEXT_LIMITS.line, 'give the position in one line').describe(
      'The position in one line, in neutral words.',
    ),
    evidence: z
      .array(evidenceSchema)
      .min(1, 'needs at least one quote or passage')
      .describe('Quotes ({"quote": id}) or passages ({"in", "text"}) that show the position.'),
  })
  .strict()

const paragraphSchema = z
  .object({
    id: idSchema.describe('Stable id of the paragraph, like "p4"; spans refer to it.'),
    text: textSchema,
  })
  .strict()

/** One article as an editor writes it. */
export const articleSourceSchema = z
  .object({
    $schema: z.string().optional(),
    slug: idSchema.describe('The article URL: /articles/<slug>. Must match the file name.'),
    headline: boundedText(TEXT_LIMITS.line, 'a headline is one line: check that it is the headline alone'),
    summary: textSchema.nullable().describe('The summary line under the headline, or null.'),
    outlet: z
      .object({
        name: boundedText(TEXT_LIMITS.name, "write the outlet's name as it gives it"),
        url: webAddressSchema.nullable().describe('The outlet home page (https:// or http://), or null.'),
      })
      .strict(),
    sourceUrl: webAddressSchema
      .nullable()
      .describe('Where the article was published (https:// or http://), or null if unknown.'),
    published: isoDateSchema
      .nullable()
      .describe('Publication date ("2024-06-21"), or null when unknown. Never guess.'),
    updated: isoDateSchema.nullable().describe('Last update, or null.'),
    language: z
      .string()
      .superRefine(problemOf(languageTagProblem))
      .meta({ pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$' })
      .describe('BCP 47 language tag of the text, in its standard form: "en", "fa-AF", "zh-Hant-TW".'),
    direction: z.enum(['ltr', 'rtl']).describe('Text direction: "ltr" or "rtl".'),
    form: z
      .enum(['article', 'transcript'])
      .optional()
      .describe(
        '"transcript" for a record of who spoke in turns (a briefing, a hearing); "article" when absent.',
      ),
    paragraphs: z.array(paragraphSchema).min(1, 'needs at least one paragraph'),
    turns: z
      .array(turnSchema)
      .optional()
      .describe(
        "A transcript's turns, in order; each is a direct quote of its speaker. Only in a transcript.",
      ),
    speakers: z.array(speakerSchema),
    mentions: z
      .array(mentionSchema)
      .describe(
        'Every mention of a speaker: names, surnames and descriptions. Mentions may nest, but the same words are marked for one speaker only.',
      ),
    quotes: z
      .array(quoteSchema)
      .describe(
        'Every statement the article attributes to a speaker, in reading order: headline, summary, then the paragraphs in order; within a block, by where the quote starts.',
      ),
    issues: z.array(issueSchema),
    positions: z.array(positionSchema),
  })
  .strict()

export type ArticleSource = z.infer<typeof articleSourceSchema>
export type PassageSource = z.infer<typeof passageSourceSchema>
export type QuoteSource = z.infer<typeof quoteSchema>
export type TurnSource = z.infer<typeof turnSchema>
