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
import { ClusterIndex, type ClusterData } from './clusters.ts';
import { LetterModel } from './letters.ts';
import {
  FEATURE_VERSION,
  PAIR_STRIDE,
  READABLE_FEATURE_VERSIONS,
  PARTS,
  pairFeatures,
  wordTable,
  type WordInfo,
} from './features.ts';
import type { WordTable } from './features.ts';
import { joinFeatures, stackFeatures, stackFeaturesFlat, STACK_STRIDE } from './stack.ts';
import { firstPassRules } from './finish.ts';

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
  /** organisation heads learned from the training data (see head-pairs.ts), folded, no article */
  headAdjectives?: string[];
}

const NEG = -1e30;

/** Non-zero rows of weight tables: a bitmap with ranks, and the rows (see packNonZero). */
export interface PackedRows {
  bm: Uint32Array;
  /** Every row (for packed rows read from a file a few at a time, reading them is completed first). */
  rows: Int16Array;
  /** Rows read from the model file as the kernel first needs them (model-raw.ts), when they are. */
  lazy?: LazyRows;
}

/**
 * Packed rows that a start reads from the raw model file a chunk at a time, as the kernel reaches
 * them: tagging one line reads a few hundred of the 224,000 joint rows, and reading all of them
 * (11 MB with the second stage's) was a twentieth of a one-document start.
 */
export interface LazyRows {
  /** The full table, zero where a chunk is not read yet (the kernel reads these). */
  readonly rows: Int16Array;
  /** Non-zero for the chunks (`2^shift` rows each) already read. */
  readonly have: Uint8Array;
  readonly shift: number;
  /** Every chunk read: the kernel stops checking. */
  readonly done: boolean;
  /** Reads chunk `c` into `rows`. */
  load(c: number): void;
}

