/**
 * Quote finding: direct quotes (paired quotation marks, or a colon after a verb of saying) and
 * reported speech (a verb of saying + أنّ/إنّ clause, a participle, an attribution phrase), each
 * with its cue and speaker. Rules only; the lexicon is src/lexicon/speech.json.
 */
import type { Entity, MarsadDocument, Quote, QuoteStance, Span } from '../../doc/types.ts';
import { span } from '../../doc/types.ts';
import { LEX, type CueForm, type Gender, type Phrase } from './lexicon.ts';
import { MAX_QUOTE_CHARS, findMarkPairs, type MarkPair } from './marks.ts';
import { citedSpeaker, isCitedPair, withCitedPairs } from './cited.ts';
import { narratorInside } from './narrator.ts';
import { isBareAccusative, isObliquePlural } from './adverbs.ts';
import { endBeforeSpeakerNamed } from './named-again.ts';
import { isClaimHead, isClaimPrep, takesObjectClaim, takesOpinionObject } from './claims.ts';
import { withoutAddressee } from './addressees.ts';
import { claimTrailerStart } from './claim-trailers.ts';
import { describedSubjectBefore, opensWithName, relativeAntecedent, speakerPhrase } from './svo.ts';
import { SpeakerBook, isCited, isOrgHead, isRoleStart, isUnnamedHead, trimPunct, type SpeakerRef } from './speakers.ts';
import { dropConj, isQuoteChar, norm, stripConj, tokens, type Tok } from './text.ts';
import { FUTURE_NOT_VERBS_LIST } from '../time/lexicon.ts';
import { stripMarks } from '../../text/normalize.ts';
import { hasNonNominativeTanween } from '../../text/script.ts';
import { hasStopMark, isAbbreviationDot, isClauseTrailer, lastStopBeforeSpace } from '../../text/sentences.ts';
import {
  analyzeClitics,
  dropArticle,
  dropConjArticle,
  dropHaSuffix,
  dropProclitic,
  opensWithArticle,
  opensWithArticleOrLil,
  opensWithLil,
  startsWithConjunction,
  startsWithFuturePrefix,
  startsWithProclitic,
} from '../../text/clitics.ts';
import { dropGluedLam, endsWithNisba, hasFutureVerbShape, opensWithBaOfVerbalNoun, opensWithFaInna, opensWithImperfectYa, opensWithPrepArticle } from '../../text/clitics.ts';
import { endsWithHaOrTaMarbuta, endsWithObjectPronoun, endsWithYa } from '../../text/endings.ts';

const COMMA = new Set(['،', ',', '؛', ';']);
/** How far a participle's object may run before its أنّ or preposition (participleAfterObject). */
const PARTICIPLE_OBJECT_LIMIT = 12;

interface Ctx {
  doc: Readonly<MarsadDocument>;
  text: string;
  toks: Tok[];
  /** Sentence index of each token. */
  sent: number[];
  /** Paragraph (line) index of each token. */
  para: number[];
  /** How many word tokens each paragraph holds (a byline is a few words, a sentence more). */
  paraWords: number[];
  pairs: MarkPair[];
  pairAtOpen: Map<number, MarkPair>;
  /** Per UTF-16 offset: 1 strictly between a pair's marks, 2 inside the content of a long one. */
  inQuote: Uint8Array;
  /** Offsets of the marks of pairs that hold a name or a title rather than speech. */
  nameMarks: Set<number>;
  book: SpeakerBook;
  skip: Span[];
  trace?: Trace | undefined;
}

/** Diagnostics only (scripts/eval-quotes.ts): why a cue at offset `at` was turned down. */
export type Trace = (why: string, at: number) => void;
/** Reports `why` to the trace, if any, and turns the candidate down. */
function no(trace: Trace | undefined, why: string, at: number): null {
  trace?.(why, at);
  return null;
}

/** A verb or participle of saying accepted with its speaker and where its content starts. */
interface Cue {
  tok: number;
  cue: Span;
  form: CueForm | null;
  speaker: SpeakerRef | null;
  via: string | null;
  /** Content start (char offset) and how it is introduced. */
  contentStart: number;
  /** 'noun': a claim in a noun phrase, the verb's object or after its preposition (claims.ts). */
  marker: 'comp' | 'colon' | 'quote' | 'prep' | 'fa' | 'after' | 'noun';
  /** For 'after' attribution: content already known. */
  contentEnd?: number;
  rule: string;
}

/** Marks offsets inside quotation pairs once, so per-token checks are constant time. */
function quoteMask(text: string, pairs: MarkPair[]): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  for (const p of pairs) {
    for (let i = p.open + 1; i < p.close; i++) if (mask[i] === 0) mask[i] = 1;
    if (p.end - p.start > 40) for (let i = p.start; i < p.end; i++) mask[i] = 2;
  }
  return mask;
}

function sentenceIndex(text: string, toks: Tok[], mask: Uint8Array): { sent: number[]; para: number[] } {
  const inside = (i: number): boolean => mask[i] !== 0;
  const sent: number[] = [];
  const para: number[] = [];
  let s = 0;
  let p = 0;
  let lastEnd = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const gap = text.slice(lastEnd, t.start);
    if (gap.includes('\n')) {
      p++;
      const nl = lastEnd + gap.indexOf('\n');
      if (!inside(nl)) s++;
    }
    sent.push(s);
    para.push(p);
    lastEnd = t.end;
    // وزير الصحة د. فلان: the dot of an abbreviation ends no sentence (the text layer's rule).
    if (!t.word && hasStopMark(t.text) && !inside(t.start) && !(t.text === '.' && isAbbreviationDot(text, t.start))) {
      const next = text[t.end];
      const next2 = text[t.end + 1];
      const glued = t.text === '.' && /\p{Script=Arabic}/u.test(next ?? '') && /\p{Script=Arabic}/u.test(text[t.start - 1] ?? '');
      if (next === undefined || /\s/.test(next) || glued || (isQuoteChar(next) && (next2 === undefined || /\s/.test(next2)))) s++;
    }
  }
  return { sent, para };
}

/** تبين من خلاله أن…: the form at k followed by a word that makes it no verb of saying (speech.json notCueBefore). */
function notCueHere(c: Ctx, k: number, f: CueForm): boolean {
  const next = c.toks[k + 1];
  return !!next && next.word && !!LEX.notCueBefore.get(norm(f.lemma))?.has(next.n);
}

function formAt(t: Tok | undefined): CueForm | null {
  if (!t || !t.word) return null;
  // stripConj's forms in order, without building the list (asked at nearly every token).
  const f = LEX.forms.get(t.n);
  if (f) return f;
  return (startsWithConjunction(t.n) && t.n.length > 2 && LEX.forms.get(t.n.slice(1))) || null;
}

/** A future verb (ستبدأ، سنعمل) opening a clause; root-س words (سيارة، ساعد) are listed in time.json. */
function isFutureVerb(t: Tok): boolean {
  const bare = startsWithConjunction(t.n) && startsWithFuturePrefix(t.n.slice(1)) ? t.n.slice(1) : t.n;
  return hasFutureVerbShape(bare) && !FUTURE_NOT_VERBS_LIST.some((p) => bare.startsWith(p));
}

const hasConj = (t: Tok): boolean => startsWithConjunction(t.n) && !LEX.forms.has(t.n);

/** كان / وكانت: the auxiliary of a pluperfect report. */
const isPastAux = (t: Tok | undefined): boolean => !!t && t.word && stripConj(t.n).some((k) => LEX.pastAuxiliaries.has(k));

function isComp(t: Tok | undefined, prev?: Tok): boolean {
  if (!t || !t.word) return false;
  // دون أن / قبل أن / لا بد أن: a subordinate clause, not reported content.
  if (prev && prev.word && LEX.notComplementizerAfter.has(prev.n)) return false;
  return LEX.complementizers.has(t.n) || (startsWithConjunction(t.n) && LEX.complementizers.has(t.n.slice(1)) && t.n.length > 2);
}
/** A complementizer at k, not one inside a name in brackets (لينكد إن). */
const compAt = (toks: Tok[], k: number): boolean => isComp(toks[k], toks[k - 1]) && toks[k + 1]?.text !== ')';

/** Matches a phrase at token i; returns the index after it. A final ل/ب may be glued to the next word. */
function matchPhrase(toks: Tok[], i: number, ph: Phrase): { next: number; glued: boolean } | null {
  let k = i;
  for (let w = 0; w < ph.words.length; w++) {
    const word = ph.words[w]!;
    const t = toks[k];
    if (!t || !t.word) return null;
    const last = w === ph.words.length - 1;
    // The first word may carry a و/ف (stripConj's forms, tested without building them: this runs
    // for every phrase of a list at every token).
    if (t.n === word || (w === 0 && t.n.length > 2 && t.n.length === word.length + 1 && startsWithConjunction(t.n) && t.n.startsWith(word, 1))) {
      k++;
      continue;
    }
    if (last && word.length === 1 && t.n.startsWith(word) && t.n.length > 2) return { next: k, glued: true };
    return null;
  }
  return { next: k, glued: false };
}

/**
 * Whether a token may open one of `phrases`: matchPhrase's test of the first word, asked once for
 * the list rather than once per phrase (the cue lists are tried at nearly every token, and almost
 * no token opens any of their phrases).
 */
function opener(phrases: readonly Phrase[]): (t: Tok | undefined) => boolean {
  if (phrases.some((p) => p.words.length === 0)) return () => true;
  const first = new Set(phrases.map((p) => p.words[0]!));
  const glued = phrases.filter((p) => p.words.length === 1 && p.words[0]!.length === 1).map((p) => p.words[0]!);
  return (t) =>
    !!t &&
    t.word &&
    (first.has(t.n) ||
      (t.n.length > 2 && ((startsWithConjunction(t.n) && first.has(t.n.slice(1))) || glued.some((g) => t.n.startsWith(g)))));
}
const opensAttribution = opener(LEX.attributionBefore);
const opensNotQuoteCue = opener(LEX.notQuoteCues);

function clauseStart(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const prev = c.toks[i - 1];
  if (!prev || c.sent[i - 1] !== c.sent[i]) return true;
  if (!prev.word) {
    if (COMMA.has(prev.text) || prev.text === ':' || prev.text === '(' || prev.text === ')' || prev.text === '-' || prev.text === '–') return true;
    return hasConj(t);
  }
  if (LEX.pronounLeads.has(prev.n)) return true;
  if (prev.n === 'ان' && LEX.timeBeforeAn.has(c.toks[i - 2]?.n ?? '')) return true;
  if (prev.n === 'قد' || prev.n === 'وقد' || prev.n === 'فقد') return true;
  // وكانت ذكرت الشرطة…: the auxiliary opens the clause with the verb.
  if (isPastAux(prev) && (!c.toks[i - 2] || c.sent[i - 2] !== c.sent[i] || !c.toks[i - 2]!.word || hasConj(prev))) return true;
  if (LEX.sideFrom.has(c.toks[i - 2]?.n ?? '') && LEX.sideNouns.has(prev.n)) return true;
  if (LEX.byTurn.has(prev.n)) return true;
  if (afterConnective(c, i)) return true;
  return hasConj(t);
}

/** Whether a connective of the narrator (من جهة أخرى، في هذا السياق) ends right before token i. */
function afterConnective(c: Ctx, i: number): boolean {
  return LEX.turnConnectives.some((ph) => {
    const a = i - ph.words.length;
    return a >= 0 && c.sent[a] === c.sent[i] && matchPhrase(c.toks, a, ph)?.next === i;
  });
}

function isAdjunctStart(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!t.word) return isQuoteChar(t.text) || t.text === '(';
  if (t.n === 'في') return LEX.adjunctAfterFi.has(toks[k + 1]?.n ?? '');
  // وكتب المرشد على حسابه في…، وقال الوزير على هامش المؤتمر: an adjunct after على too (written
  // with its alif maqsura: علي before them would be a name).
  if (LEX.alaWritten.has(t.text)) return LEX.adjunctAfterAla.has(toks[k + 1]?.n ?? '');
  if (t.n === 'من') return LEX.sideNouns.has(toks[k + 1]?.n ?? '') || toks[k + 1]?.n === 'خلال';
  if (t.n === 'ل') return true;
  if (startsWithProclitic(t.n, 'lam') && (LEX.relayNouns.has(t.n.slice(1)) || LEX.agencies.some((a) => a.words[0] === t.n.slice(1)))) return true;
  if (opensWithLil(t.n) && LEX.relayNouns.has(t.n.slice(2))) return true;
  // وقال فلان للصحافيين، لصحفيين: whom he told, not part of his name.
  if ((opensWithLil(t.n) && LEX.audienceNouns.has(t.n.slice(2))) || (startsWithProclitic(t.n, 'lam') && LEX.audienceNouns.has(t.n.slice(1)))) return true;
  if (LEX.adjunctStarts.has(t.n)) return true;
  return false;
}

/**
 * A word that opens an adjunct or an object, never a subject: a preposition with a pronoun (اعلنت
 * فيه، أضافت لهم), ل before a definite noun (أكد للمجلس), a statement of the speaker's own
 * (اختتم تصريحه).
 */
function notSubjectLead(t: Tok): boolean {
  return LEX.notSubjectLeads.has(t.n) || (opensWithLil(t.n) && t.n.length > 4);
}

/** Splits [a, b) into comma segments, drops adjunct segments and cuts adjuncts off the others. */
function subjectSegments(c: Ctx, a: number, b: number): Tok[][] {
  // Token indices, not tokens: adjunct checks look at the following token.
  const segs: number[][] = [];
  let cur: number[] = [];
  for (let k = a; k < b; k++) {
    const t = c.toks[k]!;
    // وقال لـ"الصحيفة" مدير التعليم…: the outlet addressed stands between the verb and its subject.
    const open = c.toks[k + 1];
    const outlet = t.word && t.n === 'ل' && open && !open.word && c.nameMarks.has(open.start) ? c.pairAtOpen.get(open.start) : undefined;
    if (outlet) {
      k = tokAt(c, outlet.close);
      continue;
    }
    if (!t.word && c.nameMarks.has(t.start)) continue;
    if (!t.word && COMMA.has(t.text)) {
      segs.push(cur);
      cur = [];
    } else cur.push(k);
  }
  segs.push(cur);
  const out: Tok[][] = [];
  for (const seg of segs) {
    let cut = seg.length;
    // في ذات الوقت، في وقت سابق: a phrase that opens with a preposition is an adjunct, whatever follows.
    const lead = c.toks[seg[0] ?? -1];
    // وقال علي فلان: على and the name علي share a key; a person the entities stage found there is no preposition.
    const person = !!lead && c.book.entityAt(lead.start, lead.end, ['PER'])?.start === lead.start;
    if (lead?.word && !person && (LEX.subjectPrepositions.has(lead.n) || notSubjectLead(lead))) cut = 0;
    // وحذرت أخيراً، أعلنت رسمياً، شدد كثيراً: a word in the accusative (or genitive) is an adverb or
    // an object, never the subject; unless a name follows in the phrase (أعلنت سابقاً على لسان
    // المتحدثة فلانة), where the speaker is read as before.
    const last = c.toks[seg[seg.length - 1] ?? -1];
    if (lead?.word && last && hasNonNominativeTanween(lead.text) && !c.book.entityAt(lead.end, last.end)) cut = 0;
    // وأضاف مدافعا: the same accusative written without its mark, a word alone in its phrase.
    const named = !!lead && !!c.book.entityAt(lead.start, lead.end, ['PER', 'ORG', 'LOC', 'MISC']);
    if (seg.length === 1 && lead && isBareAccusative(lead) && !named) cut = 0;
    // ودعت الجمهوريين إلى…: the object in ين right after the verb (a role such as الأمين العام
    // aside; after بحسب the genitive names the source).
    if (lead && seg === segs[0] && formAt(c.toks[a - 1]) && isObliquePlural(lead) && !named && !isRoleStart(lead) && !LEX.titles.has(lead.n)) cut = 0;
    for (let j = 0; j < cut; j++) {
      // سفير المملكة لدى الأردن فلان: the preposition goes on the role's phrase.
      if (j > 0 && LEX.roleAdjuncts.has(c.toks[seg[j]!]!.n) && isRoleStart(c.toks[seg[0]!])) continue;
      if (isAdjunctStart(c.toks, seg[j]!) || formAt(c.toks[seg[j]!])?.participle) {
        cut = j;
        break;
      }
    }
    const kept = trimPunct(seg.slice(0, cut).map((k) => c.toks[k]!));
    if (kept.length > 0) out.push(kept);
  }
  return out;
}

