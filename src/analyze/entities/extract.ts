/**
 * Document entities: the tagger over each sentence, known names from the lexicons, the photo
 * credit; then roles, within-document coreference, English names and cross-article keys.
 */
import type { Entity, EntityType, MarsadDocument, Role, SourcedSpan, Span, Token } from '../../doc/types.ts';
import { sourced } from '../../doc/types.ts';
import { tokenize, tokenizeInto } from '../../text/tokenize.ts';
import { analyzeClitics, hasProcliticLetter, isProcliticLetter, opensWithArticle, opensWithLil, startsWithConjunction, startsWithFuturePrefix } from '../../text/clitics.ts';
import { END_TOKENS_ELLIPSIS } from '../../text/sentences.ts';
import { foldName, lexicons } from './lexicon.ts';
import { entityResources } from './resources.ts';
import {
  nameIndex,
  lookupName,
  entityKey,
  bare,
  sharedCommonName,
  type KnownName,
  type NameIndex,
} from './names.ts';
import { COMMA, roleAfter, roleBefore, roleKey, nationality, titleAt, type WordTok } from './roles.ts';
import { englishName, isNameWord } from './romanise.ts';
import { creditNames } from './byline.ts';
import type { NerModel } from '../ner/model.ts';
import { TAGS } from '../ner/tags.ts';
import { finishTags } from '../ner/finish.ts';
import { fnv1a } from '../ner/hash.ts';
import { clusterWord } from '../ner/words.ts';
import { isKnownVerb } from './verbs.ts';
import {
  applyConventions,
  ARTICLE_BODY_RULE,
  particleChain,
  isNameLink,
  conjoinedParticle,
  HEAD_NOUN_RULE,
  isCurrency,
  isNotName,
  KINGDOM_RULE,
  KNOWN_PLACE_RULE,
  kingdomDefault,
  headOf,
  isNotAlone,
  isGenericNational,
  isCountryAdjective,
  isDescriptiveHead,
  readTail,
  isTagList,
  modelEnd,
  PRODUCT_MODEL_RULE,
  isDirectorate,
  QUOTED_OUTLET_RULE,
  QUOTED_EVENT_RULE,
  base,
  isSportArticle,
} from './conventions.ts';
import {
  KB_TYPE_RULE,
  kbAmbiguous,
  kbForKey,
  kbLinkName,
  kbPlacePreposition,
  kbPlaceReading,
  kbRef,
  kbType,
} from './kb.ts';
import { chainWithFamily, familyNames, nationalGivenNames, personsAfterRoles, titleTails } from './family-names.ts';
import { hasTanween } from '../../text/script.ts';
import { familyAfterGiven, givenBeforeFamily, givenNamesBefore } from './given-family.ts';
import { FOREIGN_GIVEN_RULE, foreignGivenBefore } from './foreign-given.ts';
import { familyMentions } from './family-mentions.ts';
import { nameRepeats, surnameWords } from './name-repeats.ts';
import { unknownGivenAfterRoles } from './unknown-given.ts';
// a given name and a family name learned from unlabelled news, with no cue (learned-families.ts)
import { learnedFamilies } from './learned-families.ts';
// an institution named in full as the unlabelled news names it again and again (learned-orgs.ts)
import { LEARNED_ORG_RULE, learnedOrgs } from './learned-orgs.ts';
import { LEARNED_EVENT_RULE, learnedEvents } from './learned-events.ts';
import { quotedBodies } from './quoted-bodies.ts';
import { LEARNED_BRANCH_RULE, learnedBranches } from './learned-branches.ts';
import { LEARNED_JOIN_RULE, learnedOrgJoins } from './learned-org-joins.ts';
import { companyRepeats } from './company-repeats.ts';
import { innerPersonWords, keepsFirstLetter } from './person-words.ts';
import { hyphenNames } from './hyphen-names.ts';
import { groupNounPersons } from './group-nouns.ts';
import { coordinatedPlaces } from './coordinated-places.ts';
import { learnedPlaces } from './learned-places.ts';
import { quotedPlaces } from './quoted-places.ts';
import { quotedWorks } from './quoted-works.ts';
import { placePrefixes } from './place-prefixes.ts';
import { NAMED_FORUM_RULE, namedForums } from './event-forums.ts';
import { cityNames } from './city-names.ts';
import { districts } from './districts.ts';
import { newsAgencies } from './news-agencies.ts';
import { endBeforeFormula } from './formulae.ts';
import { isMonthGloss } from './month-gloss.ts';
import { CLUB_ADJECTIVE_RULE, clubNameEnd } from './club-adjective.ts';
import { MINISTRY_ADJECTIVE_RULE, ministryNameEnd } from './ministry-adjective.ts';
import { EMBASSY_PLACE_RULE, embassyPlaces } from './embassy-places.ts';
import { COMMITTEE_SUBJECT_RULE, committeeSubjects } from './committee-subjects.ts';
import { coordinatedPersons } from './coordinated-persons.ts';
import { teamFields } from './team-fields.ts';
import { teamNicknames } from './team-nicknames.ts';
import { COMPETITION_FIELD_RULE, competitionFields } from './competition-fields.ts';
import { nationalBodies } from './national-bodies.ts';
import { learnedGluedName } from './learned-glued.ts';
import { CLUB_CITY_RULE, cityClub } from './club-cities.ts';
import { STOCK_LIST_RULE, stockLists } from './stock-lists.ts';
import { FOREIGN_PARTICLE_RULE, foreignParticles } from './foreign-particles.ts';

export const SRC = {
  model: 'model:ner-perceptron',
  lexicon: 'rule:lexicon/known-name',
  apposition: 'rule:person/apposition',
  photographer: 'rule:credit/photographer',
  agency: 'rule:credit/agency',
  byline: 'rule:credit/byline',
  acronym: 'rule:coref/parenthesised-acronym',
  roleBefore: 'rule:role/title-before-name',
  roleAfter: 'rule:role/apposition',
  rolePhoto: 'rule:role/photo-credit',
} as const;

const TYPE_OF: Record<string, EntityType> = { PERS: 'PER', PER: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };
const SENTENCE_END = END_TOKENS_ELLIPSIS;
const MAX_SENTENCE = 150;

interface Cand {
  s: number;
  a: number;
  b: number;
  start: number;
  end: number;
  type: EntityType;
  known: KnownName | null;
  source: string;
  group: number;
  /** the first word had لل with the article's alef elided (للولايات): the surface is not a name */
  elided?: boolean;
}

function fold1(w: string): string {
  return foldName(w);
}

