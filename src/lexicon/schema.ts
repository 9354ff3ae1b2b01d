/**
 * zod schemas for the language data files at the top of src/lexicon/ (issue 18: every lexicon
 * file validated with zod; the entity lists of lexicon/entities/ have theirs in
 * analyze/entities/lexicon-schema.ts). Not on the start-up path: each loader reads its file with
 * only the checks the code relies on, and `npm run lexicons:check` and the tests run these.
 *
 * Every file is a record of comments, word lists, numbers and nested records of the same. A word
 * list holds trimmed strings without doubled spaces, each once: a word listed twice is an edit that
 * went wrong (the second copy changes nothing, or was meant to be another word). The files whose
 * code relies on more structure (months, verbs, numbers) say so in their own schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const word = z.string().refine((s) => s === s.trim() && !/\s\s/.test(s), 'no stray spaces');

/** A list's strings are words, each once. */
function noRepeats(xs: readonly unknown[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [i, x] of xs.entries()) {
    if (typeof x !== 'string') continue;
    if (seen.has(x)) ctx.addIssue({ code: 'custom', path: [i], message: `"${x}" is listed twice` });
    seen.add(x);
  }
}

const words = z.array(word).superRefine(noRepeats);

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

/** Any value a lexicon file holds (null: "known, no value", as a zone with no fixed offset). */
const value: z.ZodType<Value> = z.lazy(() =>
  z.union([word, z.number(), z.boolean(), z.null(), list, z.record(z.string(), value)]),
);

const list: z.ZodType<Value[]> = z.lazy(() => z.array(value).superRefine(noRepeats));

/** A file: keys to values; `$…`/`_…` keys are comments. */
const file = <T extends z.ZodRawShape>(shape: T) =>
  z.intersection(z.record(z.string(), value), z.looseObject(shape));

const month = (n: number) => z.number().int().min(1).max(n);

const schemas: Record<string, z.ZodType> = {
  'calendar.json': file({
    gregorianMonths: z
      .array(z.looseObject({ month: month(12), msa: words.min(1), levantine: words, maghrebi: words }))
      .length(12),
    hijriMonths: z.array(z.looseObject({ month: month(12), names: words.min(1) })).length(12),
    weekdays: z.array(z.looseObject({ isoDay: month(7), names: words.min(1) })).length(7),
    holidays: z.array(
      z.union([
        z.looseObject({ names: words.min(1), gregorian: z.tuple([month(12), month(31)]) }),
        z.looseObject({ names: words.min(1), hijri: z.tuple([month(12), month(30)]) }),
      ]),
    ),
  }),
  'numbers.json': file({
    cardinals: z.record(word, z.number().int().nonnegative()),
    ordinals: z.record(word, z.number().int().positive()),
  }),
  'speech.json': file({
    verbs: z.array(
      z.looseObject({ lemma: word, m: words, f: words, pl: words, part_m: words, part_f: words }),
    ),
    complementizers: words.min(1),
  }),
  'bylines.json': file({
    agencies: words,
    photoAgencies: words,
    bylinePrefixes: words,
    photoPrefixes: words,
  }),
  'html-furniture.json': file({
    shortBlockChars: z.number().int().positive(),
    containsMaxChars: z.number().int().positive(),
  }),
};

export interface LexiconProblem {
  file: string;
  message: string;
}

/** The top-level lexicon files of `dir`, each checked by its schema (or the generic one). */
export function validateTopLexicons(dir: string): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (e) {
      problems.push({ file: name, message: `not JSON: ${(e as Error).message}` });
      continue;
    }
    const r = (schemas[name] ?? file({})).safeParse(data);
    if (!r.success)
      for (const issue of r.error.issues)
        problems.push({ file: name, message: `${issue.path.join('.') || '(file)'}: ${issue.message}` });
  }
  return problems;
}
