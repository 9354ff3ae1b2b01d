/**
 * Feature extraction for the entity tagger. Every feature is a 32-bit hash; the model masks it
 * into its weight table. Train time and tag time call exactly this code with the gazetteer the
 * model carries, so the two can never disagree.
 *
 * The tagger keeps its own frozen character folding (`foldWord`) instead of the text layer's
 * `normalize()`: the weights were learned over these exact strings, and a later change to the
 * search normaliser must not silently shift the model's features. Bump FEATURE_VERSION (and
 * retrain) when anything here changes.
 */
import { fnv1a as fnv1a_, mix as mix_, mix3 as mix3_ } from './hash.ts';

// Imported bindings can be live getters once transpiled; the hot loops call local constants.
const fnv1a = fnv1a_;
const mix = mix_;
const mix3 = mix3_;
import { GAZ, GAZ_BITS, PHRASE_CLASSES, clusterWord, foldWord, stripAll, stripArticle } from './words.ts';
import type { GazIndex } from './gazetteer.ts';
import { SIGN_DIMS, SIGN_WORDS, type ClusterIndex } from './clusters.ts';

export const FEATURE_VERSION = 8;
/**
 * Versions the loaders still read: 7 is 8 without the prototype lists (a 7 file has no
 * prototype sections and its words get no prototype features, as before).
 */
export const READABLE_FEATURE_VERSIONS: readonly number[] = [7, 8];

export { GAZ, GAZ_BITS, PHRASE_CLASSES, clusterWord, foldWord, stripAll, stripArticle };

const GAZ_MASK = (1 << GAZ_BITS) - 1;

// Template ids: arbitrary distinct constants, mixed with the value hashes.
const T = {
  BIAS: 1,
  NORM: 2,
  RAW: 3,
  STEM1: 4,
  STEM2: 5,
  PRE1: 6,
  PRE2: 7,
  PRE3: 8,
  SUF1: 9,
  SUF2: 10,
  SUF3: 11,
  SHAPE: 12,
  LEN: 13,
  NORM_M1: 14,
  NORM_P1: 15,
  NORM_M2: 16,
  NORM_P2: 17,
  STEM_M1: 18,
  STEM_P1: 19,
  STEM_M2: 20,
  STEM_P2: 21,
  BI_M1: 22,
  BI_P1: 23,
  GAZ0: 24,
  GAZ_M1: 25,
  GAZ_P1: 26,
  GAZ_S2: 27,
  PHRASE: 28,
  SHAPE_M1: 29,
  SHAPE_P1: 30,
  SUF2_M1: 31,
  SUF2_P1: 32,
  FIRST: 33,
  GAZ_M2: 34,
  GAZ_P2: 35,
  CLITIC: 36,
  STEM_BI_M1: 37,
  STEM_BI_P1: 38,
  TRI: 39,
  GAZ_PAIR: 40,
  CL: 41,
  CL_M1: 42,
  CL_P1: 43,
  SPRE: 44,
  SSUF: 45,
  LETTERS: 46,
  LETTERS_M1: 47,
  LETTERS_P1: 48,
  EMB: 49,
  EMB_M1: 50,
  EMB_P1: 51,
  PROTO: 52,
} as const;

const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

/** Shape classes. */
function shapeOf(w: string): number {
  let ar = 0;
  let lat = 0;
  let dig = 0;
  let oth = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) dig++;
      else ar++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
    else if (c >= 0x30 && c <= 0x39) dig++;
    else oth++;
  }
  if (dig && !ar && !lat) return oth ? 2 : 1;
  if (lat && !ar) return dig ? 4 : 3;
  if (ar && !lat && !dig && !oth) return 5;
  if (ar && oth && !dig && !lat) return 6; // Arabic with punctuation glued, e.g. "(أ"
  if (!ar && !lat && !dig) return w.length === 1 ? 7 : 8;
  return 9;
}

