// The reporting-verb lexicon: the words news uses to attribute what someone said, wrote, found or believes,
// grouped by what follows them, which is what the attribution patterns need to know.

/**
 * `say`: the statement follows ("said that…", "said, “…”"); `tell`: someone told comes first ("told reporters
 * that…"); `finding`: a study or a court "found", "shows", "ruled"; `belief`: "thought", "believes", not speech,
 * kept for the editor to decide; `rejection`: "dismissed X as Y", whose object is the statement.
 */
export type CueClass = 'say' | 'tell' | 'finding' | 'belief' | 'rejection'

const FORMS: Record<CueClass, string> = {
  say:
    'say says said saying add adds added emphasize emphasizes emphasized emphasise emphasises emphasised stress ' +
    'stresses stressed state states stated claim claims claimed note notes noted observe observes observed ' +
    'assert asserts asserted explain explains explained insist insists insisted argue argues argued warn warns ' +
    'warned confirm confirms confirmed deny denies denied report reports reported write writes wrote tweet tweets ' +
    'tweeted comment comments commented reply replies replied respond responds responded answer answers answered ' +
    'reason reasons reasoned announce announces announced acknowledge acknowledges acknowledged admit admits ' +
    'admitted suggest suggests suggested predict predicts predicted recall recalls recalled remark remarks ' +
    'remarked mention mentions mentioned agree agrees agreed allege alleges alleged declare declares declared ' +
    'maintain maintains maintained contend contends contended indicate indicates indicated promise promises ' +
    'promised vow vows vowed pledge pledges pledged complain complains complained concede concedes conceded ' +
    'testify testifies testified conclude concludes concluded explain ask asks asked',
  tell: 'tell tells told inform informs informed assure assures assured remind reminds reminded',
  finding:
    'find finds found show shows showed shown estimate estimates estimated rule rules ruled reveal reveals revealed',
  belief: 'think thinks thought believe believes believed feel feels felt',
  rejection: 'dismiss dismisses dismissed reject rejects rejected',
}

const CLASS_OF = new Map<string, CueClass>()
for (const [cueClass, forms] of Object.entries(FORMS) as [CueClass, string][])
  for (const form of forms.split(' ')) CLASS_OF.set(form, cueClass)

/** The class of a reporting verb, or undefined when `word` is not one. */
export function cueClass(word: string): CueClass | undefined {
  return CLASS_OF.get(word.toLowerCase())
}

/** Verbs that report only with a clause or a quotation after them: "asked" a question, not "asked them to go". */
export const NEEDS_CLAUSE = new Set(
  'ask asks asked announce announces announced reveal reveals concede concedes conceded'.split(' '),
)

/** Words between a subject and its verb that do not change who speaks ("also said", "has claimed"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  (
    'also later then further again repeatedly previously earlier once still has have had will would did does do ' +
    'personally publicly privately separately reportedly allegedly mistakenly recently subsequently ' +
    'even only quickly had already'
  ).split(' '),
)