/** The packed rows of this stage, of the second stage, and of both side by side. */
export interface PackedTables {
  packed: PackedRows;
  packed2: PackedRows | null;
  joint: PackedRows | null;
}

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

  /** The full weight table as the kernel reads it (row = bucket): int16 when quantised, else float. */
  private fullRows(): RowTable {
    const q = this.quantised;
    return { bm: null, rows: q ? q.w : this.weights, width: NTAGS, lazy: null };
  }

  /** Summed int16 weights of a word's five feature arrays (see extractFeatures), cached on the word. */
  private wordSums(wi: WordInfo, table: RowTable): Int32Array {
    if (this.slot < 0) this.slot = nextSlot++;
    let s = wi.sums[this.slot];
    if (s) return s;
    s = new Int32Array(5 * NTAGS);
    // not in ACC: emissions() is summing a token there when it asks for a new word's sums
    partSums(WORD_ACC, wi, this.mask, table);
    for (let t = 0; t < 5 * NTAGS; t++) s[t] = WORD_ACC[t]!;
    wi.sums[this.slot] = s;
    return s;
  }

  /** The second-pass model (stacked on this one's output), when the model has one. */
  stage2: NerModel | null = null;

  /** Tags (indices into TAGS) for one sentence of whitespace words. */
  tagWords(words: readonly string[]): Uint8Array {
    if (this.stage2 || this.quantised) return this.tagDocument([words])[0]!;
    return this.decode(this.features(words));
  }

  /**
   * Tags the sentences of one document: the first pass sentence by sentence, then (with a second
   * stage) again with what the first pass said about each word across sentences within ±window.
   */
  tagDocument(sents: readonly (readonly string[])[], window = STACK_WINDOW): Uint8Array[] {
    if (this.quantised && (!this.stage2 || this.stage2.quantised)) return this.tagFast(sents, window);
    const sfs = sents.map((w) => this.features(w));
    const t1 = sfs.map((sf) => this.decode(sf));
    const s2 = this.stage2;
    if (!s2) return t1;
    // the second pass counts what the context rules make of the first pass's tags
    firstPassRules(this, sents, t1);
    const extra = stackFeatures(
      sfs.map((f) => f.keys!),
      t1,
      window,
    );
    return sfs.map((sf, i) => s2.decode(joinFeatures(sf, extra[i]!)));
  }

  /**
   * Emission scores, [token * NTAGS + tag], of one sentence's features (the general path: training,
   * and a model without the fast path): each token's own and neighbours' per-word parts, then its
   * other features, added by the kernel from the full table. A quantised model reads each word's
   * parts from its cached sums (wordSums); the float weights of training add in feature order.
   */
  emissions(sf: SentenceFeatures, out = new Float32Array(sf.n * NTAGS)): Float32Array {
    const { feats, offs, words } = sf;
    const mask = this.mask;
    const table = this.fullRows();
    const q = this.quantised;
    const scale = q ? q.scale : 1;
    for (let i = 0; i < sf.n; i++) {
      ACC.fill(0, 0, NTAGS);
      if (words) {
        for (let p = 0; p < 5; p++) {
          const wi = words[i + WORD_OF_PART[p]!]!;
          if (q) addSums(ACC, 0, this.wordSums(wi, table), p * NTAGS);
          else {
            const fs = wi[PARTS[p]!];
            addRows(ACC, 0, fs, 0, fs.length, mask, table);
          }
        }
      }
      addRows(ACC, 0, feats, offs[i]!, offs[i + 1]!, mask, table);
      store(ACC, 0, out, i * NTAGS, scale);
    }
    return out;
  }

  /** Best tag sequence (IOB2-constrained). */
  decode(sf: SentenceFeatures): Uint8Array {
    return viterbi(this.emissions(sf), sf.n, this.trans);
  }

  // ---- the tag-time fast path --------------------------------------------------------------------
  //
  // The same features and the same integer sums as tagDocument's general path (features →
  // decode, stackFeatures → joinFeatures → decode), computed without materialising them: words
  // are numbered once per token (WordTable), their five per-word parts summed once per word and
  // model into one flat table, the pair and stacked features hashed into reused buffers and read
  // from a packed copy of the non-zero weight rows (most hashed pairs hit an all-zero row, which
  // the bitmap answers from L2 cache instead of a miss in the 18 MiB table).

  /** Non-zero rows of the quantised table: bitmap words with ranks interleaved, then the rows. */
  private packed: PackedRows | null = null;
  /** Per word id of `sumsTable` (generation `sumsGen`): the five parts' summed weights, 45 ints. */
  private idSums = new Int32Array(0);
  private idHave = new Uint8Array(0);
  private sumsTable: WordTable | null = null;
  private sumsGen = -1;

  private packRows(): PackedRows {
    return (this.packed ??= packNonZero([this.quantised!.w], this.bits));
  }

  /** The packed tables the fast path builds on first use (stored by the raw model file, model-raw.ts). */
  packedTables(): PackedTables {
    const s2 = this.stage2;
    return {
      packed: this.packRows(),
      packed2: s2 ? s2.packRows() : null,
      joint: s2 ? this.jointRows(s2) : null,
    };
  }

  /** Takes packed tables read from a file, so the first tag need not build them. */
  usePackedTables(t: PackedTables): void {
    this.packed = t.packed;
    this.joint = t.joint;
    if (this.stage2) this.stage2.packed = t.packed2;
  }

  /**
   * Makes sure `idSums` holds the sums of every word id of the document (`ids[0 .. count)`, and
   * the sentence edges, ids 0 and 1); with `s2` (a second stage of the same size), its `idSums`
   * too, from the joint rows: the bitmap first, one row fetch for both stages instead of two walks
   * over the full tables. The same integer sums either way.
   */
  private sumsFor(tab: WordTable, ids: Int32Array, count: number, s2: NerModel | null = null): Int32Array {
    this.sumsSized(tab);
    s2?.sumsSized(tab);
    const table = s2 ? rowTable(this.jointRows(s2), 2 * NTAGS) : this.fullRows();
    const h1 = this.idHave;
    const h2 = s2 ? s2.idHave : h1;
    const sums1 = this.idSums;
    const sums2 = s2 ? s2.idSums : null;
    const mask = this.mask;
    const infos = tab.infos;
    for (let k = -2; k < count; k++) {
      const id = k < 0 ? k + 2 : ids[k]!;
      if (h1[id] && h2[id]) continue;
      partSums(ACC, infos[id]!, mask, table);
      const base = id * 5 * NTAGS;
      // ACC holds part p of this stage at p × width, the second's after it (see partSums)
      for (let p = 0; p < 5; p++) {
        const o = p * table.width;
        for (let t = 0; t < NTAGS; t++) {
          sums1[base + p * NTAGS + t] = ACC[o + t]!;
          if (sums2) sums2[base + p * NTAGS + t] = ACC[o + NTAGS + t]!;
        }
      }
      h1[id] = 1;
      h2[id] = 1;
    }
    return sums1;
  }

  /** Sizes `idSums` for the table's words (emptied when the table was reset). */
  private sumsSized(tab: WordTable): void {
    if (this.sumsTable !== tab || this.sumsGen !== tab.generation) {
      this.sumsTable = tab;
      this.sumsGen = tab.generation;
      this.idHave = new Uint8Array(Math.max(4096, tab.size * 2));
      this.idSums = new Int32Array(this.idHave.length * 5 * NTAGS);
    }
    if (tab.size > this.idHave.length) {
      const have = new Uint8Array(tab.size * 2);
      have.set(this.idHave);
      const sums = new Int32Array(have.length * 5 * NTAGS);
      sums.set(this.idSums);
      this.idHave = have;
      this.idSums = sums;
    }
  }

  /**
   * Both stages' non-zero rows (same table size), for the pair features both passes read: one
   * bitmap with ranks, rows of 2 × NTAGS (this stage's, then the second's), so one miss serves both.
   */
  private joint: PackedRows | null = null;

  private jointRows(s2: NerModel): PackedRows {
    return (this.joint ??= packNonZero([this.quantised!.w, s2.quantised!.w], this.bits));
  }

  /**
   * Emission scores of tokens `a .. a + n` (one sentence) into `em`: the five per-word parts
   * (`ids`, edges 0 and 1) of `sums` or, when `start` is given, the partial sums there instead;
   * the hashed features in `h1` (stride PAIR_STRIDE, count first) and, when given, `h2` (stride
   * STACK_STRIDE), from this stage's packed rows. With `s2` (emitJoint's case: `sums2` and
   * `part2` given), the pair features are read once from the joint rows for both stages, and the
   * second stage's integer sums are left in `part2` for its stacked features (a later call with
   * `start` = part2). Integer sums throughout, scaled once, so the same floats as `emissions`.
   */
  private emitFast(
    ids: Int32Array,
    sums: Int32Array,
    h1: Uint32Array | null,
    h2: Uint32Array | null,
    a: number,
    n: number,
    em: Float32Array,
    start: Int32Array | null = null,
    s2: NerModel | null = null,
    sums2: Int32Array | null = null,
    part2: Int32Array | null = null,
  ): void {
    const table = s2 ? rowTable(this.jointRows(s2), 2 * NTAGS) : rowTable(this.packRows(), NTAGS);
    // this stage's own rows only for stacked features (h2): the joint case never reads them
    const packed = s2 && h2 ? rowTable(this.packRows(), NTAGS) : table;
    const scale = this.quantised!.scale;
    const mask = this.mask;
    for (let i = 0; i < n; i++) {
      const k = a + i;
      if (start) for (let t = 0; t < NTAGS; t++) ACC[t] = start[k * NTAGS + t]!;
      else {
        wordParts(ACC, 0, sums, ids, k, i, n);
        if (sums2) wordParts(ACC, NTAGS, sums2, ids, k, i, n);
      }
      if (h1)
        addRows(ACC, 0, h1, k * PAIR_STRIDE + 1, k * PAIR_STRIDE + 1 + h1[k * PAIR_STRIDE]!, mask, table);
      if (h2)
        addRows(ACC, 0, h2, k * STACK_STRIDE + 1, k * STACK_STRIDE + 1 + h2[k * STACK_STRIDE]!, mask, packed);
      store(ACC, 0, em, k * NTAGS, scale);
      if (part2) for (let t = 0; t < NTAGS; t++) part2[k * NTAGS + t] = ACC[NTAGS + t]!;
    }
  }

  /** tagDocument for quantised models (both stages): see the note above. */
  private tagFast(sents: readonly (readonly string[])[], window: number): Uint8Array[] {
    const tab = wordTable(this.gaz, this.clusters);
    tab.reuse();
    const nsent = sents.length;
    let total = 0;
    for (const s of sents) total += s.length;
    const b = buffers(total, nsent);
    const { ids, hNorm, hStem1, hStem2, gaz, phrase, pairs, em, tags, starts } = b;
    let k = 0;
    for (let s = 0; s < nsent; s++) {
      const ws = sents[s]!;
      starts[s] = k;
      for (let i = 0; i < ws.length; i++) ids[k++] = tab.id(ws[i]!);
    }
    starts[nsent] = k;
    for (let j = 0; j < total; j++) {
      const id = ids[j]!;
      hNorm[j] = tab.hNorm[id]!;
      hStem1[j] = tab.hStem1[id]!;
      hStem2[j] = tab.hStem2[id]!;
      gaz[j] = tab.gaz[id]!;
    }
    phrase.fill(-1, 0, total);
    for (let s = 0; s < nsent; s++) {
      const a = starts[s]!;
      const n = starts[s + 1]! - a;
      this.gaz.markSpan(hNorm, hStem1, hStem2, phrase, a, n);
      pairFeatures(hNorm, hStem1, gaz, phrase, a, n, pairs);
    }
    const s2 = this.stage2;
    // with a second stage of the same size, one walk over the pair rows serves both passes
    const joint = s2 !== null && s2.bits === this.bits;
    const sums1 = this.sumsFor(tab, ids, total, joint ? s2 : null);
    const sums2 = joint ? s2.idSums : null;
    for (let s = 0; s < nsent; s++) {
      const a = starts[s]!;
      const n = starts[s + 1]! - a;
      if (joint) this.emitFast(ids, sums1, pairs, null, a, n, em, null, s2, sums2, b.part2);
      else this.emitFast(ids, sums1, pairs, null, a, n, em);
      viterbiAt(em, a, n, this.trans, tags);
    }
    if (s2) {
      // the second pass counts what the context rules make of the first pass's tags
      const views = sents.map((_, s) => tags.subarray(starts[s]!, starts[s + 1]!));
      const marks = sents.map((_, s) => phrase.subarray(starts[s]!, starts[s + 1]!));
      firstPassRules(this, sents, views, marks);
    }
    if (s2) {
      const { keyIds, sentOf, next, stack } = b;
      for (let s = 0; s < nsent; s++) for (let j = starts[s]!; j < starts[s + 1]!; j++) sentOf[j] = s;
      for (let j = 0; j < total; j++) keyIds[j] = tab.keyId[ids[j]!]!;
      const head = keyHeads(tab.nKeys);
      stackFeaturesFlat(keyIds, tags, starts, nsent, sentOf, window, head, next, stack);
      for (let s = 0; s < nsent; s++) {
        const a = starts[s]!;
        const n = starts[s + 1]! - a;
        if (joint) s2.emitFast(ids, sums2!, null, stack, a, n, em, b.part2);
        else s2.emitFast(ids, s2.sumsFor(tab, ids, total), pairs, stack, a, n, em);
      }
      // decode after all emissions: the stacked features read every first-pass tag
      for (let s = 0; s < nsent; s++) {
        const a = starts[s]!;
        viterbiAt(em, a, starts[s + 1]! - a, s2.trans, tags);
      }
    }
    const out = new Array<Uint8Array>(nsent);
    for (let s = 0; s < nsent; s++) out[s] = tags.slice(starts[s]!, starts[s + 1]!);
    return out;
  }
}

