import data from '../../lexicon/speech.json' with { type: 'json' };
import { norm } from './text.ts';

export type Gender = 'm' | 'f' | 'pl';

export interface CueForm {
  lemma: string;
  gender: Gender;
  participle: boolean;
  strict: boolean;
  /** Prepositions whose phrase is the content when no أنّ clause follows. */
  prep: string[];
  /** نقل: the subject is an outlet relaying someone after عن. */
  relay: boolean;
  /** نشر، كتب، زاد: a cue only before a colon or a quotation (زاد also means "increased"). */
  onlyDirect: boolean;
  /** جاء في التقرير أن…: the document named after في is the speaker. */
  inDocument: boolean;
  /** بقوله، بالقول: the verbal noun after another verb; a verb of saying before it keeps the cue. */
  verbalNoun: boolean;
}

export type Stance = 'neutral' | 'asserting' | 'denying' | 'warning';

interface VerbEntry {
  lemma: string;
  m: string[];
  f: string[];
  pl: string[];
  part_m: string[];
  part_f: string[];
  part_pl?: string[];
  prep?: string[];
  strict?: boolean;
  relay?: boolean;
  onlyDirect?: boolean;
  inDocument?: boolean;
  verbalNoun?: boolean;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(norm));

/** A phrase split into matching keys; a trailing glued preposition (وفقاً لـ) is marked. */
export interface Phrase {
  words: string[];
  raw: string;
}
const phrase = (s: string): Phrase => ({ words: norm(s).split(/\s+/).filter(Boolean), raw: s });

