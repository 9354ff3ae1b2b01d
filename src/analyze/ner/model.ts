/**
 * The tagger model: hashed feature weights (one row of NTAGS floats per bucket), first-order tag
 * transitions, constrained Viterbi decoding, and a compact file format (int16 weights with a
 * scale, only non-zero rows, gzip).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { NTAGS as NTAGS_, TAGS, allowed } from './tags.ts';

// Imported bindings can be live getters once transpiled; the hot loops read local constants.
const NTAGS: number = NTAGS_;
import { GazIndex, type GazData } from './gazetteer.ts';
import { extractFeatures, prepare, type SentenceFeatures } from './features.ts';
import { ClusterIndex } from './clusters.ts';
import { LetterModel } from './letters.ts';
import { FEATURE_VERSION, PARTS, type WordInfo } from './features.ts';
import { joinFeatures, stackFeatures } from './stack.ts';

/** Part p of token i's features comes from `words[i + WORD_OF_PART[p]]` (own, l1, l2, r1, r2). */
const WORD_OF_PART = [2, 1, 0, 3, 4];
let nextSlot = 0;

/** Sentences either side whose first-pass tags the second pass counts (CoNLL input, training). */
export const STACK_WINDOW = 30;

export interface ModelInfo {
  featureVersion: number;
  bits: number;
  tags: string[];
  /** Free-form training facts (epochs, dev F1, data) kept in the file for `marsad tag --info`. */
  training?: Record<string, unknown>;
}

const NEG = -1e30;

