import { describe, expect, it } from 'vitest';
import { SortedKeys } from '../../src/util/sorted-keys.ts';

describe('sorted keys', () => {
  const keys = Uint32Array.from({ length: 3000 }, (_, i) => (i * 2654435761) >>> 0).sort();

  it('finds every key and no other, by binary search and then by a Map', () => {
    for (const before of [1e9, 100]) {
      const s = new SortedKeys(keys, before);
      expect(s.size).toBe(keys.length);
      keys.forEach((k, i) => expect(s.find(k)).toBe(i));
      for (const k of [0, 1, 0xffffffff, keys[10]! + 1]) if (!keys.includes(k)) expect(s.find(k)).toBe(-1);
    }
    expect(new SortedKeys(new Uint32Array(0)).find(5)).toBe(-1);
  });

  it('refuses keys out of order or repeated (a damaged file)', () => {
    expect(() => new SortedKeys(Uint32Array.from([1, 3, 2]))).toThrow(/not sorted/);
    expect(() => new SortedKeys(Uint32Array.from([1, 1]))).toThrow(/not sorted/);
  });
});
