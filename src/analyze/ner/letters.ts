/**
 * How much a word's letters look like a name: the average log-ratio, over its letter trigrams,
 * of a trigram model of name words (person-name, place and transliteration lists) against one
 * of ordinary news words. Foreign names written in Arabic letters (كوناري، بيللغريني، وزيرستان)
 * have letter sequences Arabic words rarely have, so a name never seen in training or in any
 * list still looks like one. Built by `marsad train-ner` and carried in the model as trigram
 * hashes with int8 log-ratios.
 */
import { fnv1a } from './hash.ts';
import { SortedKeys } from '../../util/sorted-keys.ts';

/** log-ratios are stored ×SCALE, rounded, in int8 */
const SCALE = 16;
/** trigrams seen this few times in both lists together are dropped (the unknown value stands in) */
const MIN_COUNT = 2;
const SMOOTH = 0.5;

export interface LetterData {
  keys: Uint32Array;
  /** one value per key, then the value of an unknown trigram */
  vals: Int8Array;
}

/** Trigram hashes of a folded word with start and end marks (`^ab`, `abc`, `bc$`). */
function trigrams(w: string, out: number[]): number[] {
  out.length = 0;
  const x = `^${w}$`;
  for (let i = 0; i + 3 <= x.length; i++) out.push(fnv1a(x, i, i + 3));
  return out;
}

export class LetterModel {
  /** searched in the arrays as read (see SortedKeys) */
  private table: SortedKeys;
  private unknown: number;

  constructor(readonly data: LetterData) {
    this.table = new SortedKeys(data.keys);
    this.unknown = data.vals.length > data.keys.length ? data.vals[data.keys.length]! / SCALE : 0;
  }

  static empty(): LetterModel {
    return new LetterModel({ keys: new Uint32Array(0), vals: new Int8Array(0) });
  }

  get size(): number {
    return this.table.size;
  }

  /** Average log-ratio name : ordinary word over the word's trigrams (0 for an empty model). */
  score(folded: string): number {
    if (this.table.size === 0 || !folded) return 0;
    const gs = trigrams(folded, scratch);
    let s = 0;
    for (const g of gs) {
      const i = this.table.find(g);
      s += i < 0 ? this.unknown : this.data.vals[i]! / SCALE;
    }
    return s / gs.length;
  }

  /**
   * Builds the two trigram models. `names` and `ordinary` are folded words (clitics removed);
   * a word in both counts as a name only.
   */
  static build(names: Iterable<string>, ordinary: Iterable<string>): LetterModel {
    const nameSet = new Set(names);
    const cn = new Map<number, number>();
    const co = new Map<number, number>();
    let nn = 0;
    let no = 0;
    const g: number[] = [];
    for (const w of nameSet) {
      for (const h of trigrams(w, g)) cn.set(h, (cn.get(h) ?? 0) + 1);
      nn += g.length;
    }
    for (const w of new Set(ordinary)) {
      if (nameSet.has(w)) continue;
      for (const h of trigrams(w, g)) co.set(h, (co.get(h) ?? 0) + 1);
      no += g.length;
    }
    const all = [...new Set([...cn.keys(), ...co.keys()])].sort((a, b) => a - b);
    const v = all.length;
    const lp = (c: number, n: number) => Math.log((c + SMOOTH) / (n + SMOOTH * v));
    const q = (x: number) => Math.max(-127, Math.min(127, Math.round(x * SCALE)));
    const keys: number[] = [];
    const vals: number[] = [];
    for (const h of all) {
      const a = cn.get(h) ?? 0;
      const b = co.get(h) ?? 0;
      if (a + b < MIN_COUNT) continue;
      keys.push(h);
      vals.push(q(lp(a, nn) - lp(b, no)));
    }
    vals.push(q(lp(0, nn) - lp(0, no)));
    return new LetterModel({ keys: Uint32Array.from(keys), vals: Int8Array.from(vals) });
  }
}

const scratch: number[] = [];
