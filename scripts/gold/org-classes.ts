/**
 * Finer classes of the ORG errors of the entity evaluation, as COUNTS only (issue 14): why a
 * held-out ORG mention is missed or cut, said without anybody reading its text. Every function
 * answers with class labels computed from the gold offsets, the predicted spans and the
 * lexicons; the caller only increments counters (scripts/eval-entities.ts --org-classes).
 *
 * Labels are `dimension:value`, one per dimension, so each dimension sums to the number of
 * errors it describes.
 */
import { canonStart, type TypedSpan } from './entity-score.ts';
import { foldName, type Lexicons } from '../../src/analyze/entities/lexicon.ts';
import { lightProcliticForms, opensWithArticle, opensWithLil, startsWithConjunction } from '../../src/text/clitics.ts';
import { trimSeparators } from '../../src/text/punctuation.ts';
import { endsWithHaOrTaMarbuta, endsWithYa, endsWithYaNun } from '../../src/text/endings.ts';
import { hasArabicBlockUnit } from '../../src/text/script.ts';
import { has, wordsIn } from './words.ts';

/** The word lists the classes are judged by (folded with foldName). */
export interface OrgClassLists {
  /** head nouns of institutions and places (org-heads.json, name-heads.json heads and personHeads) */
  heads: Set<string>;
  /** nationality adjectives with the article */
  nationalities: Set<string>;
  /** one-word or full names of places in the entity lists */
  places: Set<string>;
  /** full names and aliases of people, and titles (الملك، الأمير) */
  persons: Set<string>;
  /** full names and aliases of organisations */
  orgs: Set<string>;
  /** everyday spellings of organisations, never matched alone (the lists' `common`: الأهلي، الاتحاد) */
  orgsCommon: Set<string>;
  /** a directorate's field (name-heads.json directorates: a field before a place) */
  directorates: Set<string>;
  /** nouns naming a body or unit of their own (name-heads.json bodies) */
  bodies: Set<string>;
}

export function orgClassLists(lex: Lexicons, nameHeads: unknown): OrgClassLists {
  const f = (xs: Iterable<string>) => new Set([...xs].map(foldName));
  const nh = nameHeads as {
    heads?: { ar: string[] }[];
    personHeads?: { words?: string[] };
    directorates?: { words?: string[] };
    bodies?: { words?: string[] };
  };
  const byType = (t: string) => lex.entities.filter((e) => e.type === t).flatMap((e) => [...e.names, ...e.aliases]);
  return {
    heads: f([...lex.heads.flatMap((h) => h.ar), ...(nh.heads ?? []).flatMap((h) => h.ar), ...(nh.personHeads?.words ?? [])]),
    nationalities: f(lex.nationalities.flatMap((n) => n.ar)),
    places: f(byType('LOC')),
    persons: f([...byType('PER'), ...lex.titles.filter((t) => t.kind !== 'role').flatMap((t) => t.ar)]),
    orgs: f(byType('ORG')),
    orgsCommon: f(lex.entities.filter((e) => e.type === 'ORG').flatMap((e) => e.common)),
    directorates: f(nh.directorates?.words ?? []),
    bodies: f(nh.bodies?.words ?? []),
  };
}