/** What wordTok derives from a token's text alone (folded form; for words the mention's start). */
interface TextFolds {
  /** the spelling (a WordTok handed over with another text keeps the record of its token's) */
  text: string;
  fold: string;
  /** for a word token: the mention form and its offset (moff -1 until first asked) */
  mfold: string;
  moff: number;
  /** lexiconMatches' readings of a word token that are first words of known names (for `firstsOf`) */
  firsts?: [string, number][];
  firstsOf?: NameIndex;
}
const FOLD_CACHE_MAX = 100_000;
let foldCache = new Map<string, TextFolds>();

export function wordTok(t: Span & { kind: string }): WordTok {
  const text = t.text;
  let f = foldCache.get(text);
  if (!f) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache = new Map();
    f = { text, fold: fold1(text), mfold: '', moff: -1 };
    foldCache.set(text, f);
  }
  let moff = 0;
  let mfold = f.fold;
  if (t.kind === 'word') {
    if (f.moff < 0) {
      f.moff = analyzeClitics(text).mentionOffset;
      f.mfold = f.moff ? fold1(text.slice(f.moff)) : f.fold;
    }
    moff = f.moff;
    mfold = f.mfold;
  }
  return {
    start: t.start,
    end: t.end,
    text,
    kind: t.kind,
    fold: f.fold,
    mfold,
    moff,
    cand: -1,
    candType: '',
    spelling: f,
  };
}

function inside(ranges: readonly Span[], a: number, b: number): boolean {
  return ranges.some((r) => a >= r.start && b <= r.end);
}

function newlineIn(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Sentences of words (punctuation kept as words of kind punct), furniture and credits left out. */
export function segment(doc: Readonly<MarsadDocument>): WordTok[][] {
  let toks: Token[] = doc.tokens && doc.tokens.length ? doc.tokens : tokenize(doc.text);
  // tag lists and the story's link line are read (guide rule 19), each as a sentence of its own;
  // the tokens stage covers the body only
  const tails: Span[] = [];
  const skip: Span[] = [];
  for (const b of doc.article.boilerplate) (readTail(doc.text.slice(b.start, b.end)) ? tails : skip).push(b);
  const extra: Token[] = [];
  for (const r of tails)
    if (!toks.some((t) => t.start >= r.start && t.end <= r.end)) tokenizeInto(doc.text, r.start, r.end, extra);
  if (extra.length) toks = [...toks, ...extra].sort((x, y) => x.start - y.start);
  const c = doc.article.credit;
  if (c.photographer) skip.push(c.photographer);
  if (c.agency) skip.push(c.agency);
  const sents = [...doc.sentences].sort((x, y) => x.start - y.start);
  const out: WordTok[][] = [];
  let cur: WordTok[] = [];
  let si = 0;
  let curSentence = -1;
  let prevEnd = -1;
  let curTail = -1;
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const t of toks) {
    if (inside(skip, t.start, t.end)) {
      flush();
      continue;
    }
    const tail = tails.findIndex((r) => t.start >= r.start && t.end <= r.end);
    if (tail !== curTail) flush();
    curTail = tail;
    if (sents.length) {
      while (si < sents.length && sents[si]!.end <= t.start) si++;
      const idx = si < sents.length && sents[si]!.start <= t.start ? si : -1;
      if (idx !== curSentence) flush();
      curSentence = idx;
    }
    if (prevEnd >= 0 && newlineIn(doc.text, prevEnd, t.start)) flush();
    cur.push(wordTok(t));
    prevEnd = t.end;
    if ((!sents.length && SENTENCE_END.has(t.text)) || cur.length >= MAX_SENTENCE) flush();
  }
  flush();
  return out;
}

/**
 * Readings of a word's start for name matching: [folded form, offset in the word]. The clitic
 * analyser's mention form first, then the word as written, then with only a conjunction removed
 * (وباتروشيف is و + باتروشيف, not و + ب + اتروشيف), then the article restored after لل
 * (للولايات → الولايات).
 */
export function readings(w: WordTok): [string, number][] {
  const out: [string, number][] = [[w.mfold, w.moff]];
  if (w.fold !== w.mfold) out.push([w.fold, 0]);
  const c = w.text[0];
  if ((c === 'و' || c === 'ف') && w.fold.length > 3 && w.moff > 1) out.push([w.fold.slice(1), 1]);
  if (w.moff > 0 && w.mfold.startsWith('ل') && !opensWithArticle(w.mfold) && opensWithLil(w.fold))
    out.push(['ا' + w.mfold, w.moff]);
  return out;
}

const NONE: [string, number][] = [];

/** The readings of a word token that are first words of known names (cached per spelling). */
function firstReadings(w: WordTok, idx: NameIndex): [string, number][] {
  const mine = w.spelling as TextFolds | undefined;
  const f = mine && mine.text === w.text ? mine : foldCache.get(w.text);
  if (f && f.firstsOf === idx && f.moff === w.moff && f.fold === w.fold) return f.firsts!;
  const firsts = readings(w).filter(([r]) => idx.firstWords.has(r));
  if (f && f.moff === w.moff && f.fold === w.fold) {
    f.firsts = firsts.length ? firsts : NONE;
    f.firstsOf = idx;
  }
  return firsts;
}

interface LexiconMatch {
  a: number;
  b: number;
  known: KnownName;
  off: number;
  /** a product line the match runs on over its model designation: not the line itself */
  model?: boolean;
}

/** Known names (longest first) in one sentence. */
function lexiconMatches(words: WordTok[]): LexiconMatch[] {
  const idx = nameIndex();
  const pre = idx.prefixes;
  const out: LexiconMatch[] = [];
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    let found: LexiconMatch | null = null;
    const firsts = w.kind === 'word' ? firstReadings(w, idx) : NONE;
    if (firsts.length) {
      // the longest known name from here (the first reading that gives it): grown word by word
      // while some reading plus the words so far still opens a longer known name
      const max = Math.min(idx.maxWords, words.length - i);
      let rest = '';
      for (let n = 1; n <= max; n++) {
        if (n > 1) {
          const wk = words[i + n - 1]!;
          if (wk.kind !== 'word') break;
          rest += ' ' + wk.fold;
        }
        let match: KnownName | null = null;
        let matchOff = 0;
        let longer = false;
        for (const [f, off] of firsts) {
          const key = rest ? f + rest : f;
          if (!match) {
            const k = idx.phrases.get(key);
            if (k && !k.linkOnly) {
              match = k;
              matchOff = off;
            }
          }
          if (!longer && pre.has(key)) longer = true;
        }
        // (one word written with tanween is an indefinite noun or an adverb, never a place or a
        // body: `نيجيرياً`, `درعًا`; a person's name takes it in the accusative: `محمداً`)
        if (match && !(n === 1 && match.type !== 'PER' && hasTanween(w.text))) found = { a: i, b: i + n, known: match, off: matchOff };
        if (!longer) break;
      }
    }
    if (found) {
      // a product line with its model (`آيفون 6 بلس`) is a product of its own
      const e = modelEnd(words, found.b, found.known.id);
      if (e > found.b) found = { ...found, b: e, model: true };
      out.push(found);
      i = found.b;
    } else i++;
  }
  return out;
}

