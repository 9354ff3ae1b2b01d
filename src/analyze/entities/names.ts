/**
 * The name index used at analysis time: curated entity spellings (with their lexicon ids and
 * English names) plus country names from CLDR (Node's Intl), as folded word sequences; and the
 * cross-article entity key. Derived from the lexicons, or read as the build precomputed it
 * (derived.ts): the same keys and the same records either way.
 */
import { lexicons, foldName } from './lexicon.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { derivedTables, type DerivedTables } from './derived.ts';
import { LineMap, LineSet, SortedLines, encodeLines } from '../../util/sorted-lines.ts';
import type { EntityType } from '../../doc/types.ts';
import { opensWithArticle } from '../../text/clitics.ts';
import { isArabicBlockText } from '../../text/script.ts';

export interface KnownName {
  /** lexicon id (`vladimir-putin`) or `cc:XX` for a CLDR region */
  id: string;
  type: EntityType;
  en: string;
  enSource: 'lexicon' | 'intl';
  /** canonical Arabic name */
  canonical: string;
  /** the lexicon entry's country (ISO 3166 alpha-2, lower case: clubs, leagues) */
  country?: string;
  /** an everyday word too (the entry's `common` spellings): links a tagged mention, never matched alone */
  linkOnly?: boolean;
}

export interface NameIndex {
  /** folded phrase (words joined by one space, article kept) → name */
  phrases: ReadonlyMap<string, KnownName>;
  /** folded first words of phrases, to stop early */
  firstWords: ReadonlySet<string>;
  /** every proper word prefix of a phrase (`a`, `a b` of `a b c`): a longer name may follow */
  prefixes: ReadonlySet<string>;
  maxWords: number;
  /** folded everyday-word spelling → every entry that has it (الأهلي: the Saudi and the Egyptian club) */
  commons: ReadonlyMap<string, KnownName[]>;
}

/** Strips the article from a folded word, for article-insensitive comparisons. */
export function bare(w: string): string {
  return opensWithArticle(w) && w.length > 3 ? w.slice(2) : w;
}

/** The index of known names of the running pipeline's lexicons (built once per resources). */
export function nameIndex(): NameIndex {
  return entityResources().get(loadNameIndex);
}

function loadNameIndex(r: EntityResources): NameIndex {
  const d = r.get(derivedTables);
  return d ? readNameIndex(d) : deriveNameIndex();
}

/** The index made from the running pipeline's lexicons and Node's CLDR region names. */
export function deriveNameIndex(): NameIndex {
  const phrases = new Map<string, KnownName>();
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  const commons = new Map<string, KnownName[]>();
  let maxWords = 1;
  const add = (spelling: string, k: KnownName) => {
    const f = foldName(spelling);
    if (!f || phrases.has(f)) return;
    phrases.set(f, k);
    const words = f.split(' ');
    firstWords.add(words[0]!);
    for (let j = f.indexOf(' '); j >= 0; j = f.indexOf(' ', j + 1)) prefixes.add(f.slice(0, j));
    maxWords = Math.max(maxWords, words.length);
  };
  for (const e of lexicons().entities) {
    const k: KnownName = {
      id: e.id,
      type: e.type,
      en: e.en,
      enSource: 'lexicon',
      canonical: e.names[0]!,
    };
    if (e.country) k.country = e.country;
    for (const s of [...e.names, ...e.aliases]) add(s, k);
    for (const s of e.common) {
      const c = { ...k, linkOnly: true };
      add(s, c);
      const f = foldName(s);
      commons.set(f, [...(commons.get(f) ?? []), c]);
    }
  }
  const ambiguous = new Set(lexicons().ambiguous.map(foldName));
  const ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const n = ar.of(code);
      const e = en.of(code);
      if (!n || !e || n === code || !isArabicBlockText(n) || ambiguous.has(foldName(n))) continue;
      add(n, { id: `cc:${code.toLowerCase()}`, type: 'LOC', en: e, enSource: 'intl', canonical: n });
    }
  }
  return { phrases, firstWords, prefixes, maxWords, commons };
}

// ---- the precomputed form (derived.ts) ---------------------------------------------------------
// Records one a line (id, type, en, enSource, canonical, country, linkOnly), then the tables:
// phrase → record, first words, prefixes, everyday spelling → records.