// ---- the emission kernel -----------------------------------------------------------------------
//
// Every score the tagger computes is a sum of weight rows: a token's emission adds the rows of its
// hashed features, a word's cached part sums add the rows of that word's features. One loop adds
// rows (addRows), whichever table they come from: the full table (row = bucket), or the packed
// non-zero rows (found through the bitmap; an all-zero row is skipped), one stage's (NTAGS wide)
// or both stages' side by side (2 × NTAGS). The sums are kept in a Float64Array: int16 weights add
// up to exact integers in any order, and training's float weights add in feature order, each
// rounded to a double as a local variable would be, so the scores are the same bits as before.

/** A weight table as the kernel reads it: `rows` of `width`, by bucket (`bm` null) or packed (see packNonZero). */
interface RowTable {
  bm: Uint32Array | null;
  rows: Int16Array | Float32Array;
  width: number;
  /** Set while `rows` is still being read from the model file (see LazyRows). */
  lazy: LazyRows | null;
}

function rowTable(p: PackedRows, width: number): RowTable {
  const lazy = p.lazy && !p.lazy.done ? p.lazy : null;
  return { bm: p.bm, rows: lazy ? lazy.rows : p.rows, width, lazy };
}

// the kernel writes the nine tags out (addRows, wordParts, store)
if (NTAGS !== 9) throw new Error('the emission kernel expects 9 tags');