function gender(f: CueForm | null): Gender | null {
  return f ? f.gender : null;
}

interface Marker {
  at: number;
  kind: Cue['marker'];
  contentStart: number;
  /** Where the subject ends when a trailer (a parenthesis in dashes, a time word) closes it. */
  subjectEnd?: number;
}

/**
 * وقال الإجراءات الجديدة ستطبق…: a verb with a hidden subject followed by a clause of its own (a
 * definite noun phrase that names nobody, then a future or negated verb) is unmarked direct speech.
 */
function unmarkedClause(c: Ctx, i: number, form: CueForm): boolean {
  if (form.participle || !LEX.directOpenerLemmas.has(norm(form.lemma)) || c.book.history.length === 0) return false;
  let k = i + 1;
  while (k < c.toks.length && k <= i + 3 && c.sent[k] === c.sent[i] && c.toks[k]!.word && opensWithArticle(c.toks[k]!.n)) k++;
  if (k === i + 1 || k >= c.toks.length || c.sent[k] !== c.sent[i]) return false;
  const np = c.toks.slice(i + 1, k);
  if (np.some((t) => isRoleStart(t) || isUnnamedHead(t) || isOrgHead(t) || LEX.titles.has(t.n) || isAdjunctStart(c.toks, c.toks.indexOf(t)))) return false;
  if (c.book.entityAt(np[0]!.start, np[np.length - 1]!.end, ['PER', 'ORG', 'LOC', 'MISC'])) return false;
  const v = c.toks[k]!;
  return v.word && (isFutureVerb(v) || LEX.clauseVerbParticles.has(v.n));
}

/**
 * مؤكداً تراجع القروض، ونفى المدرب فلان مشاركته…: a claim as the verb's direct object at token k
 * (claims.ts), right after a participle or after a subject the entities stage named (a role or
 * title before the name allowed). Not when an أن clause follows in the sentence: the word was then
 * the start of a subject the tagger missed.
 */
function objectClaimAt(c: Ctx, i: number, k: number): number {
  const t = c.toks[k]!;
  if (!takesObjectClaim(c.toks[i]!) || !isClaimHead(t) || c.book.entityAt(t.start, t.end, ['PER', 'ORG', 'LOC'])) return -1;
  // A word that can open the subject, an adjunct or a preposition's phrase is no object.
  if (isRoleStart(t) || isUnnamedHead(t) || isOrgHead(t) || LEX.titles.has(t.n) || LEX.pronounTitles.has(t.n) || notSubjectLead(t) || isAdjunctStart(c.toks, k)) return -1;
  if (LEX.subjectPrepositions.has(t.n) || LEX.nameStopWords.has(t.n)) return -1;
  let e = k;
  let closed = false;
  let trailed = false;
  // Right after the verb only for a participle opening its clause (، مؤكداً تراجع…): after a bare
  // verb the word is as often its subject (وأكدت عائلة فلان وفاة…), and مؤكدة after a noun is an adjective.
  if (k === i + 1) {
    const cue = c.toks[i]!;
    const before = c.toks[i - 1];
    if (!formAt(cue)?.participle || (before?.word && !startsWithConjunction(cue.n))) return -1;
  } else if ((closed = commaClosedSubject(c, i, k))) {
    e = k - 1;
  } else if (unnamedSubjectBefore(c, i, k)) {
    e = k;
  } else if ((trailed = (e = trailedSubjectEnd(c, i, k)) < k)) {
    // وأكد سموه - حفظه الله - اعتزاز…، أعلن المدعي العام الجمعة توجيه…: closed by a trailer.
  } else {
    e = subjectEndBefore(c, i, k);
    if (!namedSubjectEndsAt(c, i, e)) return -1;
  }
  // A subject closed by a comma (وأكد الوزير فلان، حرص…، مشيراً إلى أنّ…) is whole: an أنّ after the
  // next comma belongs to another clause.
  for (let j = k + 1; j < c.toks.length && j <= k + 30 && c.sent[j] === c.sent[k]; j++) {
    // After a subject closed by a comma only a new cue ends the search (أكد فلان، ووفقاً لوكالة…، أنّ…).
    if (e < k && COMMA.has(c.toks[j]!.text) && (!closed || formAt(c.toks[j + 1]))) break;
    if (compAt(c.toks, j)) return -1;
  }
  return trailed ? e : k;
}

/**
 * أكد مصدر أمني في المحافظة مقتل…، نفت مصادر محلية وصول…: an unnamed source (مصدر، مصادر) as
 * the verb's subject, with nisba or definite adjectives and a preposition's definite phrase after
 * it, then the claim at token k. The claim is no adjective itself (no nisba) and goes on after it.
 */
/** Whether a named subject (after a role or title of a few words) fills the tokens i+1 … e-1. */
function namedSubjectEndsAt(c: Ctx, i: number, e: number): boolean {
  if (e <= i + 1) return false;
  const first = c.toks[i + 1]!;
  const named = c.book.entityAt(first.start, c.toks[e - 1]!.end, ['PER', 'ORG', 'LOC']);
  if (!named || named.end !== c.toks[e - 1]!.end) return false;
  const lead = c.toks.slice(i + 1, tokAt(c, named.start));
  return !(named.start > first.start && (lead.length > 6 || lead.some((x) => !x.word) || !(isRoleStart(first) || LEX.titles.has(first.n))));
}

/**
 * Where the subject ends when a trailer (claim-trailers.ts) closes it right before the claim at
 * token k: an honorific with a pronoun (سموه), an unnamed or a named subject; else k.
 */
function trailedSubjectEnd(c: Ctx, i: number, k: number): number {
  const a = claimTrailerStart(c.toks, k, (j) => c.sent[j] === c.sent[k]);
  if (a >= k || a <= i) return k;
  // وأكد في تصريح صحفي حرص…: a hidden subject, the trailer right after a verb opening its clause.
  if (a === i + 1) return hasConj(c.toks[i]!) || clauseStart(c, i) ? a : k;
  const alone = a === i + 2 && LEX.pronounTitles.has(c.toks[i + 1]!.n);
  return alone || unnamedSubjectBefore(c, i, a) || namedSubjectEndsAt(c, i, a) || definiteSubjectBefore(c, i, a) ? a : k;
}

/**
 * وأكدت الوزارة في بيان لها اليوم مواصلة…، ونفى المتحدث الرسمي أمس وجود…: a subject of one to
 * three definite words that the entities stage did not name, closed by a trailer at token a.
 */
function definiteSubjectBefore(c: Ctx, i: number, a: number): boolean {
  if (a - i - 1 > 3 || !opensWithArticle(c.toks[i + 1]!.n)) return false;
  return c.toks.slice(i + 1, a).every((w) => w.word && (opensWithArticle(w.n) || endsWithNisba(w.n)));
}

function unnamedSubjectBefore(c: Ctx, i: number, k: number): boolean {
  if (!isUnnamedHead(c.toks[i + 1]) || k < i + 3 || k > i + 10) return false;
  const next = c.toks[k + 1];
  // الناطق الرسمي باسم…: a word that continues the source's title is no claim.
  if (endsWithNisba(c.toks[k]!.n) || LEX.prepContentBlockWords.has(c.toks[k]!.n) || !next?.word || c.sent[k + 1] !== c.sent[k] || LEX.subjectPrepositions.has(c.toks[k - 1]!.n)) return false;
  for (let j = i + 2; j < k; j++) {
    const w = c.toks[j]!;
    if (!w.word) return false;
    if (!LEX.subjectPrepositions.has(w.n) && !opensWithArticle(w.n) && !endsWithNisba(w.n) && !c.book.entityAt(w.start, w.end)) return false;
  }
  return true;
}

/**
 * وأكدت مصادر مقربة من النادي، إصرار المدرب…؛ وأكد مسؤول في الشرطة اليوم، اعتقال…: a subject
 * the entities stage did not name, or an adjunct of the saying, closed by the comma right before
 * the claim at token k. The verb opens its clause, and no أنّ, other verb of saying or relative
 * clause stands between.
 */
function commaClosedSubject(c: Ctx, i: number, k: number): boolean {
  const comma = c.toks[k - 1]!;
  if (comma.word || !COMMA.has(comma.text) || k - i > 20 || !(clauseStart(c, i) || formAt(c.toks[i]!)?.participle)) return false;
  // The claim is a noun in construct: another verb of saying there opens its own clause (…، مؤكداً
  // وقوف…), so does a connective (…، إذ يعد…), and a word alone before the next comma is an adverb
  // (أكدت فلانة، مجدداً، أنّ…).
  const t = c.toks[k]!;
  const next = c.toks[k + 1];
  if (formAt(t) || LEX.pronounLeads.has(t.n) || LEX.subjectBoundaries.has(t.n) || !next?.word || c.sent[k + 1] !== c.sent[k]) return false;
  let words = 0;
  for (let j = i + 1; j < k - 1; j++) {
    const t = c.toks[j]!;
    // A relative clause in commas (فلان، الذي زار المدينة أمس، …) may end in its own verb's object.
    if (t.word ? compAt(c.toks, j) || !!formAt(t) || LEX.relativeLeads.has(t.n) : !COMMA.has(t.text) && !isQuoteChar(t.text)) return false;
    if (t.word) words++;
  }
  return words > 0;
}

/**
 * Where the subject of the verb at token i ends when its object starts at token k: before the
 * comma that closes it and before adjuncts set off by commas (وأكد الوزير فلان، في تصريح
 * صحفي، حرص الوزارة…؛ أكدت الحركة، يوم أمس، وفاة…), else right before k.
 */
function subjectEndBefore(c: Ctx, i: number, k: number): number {
  const comma = (j: number): boolean => !c.toks[j]!.word && COMMA.has(c.toks[j]!.text);
  if (!comma(k - 1)) return k;
  let e = k - 1;
  for (;;) {
    let a = e - 1;
    while (a > i && !comma(a)) a--;
    if (a <= i + 1 || !isAdjunctStart(c.toks, a + 1)) return e;
    e = a;
  }
}

/** After عن at token k: the complementizer of عن + one noun (+ في، بـ، إلى) + أنّ, or -1. */
function feelingClauseAt(c: Ctx, k: number): number {
  const noun = c.toks[k + 1];
  if (!noun?.word || c.sent[k + 1] !== c.sent[k] || c.book.entityAt(noun.start, noun.end)) return -1;
  let j = k + 2;
  if (c.toks[j]?.word && (c.toks[j]!.n === 'في' || LEX.complementizerPreps.has(c.toks[j]!.n))) j++;
  return c.sent[j] === c.sent[k] && compAt(c.toks, j) && !startsWithProclitic(c.toks[j]!.n, 'lam') ? j : -1;
}

/** After a verb at token i: where its content starts (أنّ clause, colon, quote, preposition). */
function findMarker(c: Ctx, i: number, form: CueForm, limit = 30, trace?: Trace): Marker | null {
  const s = c.sent[i];
  const at = c.toks[i]!.start;
  for (let k = i + 1; k < c.toks.length && k <= i + limit && c.sent[k] === s; k++) {
    const t = c.toks[k]!;
    if (k === i + 1 && t.word && LEX.directOpenerLemmas.has(norm(form.lemma)) && (LEX.directOpeners.has(t.n) || isFutureVerb(t))) {
      // قال أنا…، قال لا يمكن…، مضيفاً ستبدأ…: direct speech without marks or colon.
      return { at: k, kind: 'colon', contentStart: t.start };
    }
    if (k === i + 1 && unmarkedClause(c, i, form)) return { at: k, kind: 'colon', contentStart: t.start };
    // وأضاف الحربي لم نتلق…: after a named subject (an entity mention ending right before), the
    // same openers start unmarked direct speech.
    if (k > i + 1 && k <= i + 5 && t.word && LEX.directOpenerLemmas.has(norm(form.lemma)) && (LEX.directOpeners.has(t.n) || isFutureVerb(t))) {
      const named = c.book.entityAt(c.toks[i + 1]!.start, c.toks[k - 1]!.end, ['PER', 'ORG']);
      if (named && named.start <= c.toks[i + 1]!.start && named.end === c.toks[k - 1]!.end) return { at: k, kind: 'colon', contentStart: t.start };
    }
    if (!t.word) {
      if (t.text === ':') {
        // على النحو التالي: introduces a list, not speech.
        if (LEX.listIntros.has(c.toks[k - 1]?.n ?? '')) return no(trace, 'marker:list-intro', at);
        return { at: k, kind: 'colon', contentStart: t.end };
      }
      const p = c.pairAtOpen.get(t.start);
      if (p && !c.nameMarks.has(p.open)) {
        // أوضحت "ولاية خراسان" أنّ…: a short quoted subject followed by the content clause.
        const after = tokAt(c, p.close + 1);
        const words = c.text.slice(p.start, p.end).split(/\s+/).length;
        if (words <= 3 && (compAt(c.toks, after) || (LEX.complementizerPreps.has(c.toks[after]?.n ?? '') && compAt(c.toks, after + 1)))) {
          c.nameMarks.add(p.open);
          c.nameMarks.add(p.close);
          continue;
        }
        return { at: k, kind: 'quote', contentStart: p.start };
      }
      continue;
    }
    if (form.onlyDirect) continue;
    if (compAt(c.toks, k)) return { at: k, kind: 'comp', contentStart: t.end };
    // على أن, but not the name علي before أن (المدرب هشام علي أن…).
    const isAli = t.n === 'علي' && endsWithYa(t.text);
    if (LEX.complementizerPreps.has(t.n) && !isAli && compAt(c.toks, k + 1)) return { at: k, kind: 'comp', contentStart: c.toks[k + 1]!.end };
    // …، معتبراً مشاركته امتداداً لمواقف المملكة: an opinion as the participle's object and predicate.
    if (k === i + 1 && takesOpinionObject(c.toks[i]!) && COMMA.has(c.toks[i - 1]?.text ?? '') && !LEX.subjectPrepositions.has(t.n) && !isAdjunctStart(c.toks, k)) {
      return { at: k, kind: 'noun', contentStart: t.start };
    }
    // ونفى المدرب فلان دخوله…: a claim as the verb's object.
    const claimSubjectEnd = k <= i + 14 ? objectClaimAt(c, i, k) : -1;
    if (claimSubjectEnd >= 0) return { at: k, kind: 'noun', contentStart: t.start, ...(claimSubjectEnd < k ? { subjectEnd: claimSubjectEnd } : {}) };
    // كشف المدير عن وصول 300 حاج، أشار التقرير إلى ارتفاع…: a claim in a noun phrase (claims.ts).
    // A verb only where it opens its clause: حملات كشفت عن…، من كشف النقاب عن… are no statements.
    if (isClaimPrep(c.toks[i]!, form.lemma, t.n) && (form.participle || clauseStart(c, i)) && isClaimHead(c.toks[k + 1]) && !c.book.entityAt(c.toks[k + 1]!.start, c.toks[k + 1]!.end, ['PER', 'ORG', 'LOC'])) {
      return { at: k, kind: 'noun', contentStart: c.toks[k + 1]!.start };
    }
    // أعرب عن أمله في أن…، معرباً عن اعتقاده أنّ…: a feeling or belief with its own أنّ clause (not
    // لأنّ, a reason) reports what was said; without one it is no quote (the guide).
    if (t.n === 'عن' && LEX.nominalPreps.get(norm(form.lemma))?.has('عن')) {
      const comp = feelingClauseAt(c, k);
      if (comp > 0) return { at: k, kind: 'comp', contentStart: c.toks[comp]!.end };
    }
    // وشدد معاليه على تطبيق…: the verb's own preposition with a noun reports a topic, not words.
    if (k <= i + 2 && LEX.nominalPreps.get(norm(form.lemma))?.has(t.n)) return no(trace, 'marker:nominal-prep', at);
    // أعلن القسم التابع للشركة عن وظائف…: عن + noun at any distance (but المسؤول عن is a title).
    if (t.n === 'عن' && LEX.nominalPreps.get(norm(form.lemma))?.has('عن') && !LEX.inChargeOfNouns.some((w) => (c.toks[k - 1]?.n ?? '').endsWith(w))) return no(trace, 'marker:nominal-an', at);
    if (form.prep.length > 0) {
      const prev = c.toks[k - 1]!;
      const free = k === i + 1 || (!prev.word && COMMA.has(prev.text));
      if (form.prep.some((p) => p.length > 1 && t.n === p)) return { at: k, kind: 'prep', contentStart: t.start };
      const blocked = LEX.prepContentBlockWords.has(t.n) || LEX.prepContentBlockStems.has(t.n.slice(1)) || LEX.prepContentBlockStems.has(dropArticle(t.n.slice(1)));
      // After the subject a verbal noun (بالسماح، بإصلاح، بتأجيل) starts the content: names
      // begin with ب too (بكري، باسل). A verbal noun of the simple verb (طالب جروس الإدارة بصرف
      // النظر…، طالب محتجون بنشر…) has no shape of its own: only after a verb opening its clause
      // after و, punctuation or the sentence's start (إن طالب دكتوراه أبهر العالم بأبحاثه is a
      // student), and neither a preposition's object (في بيان لها) nor an adjunct (بمناسبة، بدوره).
      const raw = stripMarks(t.text, 'harakatTatweel');
      const cuePrev = c.toks[i - 1];
      const opens = form.participle || hasConj(c.toks[i]!) || !cuePrev || !cuePrev.word || c.sent[i - 1] !== c.sent[i];
      const simpleNoun = opens && !LEX.subjectPrepositions.has(prev.n) && !LEX.byTurn.has(t.n) && !isAdjunctStart(c.toks, k);
      const afterSubject = prev.word && k > i + 1 && (opensWithBaOfVerbalNoun(raw) || simpleNoun) && !c.book.entityAt(t.start, t.end, ['PER', 'ORG', 'LOC']);
      if (form.prep.includes('ب') && (free || afterSubject) && t.n.startsWith('ب') && t.n.length > 3 && !blocked) {
        return { at: k, kind: 'prep', contentStart: t.start };
      }
    }
    // Another verb of saying with its own subject starts a new statement (… غير أن مسؤولاً صرح …).
    // Not a verbal noun (طالباً عدم كشف هويته، إنّ…).
    const verbalNoun = c.toks[k - 1]?.word && LEX.verbalNounAfter.has(c.toks[k - 1]!.n);
    if (k > i + 1 && formAt(t) && !formAt(t)!.participle && !verbalNoun && (clauseStart(c, k) || (!formAt(t)!.strict && subjectBefore(c, k).length > 0))) return no(trace, 'marker:next-verb', at);
  }
  // Whether the search stopped at its word limit or at the sentence's end.
  const more = c.sent[i + limit + 1] === s && i + limit + 1 < c.toks.length;
  return no(trace, more ? `marker:none/limit-${limit}` : 'marker:none/sentence-end', at);
}

