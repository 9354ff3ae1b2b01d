/**
 * K-fold cross-validation of the whole training recipe over ANERcorp train + dev (3,973
 * sentences in the corpus's order). ANERcorp marks no document boundaries, so the folds are
 * contiguous blocks of sentences: a news story stays (mostly) in one fold, and a name learned
 * from one sentence of a story is not scored on its neighbour. Inside each fold the training
 * sentences are cut the way `train-ner` cuts train and dev: the last tenth (contiguous) chooses
 * the epochs, the rest trains. One dev sample of 400 sentences says little; five test blocks of
 * ~800 say more, and their spread says how much a difference between two recipes must exceed.
 */
import type { ConllSentence, Prf, Score } from './conll.ts';
import { score } from './conll.ts';
import { tagSentences } from './train.ts';
import type { NerModel } from './model.ts';
import { trainModel, type TrainModelOptions, type TrainResources } from './trainer.ts';

export interface Fold {
  /** first sentence of the test block */
  lo: number;
  /** one past its last sentence */
  hi: number;
}

/** `k` contiguous, disjoint blocks covering sentences 0..n-1, sizes differing by at most one. */
export function cvFolds(n: number, k: number): Fold[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`cross-validation needs at least 2 folds, got ${k}`);
  if (!Number.isInteger(n) || n < k) throw new Error(`cannot cut ${n} sentences into ${k} folds`);
  return Array.from({ length: k }, (_, i) => ({
    lo: Math.floor((i * n) / k),
    hi: Math.floor(((i + 1) * n) / k),
  }));
}

/** Share of a fold's training sentences that chooses the epochs (train-ner: 400 of 3,973). */
export const INNER_DEV_SHARE = 0.1;

/**
 * The sentences of one fold: the test block; the others, in corpus order, of which the last
 * tenth is the inner dev (epochs) and the rest the training data.
 */
export function foldSplit<T>(all: readonly T[], fold: Fold): { train: T[]; dev: T[]; test: T[] } {
  const rest = [...all.slice(0, fold.lo), ...all.slice(fold.hi)];
  const cut = rest.length - Math.max(1, Math.round(rest.length * INNER_DEV_SHARE));
  return { train: rest.slice(0, cut), dev: rest.slice(cut), test: all.slice(fold.lo, fold.hi) };
}

export interface FoldResult {
  fold: Fold;
  /** the test block, scored after both passes and the rules (the tagger as shipped) */
  test: Score;
  /** the inner dev's score (the one `train-ner` prints for dev) */
  dev: Score;
  bestEpochFirst: number;
  bestEpoch: number;
  seconds: number;
}

/**
 * Trains the recipe once per fold and scores the held-out block. `only`: run the first `only`
 * folds (a quick look; the figures to report are all of them). `onModel` sees each fold's model
 * and test block, for variants that are scored on the same weights (rule ablations).
 */
export function crossValidate(
  all: readonly ConllSentence[],
  res: TrainResources,
  opts: TrainModelOptions & {
    folds?: number;
    only?: number;
    onModel?: (model: NerModel, test: ConllSentence[], k: number) => void;
  } = {},
): FoldResult[] {
  const log = opts.log ?? (() => {});
  const folds = cvFolds(all.length, opts.folds ?? 5);
  const out: FoldResult[] = [];
  for (const [k, fold] of folds.slice(0, opts.only ?? folds.length).entries()) {
    const t0 = performance.now();
    const { train, dev, test } = foldSplit(all, fold);
    const r = trainModel(train, dev, res, { ...opts, log: () => {} });
    const s = score(
      test.map((x) => x.tags),
      tagSentences(r.model, test),
    );
    opts.onModel?.(r.model, test, k);
    const seconds = (performance.now() - t0) / 1000;
    log(
      `fold ${k + 1}/${folds.length}: test sentences ${fold.lo}..${fold.hi - 1}, F1 ${(100 * s.overall.f1).toFixed(2)} ` +
        `(inner dev ${(100 * r.dev.overall.f1).toFixed(2)}, epochs ${r.bestEpochFirst}/${r.bestEpoch}, ${seconds.toFixed(0)} s)`,
    );
    out.push({
      fold,
      test: s,
      dev: r.dev,
      bestEpochFirst: r.bestEpochFirst,
      bestEpoch: r.bestEpoch,
      seconds,
    });
  }
  return out;
}

export interface MeanSd {
  mean: number;
  sd: number;
}

/** Mean and sample standard deviation (0 for one value). */
export function meanSd(xs: readonly number[]): MeanSd {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, sd };
}

/** Per type and overall: mean ± sd over the folds of precision, recall and F1. */
export function summarise(
  scores: readonly Score[],
): Record<string, Record<'precision' | 'recall' | 'f1', MeanSd>> {
  const types = [...new Set(scores.flatMap((s) => Object.keys(s.byType)))].sort();
  const out: Record<string, Record<'precision' | 'recall' | 'f1', MeanSd>> = {};
  const zero: Prf = { precision: 0, recall: 0, f1: 0, gold: 0, predicted: 0, correct: 0 };
  const of = (pick: (s: Score) => Prf) => ({
    precision: meanSd(scores.map((s) => pick(s).precision)),
    recall: meanSd(scores.map((s) => pick(s).recall)),
    f1: meanSd(scores.map((s) => pick(s).f1)),
  });
  for (const t of types) out[t] = of((s) => s.byType[t] ?? zero);
  out.overall = of((s) => s.overall);
  return out;
}

export function formatCv(scores: readonly Score[]): string {
  const sum = summarise(scores);
  const cell = (m: MeanSd) =>
    `${(100 * m.mean).toFixed(2).padStart(6)} ± ${(100 * m.sd).toFixed(2).padStart(4)}`;
  const lines = [
    `mean ± sd over ${scores.length} folds (entity-level exact match, conlleval)`,
    'type      precision        recall           F1',
    '-'.repeat(58),
  ];
  for (const [t, r] of Object.entries(sum)) {
    if (t === 'overall') lines.push('-'.repeat(58));
    lines.push(`${t.padEnd(8)}  ${cell(r.precision)}  ${cell(r.recall)}  ${cell(r.f1)}`);
  }
  return lines.join('\n');
}