/** The kernel's accumulator: up to five parts of two stages' rows (partSums). */
const ACC = new Float64Array(5 * 2 * NTAGS);
const WORD_ACC = new Float64Array(5 * NTAGS);

/** `acc[at .. at + width)` += the rows of the hashed features `h[from .. to)` (masked to the table's size). */
function addRows(
  acc: Float64Array,
  at: number,
  h: Uint32Array,
  from: number,
  to: number,
  mask: number,
  table: RowTable,
): void {
  const { bm, rows, width, lazy } = table;
  for (let j = from; j < to; j++) {
    const b = h[j]! & mask;
    const row = bm ? rowOf(bm, b) : b;
    if (row < 0) continue;
    if (lazy !== null && lazy.have[row >>> lazy.shift] === 0) lazy.load(row >>> lazy.shift);
    // one stage's row at a time, written out: the JIT keeps the nine sums apart (a loop over
    // the tags was a fifth slower)
    for (let c = 0; c < width; c += 9) {
      const r = row * width + c;
      const o = at + c;
      // prettier-ignore
      { acc[o] = acc[o]! + rows[r]!; acc[o + 1] = acc[o + 1]! + rows[r + 1]!; acc[o + 2] = acc[o + 2]! + rows[r + 2]!;
        acc[o + 3] = acc[o + 3]! + rows[r + 3]!; acc[o + 4] = acc[o + 4]! + rows[r + 4]!; acc[o + 5] = acc[o + 5]! + rows[r + 5]!;
        acc[o + 6] = acc[o + 6]! + rows[r + 6]!; acc[o + 7] = acc[o + 7]! + rows[r + 7]!; acc[o + 8] = acc[o + 8]! + rows[r + 8]!; }
    }
  }
}