/**
 * The person last named before token `i` in its paragraph: the hidden subject of a masculine cue
 * when no speaker came before it (a feminine or plural cue more often has an organisation or a group) (لولا أن فلاناً … خرج مؤكداً أنّ…، فلان … حين قال:).
 */
function personBefore(c: Ctx, i: number): SpeakerRef | null {
  const at = c.toks[i]!.start;
  let best: { entity: string; start: number; end: number } | null = null;
  // وصل فلان إلى العاصمة… ¶ وقال في تصريح…: a cue with nobody named before it in its paragraph
  // takes the person last named in the paragraph before, when that paragraph is a sentence (a
  // byline is a name alone: its writer is not the article's speaker).
  for (const para of [c.para[i]!, c.para[i]! - 1]) {
    if (para !== c.para[i] && (c.paraWords[para] ?? 0) < 6) break;
    for (const e of c.doc.entities) {
      if (e.type !== 'PER') continue;
      for (const m of e.mentions) {
        if (m.end > at || (best && m.start <= best.start)) continue;
        const k = tokAt(c, m.start);
        if (c.para[k] !== para) continue;
        best = { entity: e.id, start: m.start, end: m.end };
      }
    }
    if (best) break;
  }
  if (!best) return null;
  // Prefer the fullest mention of that person (عدنان المعيبد over المعيبد).
  const e = c.doc.entities.find((x) => x.id === best!.entity)!;
  let full: { start: number; end: number } = best;
  for (const m of e.mentions) if (m.end <= at && m.end - m.start > full.end - full.start) full = m;
  return { entity: e.id, text: span(c.text, full.start, full.end), gender: null, how: 'named' };
}

/** الوزير، والوزير: a definite word, bare or after a conjunction (the clitic analysis of the text layer). */
function definite(t: Tok): boolean {
  const a = analyzeClitics(t.text);
  return a.article && a.proclitics.every((p) => startsWithConjunction(p));
}

/**
 * The person named right after the verb that opens a clause before token `i` in its sentence
 * (اقرّ الرئيس الكيني فلان بوجود تهديد، وقال… · ألقى السفير فلان كلمة قائلاً…): the hidden subject
 * of a verb or participle of saying joined to that clause. Null when the nearest clause start
 * before `i` is not followed within four words by a person the entities stage knows.
 */
function clauseSubjectBefore(c: Ctx, i: number): SpeakerRef | null {
  for (let j = i - 1; j >= 0 && c.sent[j] === c.sent[i]; j--) {
    const v = c.toks[j]!;
    if (!v.word || definite(v) || !clauseStart(c, j)) continue;
    const from = c.toks[j + 1]?.start ?? v.end;
    const to = c.toks[Math.min(j + 4, i - 1)]!.end;
    let best: { entity: string; start: number; end: number } | null = null;
    for (const e of c.doc.entities) {
      if (e.type !== 'PER') continue;
      for (const m of e.mentions) {
        if (m.start >= from && m.start < to && m.end <= c.toks[i]!.start && (!best || m.start < best.start)) best = { entity: e.id, start: m.start, end: m.end };
      }
    }
    // The subject itself, not a person in a phrase after it (خلفاً لفلان، مع فلان): the mention
    // starts a word, and only role words, titles and adjectives stand between the verb and it.
    // Only the nearest clause counts (ووزعت المدارس الكتب… مؤكدةً: not a man named in an earlier clause).
    const k = best ? tokAt(c, best.start) : -1;
    if (!best || c.toks[k]!.start !== best.start) return null;
    if (c.toks.slice(j + 1, k).some((t) => !t.word || LEX.nameStopWords.has(t.n) || LEX.subjectPrepositions.has(t.n) || opensWithPrepArticle(t.n))) return null;
    // The fullest mention of that person so far (عدنان المعيبد over المعيبد).
    const e = c.doc.entities.find((x) => x.id === best!.entity)!;
    let full: { start: number; end: number } = best;
    for (const m of e.mentions) if (m.end <= c.toks[i]!.start && m.end - m.start > full.end - full.start) full = m;
    return { entity: e.id, text: span(c.text, full.start, full.end), gender: null, how: 'named' };
  }
  return null;
}

/**
 * The first person named as a subject earlier in the sentence of a cue with no speaker of its own
 * (اعترف فيه قائد المتمردين فلان بالخسارة، قائلاً…، وهو ما استبعده الباحث فلان في حديثه، مشيراً…،
 * خرج فلان لمواجهة الحملة؛ فهاجم المعارضة قائلاً…): that person speaks, not the article's last
 * speaker from an earlier sentence. Masculine participles only: a feminine or plural one speaks
 * for an organisation or a group more often than for a person. A person after a preposition, glued or not (مع فلان، لفلان،
 * بحضور فلان), or inside quotation marks is no subject.
 */
function sentencePerson(c: Ctx, i: number): SpeakerRef | null {
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  const from = c.toks[s0]!.start;
  const to = c.toks[i]!.start;
  let best: { entity: Entity; start: number; end: number } | null = null;
  for (const e of c.doc.entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > to || c.inQuote[m.start] !== 0 || (best && m.start >= best.start)) continue;
      const k = tokAt(c, m.start);
      if (c.toks[k]!.start !== m.start) continue;
      // Back over role words and titles to the word that governs the name.
      let j = k - 1;
      // The commas of an apposition too (وسارع رئيس الوزراء، فلان، إلى…).
      const skip = (t: Tok): boolean => (t.word ? isRoleStart(t) || LEX.titles.has(t.n) || definite(t) || notSubjectLead(t) : COMMA.has(t.text));
      while (j >= s0 && skip(c.toks[j]!) && k - j <= 7) j--;
      // The word reached is the verb whose subject the name is: it opens the sentence or a clause
      // after punctuation (، خرج فلان) or a relative one (وهو ما استبعده فلان، في وقت اعترف فيه فلان); a noun before the
      // name (قوات فلان، بحضور فلان) governs it instead.
      const g = c.toks[j];
      const before = c.toks[j - 1];
      if (!g || j < s0 || !g.word || LEX.nameStopWords.has(g.n) || LEX.subjectPrepositions.has(g.n)) continue;
      if (analyzeClitics(g.text).proclitics.some((p) => !startsWithConjunction(p))) continue;
      // A و-word after another word is as often a coordinated noun (والميليشيات وفلول فلان) as a verb.
      const opens = j === s0 || (!!before && !before.word && clauseStart(c, j));
      if (!opens && !(before?.word && LEX.relativeLeads.has(before.n))) continue;
      best = { entity: e, start: m.start, end: m.end };
    }
  }
  if (!best) return null;
  let full: { start: number; end: number } = best;
  for (const m of best.entity.mentions) if (m.end <= to && m.end - m.start > full.end - full.start) full = m;
  return { entity: best.entity.id, text: span(c.text, full.start, full.end), gender: null, how: 'named' };
}

/**
 * The subject of the verb that opens a participle's sentence (وخرج الأهالي مؤكدين أنّ…): a short
 * phrase that names a person, a group, a role or an organisation; null otherwise.
 */
function sentenceSubject(c: Ctx, i: number): SpeakerRef | null {
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  if (i - s0 > 8 || isPastAux(c.toks[s0])) return openingSubject(c, s0, i);
  if (i - s0 < 2 || !c.toks[s0]!.word) return null;
  if (c.toks.slice(s0, i).some((t) => !t.word || formAt(t) || isComp(t))) return null;
  const segs = subjectSegments(c, s0 + 1, i);
  // The subject ends before any preposition (نائب الأمير في بداية الاستقبال → نائب الأمير).
  const stop = segs[0]?.findIndex((t) => LEX.nameStopWords.has(t.n) || LEX.gluedObject(t.n)) ?? -1;
  if (segs[0] && stop >= 0) segs[0] = segs[0].slice(0, stop);
  const head = segs[0]?.[0];
  if (!head) return null;
  const last = segs[0]![segs[0]!.length - 1]!;
  if (!(isUnnamedHead(head) || isOrgHead(head) || isRoleStart(head) || c.book.entityAt(head.start, last.end))) return null;
  return c.book.resolve(segs.slice(0, 1), null);
}

/**
 * In a long sentence (وقسمت الوزارة الشرائح … وحددت …، مؤكدةً أنّ…): the definite phrase right after
 * the و-verb that opens it, when it names an organisation, a role or a group.
 */
function openingSubject(c: Ctx, s0: number, i: number): SpeakerRef | null {
  // وكانت قوات الدفاع الشعبي دانت…، معتبرة أنّ…: after a pluperfect auxiliary the subject comes
  // before its verb, so the construct chain after the head (definite words) is the subject's own.
  if (isPastAux(c.toks[s0]) && c.sent[s0 + 1] === c.sent[i]) return auxSubject(c, s0 + 1, i);
  // كما أعلنت الوزارة…، فيما أكدت الهيئة…: a lead word before the verb that opens the sentence.
  if (c.toks[s0]?.word && LEX.pronounLeads.has(c.toks[s0]!.n) && c.sent[s0 + 2] === c.sent[i] && !formAt(c.toks[s0 + 1])) s0++;
  const v = c.toks[s0]!;
  if (!v.word || (!hasConj(v) && !LEX.pronounLeads.has(c.toks[s0 - 1]?.n ?? '')) || v.n.startsWith('وال') || formAt(v) || c.sent[s0 + 1] !== c.sent[i]) return null;
  const head = c.toks[s0 + 1]!;
  if (!head.word || !opensWithArticle(head.n) || !(isOrgHead(head) || isUnnamedHead(head) || isRoleStart(head))) return null;
  // The definite words after the head may be the verb's object (وقسمت الوزارة المخيمات): the head
  // alone, or the entity that starts with it.
  const ent = c.book.entityAt(head.start, head.end);
  if (ent && ent.start === head.start) return { entity: ent.entity.id, text: span(c.text, ent.start, ent.end), gender: null, how: ent.entity.type === 'ORG' ? 'org' : 'named' };
  return c.book.resolve([[head]], null);
}

/**
 * The subject right after a pluperfect auxiliary (وكانت الوزارة…، وكانت قوات الدفاع الشعبي…): an
 * entity that starts at its head; a role with the name after it (وكان وزير النقل فلان، قد…); else
 * the head with the definite words of its construct chain (at most four words), when the head
 * names an organisation or a group. Null when a verb of saying follows in the sentence: its cue
 * has the subject already (وكانت مصادر أمنية ذكرت…، مضيفة).
 */
function auxSubject(c: Ctx, h: number, i: number): SpeakerRef | null {
  const head = c.toks[h];
  if (!head?.word || h >= i) return null;
  for (let k = h; k < i; k++) if (formAt(c.toks[k])) return null;
  const ent = c.book.entityAt(head.start, head.end);
  if (ent && ent.start === head.start) return { entity: ent.entity.id, text: span(c.text, ent.start, ent.end), gender: null, how: ent.entity.type === 'ORG' ? 'org' : 'named' };
  let e = h + 1;
  if (isRoleStart(head) && !isUnnamedHead(head)) {
    while (e < i && e - h < 7 && c.toks[e]!.word && !LEX.nameStopWords.has(c.toks[e]!.n)) e++;
    return c.book.resolve([c.toks.slice(h, e)], null);
  }
  if (!(isOrgHead(head) || isUnnamedHead(head))) return null;
  while (e < i && e - h < 4 && c.toks[e]!.word && definite(c.toks[e]!)) e++;
  return c.book.resolve([c.toks.slice(h, e)], null);
}

/**
 * وألقى مدير المدرسة كلمة رحب فيها بالضيوف، وقال…؛ وحسّنت الشركة واجهتها، حيث أكدت…: the subject
 * of the و-verb that opens the sentence of a masculine or feminine verb of saying with no subject,
 * speaker or person of its own in that sentence. A person the entities stage found right after the
 * verb, or a role, a source or a body whose head agrees with the cue (ة for a feminine cue, none for a
 * masculine one: a ministry does not say وقال), read as after a pluperfect auxiliary and up to the
 * verb's object (كلمة، بياناً) or a preposition. Null when the sentence opens otherwise (with a
 * preposition: وفي بيان…) or a verb of saying stands between, whose cue has its subject already.
 */
