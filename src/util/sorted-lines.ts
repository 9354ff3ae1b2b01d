/**
 * A read-only string table kept as the text it was read from: lines `key` or `key\tvalue`, sorted
 * by key in UTF-16 code-unit order, looked up by binary search. Loading costs one pass to find
 * the line starts (on first lookup), instead of the tens of thousands of string and Map entries a
 * parsed JSON object makes: what start-up pays for a table of which one short text reads a few keys.
 *
 * `LineMap` and `LineSet` show such a table as a ReadonlyMap / ReadonlySet, so code written against
 * Maps built at run time reads a precomputed table unchanged.
 */

const TAB = 9;
const NL = 10;
/** About the searches that cost what a Map of 20,000 keys costs to build. */
const SEARCHES_BEFORE_MAP = 50_000;

/** Lines sorted by key (`encodeLines` writes them). Keys hold no tab or newline. */
export class SortedLines {
  private starts: Uint32Array | null = null;
  /** Every key's line, made once the binary searches have cost about what making it costs. */
  private byKey: Map<string, number> | null = null;
  private searches = 0;

  constructor(
    readonly text: string,
    private readonly searchesBeforeMap = SEARCHES_BEFORE_MAP,
  ) {}

  /** Line start offsets, with the text's length (plus one) after the last. */
  private index(): Uint32Array {
    if (this.starts) return this.starts;
    const t = this.text;
    let n = 0;
    if (t.length) for (let i = t.indexOf('\n'); ; i = t.indexOf('\n', i + 1)) {
      n++;
      if (i < 0) break;
    }
    const s = new Uint32Array(n + 1);
    let k = 0;
    let at = 0;
    while (k < n) {
      s[k++] = at;
      const nl = t.indexOf('\n', at);
      at = nl < 0 ? t.length + 1 : nl + 1;
    }
    s[n] = t.length + 1;
    return (this.starts = s);
  }

  get size(): number {
    return this.index().length - 1;
  }

  /**
   * The line of `key`, or -1. A long run (a batch, a server) ends up on a Map of every key: a
   * binary search is cheaper than building one for the few keys a start reads, dearer over
   * millions.
   */
  find(key: string): number {
    if (this.byKey) return this.byKey.get(key) ?? -1;
    if (++this.searches > this.searchesBeforeMap) {
      const m = new Map<string, number>();
      for (let i = 0; i < this.size; i++) m.set(this.key(i), i);
      this.byKey = m;
      return m.get(key) ?? -1;
    }
    const s = this.index();
    const t = this.text;
    let lo = 0;
    let hi = s.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareAt(t, s[mid]!, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The whole line (fields and all); lines need not be sorted for this. */
  line(line: number): string {
    const s = this.index();
    return this.text.slice(s[line]!, s[line + 1]! - 1);
  }

  key(line: number): string {
    const s = this.index();
    const a = s[line]!;
    const end = s[line + 1]! - 1;
    const tab = this.text.indexOf('\t', a);
    return this.text.slice(a, tab >= 0 && tab < end ? tab : end);
  }

  /** The value of a line (what follows its first tab; '' when none). */
  value(line: number): string {
    const s = this.index();
    const a = s[line]!;
    const end = s[line + 1]! - 1;
    const tab = this.text.indexOf('\t', a);
    return tab >= 0 && tab < end ? this.text.slice(tab + 1, end) : '';
  }
}

/** The key of the line at `at` compared with `key`: negative when it sorts first. */
function compareAt(t: string, at: number, key: string): number {
  const n = key.length;
  for (let i = 0; ; i++) {
    const p = at + i;
    const c = p < t.length ? t.charCodeAt(p) : NL;
    const lineEnded = c === TAB || c === NL;
    if (i === n) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const d = c - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}

/** The text of a table of `entries` (sorted here; keys must be unique and hold no tab or newline). */
export function encodeLines(entries: Iterable<readonly [string, string]> | Iterable<string>): string {
  const rows: [string, string | null][] = [];
  for (const e of entries) rows.push(typeof e === 'string' ? [e, null] : [e[0], e[1]]);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [k, v] = rows[i]!;
    if (/[\t\n]/.test(k) || (v !== null && v.includes('\n')))
      throw new Error(`a table key or value holds a tab or newline: ${JSON.stringify(k)}`);
    if (i > 0 && rows[i - 1]![0] === k) throw new Error(`a table key appears twice: ${JSON.stringify(k)}`);
    out.push(v === null ? k : `${k}\t${v}`);
  }
  return out.join('\n');
}

/**
 * A ReadonlyMap over a table, its values made from the line's value text by `decode` (once per
 * line, then kept), so every lookup of a key gives the same object, as a Map's would.
 */
export class LineMap<V> implements ReadonlyMap<string, V> {
  private readonly made: (V | undefined)[] = [];

  constructor(
    readonly lines: SortedLines,
    private readonly decode: (value: string, line: number) => V,
  ) {}

  get size(): number {
    return this.lines.size;
  }

  private at(line: number): V {
    return (this.made[line] ??= this.decode(this.lines.value(line), line));
  }

  get(key: string): V | undefined {
    const i = this.lines.find(key);
    return i < 0 ? undefined : this.at(i);
  }

  has(key: string): boolean {
    return this.lines.find(key) >= 0;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.lines.key(i);
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.size; i++) yield [this.lines.key(i), this.at(i)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(f: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
}

/** A ReadonlySet over a table's keys. */
export class LineSet implements ReadonlySet<string> {
  constructor(readonly lines: SortedLines) {}

  get size(): number {
    return this.lines.size;
  }

  has(key: string): boolean {
    return this.lines.find(key) >= 0;
  }

  *keys(): SetIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.lines.key(i);
  }

  values(): SetIterator<string> {
    return this.keys();
  }

  *entries(): SetIterator<[string, string]> {
    for (const k of this.keys()) yield [k, k];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

  forEach(f: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const k of this.keys()) f(k, k, this);
  }
}