function isElided(w: WordTok, off: number): boolean {
  return off > 0 && off === w.moff && opensWithLil(w.fold) && !opensWithArticle(w.mfold);
}

/** Where a tagged name starts inside its first word: the first reading that is a known name word. */
function nameOffset(w: WordTok, alone: ReadonlySet<string>, corpus: Attested): number {
  // وبن ناصر: the conjunction is outside the name
  if (conjoinedParticle(w.fold)) return 1;
  // a place that is also و + a place the article writes alone, or one the lists know only as an
  // everyday spelling of a place (`وجدة`, Oujda) where و + a place they know by name is read
  // (`مكة وجدة` is Mecca and Jeddah)
  if (w.moff === 0 && w.fold[0] === 'و') {
    const rest = lookupName(w.fold.slice(1));
    if (rest?.type === 'LOC' && (alone.has(w.fold.slice(1)) || (!rest.linkOnly && !!lookupName(w.fold)?.linkOnly)))
      return 1;
  }
  const idx = nameIndex();
  const rs = readings(w);
  // a word the name lists know whole keeps its first ب/ل/ف even where what is left is a name word
  // too (لويز is Louise, not ل + ويز), and so does a name learned from the news (بتال, not ب +
  // تال); a و is cut as the clitic analyser has it
  if (w.moff === 1 && isProcliticLetter(w.fold[0], 'prepFa') && (isNameWord(w.fold) || givenNames().has(w.fold) || learnedGluedName(w.fold))) return 0;
  for (const [f, off] of rs) if (idx.firstWords.has(f) || isNameWord(f)) return off;
  return unknownNameStart(w, alone, corpus);
}

/** Whether a folded word is written in the unlabelled news the tagger's word classes come from. */
export type Attested = (folded: string) => boolean;

/**
 * Where a name no list knows starts in its first word. A ب, ف or ل the clitic analyser took off
 * may be the name's own first letter (بيونجيانج، فيرجسون، لويز: no `يونجيانج` or `ويز` is ever
 * written): it is cut only when what is left stands alone elsewhere in the article, is a given
 * name, or is a word of the name lists or of the news corpus while the whole word is not
 * (بكونتي → كونتي); the article after it (بالمدينة) and a leading و are always cut.
 */
export function unknownNameStart(w: WordTok, alone: ReadonlySet<string>, corpus: Attested): number {
  const k = w.moff;
  if (k === 0 || opensWithArticle(w.mfold) || alone.has(w.mfold) || givenNames().has(w.mfold)) return k;
  if (headOf(w) || isDirectorate(w)) return k;
  // offsets in the text are offsets in the folded form only where nothing was folded away
  if (w.text.length !== w.fold.length) return k;
  const lead = w.fold[0] === 'و' ? 1 : 0;
  // the future prefix goes on verbs only: a name that opens like one keeps its سـ (ستيرلينج)
  if (startsWithFuturePrefix(w.fold.slice(lead))) return lead;
  for (let off = k - 1; off > lead; off--) if (alone.has(w.fold.slice(off))) return off;
  // (لل is ل + the article with its alef elided: للجمارك)
  if (lead >= k || !isProcliticLetter(w.fold[lead], 'prepFa') || opensWithLil(w.fold.slice(lead))) return k;
  // the corpus keys every word without a first و/ف, so it cannot tell فيرجسون from يرجسون, nor
  // لفيروس from فيروس: there only the name lists speak
  const useCorpus = w.fold[lead] !== 'ف' && !startsWithConjunction(w.mfold);
  const known = (f: string) => isNameWord(f) || (useCorpus && corpus(f));
  return known(w.mfold) && !known(w.fold.slice(lead)) ? k : lead;
}

/** A preposition glued to the name's word (بعرفات، لعرفات) or written before it (من عرفات). */
function placeContext(words: readonly WordTok[], a: number, off: number): boolean {
  const glued = words[a]!.text.slice(0, off);
  if (hasProcliticLetter(glued, 'prepKaf')) return true;
  const prev = words[a - 1];
  return !!prev && prev.kind === 'word' && kbPlacePreposition(prev.fold);
}

/** The country a known name belongs to: its lexicon entry's, or a territory's code. */
function countryOf(k: KnownName | null | undefined): string | undefined {
  if (!k) return undefined;
  return k.country ?? (k.id.startsWith('cc:') ? k.id.slice(3) : undefined);
}

/**
 * An everyday name several clubs share (الأهلي: Jeddah's and Cairo's) is the club of the article's
 * country: the country most of the article's other known names belong to (clubs, leagues,
 * countries), else the country of the press, the one `المملكة` stands for.
 */
function resolveSharedNames(text: string, cands: Cand[]): void {
  const shared = cands.filter(
    (x) => x.known?.linkOnly && sharedCommonName(text.slice(x.start, x.end)).length,
  );
  if (!shared.length) return;
  const votes = new Map<string, number>();
  for (const x of cands) {
    const cc = shared.includes(x) ? undefined : countryOf(x.known);
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  const home = countryOf(lookupName(kingdomDefault()));
  for (const x of shared) {
    const score = (k: KnownName) =>
      (votes.get(countryOf(k) ?? '') ?? 0) * 2 + (countryOf(k) === home ? 1 : 0);
    const alts = sharedCommonName(text.slice(x.start, x.end));
    x.known = alts.reduce((best, k) => (score(k) > score(best) ? k : best), alts[0]!);
  }
}

/** Words that never make an entity on their own: titles and nationality adjectives. */
function onlyFunctionWords(words: WordTok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (w.kind !== 'word') continue;
    if (nationality(w.fold) || nationality(w.mfold)) continue;
    if (titleAt(words, k, k + 1)) continue;
    return false;
  }
  return true;
}

/**
 * A tag list (`سمات …`) strings keywords together with nothing between them, so the tagger runs
 * neighbouring tags into one name (`جلوي بن محمد آل كركمان عسير`). There only the known names and
 * the names the article itself gives elsewhere are read: the tagger's chunks are dropped, and the
 * longest runs of words that spell a name found in the rest of the article take its type and entry.
 */
