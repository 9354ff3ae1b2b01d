/**
 * Averaged structured perceptron (Collins 2002) over hashed features with constrained Viterbi.
 * Deterministic: a fixed-seed shuffle, no wall-clock or Math.random.
 */
import { NTAGS as NTAGS_, TAG_INDEX, TAGS } from './tags.ts';

const NTAGS: number = NTAGS_;
import { extractFeatures, prepare, type SentenceFeatures } from './features.ts';
import { NerModel } from './model.ts';
import type { GazIndex } from './gazetteer.ts';
import type { ClusterIndex } from './clusters.ts';
import { score, type ConllSentence, type Score } from './conll.ts';
import { propagateWindows } from './propagate.ts';

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  gaz: GazIndex;
  clusters?: ClusterIndex;
  dev?: ConllSentence[];
  log?: (line: string) => void;
}

export interface TrainResult {
  model: NerModel;
  bestEpoch: number;
  devScores: Score[];
}

/** mulberry32: a small deterministic PRNG for the shuffle. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tagIndices(tags: readonly string[]): Uint8Array {
  return Uint8Array.from(tags.map((t) => TAG_INDEX.get(t) ?? 0));
}

export function featurize(words: readonly string[], gaz: GazIndex, clusters?: ClusterIndex): SentenceFeatures {
  return extractFeatures(prepare(words, gaz, clusters));
}

/** Tags sentences; with `consistent`, document-level propagation over windows of sentences. */
export function tagSentences(model: NerModel, sents: readonly { words: string[] }[], consistent = true): string[][] {
  const tags = sents.map((s) => Array.from(model.tagWords(s.words), (t) => TAGS[t]!));
  if (consistent) propagateWindows(sents.map((s) => s.words), tags);
  return tags;
}

export function trainPerceptron(train: readonly ConllSentence[], opts: TrainOptions): TrainResult {
  const log = opts.log ?? (() => {});
  const data = train.map((s) => ({ f: featurize(s.words, opts.gaz, opts.clusters), g: tagIndices(s.tags) }));
  const devData = opts.dev?.map((s) => featurize(s.words, opts.gaz, opts.clusters));
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
    // averaged weights: w - u / c
    const aw = new Float32Array(W.length);
    for (let j = 0; j < W.length; j++) aw[j] = W[j]! - U[j]! / c;
    const at = new Float32Array(Tr.length);
    for (let j = 0; j < Tr.length; j++) at[j] = Tr[j]! - UT[j]! / c;
    let line = `epoch ${epoch}: ${errors} token errors on train`;
    if (devData && opts.dev) {
      const avg = new NerModel(opts.bits, aw, at, opts.gaz, opts.clusters);
      const pred = devData.map((f) => Array.from(avg.decode(f), (t) => TAGS[t]!));
      const sc = score(
        opts.dev.map((s) => s.tags),
        pred,
      );
      devScores.push(sc);
      line += `, dev F1 ${(100 * sc.overall.f1).toFixed(2)}`;
      if (!best || sc.overall.f1 > best.f1) best = { epoch, w: aw, t: at, f1: sc.overall.f1 };
    } else {
      best = { epoch, w: aw, t: at, f1: 0 };
    }
    log(line);
  }
  if (!best) throw new Error('no training epochs were run');
  return { model: new NerModel(opts.bits, best.w, best.t, opts.gaz, opts.clusters), bestEpoch: best.epoch, devScores };
}
