/**
 * Lookups in a sorted array of unsigned 32-bit keys (the hashed words and phrases of the NER
 * model, as its raw file holds them): a binary search over the array as it was read, so loading
 * makes nothing; after 5,000 searches (a batch, a server), a Map of every key, as the model
 * built at load before. What start-up pays for the few words of one short text.
 */
export class SortedKeys {
  private map: Map<number, number> | null = null;
  private searches = 0;

  constructor(
    readonly keys: Uint32Array,
    private readonly searchesBeforeMap = 5_000,
  ) {
    for (let i = 1; i < keys.length; i++)
      if (keys[i - 1]! >= keys[i]!) throw new Error('model lookup keys are not sorted and unique: the file is damaged');
  }

  get size(): number {
    return this.keys.length;
  }

  /** The index of `h` in the keys, or -1. */
  find(h: number): number {
    if (this.map) return this.map.get(h) ?? -1;
    if (++this.searches > this.searchesBeforeMap) {
      const m = new Map<number, number>();
      for (let i = 0; i < this.keys.length; i++) m.set(this.keys[i]!, i);
      this.map = m;
      return m.get(h) ?? -1;
    }
    const k = this.keys;
    let lo = 0;
    let hi = k.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = k[mid]!;
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