/** `acc[at .. at + NTAGS)` += `sums[from .. from + NTAGS)` (cached part sums). */
function addSums(acc: Float64Array, at: number, sums: Int32Array, from: number): void {
  for (let t = 0; t < NTAGS; t++) acc[at + t] = acc[at + t]! + sums[from + t]!;
}

/** One word's five part sums (own, l1, l2, r1, r2) into `acc`, part p at `p × table.width`. */
function partSums(acc: Float64Array, wi: WordInfo, mask: number, table: RowTable): void {
  const width = table.width;
  acc.fill(0, 0, 5 * width);
  for (let p = 0; p < 5; p++) {
    const fs = wi[PARTS[p]!];
    addRows(acc, p * width, fs, 0, fs.length, mask, table);
  }
}

/**
 * Sets `acc[at .. at + NTAGS)`: token `k` (the i-th of a sentence of n) gets its own word's `own` part and its neighbours' `l1`,
 * `l2`, `r1`, `r2` parts from the summed table `sums` (45 per word id; ids 0 and 1 are the
 * sentence edges before and after).
 */
function wordParts(
  acc: Float64Array,
  at: number,
  sums: Int32Array,
  ids: Int32Array,
  k: number,
  i: number,
  n: number,
): void {
  const W = 5 * NTAGS;
  const s0 = ids[k]! * W;
  const s1 = (i > 0 ? ids[k - 1]! : 0) * W + NTAGS;
  const s2 = (i > 1 ? ids[k - 2]! : 0) * W + 2 * NTAGS;
  const s3 = (i + 1 < n ? ids[k + 1]! : 1) * W + 3 * NTAGS;
  const s4 = (i + 2 < n ? ids[k + 2]! : 1) * W + 4 * NTAGS;
  // written out over the nine tags, as addRows: a loop here was a tenth of the warm tagger
  // prettier-ignore
  { acc[at] = sums[s0]! + sums[s1]! + sums[s2]! + sums[s3]! + sums[s4]!;
    acc[at + 1] = sums[s0 + 1]! + sums[s1 + 1]! + sums[s2 + 1]! + sums[s3 + 1]! + sums[s4 + 1]!;
    acc[at + 2] = sums[s0 + 2]! + sums[s1 + 2]! + sums[s2 + 2]! + sums[s3 + 2]! + sums[s4 + 2]!;
    acc[at + 3] = sums[s0 + 3]! + sums[s1 + 3]! + sums[s2 + 3]! + sums[s3 + 3]! + sums[s4 + 3]!;
    acc[at + 4] = sums[s0 + 4]! + sums[s1 + 4]! + sums[s2 + 4]! + sums[s3 + 4]! + sums[s4 + 4]!;
    acc[at + 5] = sums[s0 + 5]! + sums[s1 + 5]! + sums[s2 + 5]! + sums[s3 + 5]! + sums[s4 + 5]!;
    acc[at + 6] = sums[s0 + 6]! + sums[s1 + 6]! + sums[s2 + 6]! + sums[s3 + 6]! + sums[s4 + 6]!;
    acc[at + 7] = sums[s0 + 7]! + sums[s1 + 7]! + sums[s2 + 7]! + sums[s3 + 7]! + sums[s4 + 7]!;
    acc[at + 8] = sums[s0 + 8]! + sums[s1 + 8]! + sums[s2 + 8]! + sums[s3 + 8]! + sums[s4 + 8]!; }
}

