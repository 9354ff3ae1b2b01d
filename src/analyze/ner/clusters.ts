/**
 * Distributional word classes learned from unlabelled news: positive PMI of each word with its
 * neighbours at offsets ±1 and ±2 (the most frequent words as contexts), reduced to dense vectors
 * by a seeded randomised SVD, then a balanced binary tree over the vectors (see embed.ts), so
 * words used alike share long code prefixes. The tagger uses prefixes of several lengths as
 * features: they carry what was learned about a name to names never seen in the annotated data.
 * Built from all SaudiNewsNet archives by `scripts/ner-clusters.ts` (committed as
 * `model/clusters.bin.gz`), copied into the model by `marsad train-ner` as (word hash, code) pairs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fnv1a } from './hash.ts';
import { clusterWord } from './words.ts';
import { ppmi, svdVectors, treeCodes } from './embed.ts';
import { SortedKeys } from '../../util/sorted-keys.ts';

export const CLUSTER_BITS = 24;

export interface ClusterData {
  keys: Uint32Array;
  codes: Uint32Array;
  /**
   * Binarised word vectors (Guo et al. 2014), `SIGN_WORDS` uint32 per word in `keys` order: two
   * bits per dimension, 01 when the word's value is clearly above the dimension's mean (more than
   * `signs` standard deviations over the vocabulary), 10 when clearly below, 00 otherwise.
   * Absent: no such features (the shipped model, feature version 7).
   */
  signs?: Uint32Array;
  /** the word vectors themselves (`dims` floats per word, keys order), kept for prototypes; screens only */
  vectors?: Float32Array;
  /**
   * Prototype features (Haghighi & Klein 2006; Guo et al. 2014): for word row i, the prototype
   * ids `protoIds[protoOffs[i] .. protoOffs[i+1])` of the label-typical training words its vector
   * is closest to. Built per training set (`withPrototypes`); stored in the model file from feature
   * version 8 (the vectors are not).
   */
  protoOffs?: Uint32Array;
  protoIds?: Uint32Array;
}

/** Dimensions of the binarised vectors (the first SIGN_DIMS of the word vectors). */
export const SIGN_DIMS = 64;
/** uint32 per word in `ClusterData.signs` (two bits per dimension). */
export const SIGN_WORDS = SIGN_DIMS / 16;

/** How the tagger reads the classes beyond the tree codes; all off for the shipped model. */
export interface ClusterFeatures {
  /** a word the classes do not know takes the class of its form without any clitic (لبايدن → بايدن) */
  backoff?: boolean;
  /** binarised-vector features for the word's ±1 neighbours too (needs `signs`) */
  signsNear?: boolean;
}

export interface ClusterOptions {
  /** words seen fewer times get no class */
  minCount?: number;
  /** how many of the most frequent words serve as contexts */
  contexts?: number;
  /** dimensions of the word vectors */
  dims?: number;
  seed?: number;
  /** binarised vectors: threshold in standard deviations (absent or 0: none) */
  signs?: number;
  /** keep the word vectors in the data (for prototype features) */
  vectors?: boolean;
}

/**
 * Per dimension, 01 above mean + k·sd and 10 below mean − k·sd over the vocabulary (Guo et al.
 * 2014 binarise at the mean of the positive and of the negative values; a spread-relative cut
 * keeps about the same share of each dimension whatever its scale).
 */
export function binariseVectors(vecs: Float32Array, n: number, dims: number, k: number): Uint32Array {
  if (dims < SIGN_DIMS) throw new Error(`binarised vectors need ${SIGN_DIMS} dimensions, got ${dims}`);
  const out = new Uint32Array(n * SIGN_WORDS);
  for (let d = 0; d < SIGN_DIMS; d++) {
    let s = 0;
    let s2 = 0;
    for (let w = 0; w < n; w++) {
      const v = vecs[w * dims + d]!;
      s += v;
      s2 += v * v;
    }
    const mean = n ? s / n : 0;
    const sd = n ? Math.sqrt(Math.max(0, s2 / n - mean * mean)) : 0;
    const hi = mean + k * sd;
    const lo = mean - k * sd;
    const word = d >> 4;
    const shift = (d & 15) * 2;
    for (let w = 0; w < n; w++) {
      const v = vecs[w * dims + d]!;
      const bits = v > hi ? 1 : v < lo ? 2 : 0;
      if (bits) out[w * SIGN_WORDS + word] = out[w * SIGN_WORDS + word]! | (bits << shift);
    }
  }
  return out;
}