export class NerModel {
  readonly mask: number;
  /** int16 weights with one scale (a loaded model): half the memory, fewer cache misses */
  quantised: { w: Int16Array; scale: number } | null = null;
  constructor(
    readonly bits: number,
    /** weights[(bucket * NTAGS) + tag]; empty when the model holds quantised weights */
    readonly weights: Float32Array,
    /** trans[(prev + 1) * NTAGS + cur]; prev = -1 is the sentence start */
    readonly trans: Float32Array,
    readonly gaz: GazIndex,
    readonly clusters: ClusterIndex = ClusterIndex.empty(),
    readonly info: ModelInfo = { featureVersion: FEATURE_VERSION, bits, tags: [...TAGS] },
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** One weight, whichever way the model stores them. */
  weight(bucket: number, tag: number): number {
    const j = bucket * NTAGS + tag;
    return this.quantised ? this.quantised.w[j]! * this.quantised.scale : this.weights[j]!;
  }

  static blank(bits: number, gaz: GazIndex, clusters?: ClusterIndex): NerModel {
    return new NerModel(
      bits,
      new Float32Array((1 << bits) * NTAGS),
      new Float32Array((NTAGS + 1) * NTAGS),
      gaz,
      clusters,
    );
  }

  /** Features of one sentence of whitespace words, with this model's gazetteer and classes. */
  features(words: readonly string[]): SentenceFeatures {
    return extractFeatures(prepare(words, this.gaz, this.clusters), true);
  }

  /** This table's slot in `WordInfo.sums` (assigned on first use by a quantised model). */
  private slot = -1;

  /** Summed int16 weights of a word's five feature arrays (see extractFeatures), cached on the word. */
  private wordSums(wi: WordInfo, w: Int16Array): Int32Array {
    if (this.slot < 0) this.slot = nextSlot++;
    let s = wi.sums[this.slot];
    if (s) return s;
    s = new Int32Array(5 * NTAGS);
    const mask = this.mask;
    for (let p = 0; p < 5; p++) {
      const fs = wi[PARTS[p]!];
      const o = p * NTAGS;
      for (let k = 0; k < fs.length; k++) {
        const b = (fs[k]! & mask) * NTAGS;
        for (let t = 0; t < NTAGS; t++) s[o + t] = s[o + t]! + w[b + t]!;
      }
    }
    wi.sums[this.slot] = s;
    return s;
  }

  /** The second-pass model (stacked on this one's output), when the model has one. */
  stage2: NerModel | null = null;

  /** Tags (indices into TAGS) for one sentence of whitespace words. */
  tagWords(words: readonly string[]): Uint8Array {
    if (this.stage2) return this.tagDocument([words])[0]!;
    return this.decode(this.features(words));
  }

  /**
   * Tags the sentences of one document: the first pass sentence by sentence, then (with a second
   * stage) again with what the first pass said about each word across sentences within ±window.
   */
  tagDocument(sents: readonly (readonly string[])[], window = STACK_WINDOW): Uint8Array[] {
    const sfs = sents.map((w) => this.features(w));
    const t1 = sfs.map((sf) => this.decode(sf));
    const s2 = this.stage2;
    if (!s2) return t1;
    const extra = stackFeatures(
      sfs.map((f) => f.keys!),
      t1,
      window,
    );
    return sfs.map((sf, i) => s2.decode(joinFeatures(sf, extra[i]!)));
  }

  /** Emission scores, [token * NTAGS + tag]: the hot loop, unrolled over the nine tags. */
  emissions(sf: SentenceFeatures, out = new Float32Array(sf.n * NTAGS)): Float32Array {
    if (NTAGS !== 9) throw new Error('the unrolled emission loop expects 9 tags');
    // two monomorphic copies: one typed-array kind per loop keeps the JIT's fast path
    return this.quantised
      ? this.emitQ(sf, out, this.quantised.w, this.quantised.scale)
      : this.emitF(sf, out, this.weights, 1);
  }

  private emitQ(sf: SentenceFeatures, out: Float32Array, w: Int16Array, scale: number): Float32Array {
    const { feats, offs, words } = sf;
    const mask = this.mask;
    for (let i = 0; i < sf.n; i++) {
      // prettier-ignore
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
      if (words) {
        // own features of word i+2 (part 0), l2 of word i (part 2), l1 of i+1, r1 of i+3, r2 of i+4
        for (let d = 0; d < 5; d++) {
          const s = this.wordSums(words[i + d]!, w);
          const o = (d === 0 ? 2 : d === 1 ? 1 : d === 2 ? 0 : d) * 9;
          // prettier-ignore
          { e0 += s[o]!; e1 += s[o + 1]!; e2 += s[o + 2]!; e3 += s[o + 3]!; e4 += s[o + 4]!; e5 += s[o + 5]!; e6 += s[o + 6]!; e7 += s[o + 7]!; e8 += s[o + 8]!; }
        }
      }
      for (let k = offs[i]!, e = offs[i + 1]!; k < e; k++) {
        const b = (feats[k]! & mask) * 9;
        // prettier-ignore
        { e0 += w[b]!; e1 += w[b + 1]!; e2 += w[b + 2]!; e3 += w[b + 3]!; e4 += w[b + 4]!; e5 += w[b + 5]!; e6 += w[b + 6]!; e7 += w[b + 7]!; e8 += w[b + 8]!; }
      }
      const o = i * 9;
      // prettier-ignore
      { out[o] = e0 * scale; out[o + 1] = e1 * scale; out[o + 2] = e2 * scale; out[o + 3] = e3 * scale; out[o + 4] = e4 * scale; out[o + 5] = e5 * scale; out[o + 6] = e6 * scale; out[o + 7] = e7 * scale; out[o + 8] = e8 * scale; }
    }
    return out;
  }

  private emitF(sf: SentenceFeatures, out: Float32Array, w: Float32Array, scale: number): Float32Array {
    const { feats, offs, words } = sf;
    const mask = this.mask;
    for (let i = 0; i < sf.n; i++) {
      // prettier-ignore
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
      for (let pass = words ? 0 : 5; pass < 6; pass++) {
        const fs = pass < 5 ? words![i + WORD_OF_PART[pass]!]![PARTS[pass]!] : feats;
        const k0 = pass < 5 ? 0 : offs[i]!;
        const k1 = pass < 5 ? fs.length : offs[i + 1]!;
        for (let k = k0; k < k1; k++) {
          const b = (fs[k]! & mask) * 9;
          // prettier-ignore
          { e0 += w[b]!; e1 += w[b + 1]!; e2 += w[b + 2]!; e3 += w[b + 3]!; e4 += w[b + 4]!; e5 += w[b + 5]!; e6 += w[b + 6]!; e7 += w[b + 7]!; e8 += w[b + 8]!; }
        }
      }
      const o = i * 9;
      // prettier-ignore
      { out[o] = e0 * scale; out[o + 1] = e1 * scale; out[o + 2] = e2 * scale; out[o + 3] = e3 * scale; out[o + 4] = e4 * scale; out[o + 5] = e5 * scale; out[o + 6] = e6 * scale; out[o + 7] = e7 * scale; out[o + 8] = e8 * scale; }
    }
    return out;
  }

  /** Best tag sequence (IOB2-constrained). */
  decode(sf: SentenceFeatures): Uint8Array {
    return viterbi(this.emissions(sf), sf.n, this.trans);
  }
}

/** ALLOWED[(prev + 1) * NTAGS + cur]: the IOB2 constraint as a table (prev = -1: sentence start). */
const ALLOWED = (() => {
  const a = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = -1; p < NTAGS; p++)
    for (let t = 0; t < NTAGS; t++) a[(p + 1) * NTAGS + t] = allowed(p, t) ? 1 : 0;
  return a;
})();