/** A known name as one line of the precomputed file. */
export function knownNameLine(k: KnownName): string {
  const fields = [k.id, k.type, k.en, k.enSource, k.canonical, k.country ?? '', k.linkOnly ? '1' : ''];
  if (fields.some((f) => /[\t\n]/.test(f))) throw new Error(`a known name holds a tab or newline: ${k.id}`);
  return fields.join('\t');
}

export function readKnownName(line: string): KnownName {
  const [id, type, en, enSource, canonical, country, linkOnly] = line.split('\t');
  const k: KnownName = {
    id: id!,
    type: type as EntityType,
    en: en!,
    enSource: enSource as KnownName['enSource'],
    canonical: canonical!,
  };
  if (country) k.country = country;
  if (linkOnly) k.linkOnly = true;
  return k;
}

/** The sections of the precomputed file that hold `idx`. */
export function encodeNameIndex(idx: NameIndex): Record<string, string> {
  const records: string[] = [];
  const number = new Map<string, number>();
  const ref = (k: KnownName): number => {
    const line = knownNameLine(k);
    let i = number.get(line);
    if (i === undefined) number.set(line, (i = records.push(line) - 1));
    return i;
  };
  return {
    'names.phrases': encodeLines([...idx.phrases].map(([f, k]) => [f, String(ref(k))] as const)),
    'names.commons': encodeLines([...idx.commons].map(([f, ks]) => [f, ks.map(ref).join(',')] as const)),
    'names.firstWords': encodeLines(idx.firstWords),
    'names.prefixes': encodeLines(idx.prefixes),
    'names.maxWords': String(idx.maxWords),
    'names.records': records.join('\n'),
  };
}

export function readNameIndex(d: DerivedTables): NameIndex {
  const records = new SortedLines(d.section('names.records'));
  const made: KnownName[] = [];
  const record = (i: number) => (made[i] ??= readKnownName(records.line(i)));
  return {
    phrases: new LineMap(new SortedLines(d.section('names.phrases')), (v) => record(Number(v))),
    commons: new LineMap(new SortedLines(d.section('names.commons')), (v) => v.split(',').map((i) => record(Number(i)))),
    firstWords: new LineSet(new SortedLines(d.section('names.firstWords'))),
    prefixes: new LineSet(new SortedLines(d.section('names.prefixes'))),
    maxWords: Number(d.section('names.maxWords')),
  };
}

/**
 * Answers by spelling: the entity rules ask about every untagged word of a sentence (a place in a
 * list, a bare name after a role), and the words recur, where each answer costs a fold and two
 * searches of the sorted table. Kept per resources, like the index it reads.
 */
const newLookups = () => new Map<string, KnownName | null>();
const LOOKUP_CACHE = 50_000;

/** The known name for a spelling (folded, article-sensitive first, then without the article). */
export function lookupName(name: string): KnownName | null {
  const memo = entityResources().get(newLookups);
  let k = memo.get(name);
  if (k === undefined) {
    const idx = nameIndex();
    const f = foldName(name);
    k = idx.phrases.get(f) ?? (opensWithArticle(f) ? null : (idx.phrases.get('ال' + f) ?? null));
    if (memo.size >= LOOKUP_CACHE) memo.clear();
    memo.set(name, k);
  }
  return k;
}

/**
 * The entries an everyday-word spelling may stand for when more than one has it (الأهلي), in
 * lexicon order; empty when it is one entry's or none's.
 */
export function sharedCommonName(name: string): KnownName[] {
  const idx = nameIndex();
  const f = foldName(name);
  const list = idx.commons.get(f) ?? (opensWithArticle(f) ? undefined : idx.commons.get('ال' + f));
  return list && list.length > 1 ? list : [];
}

/**
 * Cross-article key: the lexicon id when the name is known (`PER:vladimir-putin`, `LOC:cc:ch`),
 * else the type and the folded name (`PER:نتاليا كوليسنيكوفا`). Stable across articles and
 * spellings the lexicon lists.
 */
export function entityKey(type: EntityType, name: string): string {
  const k = lookupName(name);
  if (k && k.type === type) return `${type}:${k.id}`;
  return `${type}:${foldName(name)}`;
}
