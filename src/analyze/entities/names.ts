/**
 * The name index used at analysis time: curated entity spellings (with their lexicon ids and
 * English names) plus country names from CLDR (Node's Intl), as folded word sequences; and the
 * cross-article entity key.
 */
import { lexicons, foldName, type EntityEntry } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { EntityType } from '../../doc/types.ts';

export interface KnownName {
  /** lexicon id (`vladimir-putin`) or `cc:XX` for a CLDR region */
  id: string;
  type: EntityType;
  en: string;
  enSource: 'lexicon' | 'intl';
  /** canonical Arabic name */
  canonical: string;
  entry?: EntityEntry;
  /** an everyday word too (the entry's `common` spellings): links a tagged mention, never matched alone */
  linkOnly?: boolean;
}

export interface NameIndex {
  /** folded phrase (words joined by one space, article kept) → name */
  phrases: Map<string, KnownName>;
  /** folded first words of phrases, to stop early */
  firstWords: Set<string>;
  maxWords: number;
  /** folded everyday-word spelling → every entry that has it (الأهلي: the Saudi and the Egyptian club) */
  commons: Map<string, KnownName[]>;
}

/** Strips the article from a folded word, for article-insensitive comparisons. */
export function bare(w: string): string {
  return w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
}

/** The index of known names of the running pipeline's lexicons (built once per resources). */
export function nameIndex(): NameIndex {
  return entityResources().get(buildNameIndex);
}

function buildNameIndex(): NameIndex {
  const phrases = new Map<string, KnownName>();
  const firstWords = new Set<string>();
  const commons = new Map<string, KnownName[]>();
  let maxWords = 1;
  const add = (spelling: string, k: KnownName) => {
    const f = foldName(spelling);
    if (!f || phrases.has(f)) return;
    phrases.set(f, k);
    const words = f.split(' ');
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  };
  for (const e of lexicons().entities) {
    const k: KnownName = {
      id: e.id,
      type: e.type,
      en: e.en,
      enSource: 'lexicon',
      canonical: e.names[0]!,
      entry: e,
    };
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
      if (!n || !e || n === code || !/^[\u0600-\u06FF\s]+$/.test(n) || ambiguous.has(foldName(n))) continue;
      add(n, { id: `cc:${code.toLowerCase()}`, type: 'LOC', en: e, enSource: 'intl', canonical: n });
    }
  }
  return { phrases, firstWords, maxWords, commons };
}

/** The known name for a spelling (folded, article-sensitive first, then without the article). */
export function lookupName(name: string): KnownName | null {
  const idx = nameIndex();
  const f = foldName(name);
  return idx.phrases.get(f) ?? (f.startsWith('ال') ? null : (idx.phrases.get('ال' + f) ?? null));
}

/**
 * The entries an everyday-word spelling may stand for when more than one has it (الأهلي), in
 * lexicon order; empty when it is one entry's or none's.
 */
export function sharedCommonName(name: string): KnownName[] {
  const idx = nameIndex();
  const f = foldName(name);
  const list = idx.commons.get(f) ?? (f.startsWith('ال') ? undefined : idx.commons.get('ال' + f));
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