function tagListNames(text: string, sents: readonly WordTok[][], cands: Cand[]): void {
  const lists = new Set<number>();
  sents.forEach((ws, s) => {
    if (isTagList(ws)) lists.add(s);
  });
  if (!lists.size) return;
  const found = new Map<string, Cand>();
  for (const x of cands) if (!lists.has(x.s)) found.set(foldName(text.slice(x.start, x.end)), x);
  for (let i = cands.length - 1; i >= 0; i--)
    if (lists.has(cands[i]!.s) && cands[i]!.source !== SRC.lexicon) cands.splice(i, 1);
  for (const s of lists) {
    const ws = sents[s]!;
    const taken = new Uint8Array(ws.length);
    for (const x of cands) if (x.s === s) taken.fill(1, x.a, x.b);
    for (let a = 1; a < ws.length; a++) {
      if (taken[a]) continue;
      const w = ws[a]!;
      let hit: [number, number, Cand] | null = null;
      for (let b = Math.min(ws.length, a + 6); b > a && !hit; b--) {
        if (taken.subarray(a, b).some((x) => x)) continue;
        const rest = ws.slice(a + 1, b).map((x) => ' ' + x.fold).join('');
        // the word as written first (بيونجيانج), then without its clitics
        for (const [f, off] of [[w.fold, 0], [w.mfold, w.moff]] as const) {
          const x = found.get(f + rest);
          if (x && !hit) hit = [b, off, x];
        }
      }
      if (!hit) continue;
      const [b, off, x] = hit;
      cands.push({ ...x, s, a, b, start: w.start + off, end: ws[b - 1]!.end, elided: false, group: -1 });
      taken.fill(1, a, b);
      a = b - 1;
    }
  }
}

export interface ExtractResult {
  entities: Entity[];
  warnings: { code: string; message: string }[];
}

const foldedGivenNames = (): Set<string> => new Set(lexicons().givenNames.map(foldName));

/** Folded given names from the lexicon (فيصل، ليلى…). */
function givenNames(): Set<string> {
  return entityResources().get(foldedGivenNames);
}

const MAX_APPOSED = 4;

/**
 * A person named between commas right after a role phrase, which the tagger missed:
 * `رئيس الوفد الكويتي، فيصل الصباح، …`. The name must open with a known given name, hold two to
 * four words, none of them a verb, and close on punctuation, so that a clause cannot pass for a
 * name.
 */
function appositions(words: WordTok[], cands: readonly Cand[], s: number): Cand[] {
  const out: Cand[] = [];
  const taken = (k: number) => cands.some((c) => c.s === s && k >= c.a && k < c.b);
  const names = givenNames();
  for (let m = 1; m < words.length; m++) {
    if (!COMMA.has(words[m - 1]!.text)) continue;
    const first = words[m]!;
    if (first.kind !== 'word' || taken(m) || !names.has(first.mfold)) continue;
    let b = m + 1;
    while (
      b < words.length &&
      b - m < MAX_APPOSED &&
      words[b]!.kind === 'word' &&
      !taken(b) &&
      !isKnownVerb(words[b]!.fold)
    )
      b++;
    if (b - m < 2 || (b < words.length && words[b]!.kind !== 'punct')) continue;
    if (!roleBefore(words, m)) continue;
    out.push({
      s,
      a: m,
      b,
      start: first.start + first.moff,
      end: words[b - 1]!.end,
      type: 'PER',
      known: null,
      source: SRC.apposition,
      group: -1,
    });
    m = b;
  }
  return out;
}

/** Whether the known place at words [a, b) opens with a descriptive head and names the same place without it. */
export function describedPlace(words: readonly WordTok[], a: number, b: number, known: KnownName): boolean {
  if (known.type !== 'LOC' || b - a < 2 || !isDescriptiveHead(words[a]!)) return false;
  return lookupName(words.slice(a + 1, b).map((w) => w.fold).join(' '))?.id === known.id;
}

