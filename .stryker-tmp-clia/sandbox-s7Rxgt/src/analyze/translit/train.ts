/**
 * Training of the transliterator (scripts/train-translit.ts): align the pairs (align.ts), drop the
 * pairs that align worst (noise in mined lists: a surname paired with a first name), count
 * graphone n-grams and Latin letter n-grams, prune, pack. Deterministic: the same pairs in any
 * order give the same bytes.
 */
// @ts-nocheck

import { trainAlignment, viterbiAlign, type Pair } from './align.ts';
import { NgramCounts } from './ngram.ts';
import { TRANSLIT_FORMAT, type TranslitArtefact } from './model.ts';

export interface TrainOptions {
  jointOrder: number;
  latinOrder: number;
  lmWeight: number;
  beam: number;
  options: number;
  emIterations: number;
  /** share of the pairs, worst aligned first, left out as noise */
  dropWorst: number;
  /** graphones with fewer expected occurrences than this after EM are dropped before realigning */
  minUnit: number;
  /** n-grams (order ≥ 2) seen fewer times than this are pruned */
  minCount: number;
  note: string;
  log?: (msg: string) => void;
}

export const DEFAULT_TRAIN: Omit<TrainOptions, 'note'> = {
  jointOrder: 4,
  latinOrder: 6,
  lmWeight: 0.3,
  beam: 6,
  options: 10,
  emIterations: 6,
  dropWorst: 0.03,
  minCount: 2,
  minUnit: 3,
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function trainTransliterator(input: readonly Pair[], opts: TrainOptions): TranslitArtefact {
  const log = opts.log ?? (() => {});
  // one canonical order, so the EM sums and every id come out the same whatever the input order
  const pairs = [...input].sort((x, y) => cmp(x.ar, y.ar) || cmp(x.en, y.en) || x.weight - y.weight);
  const probs = trainAlignment(pairs, opts.emIterations);
  log(`alignment: ${probs.size} graphones after ${opts.emIterations} EM rounds`);
  // rare graphones are mostly misalignments: keep the units with some mass, realign
  const letters = pairs.reduce((n, p) => n + p.ar.length * p.weight, 0);
  const kept = new Map<string, number>();
  for (const [g, p] of probs) if (p * letters >= opts.minUnit) kept.set(g, p);
  const aligned: { units: string[]; perLetter: number; p: Pair }[] = [];
  for (const p of pairs) {
    const a = viterbiAlign(p, kept);
    if (a) aligned.push({ ...a, p });
  }
  aligned.sort((x, y) => x.perLetter - y.perLetter || cmp(x.p.ar, y.p.ar) || cmp(x.p.en, y.p.en));
  const used = aligned.slice(Math.floor(aligned.length * opts.dropWorst));
  log(`aligned ${aligned.length}/${pairs.length} pairs, training on ${used.length}`);

  const graphones = ['<w>', ...[...new Set(used.flatMap((u) => u.units))].sort(cmp)];
  const gid = new Map(graphones.map((g, i) => [g, i]));
  const latinChars = ['<w>', ...[...new Set(used.flatMap((u) => [...u.p.en]))].sort(cmp)];
  const lid = new Map(latinChars.map((c, i) => [c, i]));
  const joint = new NgramCounts(opts.jointOrder);
  const latin = new NgramCounts(opts.latinOrder);
  for (const u of used) {
    joint.addSequence(
      u.units.map((g) => gid.get(g)!),
      0,
      0,
      u.p.weight,
    );
    latin.addSequence(
      [...u.p.en].map((c) => lid.get(c)!),
      0,
      0,
      u.p.weight,
    );
  }
  return {
    format: TRANSLIT_FORMAT,
    note: opts.note,
    jointOrder: opts.jointOrder,
    latinOrder: opts.latinOrder,
    lmWeight: opts.lmWeight,
    beam: opts.beam,
    options: opts.options,
    graphones,
    latinChars,
    joint: joint.serialise(opts.minCount),
    latin: latin.serialise(opts.minCount),
  };
}