function openingVerbSubject(c: Ctx, i: number, g: Gender): SpeakerRef | null {
  if (g === 'pl') return null;
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  if (c.toks[s0]?.word && (LEX.pronounLeads.has(c.toks[s0]!.n) || LEX.perfectParticles.has(c.toks[s0]!.n))) s0++;
  const v = c.toks[s0];
  const h = s0 + 1;
  const head = c.toks[h];
  // وفي بيان نشره…: a preposition opens an adjunct, not a verb with its subject.
  const bare = dropConj(v?.n ?? '');
  if (!v?.word || !hasConj(v) || definite(v) || isPastAux(v) || LEX.subjectPrepositions.has(bare) || LEX.adjunctStarts.has(bare) || !head?.word || h >= i - 1) return null;
  for (let k = s0; k < i; k++) if (formAt(c.toks[k])) return null;
  const ent = c.book.entityAt(head.start, head.end);
  const common = isRoleStart(head) || isUnnamedHead(head) || isOrgHead(head);
  if (ent?.entity.type === 'PER' && ent.start === head.start && !common) return auxSubject(c, h, i);
  if (!common || endsWithHaOrTaMarbuta(head.text) !== (g === 'f')) return null;
  // وتولى المدرب تدريب الفريق: after a definite head only its definite adjectives are the subject's;
  // an indefinite head runs on through its construct chain (مدير المدرسة، قائد قوات الأمن).
  let end = h + 1;
  const more = (t: Tok): boolean =>
    definite(head) ? definite(t) && end - h < 4 : !LEX.statementObjects.has(t.n) && !LEX.nameStopWords.has(t.n) && !LEX.gluedObject(t.n);
  while (end < i && c.toks[end]!.word && more(c.toks[end]!)) end++;
  return auxSubject(c, h, end);
}

/**
 * ويراجع فلان الخطة…. وعن ذلك، قال: «…»: a verb of saying with no subject of its own, in a sentence
 * that names nobody before it, speaks for the person the entities stage found as the subject of the
 * و-verb opening the sentence before, in the same paragraph (openingVerbSubject there), when that
 * sentence holds no verb of saying. Only a person: a body or a source there is often the verb's topic.
 */
function previousSentenceSubject(c: Ctx, i: number, g: Gender): SpeakerRef | null {
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  const e = s0 - 1;
  if (e <= 0 || c.sent[e] !== c.sent[i]! - 1 || c.para[e] !== c.para[i]) return null;
  for (let k = s0; k < i; k++) if (c.toks[k]!.word && c.book.entityAt(c.toks[k]!.start, c.toks[k]!.end, ['PER'])) return null;
  const ref = openingVerbSubject(c, e, g);
  const ent = ref?.entity ? c.doc.entities.find((x) => x.id === ref.entity) : undefined;
  // The cue's gender is the person's: a masculine verb later does not continue a woman's words.
  return ent?.type === 'PER' ? { ...ref!, gender: g } : null;
}

/**
 * A document as speaker (وأورد التقرير أن…) stands for whoever issued it: the organisation of the
 * sentence that first mentioned the document (أصدرت الهيئة تقريرها…). The document phrase stays
 * when the article never says who issued it.
 */
function issuerOf(c: Ctx, ref: SpeakerRef | null, cueTok: number): SpeakerRef | null {
  if (!ref || ref.entity || !ref.text) return ref;
  const words = norm(ref.text.text).split(/\s+/);
  // بيان للجنة التنسيقية…: the organisation glued to the indefinite document noun issued it.
  const k0 = tokAt(c, ref.text.start);
  if (LEX.documentNouns.has('ال' + words[0]!)) return issuerAfter(c, k0, ref) ?? ref;
  if (words.length === 1 && isOrgHead(c.toks[tokAt(c, ref.text.start)]) && !LEX.documentNouns.has(words[0]!)) return orgPhraseBefore(c, ref, cueTok);
  if (words.length > 2 || !opensWithArticle(words[0]!) || !LEX.documentNouns.has(words[0]!)) return ref;
  const stem = words[0]!.slice(2);
  for (let k = 0; k < cueTok; k++) {
    // بيان itself starts with ب: try the word with and without a glued ب/ل.
    const noConj = dropConj(c.toks[k]!.n);
    const bare = noConj.startsWith(stem) ? noConj : dropProclitic(noConj, 'prep');
    if (!c.toks[k]!.word || !bare.startsWith(stem) || bare === 'ال' + stem) continue;
    if (bare.length > stem.length + 3) continue;
    const glued = issuerAfter(c, k, ref);
    if (glued) return glued;
    let s0 = k;
    while (s0 > 0 && c.sent[s0 - 1] === c.sent[k]) s0--;
    const ent = c.book.entityAt(c.toks[s0]!.start, c.toks[k]!.start, ['ORG']);
    if (ent) return { entity: ent.entity.id, text: span(c.text, ent.start, ent.end), gender: ref.gender, how: 'org' };
    const segs = subjectSegments(c, s0 + 1, k);
    if (segs[0] && isOrgHead(segs[0][0])) return c.book.resolve(segs.slice(0, 1), ref.gender) ?? ref;
    return ref;
  }
  return ref;
}

/** «…». قال ذلك المدرب فلان: a verb of saying right after the quotation, then ذلك, then its subject. */
function backReferenceCue(c: Ctx, p: MarkPair): Cue | null {
  let j = tokAt(c, p.close + 1);
  const from = j;
  while (c.toks[j] && !c.toks[j]!.word && j - from < 4) j++;
  const f = formAt(c.toks[j]);
  if (!f || f.participle || !LEX.quoteBackReferences.has(c.toks[j + 1]?.n ?? '')) return null;
  let e = j + 2;
  while (c.toks[e] && c.sent[e] === c.sent[j] && !isComp(c.toks[e]) && c.toks[e]!.text !== ':' && e - j < 14) e++;
  const segs = subjectSegments(c, j + 2, e);
  if (segs.length === 0) return null;
  const sp = c.book.resolve(segs.slice(0, 1), f.gender);
  if (!sp) return null;
  return { tok: j, cue: span(c.text, c.toks[j]!.start, c.toks[j]!.end), form: f, speaker: sp, via: null, contentStart: p.start, marker: 'quote', rule: 'marks-cue-after' };
}

/**
 * تعهدت الحكومة بـ… . أوضح ذلك رئيس الوزراء فلان: a sentence that opens with a verb of saying and
 * ذلك/هذا reports the sentence before it (in its paragraph, with no cue of its own) as the words of
 * the subject that follows, when that subject names someone.
 */
function sentenceBackReference(c: Ctx, i: number, cues: Cue[]): Cue | null {
  const f = formAt(c.toks[i]);
  if (!f || f.participle || !LEX.quoteBackReferences.has(c.toks[i + 1]?.n ?? '')) return null;
  if (i === 0 || c.sent[i - 1] === c.sent[i] || c.para[i - 1] !== c.para[i]) return null;
  let e = i + 2;
  while (c.toks[e] && c.sent[e] === c.sent[i] && c.toks[e]!.word && !isAdjunctStart(c.toks, e) && e - i < 10) e++;
  const segs = subjectSegments(c, i + 2, e);
  const head = segs[0]?.[0];
  if (!head) return null;
  const sp = c.book.resolve(segs.slice(0, 1), f.gender);
  if (!sp || !(sp.entity || isRoleStart(head) || isUnnamedHead(head) || isOrgHead(head))) return null;
  let p0 = i - 1;
  while (p0 > 0 && c.sent[p0 - 1] === c.sent[i - 1]) p0--;
  if (c.para[p0] !== c.para[i] || cues.some((q) => c.sent[q.tok] === c.sent[i - 1])) return null;
  if (c.toks.slice(p0, i).some((t) => !t.word && isQuoteChar(t.text))) return null;
  const cs = c.toks[p0]!.start;
  const ce = trimEnd(c.text, cs, c.toks[i - 1]!.end);
  if (ce - cs < 10) return null;
  return { tok: i, cue: span(c.text, c.toks[i]!.start, c.toks[i + 1]!.end), form: f, speaker: sp, via: null, contentStart: cs, contentEnd: ce, marker: 'after', rule: 'back-reference' };
}

/**
 * The definite chain glued with ل right after a document noun at token `k` (بيان للجنة التنسيقية
 * للائتلاف → لجنة التنسيقية للائتلاف, the span starting after the ل): the document's issuer.
 */
function issuerAfter(c: Ctx, k: number, ref: SpeakerRef): SpeakerRef | null {
  const first = c.toks[k + 1];
  if (!first || !first.word || c.sent[k + 1] !== c.sent[k] || !opensWithLil(first.n)) return null;
  // للجنة is ل + لجنة, للجمعية is ل + (ا)ل + جمعية.
  const cut = isOrgHead({ ...first, n: first.n.slice(1) }) ? 1 : isOrgHead({ ...first, n: first.n.slice(2) }) ? 2 : 0;
  if (cut === 0) return null;
  let e = k + 2;
  while (c.toks[e] && c.toks[e]!.word && c.sent[e] === c.sent[k] && opensWithArticleOrLil(c.toks[e]!.n) && e - k < 7) e++;
  const start = first.start + cut;
  const end = c.toks[e - 1]!.end;
  const ent = c.book.entityAt(start, end, ['ORG']);
  if (ent) return { entity: ent.entity.id, text: span(c.text, ent.start, ent.end), gender: ref.gender, how: 'org' };
  return { entity: null, text: span(c.text, start, end), gender: ref.gender, how: 'org' };
}

/**
 * الهيئة → هيئة الطيران المدني: the last phrase before the cue that opens with the same head noun
 * without ال and goes on with definite words (the organisation's full name), when no entity has it.
 */
function orgPhraseBefore(c: Ctx, ref: SpeakerRef, cueTok: number): SpeakerRef {
  const head = ref.text!.text.length > 0 ? dropConjArticle(norm(ref.text!.text)) : '';
  for (let k = cueTok - 1; k >= 0; k--) {
    const t = c.toks[k]!;
    if (!t.word || dropProclitic(t.n, 'conjPrep') !== head && t.n !== head) continue;
    let e = k + 1;
    while (e < c.toks.length && e - k <= 5 && c.sent[e] === c.sent[k] && c.toks[e]!.word && opensWithArticleOrLil(c.toks[e]!.n) && !formAt(c.toks[e])) e++;
    if (e === k + 1) continue;
    const start = t.start + (t.n === head ? 0 : t.text.length - dropProclitic(t.text, 'conjPrep').length);
    return { ...ref, text: span(c.text, start, c.toks[e - 1]!.end), how: 'org' };
  }
  return ref;
}

/**
 * وكان وزير النقل فلان، قد أبلغ الأمم المتحدة بأن…: after كان … قد the subject came before the
 * verb, and the words after it are its object. Empty when the verb has no قد before it.
 */
function auxSubjectBefore(c: Ctx, i: number): Tok[][] {
  return LEX.perfectParticles.has(c.toks[i - 1]?.n ?? '') ? subjectBefore(c, i) : [];
}

/** A subject written before the verb: وكان X قد قال، or a short noun phrase (الكعبي يؤكد). */
function subjectBefore(c: Ctx, i: number): Tok[][] {
  const prev = c.toks[i - 1];
  if (prev && LEX.perfectParticles.has(prev.n)) {
    for (let k = i - 2; k >= 0 && k >= i - 12 && c.sent[k] === c.sent[i]; k--) {
      if (isPastAux(c.toks[k])) return subjectSegments(c, k + 1, i - 1);
    }
    return [];
  }
  // وكان مدير النادي فلان قال…: the subject between the auxiliary and the verb, at most 8 words.
  for (let k = i - 2; k >= 0 && k >= i - 9 && c.sent[k] === c.sent[i] && c.toks[k]!.word; k--) {
    if (!isPastAux(c.toks[k])) continue;
    const words = c.toks.slice(k + 1, i);
    // A preposition only inside a source's description (وكان مسؤول في وزارة الصحة قال…): else it
    // opens an adjunct (وكان في الاجتماع قال…).
    const described = isUnnamedHead(words[0]) || isRoleStart(words[0]!);
    if (clauseStart(c, k) && !words.some((t) => formAt(t) || isComp(t) || isPastAux(t) || (LEX.subjectPrepositions.has(t.n) && !described))) return subjectSegments(c, k + 1, i);
    break;
  }
  let k = i - 1;
  while (k >= 0 && c.sent[k] === c.sent[i] && c.toks[k]!.word && i - k <= 5 && !LEX.subjectBoundaries.has(c.toks[k]!.n) && !LEX.pronounLeads.has(c.toks[k]!.n)) k--;
  // غير أنّ النقاد يقولون / لكن مصدراً بالشركة قال: the phrase after the conjunction.
  const boundary = k >= 0 && c.sent[k] === c.sent[i] && c.toks[k]!.word && (LEX.subjectBoundaries.has(c.toks[k]!.n) || LEX.pronounLeads.has(c.toks[k]!.n));
  const startsClause = boundary || k < 0 || c.sent[k] !== c.sent[i] || (!c.toks[k]!.word && (COMMA.has(c.toks[k]!.text) || c.toks[k]!.text === ':'));
  if (!startsClause || k === i - 1) return [];
  let words = c.toks.slice(k + 1, i);
  // وكانت وزارة الصحة ذكرت…، وكان مسؤول في الوزارة قال…: the subject follows the auxiliary.
  if (words.length > 1 && isPastAux(words[0])) words = words.slice(1);
  if (words.some((t) => LEX.pronounLeads.has(t.n) || formAt(t) || isComp(t) || LEX.speakerVerbs.has(t.n) || LEX.auxiliaryVerbs.has(stripConj(t.n).at(-1)!) || isPastAux(t))) return [];
  // Verb-initial clauses (وأضاف، وتابع) have nothing before; a noun phrase does not start with و+verb
  // (a name with a root و does: وزارة الخارجية قالت).
  if (hasConj(words[0]!) && !words[0]!.n.startsWith('وال') && !isPastAux(c.toks[k + 1]) && !opensWithName(c.book, words)) return [];
  return [words];
}

/**
 * …وزير الزراعة فلان، الذي قال إن…، ممثل الشركة الذي قال: «…»: a verb of saying right after a
 * relative pronoun. Undefined when no relative pronoun stands right before token `i`. Otherwise the
 * noun phrase before the pronoun, when the pronoun agrees with the verb and a word of that phrase
 * (up to six back, stopping at punctuation other than one comma before the pronoun, a preposition,
 * a word with ل or ب before the article, or a verb of saying) opens a person or body the entities stage knows, a role, a source, an
 * institution or a title: the phrase from that word on. Null when they do not agree (…الخطط،
 * والتي قال إنها…: the phrase is the verb's object, its subject hidden) or nothing there names a
 * speaker: the phrase is then no subject either.
 */
function relativeSubject(c: Ctx, i: number, form: CueForm): Tok[] | null | undefined {
  const r = i - 1;
  const rel = c.toks[r];
  if (!rel?.word || c.sent[r] !== c.sent[i]) return undefined;
  const agrees = LEX.relativeAgreement.get(dropConj(rel.n));
  if (!agrees) return undefined;
  if (agrees !== form.gender) return null;
  let k = r - 1;
  if (c.toks[k] && !c.toks[k]!.word && COMMA.has(c.toks[k]!.text)) k--;
  const words: Tok[] = [];
  for (; k >= 0 && words.length < 6 && c.sent[k] === c.sent[i]; k--) {
    const t = c.toks[k]!;
    // للدين الإسلامي الذي…: the pronoun describes the complement after ل or ب, not the phrase's head.
    if (!t.word || LEX.nameStopWords.has(t.n) || LEX.subjectPrepositions.has(t.n) || opensWithPrepArticle(t.n) || formAt(t) || isComp(t) || LEX.relativeAgreement.has(dropConj(t.n))) break;
    words.unshift(t);
  }
  // حلفاء فلان الذين يقولون…: a plural pronoun stands for a group, never for one person named in it.
  const named = (t: Tok): boolean => c.book.entityAt(t.start, t.end, form.gender === 'pl' ? ['ORG'] : ['PER', 'ORG'])?.start === t.start;
  const opens = (t: Tok): boolean => named(t) || isRoleStart(t) || isUnnamedHead(t) || isOrgHead(t) || LEX.titles.has(t.n);
  const a = words.findIndex(opens);
  return a >= 0 ? words.slice(a) : null;
}