export function extractEntities(doc: Readonly<MarsadDocument>, model: NerModel | null): ExtractResult {
  const text = doc.text;
  const sents = segment(doc);
  const cands: Cand[] = [];
  const warnings: ExtractResult['warnings'] = [];
  // the tagger over the article (its second pass sees the first pass's tags of the same word in
  // other sentences), then document-level consistency over the whole article
  const tagged = model
    ? model
        .tagDocument(sents.map((words) => words.map((w) => w.text)))
        .map((t) => Array.from(t, (x) => TAGS[x]!))
    : null;
  // which rule set a chunk that starts at sentence:token (else the chunk is the model's)
  const ruleAt = new Map<string, string>();
  // spans of institutions and places named by a head noun, per sentence: a known name inside one
  // (`الملك فهد` in `مستشفى الملك فهد`) is part of it, not a mention of its own
  const headSpans = new Map<number, [number, number][]>();
  // quoted outlets and events (`لـ«الشرق الأوسط»`, `مهرجان «صيف دبي»`): the newspaper or the
  // event, whatever else the lists know by that name or inside it
  const quoted = new Map<number, [number, number][]>();
  // persons opened on foreign given names (foreign-given.ts): the whole name is the mention, not
  // the known family name at its end (`جوسيب [جوارديولا]`)
  const foreign = new Map<number, [number, number][]>();
  const matches = sents.map((words) => lexiconMatches(words));
  if (tagged && model) {
    const texts = sents.map((ws) => ws.map((w) => w.text));
    for (const r of finishTags(model, texts, tagged)) ruleAt.set(`${r.s}:${r.a}`, r.rule);
    // the conventions see known names as names too (`محافظة [الخرج]` where the tagger saw nothing);
    // the known names themselves are taken from `matches` below, whatever the tags say
    const conv = tagged.map((t) => [...t]);
    matches.forEach((ms, s) => {
      const t = conv[s]!;
      for (const m of ms) {
        // a tagger chunk inside a longer known name (`[مكة] المكرمة`) gives way to the whole name;
        // one that runs across its ends stays the tagger's
        const inner = t.slice(m.a, m.b);
        const crosses = inner[0]!.startsWith('I-') || (m.b < t.length && t[m.b]!.startsWith('I-'));
        if (inner.some((x) => x !== 'O') && (crosses || m.b - m.a < 2)) continue;
        const ty = m.known.type === 'PER' ? 'PERS' : m.known.type;
        for (let k = m.a; k < m.b; k++) t[k] = `${k === m.a ? 'B' : 'I'}-${ty}`;
      }
    });
    // …and a person's name chain its family name after it, a person after a role phrase (family-names.ts)
    const rules = [...applyConventions(sents, conv), ...titleTails(sents, conv), ...familyNames(sents, conv), ...personsAfterRoles(sents, conv), ...unknownGivenAfterRoles(sents, conv), ...hyphenNames(sents, conv), ...groupNounPersons(sents, conv), ...nationalGivenNames(sents, conv), ...givenBeforeFamily(sents, conv), ...foreignGivenBefore(sents, conv), ...familyAfterGiven(sents, conv), ...learnedFamilies(sents, conv), ...familyMentions(sents, conv), ...nameRepeats(sents, conv)];
    // …a foreign family name on a particle after the person the lists or the tagger cut before it (foreign-particles.ts)
    rules.push(...foreignParticles(sents, conv));
    // …a quoted work's title whole (quoted-works.ts), a quoted place after its head (quoted-places.ts), a
    // foreign place's two words (place-prefixes.ts), and a place the lists know by an everyday word
    // where it stands in a list (coordinated-places.ts)
    rules.push(...quotedWorks(sents, conv), ...quotedPlaces(sents, conv), ...placePrefixes(sents, conv), ...coordinatedPlaces(sents, conv));
    // …a small place learned from place heads over unlabelled news, alone where a place stands (learned-places.ts)
    rules.push(...learnedPlaces(sents, conv));
    // …a named exhibition, forum or conference, told by an adjective, a field or an edition (event-forums.ts),
    rules.push(...namedForums(sents, conv));
    // …a town after مدينة/بلدة the tagger took for a person (city-names.ts),
    rules.push(...cityNames(sents, conv));
    // …a Yemeni district named by مديرية and no field (districts.ts)
    rules.push(...districts(sents, conv));
    // …and a news agency named by its head, the word for news and a nationality or a name (news-agencies.ts)
    rules.push(...newsAgencies(sents, conv));
    // …a national committee with its country (national-bodies.ts), and a national team with its
    // rank, age group and sport (team-fields.ts)
    rules.push(...nationalBodies(sents, conv), ...teamFields(sents, conv));
    // …a national team by its nickname in sport (team-nicknames.ts)
    rules.push(...teamNicknames(sents, conv));
    // …a competition with its country and field (competition-fields.ts)
    rules.push(...competitionFields(sents, conv));
    // …an event's whole name learned from the archive (learned-events.ts)
    rules.push(...learnedEvents(sents, conv));
    // …a quoted name after a body's head the tagger took for a work (quoted-bodies.ts)
    rules.push(...quotedBodies(sents, conv));
    // …and last, an institution's whole name learned from the archive over a prefix of it (learned-orgs.ts)
    rules.push(...learnedOrgs(sents, conv));
    // …and over a `و` + second part the archive writes after it (learned-org-joins.ts)
    rules.push(...learnedOrgJoins(sents, conv));
    // …then a body learned from the archive with the region it serves (learned-branches.ts)
    rules.push(...learnedBranches(sents, conv));
    // …and an embassy with the place where it stands (embassy-places.ts)
    rules.push(...embassyPlaces(sents, conv));
    // …and a committee with the matter it rules on (committee-subjects.ts)
    rules.push(...committeeSubjects(sents, conv));
    // …and a person named in full after another, joined by و (coordinated-persons.ts)
    rules.push(...coordinatedPersons(sents, conv));
    // …and a company named with its head, where its own word stands alone later (company-repeats.ts)
    rules.push(...companyRepeats(sents, conv));
    // …and the companies of a market report's list (stock-lists.ts)
    rules.push(...stockLists(sents, conv));
    // the tags the conventions changed; the known names they left alone stay as the tagger had them
    conv.forEach((t, s) => {
      const orig = tagged[s]!;
      if (!matches[s]!.length) {
        tagged[s] = t;
        return;
      }
      const touched = new Uint8Array(t.length);
      for (const r of rules) if (r.s === s) touched.fill(1, r.a, r.b);
      for (const m of matches[s]!) {
        if (touched.subarray(m.a, m.b).some((x) => x)) continue;
        for (let k = m.a; k < m.b; k++) t[k] = orig[k]!;
      }
      tagged[s] = t;
    });
    for (const r of rules) {
      ruleAt.set(`${r.s}:${r.a}`, r.rule);
      if (r.rule === QUOTED_OUTLET_RULE || r.rule === QUOTED_EVENT_RULE)
        quoted.set(r.s, [...(quoted.get(r.s) ?? []), [r.a, r.b]]);
      if (r.rule === FOREIGN_GIVEN_RULE) foreign.set(r.s, [...(foreign.get(r.s) ?? []), [r.a, r.b]]);
      // (a named forum holds its place as a head's name does: `معرض [الرياض] الدولي للكتاب`, a branch its
      // region, a learned name the places in it: `الرئاسة العامة لشؤون [المسجد الحرام] …`, a
      // competition its listed name: `[الدوري السعودي] الممتاز`, and a market report's company)
      if (
        r.rule === HEAD_NOUN_RULE ||
        r.rule === NAMED_FORUM_RULE ||
        r.rule === LEARNED_BRANCH_RULE ||
        r.rule === EMBASSY_PLACE_RULE ||
        r.rule === COMMITTEE_SUBJECT_RULE ||
        r.rule === LEARNED_ORG_RULE ||
        r.rule === LEARNED_EVENT_RULE ||
        r.rule === LEARNED_JOIN_RULE ||
        r.rule === COMPETITION_FIELD_RULE ||
        r.rule === STOCK_LIST_RULE ||
        r.rule === FOREIGN_PARTICLE_RULE
      )
        headSpans.set(r.s, [...(headSpans.get(r.s) ?? []), [r.a, r.b]]);
    }
    // a name the tagger found whole with its head noun (`[جامعة أكسفورد]`) holds the known place
    // inside it as the head-noun rule's names do: the institution is the mention, not the city
    tagged.forEach((t, s) => {
      for (let i = 0; i < t.length; i++) {
        if (!t[i]!.startsWith('B-')) continue;
        const cont = `I-${t[i]!.slice(2)}`;
        let j = i + 1;
        while (j < t.length && t[j] === cont) j++;
        if (j - i >= 2 && headOf(sents[s]![i]!)) headSpans.set(s, [...(headSpans.get(s) ?? []), [i, j]]);
        i = j - 1;
      }
    });
  }
  const clusters = model?.clusters;
  // (only a word the classes key as written: they key فوستوك and وستوك both under a stripped form)
  const corpus: Attested = (f) => !!clusters && clusterWord(f) === f && clusters.code(fnv1a(f)) > 0;
  // words written with no clitic anywhere in the article (for where an unknown name starts)
  const alone = new Set<string>();
  for (const ws of sents) for (const w of ws) if (w.kind === 'word' && w.moff === 0) alone.add(w.fold);
  // …and the surnames of its persons, whatever the clitic analyser makes of their first letter (name-repeats.ts)
  if (tagged) for (const f of surnameWords(sents, tagged)) alone.add(f);
  // words written inside a person's longer name, whose first letter is then no clitic (person-words.ts)
  const inner = innerPersonWords(sents, tagged);
  const sport = isSportArticle(sents);
  sents.forEach((words, s) => {
    const taken = new Uint8Array(words.length);
    const heads = headSpans.get(s) ?? [];
    // a known person inside a longer name of the tagger's (`[سلمان بن عبدالعزيز] آل سعود`): the
    // longer name is the mention; it is still that person when it only adds ancestors after it
    const longer = new Map<number, KnownName>();
    for (const m of matches[s]!) {
      if (heads.some(([a, b]) => a <= m.a && m.b <= b && b - a > m.b - m.a)) continue;
      if (quoted.get(s)?.some(([a, b]) => a <= m.a && m.b <= b)) continue;
      if (tagged && m.known.type === 'PER' && givenNamesBefore(words, tagged[s]!, m.a, m.b)) continue;
      if (m.known.type === 'PER' && foreign.get(s)?.some(([a, b]) => a < m.a && m.b === b)) continue;
      // a known chain with a family name after it (`[عبدالله بن عبدالعزيز] الموسى`) is another
      // person of the same first names: the tagger's chunk is the mention
      if (tagged && m.known.type === 'PER' && chainWithFamily(words, tagged[s]!, m.a, m.b)) continue;
      const chain = tagged && m.known.type === 'PER' ? particleChain(words, tagged[s]!, m.a, m.b) : null;
      if (chain) {
        if (chain.a === m.a) longer.set(m.a, m.known);
        continue;
      }
      // a currency is never a name on its own (`الريال` is not Real Madrid's short form here)
      if (m.b - m.a === 1 && isCurrency(words[m.a]!.mfold)) continue;
      // …nor a word that is never a name alone, whatever alias it spells (`وترأس` is not Truss)
      if (m.b - m.a === 1 && isNotAlone(words[m.a]!)) continue;
      // …nor a generic head with a nationality (`الحكومة اليمنية`), though the lists spell it for linking
      if (isGenericNational(words.slice(m.a, m.b))) continue;
      // …nor a country's name that is its adjective after a definite noun (`القوات السعودية`)
      if (m.b - m.a === 1 && m.known.type === 'LOC' && isCountryAdjective(words, m.a)) continue;
      const first = words[m.a]!;
      // a person's short name that also names a place (عرفات) is the place after a preposition
      const place =
        m.b - m.a === 1 && m.known.type === 'PER' ? kbPlaceReading(first.text.slice(m.off)) : null;
      const known0 = place && placeContext(words, m.a, m.off) ? place : m.known;
      // a foreign city that names a club is the club in an article about sport (club-cities.ts)
      const club = sport ? cityClub(words, m.a, m.b, m.off, known0) : null;
      const known = club ?? known0;
      // a descriptive head the lists spell with a place whose bare name is ambiguous (`مدينة تدمر`)
      // stays outside the mention where the bare name is that place too (guide rule 15)
      const lead = describedPlace(words, m.a, m.b, m.known) ? 1 : 0;
      // a club's or a ministry's country adjective stays outside its name (guide rule 4)
      const clubEnd = m.model ? m.b : clubNameEnd(words, m.a, m.b, m.known);
      const b = m.model ? m.b : ministryNameEnd(words, m.a, clubEnd, m.known);
      cands.push({
        s,
        elided: lead ? false : isElided(first, m.off),
        a: m.a + lead,
        b,
        start: lead ? words[m.a + 1]!.start : first.start + m.off,
        end: words[b - 1]!.end,
        type: known.type,
        known: m.model ? null : known,
        source: m.model ? PRODUCT_MODEL_RULE : b < clubEnd ? MINISTRY_ADJECTIVE_RULE : b < m.b ? CLUB_ADJECTIVE_RULE : club ? CLUB_CITY_RULE : known === m.known ? SRC.lexicon : KB_TYPE_RULE,
        group: -1,
      });
      taken.fill(1, m.a, m.b);
    }
    if (!tagged) return;
    const tags = tagged[s]!;
    for (let i = 0; i < words.length;) {
      const t = tags[i]!;
      if (t === 'O') {
        i++;
        continue;
      }
      const ty = t.slice(2);
      const cont = `I-${ty}`;
      let j = i + 1;
      while (j < words.length && tags[j] === cont) j++;
      let overlaps = false;
      for (let k = i; k < j; k++) if (taken[k]) overlaps = true;
      // a chunk that starts or ends on punctuation or a verb of meeting or saying is trimmed to its name
      let a = i;
      // (a religious formula is no name, nor part of one: `[سالم] رحمه الله`; formulae.ts)
      let b = endBeforeFormula(words, i, j);
      while (a < b && (words[a]!.kind === 'punct' || isKnownVerb(words[a]!.fold))) a++;
      while (
        b > a &&
        (words[b - 1]!.kind === 'punct' ||
          (isKnownVerb(words[b - 1]!.fold) && !(b - 2 >= a && isNameLink(words[b - 2]!.fold))))
      )
        b--;
      // …and a body's or a place's name does not end on a word written with tanween, an indefinite
      // noun of the sentence's (`[نادي الوحدة] عقداً`); a person's may (`محمداً` in the accusative)
      const untrimmed = b;
      while (b - a > 1 && ty !== 'PERS' && hasTanween(words[b - 1]!.text)) b--;
      // (a head noun left alone names nothing: `كل محافظة تبعاً …`)
      if (b < untrimmed && b - a === 1 && headOf(words[a]!)) b = a;
      // a currency or a word the guide never marks (`الله`) is not a name on its own; the currency
      // as written too, where its first letter reads as a clitic (`فرنك`, not ف + `رنك`)
      const never =
        b - a === 1 &&
        (isCurrency(base(words[a]!)) ||
          isCurrency(words[a]!.fold) ||
          isNotName(base(words[a]!)) ||
          isNotAlone(words[a]!) ||
          isMonthGloss(words, a) ||
          (ty === 'LOC' && isCountryAdjective(words, a)) ||
          (ty !== 'PERS' && hasTanween(words[a]!.text)));
      if (!overlaps && a < b && !never && !onlyFunctionWords(words, a, b) && !isGenericNational(words.slice(a, b))) {
        const first = words[a]!;
        // (a learned event opens on its head, the clitics before it cut: `بملتقى …`)
        const off =
          ty === 'PERS' && keepsFirstLetter(first, inner) ? 0 : ruleAt.get(`${s}:${a}`) === LEARNED_EVENT_RULE ? first.moff : nameOffset(first, alone, corpus);
        const surfaceText = text.slice(first.start + off, words[b - 1]!.end);
        const known = lookupName(surfaceText);
        const tagged = TYPE_OF[ty] ?? 'MISC';
        // the knowledge base's type for a name it knows: a city is never a person
        const rule = a === i ? ruleAt.get(`${s}:${i}`) : undefined;
        // …and a given name the news conventions took for the place it also names (قال بشار) stays a person
        const retyped =
          rule === KNOWN_PLACE_RULE && b - a === 1 && kbAmbiguous(surfaceText)
            ? 'PER'
            : rule === QUOTED_OUTLET_RULE || rule === QUOTED_EVENT_RULE
              ? null
              : kbType(tagged, known, surfaceText);
        const type = retyped ?? tagged;
        cands.push({
          s,
          elided: isElided(first, off),
          a,
          b,
          start: first.start + off,
          end: words[b - 1]!.end,
          type,
          known: known && known.type === type ? known : (a === i && longer.get(i)) || null,
          source: retyped ? KB_TYPE_RULE : rule || SRC.model,
          group: -1,
        });
      }
      i = j;
    }
    for (const c of appositions(words, cands, s)) cands.push(c);
  });
  tagListNames(text, sents, cands);
  // `المملكة` alone: the kingdom the article names in full, if only one other than the default
  // (Saudi Arabia) and not the default; else the default
  const kingdoms = cands.filter((x) => x.source === KINGDOM_RULE);
  if (kingdoms.length) {
    const dflt = lookupName(kingdomDefault());
    const named = new Set(
      cands
        .filter((x) => x.known?.type === 'LOC' && foldName(x.known.canonical).startsWith('المملكه '))
        .map((x) => x.known!.id),
    );
    const hasDefault = cands.some((x) => x.known && x.known.id === dflt?.id);
    const other =
      named.size === 1 && !hasDefault ? cands.find((x) => named.has(x.known?.id ?? ''))!.known : null;
    for (const x of kingdoms) x.known = other ?? dflt;
  }
  cands.sort((x, y) => x.start - y.start);
  cands.forEach((c, i) => {
    const w = sents[c.s]!;
    for (let k = c.a; k < c.b; k++) {
      w[k]!.cand = i;
      w[k]!.candType = c.type;
    }
  });

  // the photo credit: a photographer and an agency
  const credit: Cand[] = [];
  const c = doc.article.credit;
  if (c.photographer)
    credit.push({
      s: -1,
      a: 0,
      b: 0,
      start: c.photographer.start,
      end: c.photographer.end,
      type: 'PER',
      known: lookupName(c.photographer.text),
      source: SRC.photographer,
      group: -1,
    });
  if (c.agency) {
    const k = lookupName(c.agency.text);
    credit.push({
      s: -1,
      a: 0,
      b: 0,
      start: c.agency.start,
      end: c.agency.end,
      type: k?.type ?? 'ORG',
      known: k,
      source: SRC.agency,
      group: -1,
    });
  }
  // the author and the outlet of the byline, the agency of the dateline, where nothing else read them
  for (const line of [doc.article.byline, doc.article.dateline]) {
    if (!line) continue;
    for (const n of creditNames(text, line)) {
      if (cands.some((x) => x.start < n.end && n.start < x.end)) continue;
      const k = lookupName(text.slice(n.start, n.end));
      const type = k && (n.type !== 'PER' || k.type === 'PER') ? k.type : n.type;
      credit.push({ s: -1, a: 0, b: 0, ...n, type, known: k?.type === type ? k : null, source: SRC.byline, group: -1 });
    }
  }
  // a given name the tagger took for a place (`هند`, which the index reads as الهند, India) is the
  // person the article names with it (`هند الشمري … وقالت هند`)
  const firstNames = new Set(
    cands.filter((x) => x.type === 'PER').map((x) => foldName(text.slice(x.start, x.end)).split(' ')[0]!),
  );
  for (const x of cands) {
    if (x.type !== 'LOC' || x.b - x.a !== 1 || x.s < 0) continue;
    const f = foldName(text.slice(x.start, x.end));
    if (!givenNames().has(f) || !firstNames.has(f)) continue;
    x.type = 'PER';
    x.known = null;
    x.source = KB_TYPE_RULE;
  }
  resolveSharedNames(text, cands);
  const all = [...cands, ...credit];

  // ---- coreference: groups of candidates -------------------------------------------------------
  const groups: Cand[][] = [];
  const byKey = new Map<string, number>();
  const surface = (x: Cand) => text.slice(x.start, x.end);
  // asked again and again of the same mention (sort comparators, each pair of person groups):
  // computed once per mention; callers only read the words
  const wordsOf = new Map<Cand, string[]>();
  const bareWords = (x: Cand): string[] => {
    let w = wordsOf.get(x);
    if (!w) {
      w = (x.elided ? 'ا' : '').concat(foldName(surface(x))).split(' ').map(bare);
      wordsOf.set(x, w);
    }
    return w;
  };
  for (const x of all) {
    // a spelling only the knowledge base knows (دولة قطر) joins the entity's other mentions
    const linked = x.known || x.elided ? null : kbLinkName(surface(x), x.type);
    const key = x.known
      ? `id:${x.known.id}`
      : linked
        ? `id:${linked.id}`
        : `${x.type}:${bareWords(x).join(' ')}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push([]);
      byKey.set(key, g);
    }
    groups[g]!.push(x);
    x.group = g;
  }
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (into: number, from: number) => {
    const a = find(into);
    const b = find(from);
    if (a !== b) parent[b] = a;
  };
  // an acronym or short form in parentheses right after a name: منظمة الدول المصدرة للنفط (أوبك)
  sents.forEach((words, s) => {
    for (const x of cands) {
      if (x.s !== s || x.b + 2 >= words.length) continue;
      if (words[x.b]!.text !== '(') continue;
      const y = words[x.b + 1]!.cand;
      if (y < 0 || cands[y]!.b >= words.length || words[cands[y]!.b]!.text !== ')') continue;
      const yc = cands[y]!;
      if (yc.known && x.known && yc.known.id !== x.known.id) continue;
      if (yc.type === x.type || yc.type !== 'PER') union(x.group, yc.group);
    }
  });
  // a person's surname or short form alone joins the full name that contains it (one holder only)
  const longestWords = (g: number) => groups[g]!.map(bareWords).sort((p, q) => q.length - p.length)[0]!;
  const contains = (long: string[], short: string[]) => {
    for (let i = 0; i + short.length <= long.length; i++)
      if (short.every((w, k) => long[i + k] === w)) return true;
    return false;
  };
  const perGroups = groups.map((_, i) => i).filter((g) => groups[g]![0]!.type === 'PER');
  for (const g of perGroups) {
    const short = longestWords(g);
    const holders = perGroups.filter((h) => {
      if (h === g) return false;
      const long = longestWords(h);
      return long.length > short.length && contains(long, short);
    });
    const roots = [...new Set(holders.map(find))];
    if (roots.length === 1) {
      const known = groups[g]![0]!.known;
      const hk = groups[roots[0]!]![0]!.known;
      if (!known || !hk || known.id === hk.id) union(roots[0]!, g);
    }
  }
  // a body written bare later (conventions.ts articleBodies: `قادة الفجر`) joins its full name
  // (`حزب الفجر`), the one ORG whose name ends on that word
  const orgGroups = groups.map((_, i) => i).filter((g) => groups[g]![0]!.type === 'ORG');
  for (const g of orgGroups) {
    if (!groups[g]!.every((x) => x.source === ARTICLE_BODY_RULE)) continue;
    const short = longestWords(g);
    const holders = orgGroups.filter((h) => {
      const long = longestWords(h);
      return h !== g && long.length === short.length + 1 && long[long.length - 1] === short[0];
    });
    const roots = [...new Set(holders.map(find))];
    if (roots.length === 1) union(roots[0]!, g);
  }

  // ---- entities -------------------------------------------------------------------------------
  const merged = new Map<number, Cand[]>();
  for (let g = 0; g < groups.length; g++) {
    const r = find(g);
    const list = merged.get(r) ?? [];
    list.push(...groups[g]!);
    merged.set(r, list);
  }
  const entities: (Entity & { _first: number })[] = [];
  const entityOfCand = new Map<Cand, Entity>();
  for (const list of merged.values()) {
    list.sort((x, y) => x.start - y.start);
    const known = list.find((x) => x.known)?.known ?? null;
    // type: the lexicon's, else the most frequent among the mentions
    const votes = new Map<EntityType, number>();
    for (const x of list) votes.set(x.type, (votes.get(x.type) ?? 0) + (x.source === SRC.model ? 1 : 2));
    const type = known?.type ?? [...votes].sort((p, q) => q[1] - p[1])[0]![0];
    const ranked = [...list].sort(
      (x, y) =>
        bareWords(y).length - bareWords(x).length || y.end - y.start - (x.end - x.start) || x.start - y.start,
    );
    // a mention written with an elided article (للولايات → لولايات…) is not a name as such
    const spelled = (x: Cand) => !x.elided;
    const nameCand = ranked.find(spelled);
    const name = nameCand ? surface(nameCand) : known ? known.canonical : 'ا' + surface(ranked[0]!);
    // a name the lexicons know with another type (بشار the person, not Béchar) takes nothing from that entry
    const found = known ?? lookupName(name);
    const kn = found && found.type === type ? found : null;
    const mentions: SourcedSpan[] = [];
    const seen = new Set<string>();
    for (const x of list) {
      const k = `${x.start}:${x.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.push(sourced(text, x.start, x.end, x.source));
    }
    // the knowledge base: the record of a known name, else of a spelling only it lists
    const linked = kn ? null : list.map((x) => kbLinkName(surface(x), type)).find((k) => k);
    const e: Entity & { _first: number } = {
      id: '',
      key: kn ? `${type}:${kn.id}` : linked ? `${type}:${linked.id}` : entityKey(type, name),
      type,
      name,
      en: null,
      enSource: null,
      roles: [],
      mentions,
      source: list.some((x) => x.source === SRC.model) ? SRC.model : list[0]!.source,
      _first: list[0]!.start,
    };
    if (kn) [e.en, e.enSource] = [kn.en, kn.enSource];
    else if (linked) [e.en, e.enSource] = [linked.en, 'lexicon'];
    else {
      const eng = englishName(name);
      if (eng.en) [e.en, e.enSource] = [eng.en, eng.source];
    }
    const record = linked ?? kbForKey(e.key);
    if (record && record.type === type) e.kb = kbRef(record);
    entities.push(e);
    for (const x of list) entityOfCand.set(x, e);
  }

  // ---- roles ----------------------------------------------------------------------------------
  const addRole = (e: Entity, r: Role) => {
    if (!e.roles.some((q) => q.start === r.start && q.end === r.end)) e.roles.push(r);
  };
  cands.forEach((x) => {
    const e = entityOfCand.get(x);
    if (!e || e.type !== 'PER') return;
    const words = sents[x.s]!;
    const r = roleBefore(words, x.a) ?? roleAfter(words, x.b);
    if (r)
      addRole(e, sourced(text, r.start, r.end, r.how === 'title-before' ? SRC.roleBefore : SRC.roleAfter));
  });
  for (const x of credit) {
    const e = entityOfCand.get(x);
    if (e && x.source === SRC.photographer && e.type === 'PER')
      addRole(e, { ...sourced(text, x.start, x.end, SRC.rolePhoto), label: 'photographer' });
  }

  entities.sort((p, q) => p._first - q._first);
  const out: Entity[] = entities.map(({ _first: _f, ...e }, i) => {
    e.roles.sort((p, q) => p.start - q.start);
    return { ...e, id: `e${i + 1}` };
  });
  return { entities: out, warnings };
}

