/**
 * Tables over every UTF-16 code unit that the text layer computes when it is loaded (character
 * classes from Unicode properties, the normaliser's unit map, the tokeniser's word table): 30 to
 * 50 ms of every start, the same each time. `npm run build` computes them once and writes them into
 * dist/ as data inside a module (prebuilt-data.js, run-length coded: a few thousand numbers), so
 * the compiled product takes them as it loads its code, without reading a file at import. Runs
 * from the sources compute them, as does a Node with another Unicode version than the build's.
 */
import { PREBUILT_DATA, type PrebuiltData } from './prebuilt-data.ts';

export type { PrebuiltData };

type Table = Uint8Array | Int32Array;

/**
 * Run-length code of a table: value, count, value, count… An Int32Array (a map to code units, or
 * negative marks) is coded by offset from the index where the value is a code unit (2 × offset,
 * even) and by the mark itself otherwise (2 × −mark − 1, odd), so that a block mapped one to one
 * (identity, case) is one run.
 */
export function encodeRuns(t: Table): number[] {
  const rel = t instanceof Int32Array;
  const code = (i: number): number => {
    const v = t[i]!;
    return !rel ? v : v >= 0 ? 2 * (v - i) : -2 * v - 1;
  };
  const out: number[] = [];
  for (let i = 0; i < t.length; ) {
    const c = code(i);
    let j = i + 1;
    while (j < t.length && code(j) === c) j++;
    out.push(c, j - i);
    i = j;
  }
  return out;
}

/** The table a run-length code stands for (`encodeRuns`). */
export function decodeRuns<T extends Table>(runs: readonly number[], make: (n: number) => T): T {
  let n = 0;
  for (let k = 1; k < runs.length; k += 2) n += runs[k]!;
  const t = make(n);
  const rel = t instanceof Int32Array;
  let i = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const c = runs[k]!;
    const count = runs[k + 1]!;
    if (!rel) t.fill(c, i, i + count);
    else if (c % 2 === 0) for (let u = i; u < i + count; u++) t[u] = u + c / 2;
    else t.fill(-(c + 1) / 2, i, i + count);
    i += count;
  }
  return t;
}

/** The named table as the build computed it, or null (compute it). */
export function prebuilt<T extends Table>(name: string, make: (n: number) => T): T | null {
  const d = PREBUILT_DATA;
  if (!d || d.unicode !== (process.versions.unicode ?? '')) return null;
  const runs = d.tables[name];
  return runs ? decodeRuns(runs, make) : null;
}