export interface SpeechLexicon {
  forms: Map<string, CueForm>;
  complementizers: Set<string>;
  complementizerPreps: Set<string>;
  attributionBefore: Phrase[];
  sayingOf: Phrase[];
  notQuoteCues: Phrase[];
  /** After a comma, the narrator's words that end reported content (، في إشارة إلى…). */
  narratorAfterComma: Phrase[];
  /** Connectives of two words or more that open the next cue's clause (في حين حث…). */
  cueLeads: Phrase[];
  /** من جهة أخرى، في هذا السياق: the narrator's connectives after which a verb opens its clause. */
  turnConnectives: Phrase[];
  relayNouns: Set<string>;
  unnamedSources: Set<string>;
  /** A word for a source in general (مصدر): written later with ال, the last unnamed source introduced. */
  sourceWords: Set<string>;
  /** Whom a speaker addressed, after ل or لل (للصحافيين): an adjunct that ends the speaker's phrase. */
  audienceNouns: Set<string>;
  /** Roles held by several people or spoken for another (عضو، ناطق): not the last speaker's role. */
  oneOfManyRoles: Set<string>;
  /** Prepositions that go on a role's phrase (سفير المملكة لدى الأردن فلان) rather than open an adjunct. */
  roleAdjuncts: Set<string>;
  /** Words that make a role a former one (الرئيس السابق), without ال. */
  formerRoleWords: Set<string>;
  roleNouns: Set<string>;
  roleSynonyms: Map<string, string>;
  titles: Set<string>;
  notQuoteContexts: Set<string>;
  adjunctStarts: Set<string>;
  adjunctAfterFi: Set<string>;
  /** على as written (with its alif maqsura; not folded, where it is the name علي). */
  alaWritten: Set<string>;
  /** Words after على that make it an adjunct of the verb (على حسابه، على هامش), not a speaker's. */
  adjunctAfterAla: Set<string>;
  /** أنّ/إنّ alone, as written without vowels (not folded). */
  bareComplementizers: Set<string>;
  /** Endings of the nouns whose own complement is عن (المسؤول عن). */
  inChargeOfNouns: string[];
  /** Stems that make an attribution phrase a relay (نقلا عن). */
  relayStems: string[];
  /** Prepositions that end a subject's run on to a participle. */
  participleRunPreps: Set<string>;
  pronounLeads: Set<string>;
  speakerVerbs: Set<string>;
  /** The gender of each speakerVerbs form: a continuation of that gender prefers its subject. */
  speakerVerbGender: Map<string, Gender>;
  /** Indefinite objects of those verbs (بيانا، رسالة) that end the subject phrase before them. */
  statementObjects: Set<string>;
  agencies: Phrase[];
  orgNouns: Set<string>;
  /** Lemma → prepositions that introduce a nominal complement (a topic, not a quote). */
  nominalPreps: Map<string, Set<string>>;
  notComplementizerAfter: Set<string>;
  listIntros: Set<string>;
  nameStopWords: Set<string>;
  /** قال ذلك فلان: the demonstrative points back to the quotation before the verb. */
  quoteBackReferences: Set<string>;
  /** بمحاسبة، بالحوار: a glued preposition and its object, which end a speaker phrase. */
  gluedObject: (n: string) => boolean;
  prepContentBlockWords: Set<string>;
  prepContentBlockStems: Set<string>;
  subjectBoundaries: Set<string>;
  directOpeners: Set<string>;
  /** Verbs (with their participles) that take unmarked direct speech (قال لن نتراجع، مضيفاً سنبدأ). */
  directOpenerLemmas: Set<string>;
  /** Attribution phrases that need a plausible source after them. */
  bareAttribution: Set<string>;
  /** معلومات، تقديرات…: what a report rests on, a plausible source after a bare phrase (وحسب معلومات متواترة، فإن…). */
  informationSources: Set<string>;
  /** كما before a verb of saying whose subject ends the sentence: an attribution after the content. */
  asSaid: Set<string>;
  documentNouns: Set<string>;
  /** Lemma (matching key) → stance; lemmas not listed are neutral. */
  stance: Map<string, Stance>;
  /** Words that open a phrase which is never a speaker (دعا الله أن…). */
  notSpeakers: Set<string>;
  /** تعالى، صلى الله عليه وسلم: the speaker of a cited verse or hadith, whom later cues never continue. */
  citedSpeakers: Set<string>;
  /** نفسه، ذاتها: after a speaker phrase, the one named before. */
  sameWords: Set<string>;
  /** مدير عام، أمين عام: words after a role noun that belong to the role, never a name. */
  roleContinuations: Set<string>;
  /** فيه، لهم، تصريحه: words that open an adjunct or the verb's object where a subject would stand. */
  notSubjectLeads: Set<string>;
  /** معاليه، سموه: an honorific with a pronoun, standing for the person it honours. */
  pronounTitles: Set<string>;
  /** Lemma (matching key) → next words that make a form of it no verb of saying (تبين من…). */
  notCueBefore: Map<string, Set<string>>;
  /** Prepositions: a phrase that opens with one is an adjunct, never a speaker (في ذات الوقت). */
  subjectPrepositions: Set<string>;
  /** Verbs joined to a verb of saying with the same hidden subject (ثم عادت وقالت). */
  auxiliaryVerbs: Set<string>;
  /** Words after which a form of a saying verb is its verbal noun (بهدف حث…). */
  verbalNounAfter: Set<string>;
  /** Participles of other verbs (معبرين، مشيداً) that open a new clause after a comma. */
  clauseParticiples: Set<string>;
  /** After a comma, the rule or plan after وفقا ل / بحسب that makes it no attribution (، وفقا للأقساط…). */
  attributionNorms: Set<string>;
  /** A time word closing a subject right before its verb's object claim (…فلان اليوم إحالة…). */
  claimSubjectTrailers: Set<string>;
  /** يوم، مساء، صباح before one of them (مساء أمس). */
  claimSubjectTimeLeads: Set<string>;
  /** له، لها، صحفي after the statement noun of في بيان… closing such a subject. */
  claimSubjectAfterStatement: Set<string>;
  /** في before that statement noun. */
  claimSubjectStatementPreps: Set<string>;
  /** في تصريحه، في بيانها: a statement noun that needs no word after it. */
  claimSubjectOwnStatements: Set<string>;
  /** وعن، وفي، وحول…: a phrase fronted before a verb of saying (وعن الأسعار ذكر البيان أنّ…). */
  frontedLeads: Set<string>;
  /** أشاد، أعرب، تحدث…: after a comma and و/ف they open the narrator's next clause. */
  clauseVerbs: Set<string>;
  /** كان/كانت before a verb of saying (a pluperfect report). */
  pastAuxiliaries: Set<string>;
  /** قد/وقد before a past verb of saying (وكان X قد قال). */
  perfectParticles: Set<string>;
  /** جهته، جانبه…: after من they open a new speaker's turn. */
  sideNouns: Set<string>;
  /** من before a side noun (من جهته، ومن جانبها). */
  sideFrom: Set<string>;
  /** Particles that open a verb's own clause (لن، لم، لا، قد). */
  clauseVerbParticles: Set<string>;
  /** قبل and بعد: before أن they leave a verb of saying a statement of its own (بعد أن أضاف). */
  timeBeforeAn: Set<string>;
  /** ما after a bare attribution phrase (بحسب ما، وفقاً لما). */
  attributionMa: Set<string>;
  /** بدوره، بدورها…: open a new speaker's turn. */
  byTurn: Set<string>;
  /** نشرت، أورد…: publishing verbs after بحسب ما. */
  publishVerbs: Set<string>;
  /** قوله…: ends a relayed speaker's phrase. */
  sayingNouns: Set<string>;
  /** ما، الذي، وقت…: before a verb they open a relative clause whose subject follows the verb. */
  relativeLeads: Set<string>;
  /** الذي، التي، الذين…: a relative clause after a speaker's head noun, cut off the speaker. */
  relativePronouns: Set<string>;
  /** الذي → m, التي → f, الذين → pl: the gender of a verb whose subject the pronoun stands for. */
  relativeAgreement: Map<string, Gender>;
}