/**
 * فلان، الشريك في مكتب المحاماة، يقول…: the person whose mention opens the sentence, followed by a
 * comma, an apposition of at most 22 words with no verb of saying, complementizer or quotation
 * (a name in marks allowed), and a comma
 * right before the verb at token i. Null when the sentence does not open that way.
 */
function topicBefore(c: Ctx, i: number): Tok[] | null {
  const prev = c.toks[i - 1];
  if (!prev || prev.word || !COMMA.has(prev.text) || c.sent[i - 1] !== c.sent[i]) return null;
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  let a = s0;
  if (c.toks[a]?.word && LEX.titles.has(c.toks[a]!.n)) a++;
  const first = c.toks[a];
  if (!first?.word) return null;
  const ent = c.book.entityAt(first.start, first.end, ['PER']);
  if (!ent || ent.start !== first.start) return null;
  const e = tokAt(c, ent.end);
  const comma = c.toks[e];
  if (!comma || comma.word || !COMMA.has(comma.text) || e >= i - 2 || i - e > 24) return null;
  // فلان، ناشر دورية «هاربر»، قال: marks around a name in the apposition are no quotation.
  if (c.toks.slice(e + 1, i - 1).some((t) => formAt(t) || isComp(t) || (!t.word && isQuoteChar(t.text) && !c.nameMarks.has(t.start)))) return null;
  return c.toks.slice(a, e);
}

/**
 * الخبير فلان أستاذ الاقتصاد في جامعة X يقول إن…: the person whose mention opens the sentence
 * (after title words), then an apposition without commas of at most 12 words, then the verb at
 * token i. Tried only when nothing after the verb and no short phrase before it is a subject; the
 * words between hold no punctuation, verb of saying, complementizer, auxiliary or clause boundary,
 * so the verb is the clause's own. Null when the sentence does not open that way.
 */
function openingPersonBefore(c: Ctx, i: number): Tok[] | null {
  let s0 = i;
  while (s0 > 0 && c.sent[s0 - 1] === c.sent[i]) s0--;
  const blocks = (t: Tok): boolean =>
    !t.word || !!formAt(t) || isComp(t) || isPastAux(t) || LEX.pronounLeads.has(t.n) || LEX.subjectBoundaries.has(t.n) || LEX.speakerVerbs.has(t.n);
  // the person's mention within the sentence's first three words (a title or role before it: الخبير فلان)
  let a = s0;
  let ent: { start: number; end: number } | null = null;
  for (; a < i && a < s0 + 3; a++) {
    const t = c.toks[a]!;
    if (blocks(t)) return null;
    ent = c.book.entityAt(t.start, t.end, ['PER']);
    if (ent) break;
  }
  if (!ent || ent.start !== c.toks[a]!.start) return null;
  const e = tokAt(c, ent.end);
  if (e >= i || i - e > 12) return null;
  if (c.toks.slice(e, i).some(blocks)) return null;
  return c.toks.slice(s0, e);
}

function inSkip(c: Ctx, pos: number): boolean {
  return c.skip.some((s) => s.start <= pos && pos < s.end);
}