function lenBucket(n: number): number {
  return n <= 1 ? 1 : n === 2 ? 2 : n === 3 ? 3 : n <= 5 ? 4 : n <= 7 ? 5 : n <= 9 ? 6 : 7;
}

/** What the features need of one word alone; computed once per distinct word and cached. */
export interface WordInfo {
  norm: string;
  stem1: string;
  stem2: string;
  hNorm: number;
  hStem1: number;
  hStem2: number;
  hSuf2: number;
  shape: number;
  gaz: number;
  gazS2: number;
  cluster: number;
  /** the features that depend on this word only (no context) */
  own: Uint32Array;
  /** the features this word gives the token after it (l1) or two after (l2), before it (r1) or two before (r2) */
  l1: Uint32Array;
  l2: Uint32Array;
  r1: Uint32Array;
  r2: Uint32Array;
  /** per weight table (see NerModel): summed weights of own, l1, l2, r1, r2, 9 tags each */
  sums: (Int32Array | undefined)[];
}

/** The five feature arrays of a word, in the order of `WordInfo.sums`. */
export const PARTS = ['own', 'l1', 'l2', 'r1', 'r2'] as const;

/** Templates of what a word gives the token right after it (*_M1) or right before it (*_P1). */
interface NearTemplates {
  GAZ: number;
  LETTERS: number;
  NORM: number;
  STEM: number;
  SHAPE: number;
  SUF2: number;
  CL: number;
  EMB: number;
}
const NEAR_M1: NearTemplates = {
  GAZ: T.GAZ_M1,
  LETTERS: T.LETTERS_M1,
  NORM: T.NORM_M1,
  STEM: T.STEM_M1,
  SHAPE: T.SHAPE_M1,
  SUF2: T.SUF2_M1,
  CL: T.CL_M1,
  EMB: T.EMB_M1,
};
const NEAR_P1: NearTemplates = {
  GAZ: T.GAZ_P1,
  LETTERS: T.LETTERS_P1,
  NORM: T.NORM_P1,
  STEM: T.STEM_P1,
  SHAPE: T.SHAPE_P1,
  SUF2: T.SUF2_P1,
  CL: T.CL_P1,
  EMB: T.EMB_P1,
};

/** How many of the gazetteer bits are set. */
function gazCount(bits: number): number {
  let n = 0;
  for (let b = 0; b < GAZ_BITS; b++) if (bits & (1 << b)) n++;
  return n;
}

/** `head` followed by the gazetteer bits' features of `template`, in one array (computed once per word). */
function withGaz(head: number[], template: number, bits: number): Uint32Array {
  const out = new Uint32Array(head.length + gazCount(bits));
  out.set(head);
  let k = head.length;
  for (let b = 0; b < GAZ_BITS; b++) if (bits & (1 << b)) out[k++] = mix(template, b + 1);
  return out;
}

/** What a word gives its neighbours' features; every such feature depends on that word alone. */
function neighbourFeatures(
  hNorm: number,
  hStem1: number,
  shape: number,
  hSuf2: number,
  gaz: number,
  cluster: number,
  letters = 0,
  /** binarised-vector values (dimension * 4 + sign bits) the neighbours see; none by default */
  emb: readonly number[] = [],
): { l1: Uint32Array; l2: Uint32Array; r1: Uint32Array; r2: Uint32Array } {
  const cl8 = cluster ? (cluster - 1) >>> 16 : 0xffff;
  const cl16 = cluster ? (cluster - 1) >>> 8 : 0xfffff;
  const near = (t: NearTemplates): Uint32Array => {
    const head = [
      mix(t.NORM, hNorm),
      mix(t.STEM, hStem1),
      mix(t.SHAPE, shape),
      mix(t.SUF2, hSuf2),
      mix3(t.CL, 8, cl8),
      mix3(t.CL, 16, cl16),
    ];
    if (letters) head.unshift(mix(t.LETTERS, letters));
    for (const e of emb) head.push(mix(t.EMB, e));
    return withGaz(head, t.GAZ, gaz);
  };
  return {
    l1: near(NEAR_M1),
    l2: withGaz([mix(T.NORM_M2, hNorm), mix(T.STEM_M2, hStem1)], T.GAZ_M2, gaz),
    r1: near(NEAR_P1),
    r2: withGaz([mix(T.NORM_P2, hNorm), mix(T.STEM_P2, hStem1)], T.GAZ_P2, gaz),
  };
}

