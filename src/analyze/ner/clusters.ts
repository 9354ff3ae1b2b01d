/**
 * Distributional word classes learned from unlabelled news: each word's neighbours (±1, ±2,
 * down-weighted by frequency) are projected onto random hyperplanes and the signs kept
 * (SimHash), so words used alike share long bit prefixes. The tagger uses prefixes of several
 * lengths as features: they carry what was learned about a name to names never seen in the
 * annotated data. Built by `marsad train-ner`, stored in the model.
 */
import { fnv1a, mix } from './hash.ts';
import { clusterWord } from './features.ts';

export const CLUSTER_BITS = 24;


export interface ClusterData {
  keys: Uint32Array;
  codes: Uint32Array;
}

export function buildClusters(texts: Iterable<string>, opts: { minCount?: number; contexts?: number } = {}): ClusterData {
  const minCount = opts.minCount ?? 3;
  const nctx = opts.contexts ?? 3000;
  const docs: Uint32Array[] = [];
  const freq = new Map<number, number>();
  for (const t of texts) {
    const words = t.split(/\s+/).map(clusterWord).filter(Boolean);
    const ids = new Uint32Array(words.length);
    words.forEach((w, i) => {
      const h = fnv1a(w);
      ids[i] = h;
      freq.set(h, (freq.get(h) ?? 0) + 1);
    });
    docs.push(ids);
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const ctxWeight = new Map<number, number>();
  for (const [h, f] of byFreq.slice(0, nctx)) ctxWeight.set(h, 1 / Math.sqrt(f));
  const vocab = new Map<number, number>();
  for (const [h, f] of byFreq) if (f >= minCount) vocab.set(h, vocab.size);
  const B = CLUSTER_BITS;
  const acc = new Float32Array(vocab.size * B);
  // a random ±1 direction per (context word, position), from its hash
  const dir = (c: number, pos: number, b: number) => (mix(mix(c, pos), b) & 1 ? 1 : -1);
  const signs = new Map<number, Int8Array>();
  const signOf = (c: number, pos: number): Int8Array => {
    const k = mix(c, pos);
    let s = signs.get(k);
    if (!s) {
      s = new Int8Array(B);
      for (let b = 0; b < B; b++) s[b] = dir(c, pos, b);
      signs.set(k, s);
    }
    return s;
  };
  for (const ids of docs) {
    for (let i = 0; i < ids.length; i++) {
      const v = vocab.get(ids[i]!);
      if (v === undefined) continue;
      const o = v * B;
      for (const d of [-2, -1, 1, 2]) {
        const j = i + d;
        if (j < 0 || j >= ids.length) continue;
        const c = ids[j]!;
        const w = ctxWeight.get(c);
        if (w === undefined) continue;
        const s = signOf(c, d + 3);
        for (let b = 0; b < B; b++) acc[o + b] = acc[o + b]! + w * s[b]!;
      }
    }
  }
  // centre each hyperplane at its median so every bit splits the vocabulary in two
  const n = vocab.size;
  const col = new Float32Array(n);
  const med = new Float32Array(B);
  for (let b = 0; b < B; b++) {
    for (let v = 0; v < n; v++) col[v] = acc[v * B + b]!;
    col.sort();
    med[b] = col[n >> 1] ?? 0;
  }
  const keys = [...vocab.keys()].sort((a, b) => a - b);
  const codes = new Uint32Array(keys.length);
  keys.forEach((h, i) => {
    const v = vocab.get(h)!;
    let code = 0;
    for (let b = 0; b < B; b++) if (acc[v * B + b]! > med[b]!) code |= 1 << b;
    codes[i] = code >>> 0;
  });
  return { keys: Uint32Array.from(keys), codes };
}

export class ClusterIndex {
  private map: Map<number, number>;
  constructor(readonly data: ClusterData) {
    this.map = new Map();
    for (let i = 0; i < data.keys.length; i++) this.map.set(data.keys[i]!, data.codes[i]!);
  }
  static empty(): ClusterIndex {
    return new ClusterIndex({ keys: new Uint32Array(0), codes: new Uint32Array(0) });
  }
  get size(): number {
    return this.map.size;
  }
  /** Code + 1 (0 = unknown word). */
  code(h: number): number {
    const c = this.map.get(h);
    return c === undefined ? 0 : c + 1;
  }
}
