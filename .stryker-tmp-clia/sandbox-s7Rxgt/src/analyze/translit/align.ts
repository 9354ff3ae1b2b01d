/**
 * Letter alignment of name pairs by expectation maximisation (training only). Each Arabic letter
 * takes a Latin chunk of 0..MAX_CHUNK letters: Arabic leaves short vowels unwritten, so a
 * consonant carries the vowel after it (م → "mo" in "mohammed") and a long-vowel letter may
 * write nothing the Latin shows twice. The units ("graphones", `ar:lat`) get one joint
 * probability each; EM re-estimates them from the expected counts over every segmentation,
 * then each pair keeps its most probable segmentation.
 */
// @ts-nocheck


export const MAX_CHUNK = 4;

export const graphone = (ar: string, lat: string) => `${ar}:${lat}`;

export interface Pair {
  ar: string;
  en: string;
  weight: number;
}

/** A pair's alignment lattice: the graphone id of each (letter i, Latin start j, length k). */
interface Lattice {
  p: Pair;
  ids: Int32Array;
}

const cell = (m: number, i: number, j: number, k: number) => (i * (m + 1) + j) * (MAX_CHUNK + 1) + k;

function lattices(pairs: readonly Pair[], names: string[], ids: Map<string, number>): Lattice[] {
  return pairs.map((p) => {
    const n = p.ar.length;
    const m = p.en.length;
    const out = new Int32Array(n * (m + 1) * (MAX_CHUNK + 1)).fill(-1);
    for (let i = 0; i < n; i++)
      for (let j = 0; j <= m; j++)
        for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) {
          const g = graphone(p.ar[i]!, p.en.slice(j, j + k));
          let id = ids.get(g);
          if (id === undefined) {
            id = names.length;
            names.push(g);
            ids.set(g, id);
          }
          out[cell(m, i, j, k)] = id;
        }
    return { p, ids: out };
  });
}

/** Forward-backward over one lattice: adds its expected graphone counts. */
function expect(l: Lattice, probs: Float64Array, acc: Float64Array): void {
  const n = l.p.ar.length;
  const m = l.p.en.length;
  const w = m + 1;
  const fwd = new Float64Array((n + 1) * w);
  const bwd = new Float64Array((n + 1) * w);
  fwd[0] = 1;
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= m; j++) {
      const f = fwd[i * w + j]!;
      if (!f) continue;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++)
        fwd[(i + 1) * w + j + k]! += f * probs[l.ids[cell(m, i, j, k)]!]!;
    }
  const z = fwd[n * w + m]!;
  if (!z) return;
  bwd[n * w + m] = 1;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m; j >= 0; j--) {
      let b = 0;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++)
        b += probs[l.ids[cell(m, i, j, k)]!]! * bwd[(i + 1) * w + j + k]!;
      bwd[i * w + j] = b;
    }
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= m; j++) {
      const f = fwd[i * w + j]!;
      if (!f) continue;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) {
        const id = l.ids[cell(m, i, j, k)]!;
        const post = (f * probs[id]! * bwd[(i + 1) * w + j + k]!) / z;
        if (post > 1e-9) acc[id]! += post * l.p.weight;
      }
    }
}

function normalise(acc: Float64Array): Float64Array {
  let total = 0;
  for (const v of acc) total += v;
  return acc.map((v) => v / total);
}

/** Learns graphone probabilities from the pairs (`iterations` rounds of EM, from a flat start). */
export function trainAlignment(pairs: readonly Pair[], iterations = 6): Map<string, number> {
  const names: string[] = [];
  const ids = new Map<string, number>();
  const lats = lattices(pairs, names, ids);
  // flat start, with longer Latin chunks a little less likely so EM does not begin by gluing
  const flat = new Float64Array(names.length);
  for (const l of lats) {
    const m = l.p.en.length;
    for (let i = 0; i < l.p.ar.length; i++)
      for (let j = 0; j <= m; j++)
        for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) flat[l.ids[cell(m, i, j, k)]!]! += 1 / (1 + k * k);
  }
  let probs = normalise(flat);
  for (let it = 0; it < iterations; it++) {
    const acc = new Float64Array(names.length);
    for (const l of lats) expect(l, probs, acc);
    probs = normalise(acc);
  }
  const out = new Map<string, number>();
  names.forEach((g, i) => {
    if (probs[i]! > 0) out.set(g, probs[i]!);
  });
  return out;
}

/** The most probable segmentation of one pair, and its log-likelihood per letter (null: none). */
export function viterbiAlign(
  p: Pair,
  probs: Map<string, number>,
): { units: string[]; perLetter: number } | null {
  const n = p.ar.length;
  const m = p.en.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(-Infinity));
  const back: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(-1));
  best[0]![0] = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= m; j++) {
      const b = best[i]![j]!;
      if (b === -Infinity) continue;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) {
        const pr = probs.get(graphone(p.ar[i]!, p.en.slice(j, j + k)));
        if (!pr) continue;
        const s = b + Math.log(pr);
        if (s > best[i + 1]![j + k]!) {
          best[i + 1]![j + k] = s;
          back[i + 1]![j + k] = k;
        }
      }
    }
  if (best[n]![m] === -Infinity) return null;
  const units: string[] = [];
  let j = m;
  for (let i = n; i > 0; i--) {
    const k = back[i]![j]!;
    units.push(graphone(p.ar[i - 1]!, p.en.slice(j - k, j)));
    j -= k;
  }
  return { units: units.reverse(), perLetter: best[n]![m]! / (n + m) };
}