/** The sentence edges as neighbours (the first token also gets FIRST). */
function edge(l1: Uint32Array, l2: Uint32Array, r1: Uint32Array, r2: Uint32Array): WordInfo {
  const e = new Uint32Array(0);
  return {
    norm: '',
    stem1: '',
    stem2: '',
    hNorm: 0,
    hStem1: 0,
    hStem2: 0,
    hSuf2: 0,
    shape: 0,
    gaz: 0,
    gazS2: 0,
    cluster: 0,
    own: e,
    l1,
    l2,
    r1,
    r2,
    sums: [],
  };
}
const EDGE_BEFORE = (() => {
  const f = neighbourFeatures(BOS, BOS, 0, BOS, 0, 0);
  return edge(new Uint32Array([...f.l1, T.FIRST]), f.l2, new Uint32Array(0), new Uint32Array(0));
})();
const EDGE_AFTER = (() => {
  const f = neighbourFeatures(EOS, EOS, 0, EOS, 0, 0);
  return edge(new Uint32Array(0), new Uint32Array(0), f.r1, f.r2);
})();

/** Per-token values computed once per sentence. */
export interface PreparedSentence {
  n: number;
  norm: string[];
  stem1: string[];
  stem2: string[];
  hNorm: Uint32Array;
  hStem1: Uint32Array;
  hStem2: Uint32Array;
  hSuf2: Uint32Array;
  shape: Uint8Array;
  gaz: Uint32Array;
  gazS2: Uint32Array;
  /** phrase gazetteer: -1 none, else class*2 + (0 = begins, 1 = inside) */
  phrase: Int8Array;
  /** distributional class + 1 (0 = unknown word) */
  cluster: Uint32Array;
  info: WordInfo[];
}

const CACHE_MAX = 200_000;

/**
 * Every distinct word seen with one gazetteer and class index, numbered: its `WordInfo` and, in
 * flat typed arrays indexed by that number, what the tag-time fast path reads per token (hashes,
 * gazetteer bits, the stacking key). One string lookup per token instead of a walk over scattered
 * objects. Ids 0 and 1 are the sentence edges (before, after). The table is emptied when it
 * reaches CACHE_MAX words, but only by `reuse` (at the start of a sentence or document), so ids
 * stay valid while a caller holds them; `generation` counts the resets.
 */
export class WordTable {
  private ids = new Map<string, number>();
  /** distinct stacking keys (folded word without article) → small ids, 0 = no key */
  private keyIds = new Map<number, number>();
  infos: WordInfo[] = [];
  hNorm = new Uint32Array(0);
  hStem1 = new Uint32Array(0);
  hStem2 = new Uint32Array(0);
  gaz = new Uint32Array(0);
  /** the word's key for document-level counts (see `SentenceFeatures.keys`) as a small id; 0 none */
  keyId = new Int32Array(0);
  size = 0;
  nKeys = 1;
  generation = 0;

  constructor(
    readonly gazIndex: GazIndex,
    readonly clusters: ClusterIndex | undefined,
  ) {
    this.reset();
  }

  private reset(): void {
    this.ids = new Map();
    this.keyIds = new Map();
    this.infos = [];
    this.size = 0;
    this.nKeys = 1;
    this.generation++;
    this.grow(4096);
    this.push(EDGE_BEFORE, 0);
    this.push(EDGE_AFTER, 0);
  }

  /** Empties the table when it is full; only call while no ids are held. */
  reuse(): void {
    if (this.size >= CACHE_MAX) this.reset();
  }