const LATIN = /[A-Za-z]/;
const QUOTE = /[«»"“”']/;
const PAREN = /[()]/;
const DIGIT = /\p{N}/u;


/** What one word is, by the first test it passes (a stretch of words is judged by its first word). */
export function wordKind(w: string, L: OrgClassLists): string {
  if (PAREN.test(w)) return 'paren';
  if (QUOTE.test(w)) return 'quoted';
  if (LATIN.test(w)) return 'latin';
  if (DIGIT.test(w)) return 'number';
  if (!hasArabicBlockUnit(w)) return 'punct';
  const f = foldName(w);
  if (has(L.directorates, w)) return 'directorate';
  if (has(L.bodies, w)) return 'body';
  if (has(L.heads, w)) return 'head';
  if (has(L.nationalities, w)) return 'nationality';
  if (has(L.places, w)) return 'place';
  if (has(L.persons, w)) return 'person';
  if (startsWithConjunction(f)) return 'conj';
  if (opensWithLil(f)) return 'lil';
  if (opensWithArticle(f)) return 'article';
  return 'other';
}

/** The ending of a word that is none of the listed kinds: a feminine noun (a head-like ة), a plural, a nisba. */
export function wordShape(w: string): string {
  const f = foldName(trimSeparators(w));
  if (endsWithHaOrTaMarbuta(f)) return 'fem';
  if (endsWithYaNun(f)) return 'plural';
  if (endsWithYa(f)) return 'nisba';
  return 'plain';
}

const overlapping = (g: TypedSpan, pred: TypedSpan[]) => pred.filter((p) => Math.min(g.end, p.end) > Math.max(g.start, p.start));

/**
 * Labels of one missed gold mention (spans already past the guide's start rule); `miss` is its
 * class from errorClasses (missedNoOverlap, tooShort, tooLong, wrongType, crossing).
 */
export function orgMissLabels(text: string, g: TypedSpan, pred: TypedSpan[], L: OrgClassLists, gold: readonly TypedSpan[] = []): string[] {
  const ws = wordsIn(text, g.start, g.end);
  const n = ws.length;
  const labels = [`words:${n >= 4 ? '4+' : n}`, `first:${ws[0] ? wordKind(ws[0].w, L) : 'none'}`, `firstShape:${ws[0] ? wordShape(ws[0].w) : 'none'}`];
  // the article's own longer name for it elsewhere (الأوقاف after وزارة الأوقاف)
  const key = ws.map((w) => lightProcliticForms(foldName(trimSeparators(w.w))).at(-1)![0]).join(' ');
  const longer = gold.some((o) => o.type === 'ORG' && o.end - o.start > g.end - g.start && wordsIn(text, o.start, o.end).map((w) => foldName(trimSeparators(w.w))).join(' ').includes(key));
  labels.push(`inLongerGold:${longer ? 'yes' : 'no'}`);
  const whole = text.slice(g.start, g.end);
  const known = has(L.orgs, whole) ? 'org' : has(L.orgsCommon, whole) ? 'org-common' : has(L.places, whole) ? 'place' : has(L.persons, whole) ? 'person' : 'no';
  labels.push(`known:${known}`);
  const inside = ws.map((w) => wordKind(w.w, L));
  labels.push(`latin:${inside.includes('latin') ? 'yes' : 'no'}`);
  labels.push(`mark:${inside.includes('quoted') ? 'quote' : inside.includes('paren') ? 'paren' : 'none'}`);
  labels.push(`glued:${g.start > 0 && /[\p{L}\p{M}]/u.test(text[g.start - 1]!) ? 'yes' : 'no'}`);
  const ov = overlapping(g, pred);
  // the prediction inside (too short) or around (too long) with the largest overlap
  const best = ov.sort((a, b) => Math.min(g.end, b.end) - Math.max(g.start, b.start) - (Math.min(g.end, a.end) - Math.max(g.start, a.start)))[0];
  labels.push(`predType:${best ? best.type : 'none'}`);
  if (best && best.start >= g.start && best.end <= g.end && !(best.start === g.start && best.end === g.end)) {
    const left = best.start > g.start;
    const right = best.end < g.end;
    labels.push(`cut:${left && right ? 'both' : left ? 'start' : 'end'}`);
    if (right) {
      const miss = wordsIn(text, best.end, g.end);
      labels.push(`missingEnd:${miss[0] ? wordKind(miss[0].w, L) : 'part-of-word'}`, `missingEndWords:${Math.min(miss.length, 3)}`);
    }
    if (left) {
      const miss = wordsIn(text, g.start, best.start);
      labels.push(`missingStartShape:${miss[0] ? wordShape(miss[0].w) : 'none'}`);
      labels.push(`missingStart:${miss[0] ? wordKind(miss[0].w, L) : 'part-of-word'}`, `missingStartWords:${Math.min(miss.length, 3)}`);
    }
    // a second prediction inside the gold span: the name split in two
    labels.push(`pieces:${ov.filter((p) => p.start >= g.start && p.end <= g.end).length >= 2 ? 'split' : 'one'}`);
  }
  if (best && best.start <= g.start && best.end >= g.end && !(best.start === g.start && best.end === g.end)) {
    labels.push(`over:${best.start < g.start && best.end > g.end ? 'both' : best.start < g.start ? 'start' : 'end'}`);
    const extra = best.end > g.end ? wordsIn(text, g.end, best.end) : wordsIn(text, best.start, g.start);
    labels.push(`extra:${extra[0] ? wordKind(extra[0].w, L) : 'part-of-word'}`);
  }
  return labels;
}

/** Labels of one spurious ORG prediction (it overlaps no gold mention). */
export function orgSpuriousLabels(text: string, p: TypedSpan, L: OrgClassLists): string[] {
  const ws = wordsIn(text, p.start, p.end);
  const n = ws.length;
  return [`words:${n >= 4 ? '4+' : n}`, `first:${ws[0] ? wordKind(ws[0].w, L) : 'none'}`, `known:${has(L.orgs, text.slice(p.start, p.end)) ? 'org' : 'no'}`];
}

export const canonSpan = (text: string, s: TypedSpan): TypedSpan => ({ ...s, start: canonStart(text, s.start) });