const OFFSETS = [-2, -1, 1, 2];

export function buildClusters(texts: Iterable<string>, opts: ClusterOptions = {}): ClusterData {
  const minCount = opts.minCount ?? 3;
  const nctx = opts.contexts ?? 3000;
  const dims = opts.dims ?? 64;
  const docs: Uint32Array[] = [];
  const freq = new Map<number, number>();
  for (const t of texts) {
    const ids: number[] = [];
    for (const raw of t.split(/\s+/)) {
      const w = clusterWord(raw);
      if (!w) continue;
      const h = fnv1a(w);
      ids.push(h);
      freq.set(h, (freq.get(h) ?? 0) + 1);
    }
    docs.push(Uint32Array.from(ids));
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const vocab = new Map<number, number>();
  for (const [h, f] of byFreq) if (f >= minCount) vocab.set(h, vocab.size);
  const ctxIndex = new Map<number, number>();
  for (const [h] of byFreq.slice(0, nctx)) ctxIndex.set(h, ctxIndex.size);
  const D = nctx * OFFSETS.length;
  let total = 0;
  for (const ids of docs) total += ids.length * OFFSETS.length;
  const pairs = new Uint32Array(total);
  let np = 0;
  for (const ids of docs) {
    for (let i = 0; i < ids.length; i++) {
      const v = vocab.get(ids[i]!);
      if (v === undefined) continue;
      for (let oi = 0; oi < OFFSETS.length; oi++) {
        const j = i + OFFSETS[oi]!;
        if (j < 0 || j >= ids.length) continue;
        const c = ctxIndex.get(ids[j]!);
        if (c !== undefined) pairs[np++] = v * D + oi * nctx + c;
      }
    }
  }
  if (vocab.size * D >= 2 ** 32) throw new Error('word-class vocabulary too large for 32-bit pair keys');
  const vecs = svdVectors(ppmi(pairs, np, vocab.size, D), dims, opts.seed ?? 12345);
  const codes = treeCodes(vecs, vocab.size, dims, CLUSTER_BITS);
  const keys = [...vocab.keys()].sort((a, b) => a - b);
  const out: ClusterData = {
    keys: Uint32Array.from(keys),
    codes: Uint32Array.from(keys.map((h) => codes[vocab.get(h)!]!)),
  };
  if (opts.signs) {
    const bin = binariseVectors(vecs, vocab.size, dims, opts.signs);
    const signs = new Uint32Array(keys.length * SIGN_WORDS);
    keys.forEach((h, i) =>
      signs.set(bin.subarray(vocab.get(h)! * SIGN_WORDS, (vocab.get(h)! + 1) * SIGN_WORDS), i * SIGN_WORDS),
    );
    out.signs = signs;
  }
  if (opts.vectors) {
    const v = new Float32Array(keys.length * dims);
    keys.forEach((h, i) => v.set(vecs.subarray(vocab.get(h)! * dims, (vocab.get(h)! + 1) * dims), i * dims));
    out.vectors = v;
  }
  return out;
}

/**
 * The class data with prototype lists: for every word, the ids (1-based) of at most `top`
 * prototype rows whose vectors have cosine ≥ `threshold` with its own (the vectors are unit
 * length), most similar first. A prototype lists itself.
 */
export function withPrototypes(
  data: ClusterData,
  protoRows: readonly number[],
  top: number,
  threshold: number,
): ClusterData {
  const vecs = data.vectors;
  if (!vecs) throw new Error('prototype features need the word vectors (build the classes with vectors)');
  const n = data.keys.length;
  const dims = vecs.length / n;
  const offs = new Uint32Array(n + 1);
  const ids: number[] = [];
  const sims = new Float32Array(protoRows.length);
  for (let w = 0; w < n; w++) {
    offs[w] = ids.length;
    const wo = w * dims;
    for (let p = 0; p < protoRows.length; p++) {
      const po = protoRows[p]! * dims;
      let d = 0;
      for (let j = 0; j < dims; j++) d += vecs[wo + j]! * vecs[po + j]!;
      sims[p] = d;
    }
    const best = [...sims.keys()]
      .filter((p) => sims[p]! >= threshold)
      .sort((a, b) => sims[b]! - sims[a]! || a - b)
      .slice(0, top);
    for (const p of best) ids.push(p + 1);
  }
  offs[n] = ids.length;
  return { ...data, protoOffs: offs, protoIds: Uint32Array.from(ids) };
}

export class ClusterIndex {
  /** searched in the arrays as read (see SortedKeys) */
  private index: SortedKeys;
  constructor(
    readonly data: ClusterData,
    readonly features: ClusterFeatures = {},
  ) {
    if (data.signs && data.signs.length !== data.keys.length * SIGN_WORDS)
      throw new Error(`word classes: ${data.signs.length} sign words for ${data.keys.length} words`);
    this.index = new SortedKeys(data.keys);
  }
  static empty(): ClusterIndex {
    return new ClusterIndex({ keys: new Uint32Array(0), codes: new Uint32Array(0) });
  }
  get size(): number {
    return this.index.size;
  }
  /** Code + 1 (0 = unknown word). */
  code(h: number): number {
    const i = this.index.find(h);
    return i < 0 ? 0 : this.data.codes[i]! + 1;
  }
  /** The word's position in the arrays (-1 = unknown word). */
  find(h: number): number {
    return this.index.find(h);
  }
}

/**
 * The committed word classes (`model/clusters.bin.gz`): gzip of a one-line JSON header, then the
 * word hashes and their codes as little-endian uint32 arrays. `scripts/ner-clusters.ts` rebuilds
 * it deterministically from every SaudiNewsNet archive in ../shared (31,030 articles).
 */
export function serializeClusters(data: ClusterData, info: Record<string, unknown>): Buffer {
  const head = Buffer.from(JSON.stringify({ ...info, words: data.keys.length }) + '\n', 'utf8');
  const body = (a: Uint32Array) => {
    const b = Buffer.alloc(a.length * 4);
    a.forEach((x, i) => b.writeUInt32LE(x, i * 4));
    return b;
  };
  return gzipSync(Buffer.concat([head, body(data.keys), body(data.codes)]), { level: 9 });
}

export function deserializeClusters(buf: Buffer): { data: ClusterData; info: Record<string, unknown> } {
  const raw = gunzipSync(buf);
  const nl = raw.indexOf(10);
  if (nl < 0) throw new Error('word-class file: no header line');
  const info = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Record<string, unknown>;
  const n = Number(info.words);
  if (!Number.isInteger(n) || raw.length !== nl + 1 + n * 8)
    throw new Error(`word-class file: ${raw.length - nl - 1} bytes of data for ${String(info.words)} words`);
  const read = (o: number) => {
    const a = new Uint32Array(n);
    for (let i = 0; i < n; i++) a[i] = raw.readUInt32LE(o + i * 4);
    return a;
  };
  return { data: { keys: read(nl + 1), codes: read(nl + 1 + n * 4) }, info };
}

export const CLUSTERS_PATH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'model',
  'clusters.bin.gz',
);

/** The committed word classes; a clear error when the file is missing. */
export function loadClusters(file = CLUSTERS_PATH): ClusterIndex {
  if (!existsSync(file))
    throw new Error(
      `the word classes are missing (${file}); rebuild them with \`npx tsx scripts/ner-clusters.ts\``,
    );
  return new ClusterIndex(deserializeClusters(readFileSync(file)).data);
}