  private grow(cap: number): void {
    const up = <T extends Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a.subarray(0, this.size));
      return b;
    };
    this.hNorm = up(this.hNorm, (n) => new Uint32Array(n));
    this.hStem1 = up(this.hStem1, (n) => new Uint32Array(n));
    this.hStem2 = up(this.hStem2, (n) => new Uint32Array(n));
    this.gaz = up(this.gaz, (n) => new Uint32Array(n));
    this.keyId = up(this.keyId, (n) => new Int32Array(n));
  }

  private push(wi: WordInfo, key: number): number {
    const id = this.size++;
    if (id >= this.hNorm.length) this.grow(this.hNorm.length * 2);
    this.infos.push(wi);
    this.hNorm[id] = wi.hNorm;
    this.hStem1[id] = wi.hStem1;
    this.hStem2[id] = wi.hStem2;
    this.gaz[id] = wi.gaz;
    let kid = 0;
    if (key) {
      kid = this.keyIds.get(key) ?? 0;
      if (!kid) this.keyIds.set(key, (kid = this.nKeys++));
    }
    this.keyId[id] = kid;
    return id;
  }

  /** The word's number, computing its WordInfo on first sight. */
  id(w: string): number {
    const hit = this.ids.get(w);
    if (hit !== undefined) return hit;
    const wi = computeWordInfo(w, this.gazIndex, this.clusters);
    const id = this.push(wi, stackKey(wi));
    this.ids.set(w, id);
    return id;
  }
}

/**
 * A word's identity for document-level counts (folded, article removed), 0 for punctuation,
 * numbers and one-letter words: the same word elsewhere in the document tells the second pass
 * what this one is.
 */
function stackKey(wi: WordInfo): number {
  const sh = wi.shape;
  return (sh === 3 || sh === 5 || sh === 6 || sh === 9) && wi.stem1.length >= 2 ? wi.hStem1 || 1 : 0;
}

const wordTables = new WeakMap<GazIndex, WordTable>();

/** The word table of a gazetteer and class index (one per gazetteer; a new class index replaces it). */
export function wordTable(gaz: GazIndex, clusters: ClusterIndex | undefined): WordTable {
  let t = wordTables.get(gaz);
  if (!t || t.clusters !== clusters) {
    t = new WordTable(gaz, clusters);
    wordTables.set(gaz, t);
  }
  return t;
}

/**
 * The word's row in the classes (-1: unknown); with `backoff`, an unknown Arabic form falls back
 * to its form without any clitic (لبايدن → بايدن).
 */
function classRow(clusters: ClusterIndex, w: string, shape: number, hStem1: number, hStem2: number): number {
  let ci = clusters.find(shape === 5 ? hStem1 : fnv1a(clusterWord(w)));
  if (ci < 0 && clusters.features.backoff && shape === 5 && hStem2 !== hStem1) ci = clusters.find(hStem2);
  return ci;
}

/** The class row of a word as the tagger's features find it (-1: none). */
export function wordClassRow(clusters: ClusterIndex, w: string): number {
  const nm = foldWord(w);
  const s1 = stripArticle(nm);
  const s2 = stripAll(nm);
  return classRow(clusters, w, shapeOf(w), fnv1a(s1), fnv1a(s2));
}

/** The binarised vector of class row `ci` as dimension * 4 + sign bits, for its set dimensions. */
function embValues(clusters: ClusterIndex, ci: number): number[] {
  const signs = clusters.data.signs;
  const out: number[] = [];
  if (!signs) return out;
  for (let d = 0; d < SIGN_DIMS; d++) {
    const bits = (signs[ci * SIGN_WORDS + (d >> 4)]! >>> ((d & 15) * 2)) & 3;
    if (bits) out.push(d * 4 + bits);
  }
  return out;
}

