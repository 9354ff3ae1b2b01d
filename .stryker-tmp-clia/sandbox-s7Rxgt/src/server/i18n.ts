/**
 * The words the UI prints around numbers, rule ids and outlet slugs, from src/lexicon/ui-words.json:
 * Arabic number agreement through Intl.PluralRules('ar') (six categories), readable provenance with
 * the technical id kept as a secondary line, and outlets by their Arabic name.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Form = PluralCategory | 'twoGenitive';

interface UiWords {
  plurals: Record<string, Record<Form, string>>;
  sources: { families: Record<string, string>; rules: Record<string, string> };
  sites: Record<string, string>;
  monthTraditions: Record<string, string>;
}

const WORDS = JSON.parse(
  readFileSync(fileURLToPath(new URL('../lexicon/ui-words.json', import.meta.url)), 'utf8'),
) as UiWords;

export type Noun = keyof typeof WORDS.plurals & string;

const rules = new Intl.PluralRules('ar');
const numberFmt = new Intl.NumberFormat('ar-u-nu-latn');

/**
 * `n` with its noun in the right Arabic form: نتيجة واحدة، نتيجتان، 3 نتائج، 11 نتيجة، 100 نتيجة.
 * After a preposition or a superlative (أكثر من، أحدث، ضمن كل) the dual is genitive: نتيجتين; and
 * zero is then written as a number, since «أكثر من لا نتائج» is not Arabic.
 */
export function countNoun(n: number, noun: string, kase: 'nominative' | 'genitive' = 'nominative'): string {
  const forms = WORDS.plurals[noun];
  if (!forms) throw new Error(`ui-words.json has no plural forms for "${noun}"`);
  let cat: Form = rules.select(n) as PluralCategory;
  if (kase === 'genitive' && cat === 'two') cat = 'twoGenitive';
  if (kase === 'genitive' && cat === 'zero') cat = 'other';
  return forms[cat].replace('{n}', numberFmt.format(n));
}

export function nouns(): string[] {
  return Object.keys(WORDS.plurals);
}

/** A reader's description of a `source` id (`rule:quotes/verb`, `model:ner-perceptron`). */
export function describeSource(id: string): string {
  const exact = WORDS.sources.rules[id] ?? WORDS.sources.families[id];
  const base = id.replace(/\(.*$/, '');
  const family = base.includes('/') ? base.slice(0, base.indexOf('/')) : base;
  const kind = family.includes(':') ? family.slice(0, family.indexOf(':')) : family;
  const fam = WORDS.sources.families[family] ?? WORDS.sources.families[kind] ?? 'قاعدة';
  const specific = exact ?? WORDS.sources.rules[base];
  return specific && specific !== fam ? `${fam}: ${specific}` : fam;
}

/** The outlet's Arabic name when known, else the slug as stored. */
export function siteName(slug: string | null | undefined): string {
  if (!slug) return '';
  return WORDS.sites[slug] ?? WORDS.sites[slug.toLowerCase()] ?? slug;
}

export function monthTraditions(): Record<string, string> {
  return WORDS.monthTraditions;
}