// ---- lookups for other stages ---------------------------------------------------------------------

/** The entity with a mention covering [start, end) (or overlapping it most), else null. */
export function findEntityAt(
  doc: Readonly<Pick<MarsadDocument, 'entities'>>,
  start: number,
  end: number,
): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.start <= start && end <= m.end) return e;
      const o = Math.min(end, m.end) - Math.max(start, m.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = e;
      }
    }
  }
  return best;
}

function phraseWords(text: string, offset: number): WordTok[] {
  return tokenize(text).map((t) => ({ ...wordTok(t), start: t.start + offset, end: t.end + offset }));
}

/**
 * The person a role phrase refers to in this document (`الناطق باسم البلدية` → the entity whose
 * role is `المتحدث باسم البلدية`), or null when no one, or more than one person, holds it.
 */
export function resolveRolePhrase(
  doc: Readonly<Pick<MarsadDocument, 'entities' | 'text'>>,
  span: Span,
): string | null {
  const key = roleKey(phraseWords(doc.text.slice(span.start, span.end), span.start));
  if (!key) return null;
  const holders = doc.entities.filter(
    (e) => e.type === 'PER' && e.roles.some((r) => roleKey(phraseWords(r.text, r.start)) === key),
  );
  return holders.length === 1 ? holders[0]!.id : null;
}