function computeWordInfo(w: string, gaz: GazIndex, clusters: ClusterIndex | undefined): WordInfo {
  const nm = foldWord(w);
  const s1 = stripArticle(nm);
  const s2 = stripAll(nm);
  const hNorm = fnv1a(nm);
  const hRaw = nm === w ? hNorm : fnv1a(w);
  const hStem1 = s1 === nm ? hNorm : fnv1a(s1);
  const hStem2 = s2 === s1 ? hStem1 : fnv1a(s2);
  const hSuf2 = fnv1a(s1, Math.max(0, s1.length - 2));
  const shape = shapeOf(w);
  const g = gaz.token(hNorm) | gaz.token(hStem1);
  const gazS2 = s2 === s1 ? 0 : gaz.token(hStem2);
  const ci = clusters ? classRow(clusters, w, shape, hStem1, hStem2) : -1;
  const cluster = ci < 0 ? 0 : clusters!.data.codes[ci]! + 1;
  const emb = ci < 0 ? [] : embValues(clusters!, ci);
  const own: number[] = [
    T.BIAS,
    mix(T.NORM, hNorm),
    mix(T.RAW, hRaw),
    mix(T.STEM1, hStem1),
    mix(T.STEM2, hStem2),
    mix(T.PRE1, fnv1a(nm, 0, 1)),
    mix(T.PRE2, fnv1a(nm, 0, 2)),
    mix(T.PRE3, fnv1a(nm, 0, 3)),
    mix(T.SUF1, fnv1a(s1, s1.length - 1)),
    mix(T.SUF2, hSuf2),
    mix(T.SUF3, fnv1a(s1, Math.max(0, s1.length - 3))),
    mix(T.SHAPE, shape),
    mix(T.LEN, lenBucket(s1.length)),
    mix(T.CLITIC, (nm.length - s1.length) * 4 + (s1.length - s2.length)),
  ];
  // leading and trailing letters of the word with every clitic removed, up to five
  for (let len = 1; len <= 5 && len < s2.length; len++)
    own.push(mix3(T.SPRE, len, fnv1a(s2, 0, len)), mix3(T.SSUF, len, fnv1a(s2, s2.length - len)));
  for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) own.push(mix(T.GAZ0, b + 1));
  for (let b = 0; b < GAZ_BITS; b++) if (gazS2 & (1 << b)) own.push(mix(T.GAZ_S2, b + 1));
  if (cluster) {
    for (let len = 4; len <= 24; len += 4) own.push(mix3(T.CL, len, (cluster - 1) >>> (24 - len)));
  } else own.push(T.CL);
  // how name-like the letters of an Arabic word are, in half-nat buckets (0: no letter model)
  const letters =
    shape === 5 && s2.length >= 2 && gaz.letters.size
      ? Math.max(-6, Math.min(6, Math.round(gaz.letters.score(s2) * 2))) + 10
      : 0;
  if (letters) own.push(mix(T.LETTERS, letters));
  for (const e of emb) own.push(mix(T.EMB, e));
  const po = clusters?.data.protoOffs;
  if (po && ci >= 0)
    for (let j = po[ci]!; j < po[ci + 1]!; j++) own.push(mix(T.PROTO, clusters!.data.protoIds![j]!));
  const nf = neighbourFeatures(
    hNorm,
    hStem1,
    shape,
    hSuf2,
    g,
    cluster,
    letters,
    clusters?.features.signsNear ? emb : [],
  );
  // the fields in edge()'s order: one object shape for every word
  const info: WordInfo = {
    norm: nm,
    stem1: s1,
    stem2: s2,
    hNorm,
    hStem1,
    hStem2,
    hSuf2,
    shape,
    gaz: g,
    gazS2,
    cluster,
    own: new Uint32Array(own),
    l1: nf.l1,
    l2: nf.l2,
    r1: nf.r1,
    r2: nf.r2,
    sums: [],
  };
  return info;
}

/**
 * Only the gazetteer view of a sentence (token bits, bits of the word without a preposition,
 * phrase marks), for rules that run after the tagger: no per-token strings or feature arrays.
 */