/** `em[q .. q + NTAGS)` = the sums at `acc[at ..]` times the table's scale (float32, as scores are kept). */
function store(acc: Float64Array, at: number, em: Float32Array, q: number, scale: number): void {
  // prettier-ignore
  { em[q] = acc[at]! * scale; em[q + 1] = acc[at + 1]! * scale; em[q + 2] = acc[at + 2]! * scale;
    em[q + 3] = acc[at + 3]! * scale; em[q + 4] = acc[at + 4]! * scale; em[q + 5] = acc[at + 5]! * scale;
    em[q + 6] = acc[at + 6]! * scale; em[q + 7] = acc[at + 7]! * scale; em[q + 8] = acc[at + 8]! * scale; }
}

/**
 * The non-zero rows of weight tables of the same size (`2^bits` rows of NTAGS): a bitmap of the
 * rows in use, each 32-row word followed by the number of rows in use before it, and those rows
 * with the tables side by side (a row of `tables.length × NTAGS`). Most hashed pair features hit an
 * all-zero row, which the bitmap answers from cache instead of a miss in the full table.
 */
function packNonZero(tables: readonly Int16Array[], bits: number): { bm: Uint32Array; rows: Int16Array } {
  const nb = 1 << bits;
  const nw = Math.max(1, nb >>> 5);
  const bm = new Uint32Array(2 * nw);
  let nz = 0;
  for (let b = 0; b < nb; b++) {
    const o = b * NTAGS;
    let any = false;
    for (const w of tables) for (let t = 0; t < NTAGS; t++) if (w[o + t] !== 0) any = true;
    if (!any) continue;
    bm[2 * (b >>> 5)] = (bm[2 * (b >>> 5)]! | (1 << (b & 31))) >>> 0;
    nz++;
  }
  const width = tables.length * NTAGS;
  const rows = new Int16Array(nz * width);
  let r = 0;
  for (let i = 0; i < nw; i++) {
    bm[2 * i + 1] = r;
    const word = bm[2 * i]!;
    for (let j = 0; j < 32; j++) {
      if (!((word >>> j) & 1)) continue;
      const b = i * 32 + j;
      tables.forEach((w, x) => rows.set(w.subarray(b * NTAGS, (b + 1) * NTAGS), r * width + x * NTAGS));
      r++;
    }
  }
  return { bm, rows };
}

