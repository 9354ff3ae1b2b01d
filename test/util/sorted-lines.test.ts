import { describe, expect, it } from 'vitest';
import { LineMap, LineSet, SortedLines, encodeLines } from '../../src/util/sorted-lines.ts';

// A deterministic mix of Arabic, Latin and spaced keys, with shared prefixes (a key that is a
// prefix of another is where a line comparison goes wrong first).
function keys(n: number): string[] {
  const letters = ['ا', 'ب', 'ت', 'ل', 'م', 'ي', 'a', 'z', ' '];
  const out = new Set<string>();
  let x = 12345;
  while (out.size < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    let k = '';
    for (let len = 1 + (x % 7), y = x; len > 0; len--, y = Math.floor(y / 9)) k += letters[y % 9];
    out.add(k.trim() || 'ا');
  }
  return [...out];
}

describe('sorted lines', () => {
  const ks = keys(2000);
  const map = new Map(ks.map((k, i) => [k, `v${i}\twith a tab`]));
  const text = encodeLines(map);

  it('finds every key and its value, and nothing else, by binary search and then by a Map', () => {
    for (const before of [1e9, 100]) {
      const t = new SortedLines(text, before);
      expect(t.size).toBe(map.size);
      for (const [k, v] of map) expect(t.value(t.find(k))).toBe(v);
      for (const miss of ['', 'ابتلمي', 'zzzzzzzz', 'ا ', ' ا', 'a\t'])
        if (!map.has(miss)) expect(t.find(miss)).toBe(-1);
      // prefixes and extensions of keys that are not keys themselves
      for (const k of ks.slice(0, 200)) {
        if (!map.has(k + 'ب')) expect(t.find(k + 'ب')).toBe(-1);
        if (k.length > 1 && !map.has(k.slice(0, -1))) expect(t.find(k.slice(0, -1))).toBe(-1);
      }
    }
  });

  it('shows the table as a Map and a Set with the keys in code-unit order', () => {
    const m = new LineMap(new SortedLines(text), (v, line) => ({ v, line }));
    const sorted = [...ks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect([...m.keys()]).toEqual(sorted);
    expect([...m.values()].map((x) => x.v)).toEqual(sorted.map((k) => map.get(k)));
    // one object per line, as a Map gives
    expect(m.get(ks[0]!)).toBe(m.get(ks[0]!));
    expect(m.has(ks[1]!)).toBe(true);
    const s = new LineSet(new SortedLines(encodeLines(ks)));
    expect(s.size).toBe(ks.length);
    expect([...s]).toEqual(sorted);
    expect(s.has(ks[5]!)).toBe(true);
    expect(s.has(ks[5]! + 'م م')).toBe(map.has(ks[5]! + 'م م'));
  });

  it('reads empty and one-line tables, and whole unsorted lines', () => {
    expect(new SortedLines('').size).toBe(0);
    expect(new SortedLines('').find('x')).toBe(-1);
    const one = new SortedLines('a\tb');
    expect(one.find('a')).toBe(0);
    expect(one.value(0)).toBe('b');
    expect(one.key(0)).toBe('a');
    const list = new SortedLines('z\t1\t2\nb');
    expect(list.line(0)).toBe('z\t1\t2');
    expect(list.line(1)).toBe('b');
  });

  it('refuses keys it could not read back', () => {
    expect(() => encodeLines(['a\tb'])).toThrow(/tab or newline/);
    expect(() => encodeLines([['a', 'x\ny']])).toThrow(/tab or newline/);
    expect(() => encodeLines(['a', 'a'])).toThrow(/twice/);
  });
});