export function gazetteerView(
  words: readonly string[],
  gaz: GazIndex,
  clusters?: ClusterIndex,
): { n: number; gaz: Uint32Array; gazS2: Uint32Array; phrase: Int8Array } {
  const n = words.length;
  const table = wordTable(gaz, clusters);
  table.reuse();
  const hNorm = new Uint32Array(n);
  const hStem1 = new Uint32Array(n);
  const hStem2 = new Uint32Array(n);
  const bits = new Uint32Array(n);
  const bits2 = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const id = table.id(words[i]!);
    hNorm[i] = table.hNorm[id]!;
    hStem1[i] = table.hStem1[id]!;
    hStem2[i] = table.hStem2[id]!;
    bits[i] = table.gaz[id]!;
    bits2[i] = table.infos[id]!.gazS2;
  }
  const phrase = new Int8Array(n).fill(-1);
  gaz.markSpan(hNorm, hStem1, hStem2, phrase, 0, n);
  return { n, gaz: bits, gazS2: bits2, phrase };
}

export function prepare(words: readonly string[], gaz: GazIndex, clusters?: ClusterIndex): PreparedSentence {
  const n = words.length;
  const p: PreparedSentence = {
    n,
    norm: new Array<string>(n),
    stem1: new Array<string>(n),
    stem2: new Array<string>(n),
    hNorm: new Uint32Array(n),
    hStem1: new Uint32Array(n),
    hStem2: new Uint32Array(n),
    hSuf2: new Uint32Array(n),
    shape: new Uint8Array(n),
    gaz: new Uint32Array(n),
    gazS2: new Uint32Array(n),
    phrase: new Int8Array(n).fill(-1),
    cluster: new Uint32Array(n),
    info: new Array<WordInfo>(n),
  };
  const table = wordTable(gaz, clusters);
  table.reuse();
  const infos = table.infos;
  for (let i = 0; i < n; i++) {
    const wi = infos[table.id(words[i]!)]!;
    p.norm[i] = wi.norm;
    p.stem1[i] = wi.stem1;
    p.stem2[i] = wi.stem2;
    p.hNorm[i] = wi.hNorm;
    p.hStem1[i] = wi.hStem1;
    p.hStem2[i] = wi.hStem2;
    p.hSuf2[i] = wi.hSuf2;
    p.shape[i] = wi.shape;
    p.gaz[i] = wi.gaz;
    p.gazS2[i] = wi.gazS2;
    p.cluster[i] = wi.cluster;
    p.info[i] = wi;
  }
  gaz.markPhrases(p);
  return p;
}

/** Slots per token in `pairFeatures`' output: the count, then up to seven hashes. */
export const PAIR_STRIDE = 8;

/**
 * The features of tokens `start .. start + n` (one sentence, in flat per-token arrays) that are
 * not per-word parts: word pairs, the gazetteer pair, the phrase match. `out[k * PAIR_STRIDE]`
 * is token k's count, its hashes follow. `extractFeatures` and the tagger's fast path both take
 * them from here, so the two cannot drift apart.
 */
export function pairFeatures(
  hNorm: Uint32Array,
  hStem1: Uint32Array,
  gaz: Uint32Array,
  phrase: Int8Array,
  start: number,
  n: number,
  out: Uint32Array,
): void {
  for (let i = 0; i < n; i++) {
    const k = start + i;
    const hn = hNorm[k]!;
    const hs = hStem1[k]!;
    const m1 = i > 0 ? hNorm[k - 1]! : BOS;
    const p1 = i + 1 < n ? hNorm[k + 1]! : EOS;
    const sm1 = i > 0 ? hStem1[k - 1]! : BOS;
    const sp1 = i + 1 < n ? hStem1[k + 1]! : EOS;
    const o = k * PAIR_STRIDE;
    let c = o;
    out[++c] = mix3(T.BI_M1, m1, hn);
    out[++c] = mix3(T.BI_P1, hn, p1);
    out[++c] = mix3(T.STEM_BI_M1, sm1, hs);
    out[++c] = mix3(T.STEM_BI_P1, hs, sp1);
    // The strongest signals for a name: a title before it, an adjective after it.
    out[++c] = mix3(T.GAZ_PAIR, (i > 0 ? gaz[k - 1]! : 0) & GAZ_MASK, gaz[k]! & GAZ_MASK);
    const ph = phrase[k]!;
    if (ph >= 0) out[++c] = mix(T.PHRASE, ph + 1);
    out[++c] = mix3(T.TRI, m1, p1);
    out[o] = c - o;
  }
}

