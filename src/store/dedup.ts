/**
 * Near-duplicate detection: MinHash over shingles of normalised terms, with LSH banding so a new
 * article is compared only with the few stored articles sharing a band bucket. Syndicated copies
 * of one wire story (different outlet furniture, a changed headline, a trimmed last paragraph)
 * keep most of their shingles and land in one duplicate group.
 */
export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity at or above which two articles are copies of one story. */
export const DUP_THRESHOLD = 0.7;
const SHINGLE = 3;

// Fixed odd multipliers/seeds: signatures must stay comparable across runs and machines. Kept as
// two flat arrays: the inner loop of minhash reads them for every shingle of every article.
const SEED_A = Uint32Array.from({ length: NUM_HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const SEED_B = Uint32Array.from({ length: NUM_HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function mix(x: number, a: number, b: number): number {
  let h = (Math.imul(x, a) + b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** FNV-1a of `terms[i..i+n)` joined by spaces, without building the joined string. */
function shingleHash(terms: string[], i: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + n; k++) {
    if (k > i) h = Math.imul(h ^ 0x20, 0x01000193);
    const s = terms[k]!;
    for (let j = 0; j < s.length; j++) {
      h ^= s.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** MinHash signature of a term sequence; null when there are too few terms to judge. */
export function minhash(terms: string[]): Uint32Array | null {
  if (terms.length < SHINGLE + 2) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= terms.length; i++) shingles.add(shingleHash(terms, i, SHINGLE));
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = mix(s, SEED_A[k]!, SEED_B[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** LSH band keys: `band:hash-of-rows`; articles sharing a key are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[b * ROWS + r]!;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < NUM_HASHES; k++) if (a[k] === b[k]) same++;
  return same / NUM_HASHES;
}

export function encodeSig(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(8, '0')).join('');
}

export function decodeSig(s: string): Uint32Array {
  const out = new Uint32Array(NUM_HASHES);
  for (let k = 0; k < NUM_HASHES; k++) out[k] = parseInt(s.slice(k * 8, k * 8 + 8), 16);
  return out;
}
