/**
 * The name pairs the transliterator learns from and is measured on, read from ../shared (never
 * copied): Google's Arabic→English pairs (Apache-2.0) and Wikidata person-name words (CC0) for
 * training; ANETAC (no licence, research use) only as an outside test set, never for training.
 * The split is by Arabic word (folded, so أحمد and احمد fall on the same side): 10 % held out for
 * the reported figures, 5 % for choosing the settings, the rest for training.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../util/shared.ts';
import { foldName } from '../entities/lexicon.ts';
import type { Pair } from './align.ts';
import { arabicForModel, fnv1a, latinForModel } from './letters.ts';

export type Split = 'train' | 'dev' | 'test';

export function splitOf(ar: string): Split {
  const b = fnv1a(foldName(ar)) % 20;
  return b < 2 ? 'test' : b === 2 ? 'dev' : 'train';
}

export interface SourcedPair extends Pair {
  source: 'google' | 'wikidata' | 'anetac';
}

export const GOOGLE_PAIRS = ['data', 'lexicons', 'google_ar2en_translit', 'ar2en.txt'];
export const WIKIDATA_WORDS = ['data', 'lexicons', 'wikidata_person_tokens', 'wd_arabic_person_tokens.tsv'];
export const ANETAC = ['data', 'lexicons', 'anetac', 'anetac_en_ar_class_split.tsv'];

function pair(
  arRaw: string | undefined,
  enRaw: string | undefined,
  source: SourcedPair['source'],
): SourcedPair | null {
  const ar = arRaw ? arabicForModel(arRaw.trim()) : null;
  const en = enRaw ? latinForModel(enRaw.trim()) : null;
  return ar && en ? { ar, en, weight: 1, source } : null;
}

/** The training sources (both shippable): every usable pair, deduplicated. */
export function loadNamePairs(): SourcedPair[] {
  const out = new Map<string, SourcedPair>();
  const add = (p: SourcedPair | null) => {
    if (p && !out.has(p.ar + '\t' + p.en)) out.set(p.ar + '\t' + p.en, p);
  };
  const g = sharedPath(...GOOGLE_PAIRS);
  if (!existsSync(g)) throw new Error(`${g} is missing (set MARSAD_SHARED)`);
  for (const line of readFileSync(g, 'utf8').split('\n')) {
    const [ar, en] = line.split('\t');
    add(pair(ar, en, 'google'));
  }
  const w = sharedPath(...WIKIDATA_WORDS);
  if (!existsSync(w)) throw new Error(`${w} is missing (set MARSAD_SHARED)`);
  for (const line of readFileSync(w, 'utf8').split('\n').slice(1)) {
    const [en, ar] = line.split('\t');
    add(pair(ar, en, 'wikidata'));
  }
  return [...out.values()];
}

/** ANETAC's own test split, for measuring only (its licence keeps it out of anything shipped). */
export function loadAnetacTest(): SourcedPair[] {
  const f = sharedPath(...ANETAC);
  if (!existsSync(f)) return [];
  const out: SourcedPair[] = [];
  for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
    const [en, ar, , split] = line.split('\t');
    if (split?.trim() !== 'test') continue;
    const p = pair(ar, en, 'anetac');
    if (p) out.push(p);
  }
  return out;
}