/** The packed row of table row `b` (see packNonZero), or -1 when that row is all zeros. */
function rowOf(bm: Uint32Array, b: number): number {
  const wi = (b >>> 5) << 1;
  const word = bm[wi]!;
  const bit = 1 << (b & 31);
  if (!(word & bit)) return -1;
  // rank: the rows in use before this word, plus the set bits below `bit` (a popcount)
  let x = word & (bit - 1);
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return bm[wi + 1]! + (Math.imul(x, 0x01010101) >>> 24);
}

/** Reused per-document buffers of the fast path (grown, never shrunk). */
interface Buffers {
  ids: Int32Array;
  hNorm: Uint32Array;
  hStem1: Uint32Array;
  hStem2: Uint32Array;
  gaz: Uint32Array;
  phrase: Int8Array;
  pairs: Uint32Array;
  stack: Uint32Array;
  em: Float32Array;
  /** the second stage's partial integer sums (emitFast with both stages) */
  part2: Int32Array;
  tags: Uint8Array;
  keyIds: Int32Array;
  sentOf: Int32Array;
  next: Int32Array;
  starts: Int32Array;
}
let buf: Buffers | null = null;

function buffers(tokens: number, sents: number): Buffers {
  if (buf && buf.ids.length >= tokens && buf.starts.length > sents) return buf;
  const n = Math.max(1024, tokens * 2, buf ? buf.ids.length : 0);
  const ns = Math.max(256, sents * 2 + 1, buf ? buf.starts.length : 0);
  return (buf = {
    ids: new Int32Array(n),
    hNorm: new Uint32Array(n),
    hStem1: new Uint32Array(n),
    hStem2: new Uint32Array(n),
    gaz: new Uint32Array(n),
    phrase: new Int8Array(n),
    pairs: new Uint32Array(n * PAIR_STRIDE),
    stack: new Uint32Array(n * STACK_STRIDE),
    em: new Float32Array(n * NTAGS),
    part2: new Int32Array(n * NTAGS),
    tags: new Uint8Array(n),
    keyIds: new Int32Array(n),
    sentOf: new Int32Array(n),
    next: new Int32Array(n),
    starts: new Int32Array(ns),
  });
}

let heads = new Int32Array(0);

/** The list heads of stackFeaturesFlat, one per key id, all -1. */
function keyHeads(nKeys: number): Int32Array {
  if (heads.length < nKeys) {
    heads = new Int32Array(Math.max(4096, nKeys * 2));
    heads.fill(-1);
  }
  return heads;
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
  viterbiAt(em, 0, n, trans, tags);
  return tags;
}

/**
 * Viterbi over tokens `a .. a + n` of `em` (rows of NTAGS), tags written to `tags[a .. a + n]`.
 * The IOB2 table reduces to: I-X (an even index t > 0) may follow only B-X (t - 1) and I-X (t),
 * any other tag may follow anything; the candidates are tried in the same order (p ascending)
 * with the same strict comparison as the full 9×9 loop, so ties resolve the same way.
 */