let scratchScore = new Float64Array(0);
let scratchBack = new Uint8Array(0);

/** Constrained first-order Viterbi over emission scores `em[i * NTAGS + t]`. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scratchScore.length < n * NTAGS) {
    scratchScore = new Float64Array(n * NTAGS * 2);
    scratchBack = new Uint8Array(n * NTAGS * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  for (let t = 0; t < NTAGS; t++) score[t] = ALLOWED[t] ? em[t]! + trans[t]! : NEG;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * NTAGS;
    const row = i * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        const j = (p + 1) * NTAGS + t;
        if (!ALLOWED[j]) continue;
        const s = score[prevRow + p]! + trans[j]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + em[row + t]!;
      back[row + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < NTAGS; t++) {
    const s = score[(n - 1) * NTAGS + t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NTAGS + tags[i]!]!;
  return tags;
}

// ---- file format -------------------------------------------------------------------------------

const MAGIC = 0x52454e4d; // "MNER"

function section(arr: ArrayBufferView): Buffer {
  const body = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(body.length);
  return Buffer.concat([len, body]);
}

interface PackedWeights {
  scale: number;
  rows: Uint32Array;
  /** int16 weights of the non-zero rows, one tag's column after another (compresses better) */
  cols: Int16Array;
}

/** Weights quantised to int16 with one scale; all-zero rows dropped; row numbers as deltas. */
function packWeights(m: NerModel): PackedWeights {
  let max = 0;
  const nb = 1 << m.bits;
  for (let b = 0; b < nb; b++) for (let t = 0; t < NTAGS; t++) max = Math.max(max, Math.abs(m.weight(b, t)));
  const scale = max > 0 ? max / 32767 : 1;
  const rows: number[] = [];
  const q: number[] = [];
  const row = new Int16Array(NTAGS);
  let prev = 0;
  for (let b = 0; b < nb; b++) {
    let any = false;
    for (let t = 0; t < NTAGS; t++) {
      row[t] = Math.round(m.weight(b, t) / scale);
      if (row[t] !== 0) any = true;
    }
    if (!any) continue;
    rows.push(b - prev);
    prev = b;
    for (let t = 0; t < NTAGS; t++) q.push(row[t]!);
  }
  const nr = rows.length;
  const cols = new Int16Array(q.length);
  for (let r = 0; r < nr; r++) for (let t = 0; t < NTAGS; t++) cols[t * nr + r] = q[r * NTAGS + t]!;
  return { scale, rows: Uint32Array.from(rows), cols };
}

