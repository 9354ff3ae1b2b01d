/**
 * Second-pass ("stacked") features: what the first-pass tagger said about this token and its
 * neighbours, and how the same word (article and conjunction removed) was tagged elsewhere in the
 * document (other sentences within ±window). Names recur within an article, and one clear
 * mention (`الرئيس X`) tells the tagger what a bare `X` elsewhere is.
 */
// @ts-nocheck

import { mix as mix_, mix3 as mix3_ } from './hash.ts';
import type { SentenceFeatures } from './features.ts';

const mix = mix_;
const mix3 = mix3_;

/** Entity type of a tag index: 0 = O, 1 PERS, 2 LOC, 3 ORG, 4 MISC. */
const TYPE = [0, 1, 1, 2, 2, 3, 3, 4, 4];
const IS_B = [0, 1, 0, 1, 0, 1, 0, 1, 0];

const S = {
  OWN: 301,
  PREV: 302,
  NEXT: 303,
  OWN_PREV: 304,
  MAJ: 310,
  FRAC: 311,
  TOTAL: 312,
  ENT: 313,
  MAJ_B: 314,
  NONE: 315,
  MAJ_OWN: 316,
} as const;

function frac(x: number): number {
  return x < 0.34 ? 1 : x < 0.67 ? 2 : x < 1 ? 3 : 4;
}

/**
 * Extra features per sentence. `keys[s][i]` identifies the word (0 = not a word: never counted),
 * `tags[s][i]` is the first-pass tag index. The sentences are laid out flat and counted by
 * `stackFeaturesFlat`, which the tagger's fast path calls directly.
 */
export function stackFeatures(
  keys: readonly Uint32Array[],
  tags: readonly Uint8Array[],
  window: number,
): SentenceFeatures[] {
  const nsent = keys.length;
  const starts = new Int32Array(nsent + 1);
  let total = 0;
  keys.forEach((ks, s) => {
    starts[s] = total;
    total += ks.length;
  });
  starts[nsent] = total;
  const keyIds = new Int32Array(total);
  const flatTags = new Uint8Array(total);
  const sentOf = new Int32Array(total);
  const ids = new Map<number, number>();
  keys.forEach((ks, s) => {
    flatTags.set(tags[s]!.subarray(0, ks.length), starts[s]!);
    for (let i = 0; i < ks.length; i++) {
      const k = starts[s]! + i;
      sentOf[k] = s;
      const key = ks[i]!;
      if (!key) continue;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size + 1));
      keyIds[k] = id;
    }
  });
  const head = new Int32Array(ids.size + 1).fill(-1);
  const out = new Uint32Array(total * STACK_STRIDE);
  stackFeaturesFlat(keyIds, flatTags, starts, nsent, sentOf, window, head, new Int32Array(total), out);
  return keys.map((ks, s) => {
    const n = ks.length;
    const offs = new Uint32Array(n + 1);
    const feats: number[] = [];
    for (let i = 0; i < n; i++) {
      offs[i] = feats.length;
      const o = (starts[s]! + i) * STACK_STRIDE;
      for (let j = o + 1; j <= o + out[o]!; j++) feats.push(out[j]!);
    }
    offs[n] = feats.length;
    return { n, feats: Uint32Array.from(feats), offs };
  });
}

/** The features of `a` and `b` (same sentence) together. */
export function joinFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.n;
  const feats = new Uint32Array(a.feats.length + b.feats.length);
  const offs = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = k;
    feats.set(a.feats.subarray(a.offs[i]!, a.offs[i + 1]!), k);
    k += a.offs[i + 1]! - a.offs[i]!;
    feats.set(b.feats.subarray(b.offs[i]!, b.offs[i + 1]!), k);
    k += b.offs[i + 1]! - b.offs[i]!;
  }
  offs[n] = k;
  return { n, feats, offs, keys: a.keys, words: a.words };
}

/** Slots per token in `stackFeaturesFlat`'s output: the count, then up to thirteen hashes. */
export const STACK_STRIDE = 14;