/** The token index at or after char offset `pos`. */
function tokAt(c: Ctx, pos: number): number {
  let lo = 0;
  let hi = c.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.toks[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether token k starts a new cue: a participle, or a clause-initial verb followed by content. */
function startsNewCue(c: Ctx, k: number): boolean {
  const t = c.toks[k]!;
  const f0 = formAt(t);
  const f = f0 && notCueHere(c, k, f0) ? null : f0;
  const prev = c.toks[k - 1];
  const afterComma = !!prev && !prev.word && COMMA.has(prev.text);
  // "، في إشارة إلى…"، "، وذلك خلال لقائه…": the narrator's gloss or the occasion of the saying.
  if (afterComma && LEX.narratorAfterComma.some((ph) => matchPhrase(c.toks, k, ph))) return true;
  // "، مشيراً إلى استخدام…": a participle after a comma opens a new clause even without content.
  // The word as written counts too: واعدا opens with و as a root letter, not a conjunction.
  if ((f?.participle || (t.word && stripConj(t.n).some((x) => LEX.clauseParticiples.has(x)))) && afterComma) return true;
  // "…، وأعرب عن شكره…"، "…، وتحدث عن…": another speech act of the narrator's next clause.
  if (afterComma && t.word && startsWithConjunction(t.n) && LEX.clauseVerbs.has(t.n.slice(1))) return true;
  // "…، يذكر أنّ…": the narrator speaks again.
  if (notQuoteCueAt(c, k) >= 0) return true;
  if (f) {
    // "، وقال فلان في تعليقه على … :": a verb joined by و after a comma may reach its colon late;
    // so may one that opens a clause of its own after the comma (، أكد الوزير للصحافيين الذين… أنّ…).
    const far = !f.participle && afterComma && (hasConj(t) || clauseStart(c, k));
    const m = findMarker(c, k, f, f.participle ? 4 : far ? 30 : 12);
    if (f.participle) return !!m;
    if (!m) return false;
    if (clauseStart(c, k)) return true;
    // "، غير أنّ النقاد يقولون إنّ…": a new speaker right after a comma.
    const back = c.toks.slice(Math.max(0, k - 5), k);
    return back.some((x) => !x.word && COMMA.has(x.text)) && subjectBefore(c, k).length > 0;
  }
  for (const ph of LEX.sayingOf) if (matchPhrase(c.toks, k, ph)) return true;
  if (prev && !prev.word && COMMA.has(prev.text)) {
    for (const ph of LEX.attributionBefore) {
      const m = matchPhrase(c.toks, k, ph);
      if (m) return !ruleFollows(c, m.next);
    }
  }
  return false;
}

/** How many words after وفقا ل / بحسب may come before the rule they name (لما جاء في نظام). */
const NORM_LOOKAHEAD = 5;

/** "، وفقا للأقساط المتفق عليها": a rule, plan or schedule within the words from k, before any punctuation. */
function ruleFollows(c: Ctx, k: number): boolean {
  for (let j = k; j < k + NORM_LOOKAHEAD && j < c.toks.length; j++) {
    const t = c.toks[j]!;
    if (!t.word) return false;
    const keys = [t.n, dropGluedLam(t.n), dropProclitic(t.n, 'ba')].map(dropArticle);
    if (keys.some((x) => LEX.attributionNorms.has(x))) return true;
  }
  return false;
}

/** A verb of saying (not a participle) right after a comma that follows a word: NAME، قال. */
function commaSaying(c: Ctx, k: number): boolean {
  const f = formAt(c.toks[k]);
  const prev = c.toks[k - 1];
  return !!f && !f.participle && !!prev && !prev.word && COMMA.has(prev.text) && !!c.toks[k - 2]?.word && c.sent[k - 2] === c.sent[k];
}

/**
 * «…: المشروع سيكتمل قريبا. وأكد الوزير فلان خلال زيارته ضرورة…»: a sentence after a colon quote
 * that opens with و + a past verb of saying reports someone again, whatever follows the verb: the
 * narrator speaks, and the colon quote ends before it.
 */
function narratorSaysAgain(c: Ctx, k: number): boolean {
  const t = c.toks[k]!;
  const f = formAt(t);
  if (!f || f.participle || f.verbalNoun || c.sent[k - 1] === c.sent[k] || !hasConj(t)) return false;
  return !opensWithImperfectYa(dropConj(t.n));
}

/** End of content starting at `from`: sentence end (or paragraph end for a colon), or the next cue. */
function contentEnd(c: Ctx, from: number, toParagraphEnd: boolean): number {
  const end = contentEndUncapped(c, from, toParagraphEnd);
  if (end - from <= MAX_QUOTE_CHARS) return end;
  // Cap a runaway: cut at the last sentence end inside the cap, else at the cap's last space.
  const window = c.text.slice(from, from + MAX_QUOTE_CHARS);
  const stop = lastStopBeforeSpace(window);
  return trimEnd(c.text, from, from + (stop > 0 ? stop : window.lastIndexOf(' ')));
}

function contentEndUncapped(c: Ctx, from: number, toParagraphEnd: boolean): number {
  const k0 = tokAt(c, from);
  if (k0 >= c.toks.length) return from;
  const s = c.sent[k0];
  const p = c.para[k0];
  let end = from;
  for (let k = k0; k < c.toks.length; k++) {
    const t = c.toks[k]!;
    if (toParagraphEnd ? c.para[k] !== p : c.sent[k] !== s) break;
    const insideQuote = c.inQuote[t.start] !== 0;
    // A colon quote that runs on stops before a later sentence where someone else is introduced
    // as speaking (… . اللاعب فلان، قال …): the speaker does not narrate قال about a third person.
    if (toParagraphEnd && !insideQuote && c.sent[k] !== s && (commaSaying(c, k) || narratorSaysAgain(c, k))) {
      let j = k - 1;
      while (j > k0 && c.sent[j] === c.sent[k]) j--;
      return trimEnd(c.text, from, c.toks[j]!.end);
    }
    if (!insideQuote && k > k0 && startsNewCue(c, k)) {
      // Back up to the comma that opens the new cue's clause (، مضيفاً / ، ثم أضاف / ، لكنه قال).
      for (let j = k - 1; j >= k0 && j >= k - 4; j--) {
        const tj = c.toks[j]!;
        if (!tj.word && COMMA.has(tj.text)) return trimEnd(c.text, from, tj.start);
      }
      const lead = leadBefore(c, k, k0);
      const prevWords = lead >= 0 ? c.toks[lead]!.start : k - 1 >= k0 && c.toks[k - 1]!.word && LEX.pronounLeads.has(c.toks[k - 1]!.n) ? c.toks[k - 1]!.start : t.start;
      return trimEnd(c.text, from, prevWords);
    }
    end = t.end;
  }
  return trimEnd(c.text, from, end);
}

/** The first token of a connective of several words (في حين، من جهة أخرى) that ends right before token k, or -1. */
function leadBefore(c: Ctx, k: number, k0: number): number {
  for (const ph of [...LEX.cueLeads, ...LEX.turnConnectives]) {
    const a = k - ph.words.length;
    if (a >= k0 && c.sent[a] === c.sent[k] && matchPhrase(c.toks, a, ph)?.next === k) return a;
  }
  return -1;
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  for (;;) {
    const before = e;
    while (e > from && isClauseTrailer(text[e - 1]!)) e--;
    // A trailing parenthesis at the end of a line is a photo credit or an aside, not speech.
    if (text[e - 1] === ')') {
      const o = text.lastIndexOf('(', e);
      const after = text.slice(e, text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e));
      if (o > from && !/[\p{L}]/u.test(after)) e = o;
    }
    if (e === before) return e;
  }
}

function trimStart(text: string, s: number, end: number): number {
  let x = s;
  while (x < end && /[\s:،,]/.test(text[x]!)) x++;
  return x;
}

/** The outlet after نقلت / حسبما نقلته: وكالة "أنباء السهل", رويترز… — its span. */
function outletAt(c: Ctx, k: number): { start: number; end: number; next: number } | null {
  const t = c.toks[k];
  if (!t || !t.word) return null;
  let j = k;
  if (LEX.relayNouns.has(dropArticle(t.n))) j++;
  for (const ag of LEX.agencies) {
    let a = j;
    while (c.toks[a] && isQuoteChar(c.toks[a]!.text)) a++;
    const m = matchPhrase(c.toks, a, ag);
    if (m && !m.glued) {
      let e = m.next;
      while (c.toks[e] && isQuoteChar(c.toks[e]!.text)) e++;
      return { start: c.toks[a]!.start, end: c.toks[m.next - 1]!.end, next: e };
    }
  }
  if (j === k) return null;
  // A relay noun + a name up to عن/comma.
  let e = j;
  while (c.toks[e] && c.sent[e] === c.sent[k] && c.toks[e]!.n !== 'عن' && !COMMA.has(c.toks[e]!.text) && e - j < 5) e++;
  const words = c.toks.slice(j, e).filter((x) => x.word);
  if (words.length === 0) return null;
  return { start: words[0]!.start, end: words[words.length - 1]!.end, next: e };
}

function viaId(c: Ctx, o: { start: number; end: number } | null): string | null {
  if (!o) return null;
  return c.book.entityAt(o.start, o.end, ['ORG'])?.entity.id ?? null;
}

/** After عن: the relayed speaker's phrase, up to its content (قوله، أنّ، colon, comma). */
function afterAn(c: Ctx, from: number, limit: number): { segs: Tok[][]; next: number } | null {
  for (let k = from; k < c.toks.length && k < from + limit && c.sent[k] === c.sent[from]; k++) {
    if (c.toks[k]!.n !== 'عن') continue;
    let e = k + 1;
    while (c.toks[e] && c.sent[e] === c.sent[k] && !COMMA.has(c.toks[e]!.text) && c.toks[e]!.text !== ':' && !isComp(c.toks[e]) && !LEX.sayingNouns.has(c.toks[e]!.n) && !isQuoteChar(c.toks[e]!.text) && e - k < 10) e++;
    return { segs: subjectSegments(c, k + 1, e), next: e };
  }
  return null;
}

/**
 * …، داعياً الغرف التجارية في مناطق المملكة إلى التعاون…، داعياً المولى عز وجل أن يحمي…: a
 * participle opening its clause after a comma whose object runs past the participle's short
 * search. Only an أنّ clause or the participle's own preposition counts there, and only with no
 * comma or other punctuation before it: a colon or a quotation mark that far belongs to another clause.
 */
function participleAfterObject(c: Ctx, i: number, form: CueForm): Marker | null {
  const prev = c.toks[i - 1];
  if (!form.participle || !prev || prev.word || !COMMA.has(prev.text)) return null;
  const m = findMarker(c, i, form, PARTICIPLE_OBJECT_LIMIT);
  // A bare أنّ, not على أنّ: …، مؤكداً فشل المشروع في التعاطي مع إيران على أنها تهديد… is one object.
  if (!m || (m.kind === 'comp' ? !compAt(c.toks, m.at) : m.kind !== 'prep') || m.at <= i + 4) return null;
  for (let k = i + 1; k < m.at; k++) if (!c.toks[k]!.word) return null;
  return m;
}

/** Longest phrase fronted before a verb of saying (afterFrontedPhrase). */
const FRONTED_WORDS = 8;

/**
 * وعن المتاجرين بهذه الشرائح ذكر البيان أنّ…: a phrase opened by و + a preposition (frontedLeads)
 * at the sentence's start or after a comma, with no verb, relative pronoun or أنّ in it, ends
 * right before the verb at token i, which then opens its clause.
 */
function afterFrontedPhrase(c: Ctx, i: number): boolean {
  let a = i;
  while (a > 0 && c.sent[a - 1] === c.sent[i] && c.toks[a - 1]!.word && i - a < FRONTED_WORDS) a--;
  const before = c.toks[a - 1];
  if (a === i || !LEX.frontedLeads.has(c.toks[a]!.n)) return false;
  if (before && c.sent[a - 1] === c.sent[i] && !(!before.word && COMMA.has(before.text))) return false;
  for (let x = a + 1; x < i; x++) if (formAt(c.toks[x]) || LEX.relativePronouns.has(c.toks[x]!.n) || compAt(c.toks, x)) return false;
  return true;
}

function verbCue(c: Ctx, i: number, form: CueForm): Cue | null {
  const t = c.toks[i]!;
  // وكانت وزارة الصحة ذكرت…: a strict verb after its subject is a clause start too.
  const afterAuxSubject = (): boolean => {
    const words = subjectBefore(c, i);
    return words.length > 0 && isPastAux(c.toks[tokAt(c, words[0]![0]!.start) - 1]);
  };
  // لكن ألمانيا تعتقد أنّ…، الوزير فلان الذي رأى أنّ…: a subject before it and أنّ right after it.
  const subjectThenComp = (): boolean =>
    compAt(c.toks, i + 1) &&
    (speakerPhrase(c.book, subjectBefore(c, i)[0]) ||
      !!relativeAntecedent(c.toks, c.sent, c.book, i, form.gender === 'pl') ||
      !!describedSubjectBefore(c.toks, c.sent, c.book, i, (x) => !!formAt(x) || isComp(x)));
  const fronted = form.strict && !clauseStart(c, i) && !form.participle && !afterAuxSubject() && !subjectThenComp();
  if (fronted && !afterFrontedPhrase(c, i)) return no(c.trace, 'verb:strict-mid-clause', t.start);
  const partLimit = c.toks[i + 1] && isAdjunctStart(c.toks, i + 1) ? 12 : 4;
  const m = findMarker(c, i, form, form.participle ? partLimit : 30, c.trace) ?? participleAfterObject(c, i, form);
  if (!m) return null;
  // After a fronted phrase only a subject of its own and an أنّ clause or a colon make a statement
  // (a quote there is as often a word or a note in marks: وفي السياق أفادت الهيئة في بيان «…»).
  if (fronted && (m.at <= i + 1 || (m.kind !== 'comp' && m.kind !== 'colon'))) return no(c.trace, 'verb:fronted-no-subject', t.start);
  if (form.strict && !form.participle && m.at - i > 20) return no(c.trace, 'verb:strict-far', t.start);
  const cueSpan = span(c.text, t.start, t.end);
  if (form.relay) {
    // نقلت وكالة X عن Y قوله/أنّ: Y speaks, X relays.
    const o = outletAt(c, i + 1);
    const an = afterAn(c, i + 1, 20);
    if (!an) return no(c.trace, 'verb:relay-no-an', t.start);
    const sp = c.book.resolve(an.segs, null);
    return { tok: i, cue: cueSpan, form, speaker: sp, via: viaId(c, o), contentStart: m.contentStart, marker: m.kind, rule: 'relay' };
  }
  if (form.participle) {
    // The participle's gender is its subject's, for the subjectless cues that follow (…، معتبرة أنّ… . وقالت…).
    const sp = sentenceSubject(c, i);
    const speaker = sp && !sp.gender ? { ...sp, gender: gender(form) } : sp;
    return { tok: i, cue: cueSpan, form, speaker, via: null, contentStart: m.contentStart, marker: m.kind, rule: 'participle' };
  }
  if (form.inDocument) {
    // جاء في التقرير أن… (or جاء البيان أن…): the document speaks; its issuer when the article named it.
    const at = c.toks[i + 1]?.n === 'في' ? i + 2 : i + 1;
    const doc = c.toks[at];
    if (!doc || !LEX.documentNouns.has(doc.n)) return no(c.trace, 'verb:no-document', t.start);
    const segs = subjectSegments(c, at, m.at);
    const sp = segs.length > 0 ? issuerOf(c, c.book.resolve(segs.slice(0, 1), null), i) : null;
    return { tok: i, cue: cueSpan, form, speaker: sp, via: null, contentStart: m.contentStart, marker: m.kind, rule: 'document' };
  }
  // ينتظر أن يدعو…: a verb of saying governed by another verb is not a statement (بعد أن أضاف is).
  const before = c.toks[i - 1];
  if (before && before.n === 'ان' && !LEX.timeBeforeAn.has(c.toks[i - 2]?.n ?? '')) return no(c.trace, 'verb:governed', t.start);
  // فلان، الرئيس التنفيذي للشركة، وصف الصفقة بأنها…: a person named at the sentence's start and
  // set off by an apposition is the subject; the words after the verb are its object.
  const topic = topicBefore(c, i);
  const auxFirst = auxSubjectBefore(c, i);
  let segs = topic ? [topic] : auxFirst.length > 0 ? auxFirst : subjectSegments(c, i + 1, m.subjectEnd ?? m.at);
  // …، الذي قال إن… (or قال فيه إن…): with no subject after the verb, the phrase before the pronoun.
  const relative = topic || auxFirst.length > 0 ? undefined : relativeSubject(c, i, form);
  const lead = segs[0]?.find((x) => x.word);
  if (relative !== undefined && (!lead || notSubjectLead(lead))) segs = relative ? [relative] : [];
  // واعتبر الأهالي ذلك «…»، وذكرت ذلك في بيان: the demonstrative is the verb's object pointing
  // back, and ends the subject (or stands where a hidden subject's would).
  if (segs[0]) {
    const d = segs[0].findIndex((t) => LEX.quoteBackReferences.has(t.n));
    if (d === 0) segs = segs.slice(1);
    else if (d > 0) segs = [segs[0].slice(0, d), ...segs.slice(1)];
  }
  // طالب ذوو الضحايا بمحاسبة…: the verb's own ب-complement ends its subject.
  if (form.prep.includes('ب') && segs[0]) {
    const cut = segs[0].findIndex((t, k) => k > 0 && LEX.gluedObject(t.n));
    if (cut > 0) segs = [segs[0].slice(0, cut), ...segs.slice(1)];
  }
  // ودعا الوزير المجتمع الدولي إلى…، كشف النقاب عن…: a verb's addressee is not its speaker (addressees.ts).
  if (form.prep.length > 0 || m.kind === 'noun') segs = withoutAddressee(segs, form.gender);
  // وناشد البيان الدول العربية بـ…: after a document noun the words that follow are the verb's
  // object, not part of the speaker; the document then stands for its issuer.
  if (segs[0] && segs[0].length > 2 && opensWithArticle(segs[0][0]!.n) && LEX.documentNouns.has(segs[0][0]!.n)) segs = [segs[0].slice(0, 1)];
  // أبلغ مسؤول حكومي وكالة رويترز بأن…: after a source that names no one, an outlet is the
  // verb's addressee, not part of the speaker.
  let addressee: { start: number; end: number; next: number } | null = null;
  const seg0 = segs[0];
  if (seg0 && (isUnnamedHead(seg0[0]) || isRoleStart(seg0[0]))) {
    // Not the organisation the source works for (رئيس وكالة…، مسؤول في وكالة…، المتحدث باسم وكالة…).
    const governed = (p: Tok): boolean => isRoleStart(p) || p.n === 'باسم' || LEX.nameStopWords.has(p.n) || LEX.subjectPrepositions.has(p.n) || LEX.roleContinuations.has(p.n);
    const r = seg0.findIndex((t, k) => k > 1 && stripConj(t.n).some((x) => LEX.relayNouns.has(x)) && !governed(seg0[k - 1]!));
    if (r > 0) {
      addressee = outletAt(c, tokAt(c, seg0[r]!.start));
      segs = [seg0.slice(0, r), ...segs.slice(1)];
    }
  }
  let rule = relative && segs[0] === relative ? 'verb-relative' : 'verb';
  // Speaker phrases that are really the content's start are not subjects (قال لـ"عين اليوم" …).
  if (segs.length > 0 && m.kind === 'prep' && segs.every((s) => s.every((x) => !x.word))) segs = [];
  if (segs.length === 0) {
    // …فيما يتعلق بالاتفاق وأضاف أن…: a verb joined by و opens a clause of its own; the words
    // before it end the clause before and are never its subject (ف may close أما X فيقول).
    const svo = hasConj(t) && startsWithProclitic(t.n, 'waw') ? [] : subjectBefore(c, i);
    // …الخطط، والتي قال إنها…: the words before a relative pronoun are no subject of its verb.
    segs = relative !== undefined ? [] : svo;
    // المحافظ فلان الذي أكد أنّ…: the name a relative pronoun outside the agreement list stands for (svo.ts).
    const antecedent = segs.length === 0 && relative === undefined && !hasConj(t) && (m.kind === 'comp' || m.kind === 'colon' || m.kind === 'quote') ? relativeAntecedent(c.toks, c.sent, c.book, i, form.gender === 'pl') : null;
    if (antecedent) segs = [antecedent];
    // …a person named at the sentence's start, whose description runs up to the verb (a statement
    // with its content right after the verb: أنّ, a colon or a quotation)
    if (segs.length === 0 && !hasConj(t) && relative === undefined && (m.kind === 'comp' || m.kind === 'colon' || m.kind === 'quote')) {
      const opener = openingPersonBefore(c, i);
      if (opener) segs = [opener];
    }
    // لكن فلان المختص في … يرى أنّ…: a name after a boundary word, described up to the verb.
    if (segs.length === 0 && !hasConj(t) && relative === undefined && m.kind === 'comp' && m.at === i + 1) {
      const described = describedSubjectBefore(c.toks, c.sent, c.book, i, (x) => !!formAt(x) || isComp(x));
      if (described) segs = [described];
    }
    rule = segs.length ? 'verb-svo' : 'verb-continuation';
    // A verb mid-clause with no subject we can see belongs to a subject we could not parse;
    // one followed by its adjunct (شريطاً أعلنت فيه أن…) has a hidden subject of its own.
    const next = c.toks[i + 1];
    // وعن أسباب التأخير قال: «…»، وبالنسبة للقرار قال "…": after a fronted topic the verb does not
    // open its clause, but a colon or a quotation right after it makes it a statement all the same.
    const saysHere = m.at === i + 1 && (m.kind === 'colon' || m.kind === 'quote');
    if (segs.length === 0 && svo.length === 0 && !clauseStart(c, i) && !(next?.word && notSubjectLead(next)) && !saysHere) return no(c.trace, 'verb:no-subject-mid-clause', t.start);
    // وبين أن… with nobody to continue from is the preposition (شتان بين أن… وبين أن…).
    if (segs.length === 0 && form.strict && !c.book.hasSpoken()) return no(c.trace, 'verb:nobody-spoke', t.start);
  }
  let speaker: SpeakerRef | null = null;
  if (segs.length > 0) speaker = issuerOf(c, c.book.resolve(segs, gender(form)), i);
  // قال الله تعالى (…): الله alone is turned down as a prayer's object; before a word of praise it cites.
  if (!speaker && (m.kind === 'quote' || m.kind === 'colon') && segs[0]) speaker = citedSpeaker(c.text, segs[0]);
  // نقل-style relays after a verb: قال مسؤول لوكالة رويترز → via the agency.
  let via: string | null = viaId(c, addressee);
  for (let k = i + 1; k < m.at; k++) {
    const tk = c.toks[k]!;
    if (startsWithProclitic(tk.n, 'lam') && LEX.relayNouns.has(tk.n.slice(1))) via = viaId(c, outletAt(c, k) ?? null);
    else if (startsWithProclitic(tk.n, 'lam') && LEX.agencies.some((a) => a.words[0] === tk.n.slice(1))) via = viaId(c, { start: tk.start + 1, end: tk.end });
  }
  return { tok: i, cue: cueSpan, form, speaker, via, contentStart: m.contentStart, marker: m.kind, rule };
}

/**
 * Whether the tokens from..to-1 are words with no figure among them up to the full stop: a source
 * named alone (بحسب مصادر عسكرية.), not the end of the clause it qualifies (… المصارف بحسب
 * التقديرات أكثر من 200 مليون دولار.) nor a heading (… كالتالي وفقا لفلان:).
 */
function plainSource(c: Ctx, from: number, to: number): boolean {
  for (const t of c.toks.slice(from, to)) {
    if (t.word ? /\d/.test(t.n) : !isQuoteChar(t.text)) return !t.word && hasStopMark(t.text);
  }
  return true;
}

/**
 * Whether the source phrase after a bare attribution opens with the source itself: an unnamed
 * source (after a count: ثلاثة مصادر), an organisation, a role, an outlet, the information a report
 * rests on, or a name that is the whole phrase.
 */
function sourceHead(c: Ctx, seg: Tok[], outlet: boolean): boolean {
  const head = seg[0]!;
  const named = c.book.entityAt(head.start, seg[seg.length - 1]!.end);
  const key = dropArticle(head.n);
  return (
    outlet ||
    isUnnamedHead(head) ||
    isOrgHead(head) ||
    isRoleStart(head) ||
    (seg.length > 1 && isUnnamedHead(seg[1])) ||
    LEX.relayNouns.has(key) ||
    LEX.informationSources.has(key) ||
    (!!named && named.start <= head.start && named.end >= seg[seg.length - 1]!.end)
  );
}

function attributionCue(c: Ctx, i: number): { cue: Cue; next: number } | null {
  if (!opensAttribution(c.toks[i])) return null;
  const at = c.toks[i]!.start;
  for (const ph of LEX.attributionBefore) {
    const m = matchPhrase(c.toks, i, ph);
    if (!m) continue;
    // The phrase proper ends inside a glued word (وفقاً لوزارة) or after its last word.
    let bare = LEX.bareAttribution.has(ph.words.join(' '));
    // بحسب ما أعلنت / وفقاً لما نشرت / حسبما صرح: any verb of saying or publishing after ما.
    const mTok = c.toks[m.next];
    const vTok = c.toks[m.next + 1];
    const sayingVerb = (t: Tok | undefined): boolean => !!t && t.word && (!!formAt(t) || LEX.publishVerbs.has(t.n) || LEX.publishVerbs.has(dropHaSuffix(t.n)));
    let afterMa = false;
    if (bare && mTok && vTok && LEX.attributionMa.has(mTok.n) && sayingVerb(vTok)) {
      m.next += 2;
      afterMa = true;
    } else if (bare && ph.words.at(-1)!.endsWith('ما')) {
      // حسبما أكدت الوزارة / حسبما أوردته صحيفة…: ما is glued to the phrase; a verb of saying must follow.
      if (!sayingVerb(mTok)) continue;
      m.next += 1;
      afterMa = true;
    }
    if (afterMa) {
      m.glued = false;
      bare = false;
      // وفق ما أفاد به مسؤول، حسبما أفادت به وسائل الإعلام: the verb's own preposition with a
      // pronoun comes before the source.
      if (c.toks[m.next]?.word && LEX.notSubjectLeads.has(c.toks[m.next]!.n)) m.next++;
    }
    const cueEnd = m.glued ? c.toks[m.next]!.start + 1 : c.toks[m.next - 1]!.end;
    const cueSpan = span(c.text, c.toks[i]!.start, m.glued ? c.toks[m.next]!.start + 1 : cueEnd);
    // The source phrase starts after the phrase (inside the glued word for وفقاً لوزارة).
    const srcStart = m.next;
    const o = m.glued ? null : outletAt(c, srcStart);
    let segs: Tok[][];
    let via: string | null = null;
    let after = srcStart;
    let relativeEnd = false;
    const an = afterAn(c, srcStart, 20);
    if ((o || LEX.relayStems.some((s) => ph.words.join(' ').includes(s))) && an) {
      via = viaId(c, o);
      segs = an.segs;
      after = an.next;
    } else {
      let e = srcStart;
      // A publishing verb describing the report, where and when (حسب تقرير نشر في صحيفة…، نشر
      // يوم الاثنين) and a verbal noun (الذي فضل عدم ذكر اسمه) go on with the source: they carry
      // no quote of their own. Not نُشرت قوة…: a verb with its own subject. A participle does
      // carry one (، وحسب مصادر محلية مؤكدة، فإن…: the content after فإنّ is the participle's).
      const speaks = (k: number): boolean => {
        const f = formAt(c.toks[k]);
        if (!f || LEX.verbalNounAfter.has(c.toks[k - 1]?.n ?? '')) return false;
        const next = c.toks[k + 1]?.n ?? '';
        const placed = LEX.subjectPrepositions.has(next) || LEX.claimSubjectTimeLeads.has(next) || startsWithProclitic(next, 'ba');
        return !(f.onlyDirect && placed);
      };
      while (c.toks[e] && c.sent[e] === c.sent[i] && !COMMA.has(c.toks[e]!.text) && !isComp(c.toks[e]) && !opensWithFaInna(c.toks[e]!.n) && !(e > srcStart && speaks(e)) && e - srcStart < 10) e++;
      // …، حسب الهيئة التي قالت إنّ…، بحسب ما أكد مدربه فلان الذي قال: the verb of a relative
      // clause describes the source, which ends before the pronoun, as the sentence would.
      relativeEnd = e > srcStart + 1 && c.sent[e] === c.sent[i] && !!formAt(c.toks[e]) && LEX.relativePronouns.has(c.toks[e - 1]!.n);
      if (relativeEnd) e--;
      // بحسب موقع 24 أوضحت "ولاية خراسان" أنّ…: the verb that follows carries the quote.
      else if (speaks(e) && c.sent[e] === c.sent[i]) return no(c.trace, 'attribution:verb-follows', at);
      after = e;
      if (m.glued) {
        // وفقاً لوزارة الصحة: the speaker starts after the glued ل.
        const first = c.toks[srcStart]!;
        const rest = dropGluedLam(first.text);
        const head: Tok = { ...first, start: first.end - rest.length, text: rest, n: norm(rest) };
        segs = subjectSegments(c, srcStart + 1, e);
        if (segs.length > 0 && segs[0]![0] === c.toks[srcStart + 1]) segs[0] = [head, ...segs[0]!];
        else segs.unshift([head]);
      } else {
        segs = subjectSegments(c, srcStart, e);
      }
    }
    if (segs.length === 0) return no(c.trace, 'attribution:no-source', at);
    const head = segs[0]![0]!;
    const last = segs[0]![segs[0]!.length - 1]!;
    // بحسب أنقرة، وفقاً لواشنطن: a place that is the whole source stands for its government.
    const place = c.book.entityAt(head.start, last.end, ['LOC']);
    const plausible =
      isUnnamedHead(head) ||
      isOrgHead(head) ||
      isRoleStart(head) ||
      !!o ||
      !!c.book.entityAt(head.start, last.end) ||
      // وفق ثلاثة مصادر مطلعة، بحسب بعض المسؤولين: a count or quantifier before an unnamed source.
      (segs[0]!.length > 1 && isUnnamedHead(segs[0]![1])) ||
      (!!place && place.start <= head.start && place.end >= last.end) ||
      // بحسب "الوطن"، وفقاً لصحيفة "المدينة": a newspaper or site, or a name written in quotation marks.
      LEX.relayNouns.has(dropArticle(head.n)) ||
      // وحسب معلومات متواترة، …، بحسب تقديرات الأكاديمية: the information the report rests on.
      LEX.informationSources.has(dropArticle(head.n)) ||
      (!m.glued && isQuoteChar(c.toks[srcStart]?.text ?? '') && segs[0]!.length <= 3) ||
      // …، بحسب فال.: one word ending the sentence that ends the phrase of someone who spoke
      // earlier (مباكي فال).
      (segs[0]!.length === 1 && (!c.toks[after] || c.sent[after] !== c.sent[i] || hasStopMark(c.toks[after]!.text)) && c.book.history.some((h) => !!h.text && h.text.end <= head.start && norm(h.text.text).split(/\s+/).at(-1) === head.n));
    if (bare && !plausible) return no(c.trace, 'attribution:implausible-source', at);
    const speaker = c.book.resolve(segs.slice(0, 1), null);
    // Sentence-initial (ووفقاً لما نقلته… فإنّ…): the content follows; otherwise it came before.
    const first = i === 0 || c.sent[i - 1] !== c.sent[i];
    if (first) {
      // Content follows: after فإنّ if present, else after the next comma.
      let k = after;
      let cs = -1;
      for (; k < c.toks.length && c.sent[k] === c.sent[i]; k++) {
        if (opensWithFaInna(c.toks[k]!.n) || (isComp(c.toks[k]) && c.toks[k]!.n.startsWith('ف'))) {
          cs = c.toks[k]!.end;
          break;
        }
      }
      if (cs < 0) {
        for (k = after; k < c.toks.length && c.sent[k] === c.sent[i]; k++) {
          if (COMMA.has(c.toks[k]!.text) && !(c.toks[k + 1] && isAdjunctStart(c.toks, k + 1))) {
            cs = c.toks[k]!.end;
            break;
          }
        }
      }
      if (cs < 0) return no(c.trace, 'attribution:no-content-after', at);
      return { cue: { tok: i, cue: cueSpan, form: null, speaker, via, contentStart: cs, marker: 'fa', rule: 'attribution' }, next: k + 1 };
    }
    // After the content: "…، بحسب المصدر" — content runs from the clause start. Mid-clause
    // (وضعها بحسب ما نشر في صحيفة…) it qualifies a detail, not a statement.
    const before = c.toks[i - 1];
    const isComma = (t: Tok | undefined): boolean => !!t && !t.word && COMMA.has(t.text);
    // "…، وذلك حسبما قال…": وذلك after the comma points back to the content.
    const that = !!before && before.word && before.n === 'وذلك' && isComma(c.toks[i - 2]);
    // "…لعدة أسابيع بحسب ما أكد المدرب.": a verb of saying after ما, the source ending the
    // sentence: the phrase reports the whole clause even without a comma.
    // A source whose relative clause says something (حسب الهيئة التي قالت…) is one that speaks.
    // So does a bare phrase's source that ends the sentence when its first word is the source (…
    // في سبتمبر وفقا لعدة مصادر.، … وفق المصادر الثلاثة التي طلبت عدم ذكر أسمائها.), not a
    // word before a name (… وفقا لفئات الأمانات والبلديات.).
    const atEnd = !c.toks[after] || c.sent[after] !== c.sent[i] || hasStopMark(c.toks[after]!.text);
    const endsSentence = relativeEnd || (atEnd && (!bare || (sourceHead(c, segs[0]!, !!o) && plainSource(c, srcStart, after))));
    if (!isComma(before) && !that && !endsSentence) return no(c.trace, 'attribution:mid-clause', at);
    let k = i - 1;
    while (k >= 0 && c.sent[k] === c.sent[i]) k--;
    const cs = c.toks[k + 1]!.start;
    const ce = trimEnd(c.text, cs, c.toks[that ? i - 2 : i]!.start);
    if (ce - cs < 10) return no(c.trace, 'attribution:short-content', at);
    return { cue: { tok: i, cue: cueSpan, form: null, speaker, via, contentStart: cs, contentEnd: ce, marker: 'after', rule: 'attribution-after' }, next: after };
  }
  return no(c.trace, 'attribution:no-phrase', at);
}

/**
 * "…لفترة طويلة، كما يقول الضابط فلان.": كما + a verb of saying + its subject ending the sentence
 * attributes the sentence before to that subject (speech.json attribution.asSaid). Not with an
 * أنّ clause, a colon or a quotation after it (كما أكد أنّ… / كما قال: «…» are cues of their own),
 * nor with a subject that names no one (كما ذكرت أعلاه).
 */
function asSaidCue(c: Ctx, i: number): Cue | null {
  const t = c.toks[i]!;
  if (!LEX.asSaid.has(t.n)) return null;
  const f = formAt(c.toks[i + 1]);
  if (!f || f.participle || f.onlyDirect || f.relay || f.inDocument || f.prep.length > 0 || c.sent[i + 1] !== c.sent[i]) return null;
  let e = i + 2;
  while (c.toks[e] && c.sent[e] === c.sent[i] && (c.toks[e]!.word || c.nameMarks.has(c.toks[e]!.start)) && !isComp(c.toks[e]) && e - i < 12) e++;
  // The subject must end the sentence: a stop mark or the sentence's last token.
  const end = c.toks[e];
  if (e === i + 2 || (end && c.sent[e] === c.sent[i] && !hasStopMark(end.text))) return null;
  const segs = subjectSegments(c, i + 2, e);
  const head = segs[0]?.[0];
  const last = segs[0]?.at(-1);
  if (!head || !last || LEX.notSpeakers.has(head.n)) return null;
  const plausible = isUnnamedHead(head) || isOrgHead(head) || isRoleStart(head) || !!c.book.entityAt(head.start, last.end, ['PER', 'ORG']) || (segs[0]!.length > 1 && isUnnamedHead(segs[0]![1]));
  if (!plausible) return null;
  let k = i - 1;
  while (k >= 0 && c.sent[k] === c.sent[i]) k--;
  const cs = c.toks[k + 1]!.start;
  const ce = trimEnd(c.text, cs, t.start);
  if (ce - cs < 10) return null;
  const speaker = c.book.resolve(segs.slice(0, 1), gender(f));
  const cue = span(c.text, t.start, c.toks[i + 1]!.end);
  return { tok: i, cue, form: f, speaker, via: null, contentStart: cs, contentEnd: ce, marker: 'after', rule: 'attribution-after' };
}

function notQuoteCueAt(c: Ctx, i: number): number {
  if (!opensNotQuoteCue(c.toks[i])) return -1;
  for (const ph of LEX.notQuoteCues) {
    const m = matchPhrase(c.toks, i, ph);
    if (m) return m.next;
  }
  return -1;
}

/** Whether a pair of marks is a name, a title or scare quotes rather than speech. */
function pairIsName(c: Ctx, p: MarkPair): boolean {
  const content = c.text.slice(p.start, p.end);
  if (!/\p{Script=Arabic}/u.test(content)) return true;
  // الشريحة «ب»، الفئة «هـ»: a letter or two in marks labels something; no statement is that short.
  if (content.replace(/[^\p{L}]/gu, '').replace(/\u0640/g, '').length <= 2) return true;
  const k = tokAt(c, p.open);
  const prev = c.toks[k - 1];
  const words = content.split(/\s+/).filter(Boolean).length;
  if (prev && prev.word && c.para[k - 1] === c.para[k]) {
    // عملية «…»، وكالة "…"، برنامج "…": an indefinite head names what follows. A definite one
    // (المشروع "مهم للغاية") is the subject of a quoted predicate.
    const bare = dropProclitic(prev.n, 'conjPrepKaf');
    if (!opensWithArticle(prev.n) && !opensWithArticle(bare) && (LEX.notQuoteContexts.has(prev.n) || LEX.notQuoteContexts.has(bare))) return true;
    // لـ"عين اليوم": the addressee of a statement.
    if (prev.n === 'ل' || prev.n === 'لل') return true;
    // إنّ "داعش" …: one quoted word as the clause's subject is a name; after أنه/بأنها (the
    // subject is the pronoun) it is the quoted predicate.
    if (words === 1 && isComp(prev) && LEX.bareComplementizers.has(dropProclitic(stripMarks(prev.text, 'vowelsTatweel'), 'conjBa'))) return true;
    // العقيد "القرشي": a name after a title.
    if (LEX.titles.has(prev.n) && words <= 3) return true;
    // A short phrase bound to an indefinite noun (قبائل "أيدر خيل"، بولاية "ننجرهار"، و"بابر خيل")
    // names something; after a definite noun it is the predicate (المناقشات "بناءة").
    const stem = dropProclitic(prev.n, 'conjPrepKaf');
    const suffixed = endsWithObjectPronoun(prev.text);
    const functionWord = LEX.nameStopWords.has(prev.n);
    if (words <= 3 && !suffixed && !functionWord && !formAt(prev) && !isComp(prev) && prev.n !== 'ب' && !opensWithArticleOrLil(prev.n) && !opensWithArticle(stem)) return true;
  }
  // في مقابلة مع "إن بي آر نيوز": "…" — what stands before the colon introduces the quote.
  if (/^\s*:/.test(c.text.slice(p.close + 1, p.close + 4)) && words <= 4) return true;
  const n = norm(content);
  if (words <= 4) {
    if (LEX.agencies.some((a) => a.words.join(' ') === n)) return true;
    const e = c.book.entityAt(p.start, p.end, ['PER', 'ORG', 'LOC', 'MISC']);
    if (e && e.start <= p.start && e.end >= p.end) return true;
  }
  return false;
}

/**
 * A headline that reports speech as «SPEAKER: words» (الوزير الحربي: الطريق سيفتح قريباً): the
 * part before the colon is a short phrase naming a person, a role or an organisation.
 */
function headlineQuote(c: Ctx): Cue | null {
  const h = c.doc.article.headline;
  if (!h) return null;
  const a = tokAt(c, h.start);
  let colon = -1;
  for (let k = a; k < c.toks.length && c.toks[k]!.start < h.end; k++) {
    if (c.toks[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon <= a || colon - a > 6) return null;
  const words = c.toks.slice(a, colon);
  if (words.some((t) => !t.word && !isQuoteChar(t.text)) || formAt(words[words.length - 1])) return null;
  const head = words.find((t) => t.word);
  if (!head) return null;
  const named = !!c.book.entityAt(head.start, words[words.length - 1]!.end, ['PER', 'ORG']);
  if (!named && !isRoleStart(head) && !isUnnamedHead(head) && !isOrgHead(head) && !LEX.titles.has(head.n)) return null;
  const rest = c.toks[colon + 1];
  if (!rest || rest.start >= h.end) return null;
  const speaker = c.book.resolve([words], null);
  return { tok: colon, cue: span(c.text, c.toks[colon]!.start, c.toks[colon]!.end), form: null, speaker, via: null, contentStart: c.toks[colon]!.end, marker: 'colon', rule: 'headline' };
}

/** The cue verb's stance (speech.json `stance`); nothing when the cue is not a verb. */
function stanceOf(cue: Cue | null): { stance?: QuoteStance } {
  if (!cue?.form) return {};
  return { stance: LEX.stance.get(norm(cue.form.lemma)) ?? 'neutral' };
}

/** Entities mentioned inside the quote's content, in order of first mention, without its speaker or outlet. */
function targetsOf(doc: Readonly<MarsadDocument>, q: Quote): string[] {
  const firstAt = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.id === q.speaker.entity || e.id === q.via) continue;
    for (const m of e.mentions) {
      if (m.start >= q.text.start && m.end <= q.text.end && !(firstAt.get(e.id)! <= m.start)) firstAt.set(e.id, m.start);
    }
  }
  return [...firstAt].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

export interface FoundQuote extends Quote {
  /** For the direct quotes found inside reported speech. */
  parentIndex?: number;
}

export interface FindOptions {
  /** Spans to leave alone (site furniture). */
  skip?: Span[];
  /** Diagnostics: told why each candidate cue was turned down (off by default). */
  trace?: Trace;
}

export function findQuotes(doc: Readonly<MarsadDocument>, opts: FindOptions = {}): Quote[] {
  const text = doc.text;
  const toks = tokens(text);
  const pairs = withCitedPairs(
    text,
    toks,
    findMarkPairs(text, (a, b, reopens) => narratorInside(text, a, b, reopens)),
  );
  const inQuote = quoteMask(text, pairs);
  const { sent, para } = sentenceIndex(text, toks, inQuote);
  const paraWords: number[] = [];
  toks.forEach((t, k) => {
    if (t.word) paraWords[para[k]!] = (paraWords[para[k]!] ?? 0) + 1;
  });
  const c: Ctx = {
    doc,
    text,
    toks,
    sent,
    para,
    paraWords,
    pairs,
    pairAtOpen: new Map(pairs.map((p) => [p.open, p])),
    inQuote,
    nameMarks: new Set(),
    book: new SpeakerBook(doc),
    skip: opts.skip ?? doc.article.boilerplate,
    trace: opts.trace,
  };

  const nested = (p: MarkPair): boolean => pairs.some((q) => q !== p && q.open < p.open && p.close < q.close);
  const namePairs = new Set(pairs.filter((p) => pairIsName(c, p) || nested(p)));
  for (const p of namePairs) {
    c.nameMarks.add(p.open);
    c.nameMarks.add(p.close);
  }

  const cues: Cue[] = [];
  const insidePair = (pos: number): boolean => inQuote[pos] === 2;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || inSkip(c, t.start) || insidePair(t.start)) {
      if (c.trace && formAt(t)) c.trace('loop:skipped-or-in-marks', t.start);
      continue;
    }
    const nq = notQuoteCueAt(c, i);
    if (nq >= 0) {
      c.trace?.('loop:not-quote-cue', t.start);
      i = nq - 1;
      continue;
    }
    const att = attributionCue(c, i);
    if (att) {
      cues.push(att.cue);
      if (att.cue.speaker) c.book.push(att.cue.speaker);
      continue;
    }
    const said = asSaidCue(c, i);
    if (said) {
      cues.push(said);
      if (said.speaker) c.book.push(said.speaker);
      i++;
      continue;
    }
    const back = sentenceBackReference(c, i, cues);
    if (back) {
      cues.push(back);
      c.book.push(back.speaker!);
      continue;
    }
    const f = formAt(t);
    // بهدف حث المواطنين على…: after a preposition the form is a verbal noun with no speaker.
    const nounUse = (!!f && !f.participle && !!toks[i - 1]?.word && LEX.verbalNounAfter.has(toks[i - 1]!.n) && sent[i - 1] === sent[i]) || (!!f && notCueHere(c, i, f));
    if (f && nounUse) c.trace?.('loop:noun-use', t.start);
    if (f && !nounUse) {
      const cue = verbCue(c, i, f);
      // واكتفى الوزير بالقول "…"، وأضافت بالقول: «…»: the verb before already reaches this content.
      const last = cues.at(-1);
      if (cue && f.verbalNoun && last && last.form && sent[last.tok] === sent[i] && last.contentStart >= t.end) {
        c.trace?.('loop:verbal-noun-repeat', t.start);
        continue;
      }
      if (cue) {
        if (!cue.speaker) {
          // A participle continues its sentence's speaker (not a cited verse's, قال تعالى «…»، مضيفاً); a bare verb the article's last one.
          const same = [...cues].reverse().find((q) => c.sent[q.tok] === c.sent[i] && q.speaker && !isCited(q.speaker))?.speaker;
          // أعرب ذوو الشهداء عن شكرهم… مؤكدين أنّ…: the subject of the sentence's verb speaks on.
          const sameRef =
            same ?? c.book.history.findLast((h) => !!h.text && (!!h.entity || h.how === 'unnamed') && h.text.start < t.start && c.sent[tokAt(c, h.text.start)] === c.sent[i]);
          // اقرّ الرئيس فلان بوجود تهديد، وقال…: the person named after the verb that opens the
          // clause before speaks, not the article's last speaker.
          // …، لكنه أكد أنّ…: after a lead word (لكنه، ثم، كما) a masculine verb speaks for the sentence's subject too.
          const lead = !f.participle && !!toks[i - 1]?.word && LEX.pronounLeads.has(toks[i - 1]!.n) && sent[i - 1] === sent[i];
          // ونعى رئيس الوزراء، فلان، الراحل في تغريدة قال فيها…، وتباهى الزعيم فلان بـ…، وقال: a verb
          // mid-sentence speaks for the person who is its sentence's subject (a speaker of the sentence
          // already named comes first), not the article's last speaker.
          const midSentence = !f.participle && i > 0 && sent[i - 1] === sent[i];
          const clausePerson = f.participle && sameRef ? null : clauseSubjectBefore(c, i) ?? ((f.participle || lead || (midSentence && !sameRef)) && f.gender === 'm' ? sentencePerson(c, i) : null);
          if (clausePerson) c.book.push(clausePerson);
          // وألقى مدير المدرسة كلمة…، وقال…: the subject of the verb that opens the sentence speaks.
          const opener0 = !f.participle && midSentence && !sameRef && !clausePerson ? openingVerbSubject(c, i, f.gender) : null;
          const opener = opener0 ?? (!f.participle && !sameRef && !clausePerson ? previousSentenceSubject(c, i, f.gender) : null);
          if (opener) c.book.push(opener);
          const prior = f.participle && sameRef ? sameRef : clausePerson ?? opener ?? c.book.continuation(gender(f));
          const named = prior ? null : f.gender === 'm' || !f.gender ? personBefore(c, i) : null;
          // The person found that way is now the article's speaker, for the cues that follow.
          if (named) c.book.push(named);
          const cont = prior ?? named;
          cue.speaker = cont ? { ...cont, how: cont.how === 'unnamed' || cont.how === 'org' ? cont.how : 'continuation' } : null;
          if (cue.rule === 'verb') cue.rule = 'verb-continuation';
        } else {
          c.book.push(cue.speaker);
        }
        cues.push(cue);
        continue;
      }
    }
    const speakerVerbKey = [t.n, stripConj(t.n).at(-1)!].find((x) => LEX.speakerVerbs.has(x));
    const speakerVerb = speakerVerbKey !== undefined;
    // أكد اللاعب فلان جدارة الفريق… وقال: «…»: a verb of saying whose content we cannot read still
    // names the person who speaks on, when its subject is a person the entities stage knows.
    const contentless = !!f && !nounUse && !f.participle;
    if ((speakerVerb || contentless) && clauseStart(c, i)) {
      // تحدث اللاعب عن … موضحاً أنّ …: the subject speaks on through the participles.
      let e = i + 1;
      while (toks[e] && sent[e] === sent[i] && (toks[e]!.word || c.nameMarks.has(toks[e]!.start) || COMMA.has(toks[e]!.text)) && !isAdjunctStart(toks, e) && !formAt(toks[e]) && !LEX.participleRunPreps.has(toks[e]!.n) && !LEX.gluedObject(toks[e]!.n) && e - i < 24) e++;
      const before = auxSubjectBefore(c, i);
      let segs = before.length > 0 ? before : subjectSegments(c, i + 1, e);
      // وأصدرت الهيئة بيانا…: the verb's object ends its subject.
      const obj = segs[0]?.findIndex((x, k) => k > 0 && LEX.statementObjects.has(x.n)) ?? -1;
      if (obj > 0) segs = [segs[0]!.slice(0, obj), ...segs.slice(1)];
      // The verb's gender goes with its subject (ورفض فلان…. وقال: a masculine continuation prefers
      // him) when the subject names someone: an entity, a role, a body or a source. Otherwise the
      // words after the verb may be its object with the subject hidden (ورفض تقديم تفاصيل).
      const head = segs[0]?.[0];
      const names = !!head && (!!c.book.entityAt(head.start, head.end, ['PER', 'ORG']) || isUnnamedHead(head) || isOrgHead(head) || isRoleStart(head));
      const verbGender = speakerVerbKey && names ? LEX.speakerVerbGender.get(speakerVerbKey) ?? null : null;
      // أكد فلان، سفير المملكة، متانة…: an apposition closed by a second comma is read too, for the
      // role given with the name (وقال السفير later names him) or the name after a description; an
      // open one may be the next clause (…، ورفع فلان التهنئة).
      const ref = segs.length ? c.book.resolve(segs.slice(0, segs.length > 2 ? 2 : 1), gender(f) ?? verbGender) : null;
      const type = ref?.entity ? c.doc.entities.find((x) => x.id === ref.entity)?.type : undefined;
      // أعلنت حركة فلان مسؤوليتها عن الهجوم، قائلة…: an organisation named right after the verb
      // speaks on too (its participles and the وقالت that follows), as a person does.
      const org = type === 'ORG' && ref!.text?.start === segs[0]![0]!.start;
      if (ref && (speakerVerb || type === 'PER' || before.length > 0)) {
        if (names) c.book.push(ref);
        else c.book.pushUnsure(ref);
      } else if (ref && org) c.book.pushSubject(ref);
    }
  }

  const headlineCue = headlineQuote(c);
  if (headlineCue) cues.unshift(headlineCue);

  const quotes: FoundQuote[] = [];
  const directs = new Map<MarkPair, { cue: Cue | null; speaker: SpeakerRef | null; rule: string }>();

  // Reported speech and colon quotes.
  const indirect: { q: FoundQuote; start: number; end: number }[] = [];
  for (const cue of cues) {
    if (cue.marker === 'quote') continue;
    const colon = cue.marker === 'colon';
    let cs = trimStart(text, cue.contentStart, text.length);
    if (colon && c.pairAtOpen.has(cs) && !namePairs.has(c.pairAtOpen.get(cs)!)) continue;
    // قال: «… whose marks were not paired: the words are the speaker's, the lone marks are not.
    const lone = colon && isQuoteChar(text[cs] ?? '') && !c.pairAtOpen.has(cs);
    if (lone) cs = trimStart(text, cs + 1, text.length);
    // قال: إنّ …: a colon before a complementizer is reported speech written with a colon; like
    // reported speech it ends with its sentence, where a colon quote runs to the paragraph end.
    const colonComp = colon && cue.rule !== 'headline' && compAt(c.toks, tokAt(c, cs));
    let ce = cue.contentEnd ?? contentEnd(c, cs, colon && !colonComp);
    if (lone && ce > cs && isQuoteChar(text[ce - 1]!)) ce = trimEnd(text, cs, ce - 1);
    const named = cue.speaker?.entity ? doc.entities.find((e) => e.id === cue.speaker!.entity) : undefined;
    if (named) ce = trimEnd(text, cs, endBeforeSpeakerNamed(toks, sent, inQuote, named.mentions, cs, ce, !colon || colonComp));
    cs = trimStart(text, cs, ce);
    if (ce - cs < 3) {
      c.trace?.('content:empty', cue.cue.start);
      continue;
    }
    const q: FoundQuote = {
      kind: colon ? 'direct' : 'indirect',
      text: span(text, cs, ce),
      cue: cue.cue,
      speaker: { entity: cue.speaker?.entity ?? null, text: cue.speaker?.text ?? null },
      via: cue.via,
      source: `rule:quotes/${colon && cue.rule !== 'headline' ? 'colon' : cue.marker === 'noun' ? 'nominal' : cue.rule}`,
      ...stanceOf(cue),
    };
    indirect.push({ q, start: cs, end: ce });
  }

  // "…، وفقاً لما جاء في الإصدار" after a verb of saying only repeats the source.
  for (let a = indirect.length - 1; a >= 0; a--) {
    const it = indirect[a]!;
    if (it.q.source !== 'rule:quotes/attribution-after') continue;
    if (indirect.some((o) => o !== it && o.start < it.end && it.start < o.end)) {
      c.trace?.('content:attribution-after-overlap', it.q.cue?.start ?? it.start);
      indirect.splice(a, 1);
    }
  }

  // Direct quotes in marks: the nearest cue before them in the sentence, else one right after.
  for (const p of pairs) {
    if (namePairs.has(p) || c.nameMarks.has(p.open) || inSkip(c, p.open)) continue;
    const k = tokAt(c, p.open);
    const s = sent[k];
    let best: Cue | null = null;
    for (const cue of cues) {
      if (cue.cue.end <= p.open && sent[cue.tok] === s) best = cue;
    }
    if (best) {
      directs.set(p, { cue: best, speaker: best.speaker, rule: 'marks' });
      continue;
    }
    // "…". قال ذلك فلان — the next sentence (or paragraph) names the speaker and points back.
    const back = backReferenceCue(c, p);
    if (back) {
      directs.set(p, { cue: back, speaker: back.speaker, rule: 'marks-cue-after' });
      if (back.speaker) c.book.push(back.speaker);
      continue;
    }
    // "…"، قال فلان — the cue follows.
    const kc = tokAt(c, p.close + 1);
    let j = kc;
    while (toks[j] && !toks[j]!.word && j - kc < 3) j++;
    const f = formAt(toks[j]);
    if (f && toks[j] && sent[j] === sent[kc] && !f.participle) {
      let e = j + 1;
      while (toks[e] && sent[e] === sent[j] && !isComp(toks[e]) && toks[e]!.text !== ':' && e - j < 12) e++;
      const segs = subjectSegments(c, j + 1, e);
      const sp = segs.length ? c.book.resolve(segs, f.gender) : c.book.continuation(f.gender);
      const cue: Cue = { tok: j, cue: span(text, toks[j]!.start, toks[j]!.end), form: f, speaker: sp, via: null, contentStart: p.start, marker: 'quote', rule: 'marks-cue-after' };
      directs.set(p, { cue, speaker: sp, rule: 'marks-cue-after' });
      continue;
    }
    // A quote that opens its paragraph continues the last speaker's words.
    const lineStart = text.lastIndexOf('\n', p.open) + 1;
    const words = text.slice(p.start, p.end).split(/\s+/).length;
    if (/^\s*$/.test(text.slice(lineStart, p.open)) && words >= 4) {
      const prevCue = [...cues].reverse().find((q) => q.cue.end <= p.open && para[q.tok]! >= para[k]! - 1);
      // وقال فلان: ¶ «…» ¶ «…»: a run of quoted paragraphs after one cue keeps its speaker.
      const prevPara = prevCue ? undefined : [...directs].reverse().find(([q, d]) => q.close < p.open && !!d.speaker && para[tokAt(c, q.open)] === para[k]! - 1 && d.rule === 'marks-paragraph')?.[1];
      const speaker = prevCue?.speaker ?? prevPara?.speaker;
      if (speaker) directs.set(p, { cue: null, speaker, rule: 'marks-paragraph' });
      continue;
    }
    // وقال فلان إنّ… . "…": a quotation that opens the sentence right after its speaker's statement.
    let k0 = k;
    while (k0 > 0 && sent[k0 - 1] === s && !toks[k0 - 1]!.word) k0--;
    if ((k0 === 0 || sent[k0 - 1] !== s) && words >= 4) {
      const prevCue = [...cues].reverse().find((q) => q.cue.end <= p.open && s !== undefined && sent[q.tok] === s - 1 && para[q.tok] === para[k]);
      // «…». «…». «…»: a run of quotations after one cue keeps its speaker, sentence by sentence.
      const prevQuote = prevCue ? undefined : [...directs].reverse().find(([q, d]) => q.close < p.open && !!d.speaker && s !== undefined && sent[tokAt(c, q.open)] === s - 1 && para[tokAt(c, q.open)] === para[k])?.[1];
      const speaker = prevCue?.speaker ?? prevQuote?.speaker;
      if (speaker) directs.set(p, { cue: null, speaker, rule: 'marks-sentence' });
    }
  }

  // Reported speech that ends in a quoted phrase is that direct quote (أكد أنّ المشروع "خطوة كبيرة").
  const dropped = new Set<FoundQuote>();
  for (const it of indirect) {
    if (it.q.kind !== 'indirect') continue;
    for (const [p] of directs) {
      if (isCitedPair(p)) continue;
      if (p.open >= it.start - 1 && p.close <= it.end + 1) {
        if (trimEnd(text, it.start, p.close + 1) >= it.end - 0 && p.close >= it.end - 1) dropped.add(it.q);
        if (p.open <= it.start) dropped.add(it.q);
      }
    }
  }
  for (const it of indirect) if (!dropped.has(it.q)) quotes.push(it.q);
  for (const it of dropped) c.trace?.('content:inside-direct', it.cue?.start ?? it.text.start);
  for (const [p, d] of directs) {
    quotes.push({
      kind: 'direct',
      text: span(text, p.start, trimEnd(text, p.start, p.end)),
      cue: d.cue?.cue ?? null,
      speaker: { entity: d.speaker?.entity ?? null, text: d.speaker?.text ?? null },
      via: d.cue?.via ?? null,
      source: `rule:quotes/${d.rule}`,
      ...stanceOf(d.cue),
    });
  }
  quotes.sort((a, b) => a.text.start - b.text.start || a.text.end - b.text.end);
  for (const q of quotes) q.target = targetsOf(doc, q);
  // The same content found twice (a colon cue and marks): keep the first.
  return quotes.filter((q, i) => i === 0 || q.text.start !== quotes[i - 1]!.text.start || q.text.end !== quotes[i - 1]!.text.end);
}
