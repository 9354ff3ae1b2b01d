/**
 * Averaged structured perceptron (Collins 2002) over hashed features with constrained Viterbi.
 * Deterministic: a fixed-seed shuffle, no wall-clock or Math.random.
 */
import { NTAGS as NTAGS_, TAG_INDEX, TAGS, allowed } from './tags.ts';

const NTAGS: number = NTAGS_;
import { extractFeatures, prepare, type SentenceFeatures } from './features.ts';
import { NerModel } from './model.ts';
import type { GazIndex } from './gazetteer.ts';
import type { ClusterIndex } from './clusters.ts';
import { score, type Score } from './conll.ts';
import { WINDOW } from './propagate.ts';
import { finishTags } from './finish.ts';
import { rng } from './rng.ts';

export { rng } from './rng.ts';

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  gaz: GazIndex;
  clusters?: ClusterIndex;
  log?: (line: string) => void;
}

export interface TrainResult {
  /** weights and transitions of the best epoch (or the last, without dev data) */
  weights: Float32Array;
  trans: Float32Array;
  bestEpoch: number;
  devScores: Score[];
}

/** Gold tags as indices, with IOB2 repaired (an I-X that cannot continue a chunk opens one). */
export function tagIndices(tags: readonly string[]): Uint8Array {
  const out = Uint8Array.from(tags.map((t) => TAG_INDEX.get(t) ?? 0));
  for (let i = 0; i < out.length; i++) if (!allowed(i > 0 ? out[i - 1]! : -1, out[i]!)) out[i] = out[i]! - 1;
  return out;
}

export function featurize(
  words: readonly string[],
  gaz: GazIndex,
  clusters?: ClusterIndex,
): SentenceFeatures {
  return extractFeatures(prepare(words, gaz, clusters));
}

/** Tags sentences; with `consistent`, document-level propagation over windows of sentences. */
export function tagSentences(
  model: NerModel,
  sents: readonly { words: string[] }[],
  consistent = true,
  /** finishTags's rules left out (ablations) */
  skip?: ReadonlySet<string>,
): string[][] {
  const tags = model.tagDocument(sents.map((s) => s.words)).map((t) => Array.from(t, (x) => TAGS[x]!));
  if (consistent)
    finishTags(
      model,
      sents.map((s) => s.words),
      tags,
      WINDOW,
      skip,
    );
  return tags;
}

/**
 * Trains on featurised sentences. With `dev` (features and gold tags), the averaged weights are
 * scored after every epoch and the best epoch is kept.
 */
export function trainPerceptron(
  data: readonly { f: SentenceFeatures; g: Uint8Array }[],
  opts: TrainOptions & { dev?: { f: SentenceFeatures[]; gold: string[][] } },
): TrainResult {
  const log = opts.log ?? (() => {});
  const model = NerModel.blank(opts.bits, opts.gaz, opts.clusters);
  const W = model.weights;
  const Tr = model.trans;
  const U = new Float64Array(W.length);
  const UT = new Float64Array(Tr.length);
  const mask = model.mask;
  const order = data.map((_, i) => i);
  const rand = rng(opts.seed);
  let c = 1;
  const devScores: Score[] = [];
  let best: { epoch: number; w: Float32Array; t: Float32Array; f1: number } | null = null;

  const upd = (f: SentenceFeatures, i: number, tag: number, d: number) => {
    const dc = d * c;
    for (let k = f.offs[i]!, e = f.offs[i + 1]!; k < e; k++) {
      const j = (f.feats[k]! & mask) * NTAGS + tag;
      W[j] = W[j]! + d;
      U[j] = U[j]! + dc;
    }
  };
  const updT = (prev: number, cur: number, d: number) => {
    const j = (prev + 1) * NTAGS + cur;
    Tr[j] = Tr[j]! + d;
    UT[j] = UT[j]! + d * c;
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const idx of order) {
      const { f, g } = data[idx]!;
      const p = model.decode(f);
      for (let i = 0; i < f.n; i++) {
        const gp = i > 0 ? g[i - 1]! : -1;
        const pp = i > 0 ? p[i - 1]! : -1;
        if (g[i] !== p[i]) {
          errors++;
          upd(f, i, g[i]!, 1);
          upd(f, i, p[i]!, -1);
        }
        if (g[i] !== p[i] || gp !== pp) {
          updT(gp, g[i]!, 1);
          updT(pp, p[i]!, -1);
        }
      }
      c++;
    }
    const last = epoch === opts.epochs;
    if (!opts.dev && !last) {
      log(`epoch ${epoch}: ${errors} token errors on train`);
      continue;
    }
    // averaged weights: w - u / c
    const aw = new Float32Array(W.length);
    for (let j = 0; j < W.length; j++) aw[j] = W[j]! - U[j]! / c;
    const at = new Float32Array(Tr.length);
    for (let j = 0; j < Tr.length; j++) at[j] = Tr[j]! - UT[j]! / c;
    let line = `epoch ${epoch}: ${errors} token errors on train`;
    if (opts.dev) {
      const avg = new NerModel(opts.bits, aw, at, opts.gaz, opts.clusters);
      const pred = opts.dev.f.map((f) => Array.from(avg.decode(f), (t) => TAGS[t]!));
      const sc = score(opts.dev.gold, pred);
      devScores.push(sc);
      line += `, dev F1 ${(100 * sc.overall.f1).toFixed(2)} (P ${(100 * sc.overall.precision).toFixed(1)}, R ${(100 * sc.overall.recall).toFixed(1)})`;
      if (!best || sc.overall.f1 > best.f1) best = { epoch, w: aw, t: at, f1: sc.overall.f1 };
    } else {
      best = { epoch, w: aw, t: at, f1: 0 };
    }
    log(line);
  }
  if (!best) throw new Error('no training epochs were run');
  return { weights: best.w, trans: best.t, bestEpoch: best.epoch, devScores };
}