/**
 * `stackFeatures` for a whole document held in flat per-token arrays (the tagger's fast path):
 * `keyIds[k]` is token k's word key as a small id (0 = not counted), `tags[k]` its first-pass
 * tag, sentence s holds tokens `starts[s] .. starts[s + 1]` and `sentOf[k]` is token k's sentence.
 * `head` (one slot per key id, all -1)
 * and `next` (one per token) are scratch; `head` is left all -1 again. Writes token k's count to
 * `out[k * STACK_STRIDE]` and its hashes after it: the same features as `stackFeatures`.
 */
export function stackFeaturesFlat(
  keyIds: Int32Array,
  tags: Uint8Array,
  starts: Int32Array,
  nsent: number,
  sentOf: Int32Array,
  window: number,
  head: Int32Array,
  next: Int32Array,
  out: Uint32Array,
): void {
  const total = starts[nsent]!;
  // occurrences of every key, as a list through `next` in token (so sentence) order
  for (let k = total - 1; k >= 0; k--) {
    const id = keyIds[k]!;
    if (!id) continue;
    next[k] = head[id]!;
    head[id] = k;
  }
  for (let s = 0; s < nsent; s++) {
    const a = starts[s]!;
    const n = starts[s + 1]! - a;
    for (let i = 0; i < n; i++) {
      const k = a + i;
      let o = k * STACK_STRIDE + 1;
      const t = tags[k]!;
      const tp = i > 0 ? tags[k - 1]! : 9;
      const tn = i + 1 < n ? tags[k + 1]! : 9;
      out[o++] = mix(S.OWN, t);
      out[o++] = mix(S.PREV, tp);
      out[o++] = mix(S.NEXT, tn);
      out[o++] = mix3(S.OWN_PREV, t, tp);
      const id = keyIds[k]!;
      if (id) {
        // prettier-ignore
        let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0;
        for (let j = head[id]!; j >= 0; j = next[j]!) {
          if (j === k) continue;
          const s2 = sentOf[j]!;
          if (s2 < s - window) continue;
          if (s2 > s + window) break;
          const tj = tags[j]!;
          const ty = TYPE[tj]!;
          const bj = IS_B[tj]!;
          if (ty === 0) c0++;
          else if (ty === 1) {
            c1++;
            b1 += bj;
          } else if (ty === 2) {
            c2++;
            b2 += bj;
          } else if (ty === 3) {
            c3++;
            b3 += bj;
          } else {
            c4++;
            b4 += bj;
          }
        }
        const tot = c0 + c1 + c2 + c3 + c4;
        if (tot === 0) out[o++] = S.NONE;
        else {
          let maj = 0;
          let cm = c0;
          if (c1 > cm) {
            maj = 1;
            cm = c1;
          }
          if (c2 > cm) {
            maj = 2;
            cm = c2;
          }
          if (c3 > cm) {
            maj = 3;
            cm = c3;
          }
          if (c4 > cm) {
            maj = 4;
            cm = c4;
          }
          out[o++] = mix(S.MAJ, maj);
          out[o++] = mix(S.TOTAL, tot === 1 ? 1 : tot === 2 ? 2 : tot <= 5 ? 3 : 4);
          out[o++] = mix3(S.MAJ_OWN, maj, TYPE[t]!);
          if (c1 > 0) out[o++] = mix3(S.FRAC, 1, frac(c1 / tot));
          if (c2 > 0) out[o++] = mix3(S.FRAC, 2, frac(c2 / tot));
          if (c3 > 0) out[o++] = mix3(S.FRAC, 3, frac(c3 / tot));
          if (c4 > 0) out[o++] = mix3(S.FRAC, 4, frac(c4 / tot));
          const ent = tot - c0;
          out[o++] = mix(S.ENT, ent === 0 ? 0 : frac(ent / tot));
          if (maj) {
            const bm = maj === 1 ? b1 : maj === 2 ? b2 : maj === 3 ? b3 : b4;
            out[o++] = mix3(S.MAJ_B, maj, bm * 2 >= cm ? 1 : 0);
          }
        }
      }
      out[k * STACK_STRIDE] = o - k * STACK_STRIDE - 1;
    }
  }
  for (let k = 0; k < total; k++) head[keyIds[k]!] = -1;
}