function build(): SpeechLexicon {
  const forms = new Map<string, CueForm>();
  for (const v of data.verbs as VerbEntry[]) {
    const base = { lemma: v.lemma, strict: !!v.strict, prep: (v.prep ?? []).map(norm), relay: !!v.relay, onlyDirect: !!v.onlyDirect, inDocument: !!v.inDocument, verbalNoun: !!v.verbalNoun };
    const add = (xs: string[], gender: Gender, participle: boolean): void => {
      for (const x of xs) {
        const k = norm(x);
        if (!forms.has(k)) forms.set(k, { ...base, gender, participle });
      }
    };
    add(v.m, 'm', false);
    add(v.f, 'f', false);
    add(v.pl, 'pl', false);
    add(v.part_m, 'm', true);
    add(v.part_f, 'f', true);
    add(v.part_pl ?? [], 'pl', true);
  }
  const complementizers = new Set<string>();
  for (const c of data.complementizers) {
    for (const s of data.pronounSuffixes) complementizers.add(norm(c) + s);
  }
  const roleSynonyms = new Map<string, string>();
  for (const group of data.roleSynonyms) {
    const head = norm(group[0]!);
    for (const w of group) roleSynonyms.set(norm(w), head);
  }
  const byLength = (a: Phrase, b: Phrase): number => b.words.length - a.words.length || b.raw.length - a.raw.length;
  return {
    forms,
    complementizers,
    complementizerPreps: set(data.complementizerPreps),
    attributionBefore: data.attribution.before.map(phrase).sort(byLength),
    sayingOf: data.attribution.sayingOf.map(phrase).sort(byLength),
    notQuoteCues: data.notQuoteCues.map(phrase).sort(byLength),
    narratorAfterComma: data.narratorAfterComma.phrases.map(phrase).sort(byLength),
    cueLeads: data.cueLeads.phrases.map(phrase).sort(byLength),
    turnConnectives: data.turnConnectives.phrases.map(phrase).sort(byLength),
    relayNouns: set(data.relayNouns),
    unnamedSources: set(data.unnamedSources),
    sourceWords: set(data.sourceWords.words),
    audienceNouns: set(data.audienceNouns.words),
    oneOfManyRoles: set(data.oneOfManyRoles.words),
    roleAdjuncts: set(data.roleAdjuncts.words),
    formerRoleWords: set(data.formerRoleWords.words),
    roleNouns: set(data.roleNouns),
    roleSynonyms,
    titles: set(data.titles),
    notQuoteContexts: set(data.notQuoteContexts),
    adjunctStarts: set(data.adjunctStarts),
    adjunctAfterFi: set(data.adjunctAfterFi),
    alaWritten: new Set(data.alaWritten.words),
    adjunctAfterAla: set(data.adjunctAfterAla),
    bareComplementizers: new Set(data.bareComplementizers.words),
    inChargeOfNouns: data.inChargeOfNouns.words.map(norm),
    relayStems: data.relayStems.words.map(norm),
    participleRunPreps: set(data.participleRunPreps.words),
    pronounLeads: set(data.pronounLeads.flatMap((p) => p.split(/\s+/))),
    speakerVerbs: set([...data.speakerVerbs.m, ...data.speakerVerbs.f, ...data.speakerVerbs.pl]),
    statementObjects: set(data.statementObjects.words),
    speakerVerbGender: new Map(
      (['m', 'f', 'pl'] as const).flatMap((g) => data.speakerVerbs[g].map((w): [string, Gender] => [norm(w), g])),
    ),
    agencies: data.agencies.map(phrase).sort(byLength),
    orgNouns: set(data.orgNouns),
    nominalPreps: new Map(
      Object.entries(data.nominalPreps)
        .filter(([k]) => !k.startsWith('_'))
        .map(([k, v]) => [norm(k), set(v as string[])]),
    ),
    notComplementizerAfter: set(data.notComplementizerAfter),
    listIntros: set(data.listIntros),
    nameStopWords: set(data.nameStopWords),
    quoteBackReferences: set(data.quoteBackReferences.words),
    gluedObject: (n: string): boolean => n.length >= data.gluedObjectPrefixes.minLength && data.gluedObjectPrefixes.prefixes.some((p) => n.startsWith(norm(p))),
    prepContentBlockWords: set(data.prepContentBlockers.words),
    prepContentBlockStems: set(data.prepContentBlockers.stems),
    subjectBoundaries: set(data.subjectBoundaries.words),
    directOpeners: set(data.directOpeners.words),
    directOpenerLemmas: set(data.directOpeners.lemmas),
    bareAttribution: set(data.attribution.bare.words),
    informationSources: set(data.attribution.informationSources.words),
    asSaid: set(data.attribution.asSaid.words),
    documentNouns: set(data.documentNouns.words),
    notSpeakers: set(data.notSpeakers.words),
    citedSpeakers: set(data.citedSpeakers.words),
    sameWords: set(data.sameWords.words),
    roleContinuations: set(data.roleContinuations.words),
    notSubjectLeads: set(data.notSubjectLeads.words),
    pronounTitles: set(data.pronounTitles.words),
    subjectPrepositions: set(data.subjectPrepositions.words),
    notCueBefore: new Map(
      Object.entries(data.notCueBefore)
        .filter(([k]) => !k.startsWith('_'))
        .map(([k, v]) => [norm(k), set(v as string[])]),
    ),
    auxiliaryVerbs: set(data.auxiliaryVerbs.words),
    verbalNounAfter: set(data.verbalNounAfter.words),
    clauseParticiples: set(data.clauseParticiples.words),
    attributionNorms: set(data.attributionNorms.words),
    claimSubjectTrailers: set(data.claimSubjectTrailers.words),
    claimSubjectTimeLeads: set(data.claimSubjectTrailers.timeLeads),
    claimSubjectAfterStatement: set(data.claimSubjectTrailers.afterStatement),
    claimSubjectStatementPreps: set(data.claimSubjectTrailers.statementPreps),
    claimSubjectOwnStatements: set(data.claimSubjectTrailers.ownStatements),
    frontedLeads: set(data.frontedLeads.words),
    clauseVerbs: set(data.clauseVerbs.words),
    pastAuxiliaries: set(data.pastAuxiliaries.words),
    perfectParticles: set(data.perfectParticles.words),
    sideNouns: set(data.turnPhrases.sideNouns),
    sideFrom: set(data.turnPhrases.sideFrom),
    clauseVerbParticles: set(data.clauseVerbParticles.words),
    timeBeforeAn: set(data.timeBeforeAn.words),
    attributionMa: set(data.attributionMa.words),
    byTurn: set(data.turnPhrases.byTurn),
    publishVerbs: set(data.publishVerbs.words),
    sayingNouns: set(data.sayingNouns.words),
    relativeLeads: set(data.relativeLeads.words),
    relativePronouns: set(data.relativePronouns.words),
    relativeAgreement: new Map((['m', 'f', 'pl'] as const).flatMap((g) => data.relativeAgreement[g].map((w) => [norm(w), g] as [string, Gender]))),
    stance: new Map(
      (['asserting', 'denying', 'warning'] as const).flatMap((k) => data.stance[k].map((l) => [norm(l), k] as [string, Stance])),
    ),
  };
}

export const LEX: SpeechLexicon = build();

/**
 * The finite forms of every verb of saying as written (the `m`, `f` and `pl` lists, not the
 * participles, which double as adjectives and nouns: قائلا، مؤكدا), for the entity rules that
 * trim a verb off a name (entities/verbs.ts).
 */
export function finiteSpeechVerbs(): string[] {
  return (data.verbs as VerbEntry[]).flatMap((v) => [...v.m, ...v.f, ...v.pl]);
}