/** Feature hashes for every token: `feats[offs[i] .. offs[i+1])` belong to token i. */
export interface SentenceFeatures {
  n: number;
  feats: Uint32Array;
  offs: Uint32Array;
  /** per token: the word's identity for document-level counts (folded, article removed), 0 for punctuation/numbers */
  keys?: Uint32Array;
  /**
   * When set, the features of token i that depend on one word alone are kept apart from `feats`:
   * `words[i + 2]` is token i's word, `words[i + 1]` and `words[i]` the two before it,
   * `words[i + 3]` and `words[i + 4]` the two after it (sentence edges included), and token i
   * has their `own`, `l1`, `l2`, `r1`, `r2` features respectively (see extractFeatures).
   */
  words?: WordInfo[];
}

const MAX_PER_TOKEN = 200;

let scratch = new Uint32Array(64 * MAX_PER_TOKEN);
let pairScratch = new Uint32Array(64 * PAIR_STRIDE);

/**
 * The features of every token. Most depend on one word alone: the token's own word (`own`) or a
 * neighbour at -2, -1, +1, +2 (`l2`, `l1`, `r1`, `r2` of that word: its form, stem, shape, suffix,
 * gazetteer bits and class as seen from the token). With `split`, those five shared per-word
 * arrays are handed over as `parts` instead of being copied into `feats`, so that the model can
 * cache their summed weights per word; only the pair features (two words together, phrase
 * matches) stay in `feats`. The set of features, and so every score, is the same either way.
 */
export function extractFeatures(p: PreparedSentence, split = false): SentenceFeatures {
  const n = p.n;
  if (scratch.length < n * MAX_PER_TOKEN) scratch = new Uint32Array(n * MAX_PER_TOKEN * 2);
  const out = scratch;
  const offs = new Uint32Array(n + 1);
  const info = p.info;
  const words = split ? [EDGE_BEFORE, EDGE_BEFORE, ...info, EDGE_AFTER, EDGE_AFTER] : undefined;
  if (pairScratch.length < n * PAIR_STRIDE) pairScratch = new Uint32Array(n * PAIR_STRIDE * 2);
  const pairs = pairScratch;
  pairFeatures(p.hNorm, p.hStem1, p.gaz, p.phrase, 0, n, pairs);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = k;
    const own = info[i]!.own;
    const l1 = i > 0 ? info[i - 1]!.l1 : EDGE_BEFORE.l1;
    const l2 = i > 1 ? info[i - 2]!.l2 : EDGE_BEFORE.l2;
    const r1 = i + 1 < n ? info[i + 1]!.r1 : EDGE_AFTER.r1;
    const r2 = i + 2 < n ? info[i + 2]!.r2 : EDGE_AFTER.r2;
    if (!words) {
      for (const a of [own, l1, l2, r1, r2]) {
        out.set(a, k);
        k += a.length;
      }
    }
    const o = i * PAIR_STRIDE;
    for (let j = o + 1, e = o + 1 + pairs[o]!; j < e; j++) out[k++] = pairs[j]!;
    if (k - offs[i]! > MAX_PER_TOKEN) throw new Error('feature overflow');
  }
  offs[n] = k;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = stackKey(info[i]!);
  return { n, feats: out.slice(0, k), offs, keys, words };
}