function unpackWeights(bits: number, rows: Uint32Array, cols: Int16Array): Int16Array {
  const q = new Int16Array((1 << bits) * NTAGS);
  const nr = rows.length;
  let b = 0;
  for (let r = 0; r < nr; r++) {
    b += rows[r]!;
    for (let t = 0; t < NTAGS; t++) q[b * NTAGS + t] = cols[t * nr + r]!;
  }
  return q;
}

/** Serialises the model (and its second stage): int16 weights, the gazetteer and word classes, gzip. */
export function serializeModel(m: NerModel): Buffer {
  const p1 = packWeights(m);
  const p2 = m.stage2 ? packWeights(m.stage2) : null;
  const header = Buffer.from(
    JSON.stringify({
      ...m.info,
      bits: m.bits,
      scale: p1.scale,
      rows: p1.rows.length,
      ...(p2 && m.stage2 ? { stage2: { bits: m.stage2.bits, scale: p2.scale } } : {}),
    }),
    'utf8',
  );
  const hlen = Buffer.alloc(8);
  hlen.writeUInt32LE(MAGIC, 0);
  hlen.writeUInt32LE(header.length, 4);
  const g = m.gaz.data;
  const parts = [
    hlen,
    header,
    section(m.trans),
    section(p1.rows),
    section(p1.cols),
    section(g.tokenKeys),
    section(g.tokenBits),
    section(g.phraseKeys),
    section(g.phraseClass),
    section(g.prefixKeys),
    section(m.clusters.data.keys),
    section(m.clusters.data.codes),
    section(m.gaz.letters.data.keys),
    section(m.gaz.letters.data.vals),
  ];
  if (p2 && m.stage2) parts.push(section(m.stage2.trans), section(p2.rows), section(p2.cols));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function deserializeModel(buf: Buffer): NerModel {
  const raw = gunzipSync(buf);
  if (raw.readUInt32LE(0) !== MAGIC) throw new Error('not a marsad NER model file');
  const hl = raw.readUInt32LE(4);
  const info = JSON.parse(raw.subarray(8, 8 + hl).toString('utf8')) as ModelInfo & {
    scale: number;
    rows: number;
    stage2?: { bits: number; scale: number };
  };
  if (info.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `NER model has feature version ${info.featureVersion}, code has ${FEATURE_VERSION}: run \`marsad train-ner\``,
    );
  }
  let off = 8 + hl;
  const take = <T>(ctor: { new (b: ArrayBuffer): T }): T => {
    const len = raw.readUInt32LE(off);
    off += 4;
    const copy = new ArrayBuffer(len);
    new Uint8Array(copy).set(raw.subarray(off, off + len));
    off += len;
    return new ctor(copy);
  };
  const trans = take(Float32Array);
  const q = unpackWeights(info.bits, take(Uint32Array), take(Int16Array));
  const gd: GazData = {
    tokenKeys: take(Uint32Array),
    tokenBits: take(Uint32Array),
    phraseKeys: take(Uint32Array),
    phraseClass: take(Uint8Array),
    prefixKeys: take(Uint32Array),
  };
  const clusters = new ClusterIndex({ keys: take(Uint32Array), codes: take(Uint32Array) });
  const letters = new LetterModel({ keys: take(Uint32Array), vals: take(Int8Array) });
  const { scale, rows: _r, stage2, ...rest } = info;
  const gaz = new GazIndex(gd, letters);
  const model = new NerModel(info.bits, new Float32Array(0), trans, gaz, clusters, rest);
  model.quantised = { w: q, scale };
  if (stage2) {
    const trans2 = take(Float32Array);
    const q2 = unpackWeights(stage2.bits, take(Uint32Array), take(Int16Array));
    const m2 = new NerModel(stage2.bits, new Float32Array(0), trans2, gaz, clusters, rest);
    m2.quantised = { w: q2, scale: stage2.scale };
    model.stage2 = m2;
  }
  return model;
}