export function viterbiAt(
  em: Float32Array,
  a: number,
  n: number,
  trans: Float32Array,
  tags: Uint8Array,
): void {
  if (n === 0) return;
  if (NTAGS !== 9) throw new Error('viterbi expects 9 tags');
  if (scratchScore.length < n * NTAGS) {
    scratchScore = new Float64Array(n * NTAGS * 2);
    scratchBack = new Uint8Array(n * NTAGS * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  const e0 = a * NTAGS;
  for (let t = 0; t < NTAGS; t++) score[t] = ALLOWED[t] ? em[e0 + t]! + trans[t]! : NEG;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * NTAGS;
    const row = i * NTAGS;
    const er = e0 + row;
    for (let t = 0; t < NTAGS; t++) {
      let best = NEG;
      let arg = 0;
      if (t === 0 || (t & 1) === 1) {
        // O and B-X: every previous tag
        for (let p = 0; p < NTAGS; p++) {
          const s = score[prevRow + p]! + trans[(p + 1) * NTAGS + t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        // I-X: only B-X (t - 1) or I-X (t)
        const sb = score[prevRow + t - 1]! + trans[t * NTAGS + t]!;
        if (sb > best) {
          best = sb;
          arg = t - 1;
        }
        const si = score[prevRow + t]! + trans[(t + 1) * NTAGS + t]!;
        if (si > best) {
          best = si;
          arg = t;
        }
      }
      score[row + t] = best + em[er + t]!;
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
  tags[a + n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[a + i - 1] = back[i * NTAGS + tags[a + i]!]!;
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
  const cf = m.clusters.features;
  if (m.clusters.data.signs || cf.backoff || cf.signsNear)
    throw new Error(
      'the model file cannot store binarised word vectors or the class back-off (screen options: train-ner --cv only)',
    );
  const protos = hasPrototypeSections(m.info.featureVersion);
  if (m.clusters.data.protoOffs && !protos)
    throw new Error(`feature version ${m.info.featureVersion} cannot store prototype lists (8 can)`);
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
    ...(protos
      ? [
          section(m.clusters.data.protoOffs ?? new Uint32Array(0)),
          section(m.clusters.data.protoIds ?? new Uint32Array(0)),
        ]
      : []),
    section(m.gaz.letters.data.keys),
    section(m.gaz.letters.data.vals),
  ];
  if (p2 && m.stage2) parts.push(section(m.stage2.trans), section(p2.rows), section(p2.cols));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Whether a model file of this feature version stores the word classes' prototype lists (8 on). */
export function hasPrototypeSections(featureVersion: number): boolean {
  return featureVersion >= 8;
}

/** Refuses a model file whose feature version the code cannot read. */
export function checkFeatureVersion(v: number, fix: string): void {
  if (!READABLE_FEATURE_VERSIONS.includes(v))
    throw new Error(`NER model has feature version ${v}, code has ${FEATURE_VERSION}: run \`${fix}\``);
}

/**
 * The gazetteer, word clusters (with, from feature version 8, their prototype lists: offsets then
 * ids, both empty when the model has none) and letter model, in the order both model files store
 * them (the gzip artefact and the raw file the build writes): one reader, so the two cannot drift apart.
 */
export function readLookups(
  u32: () => Uint32Array,
  u8: () => Uint8Array,
  i8: () => Int8Array,
  featureVersion: number,
): { gaz: GazIndex; clusters: ClusterIndex } {
  const gd: GazData = {
    tokenKeys: u32(),
    tokenBits: u32(),
    phraseKeys: u32(),
    phraseClass: u8(),
    prefixKeys: u32(),
  };
  const cd: ClusterData = { keys: u32(), codes: u32() };
  if (hasPrototypeSections(featureVersion)) {
    const offs = u32();
    const ids = u32();
    if (offs.length) {
      if (offs.length !== cd.keys.length + 1 || offs[cd.keys.length] !== ids.length)
        throw new Error('the NER model file is damaged (prototype lists do not match the word classes)');
      cd.protoOffs = offs;
      cd.protoIds = ids;
    }
  }
  const clusters = new ClusterIndex(cd);
  const letters = new LetterModel({ keys: u32(), vals: i8() });
  return { gaz: new GazIndex(gd, letters), clusters };
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
  checkFeatureVersion(info.featureVersion, 'marsad train-ner');
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
  const { gaz, clusters } = readLookups(
    () => take(Uint32Array),
    () => take(Uint8Array),
    () => take(Int8Array),
    info.featureVersion,
  );
  const { scale, rows: _r, stage2, ...rest } = info;
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
