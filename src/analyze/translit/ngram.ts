/**
 * A small n-gram model over integer symbols with interpolated Witten-Bell smoothing. It serves
 * twice in the transliterator: over graphones (Arabic letter ↔ Latin chunk pairs, the joint
 * model) and over Latin letters (the spelling model that reranks). Witten-Bell rather than
 * Kneser-Ney because it needs only the counts we store, so a pruned table still defines a proper
 * distribution when it is reloaded.
 */

/** Symbol ids joined with ',' : the key of an n-gram (its history is the key minus the last id). */
export type GramKey = string;

export class NgramCounts {
  readonly counts = new Map<GramKey, number>();
  constructor(readonly order: number) {}

  /** Adds every n-gram (orders 1..order) of one padded sequence; `bos`/`eos` are symbol ids. */
  addSequence(seq: readonly number[], bos: number, eos: number, weight = 1): void {
    const padded = [...Array<number>(this.order - 1).fill(bos), ...seq, eos];
    for (let i = this.order - 1; i < padded.length; i++) {
      for (let n = 1; n <= this.order; n++) {
        const k = padded.slice(i - n + 1, i + 1).join(',');
        this.counts.set(k, (this.counts.get(k) ?? 0) + weight);
      }
    }
  }

  /**
   * Drops n-grams of order ≥ 2 seen fewer than `minCount` times (their mass falls back to the
   * shorter history), and returns the table as sorted text lines `key\tcount` (deterministic).
   */
  serialise(minCount: number): string {
    const keep: [string, number][] = [];
    for (const [k, c] of this.counts) {
      const n = k.split(',').length;
      if (n === 1 || c >= minCount) keep.push([k, c]);
    }
    keep.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return keep.map(([k, c]) => `${k}\t${c}`).join('\n');
  }
}

/**
 * The model a serialised count table defines. N-grams are looked up by a number (the ids in base
 * `radix`), not a string, because decoding asks for millions of probabilities.
 */
export class NgramModel {
  /** counts[k]: k-gram code → count (k = 1..order) */
  private readonly counts: Map<number, number>[] = [];
  /** hist[k]: code of a k-long history → its total count and number of distinct followers */
  private readonly hist: Map<number, History>[] = [];
  private unigramTotal = 0;
  private unigramTypes = 0;
  readonly radix: number;
  private readonly memo = new Map<number, number>();

  constructor(
    readonly order: number,
    /** size of the vocabulary (uniform floor of the unigram level) */
    readonly vocabSize: number,
    table: string,
  ) {
    this.radix = 2 ** Math.ceil(Math.log2(vocabSize + 1));
    this.shorter = this.radix ** Math.max(0, order - 2);
    if (this.radix ** order > Number.MAX_SAFE_INTEGER)
      throw new Error('n-gram model: order too high for its vocabulary');
    for (let k = 0; k <= order; k++) {
      this.counts.push(new Map());
      this.hist.push(new Map());
    }
    // One scan over the table's characters: the ids are read and coded digit by digit, not split
    // into strings and arrays (a worker builds both models at its start, from ~150,000 lines).
    const len = table.length;
    let at = 0;
    while (at < len) {
      let k = 0;
      let code = 0;
      let prefix = 0;
      let id = 0;
      let tab = -1;
      for (; at < len; at++) {
        const ch = table.charCodeAt(at);
        if (ch >= 48 && ch <= 57) id = id * 10 + (ch - 48);
        else if (ch === 44) {
          prefix = code = code * this.radix + id;
          k++;
          id = 0;
        } else if (ch === 9) {
          tab = at;
          break;
        } else if (ch === 10) break;
        else throw new Error(`n-gram model: unexpected character in the table at ${at}`);
      }
      if (tab < 0) {
        at++; // an empty line
        continue;
      }
      code = code * this.radix + id;
      k++;
      let eol = table.indexOf('\n', tab + 1);
      if (eol < 0) eol = len;
      const c = Number(table.slice(tab + 1, eol));
      at = eol + 1;
      if (k > order) throw new Error(`n-gram model: ${k}-gram in an order-${order} table`);
      this.counts[k]!.set(code, c);
      if (k === 1) {
        this.unigramTotal += c;
        this.unigramTypes++;
        continue;
      }
      const s = this.hist[k - 1]!.get(prefix);
      if (s) {
        s.total += c;
        s.types++;
        s.followers.push(id);
        s.counts.push(c);
      } else this.hist[k - 1]!.set(prefix, { total: c, types: 1, followers: [id], counts: [c], longer: [] });
    }
    // each history's one-longer histories, by their last symbol (for `row`'s next states)
    for (let k = 2; k < order; k++) {
      for (const code of this.hist[k]!.keys()) {
        const s = this.hist[k - 1]!.get(Math.floor(code / this.radix));
        if (s) s.longer.push(code % this.radix);
      }
    }
  }

  /** The number of a sequence of ids (each below the radix; shorter sequences never collide within one order). */
  code(ids: readonly number[]): number {
    let c = 0;
    for (const i of ids) c = c * this.radix + i;
    return c;
  }

  /**
   * log P(sym | history): `history` is the code of the last `order - 1` ids (oldest first), as
   * kept by `push`; positions before the start hold the boundary id 0.
   */
  logProb(history: number, sym: number): number {
    const mk = history * this.radix + sym;
    const m = this.memo.get(mk);
    if (m !== undefined) return m;
    const lp = this.logProbAt(history, this.order - 1, sym);
    if (this.memo.size < 1_000_000) this.memo.set(mk, lp);
    return lp;
  }

  /** logProb over at most the last `len` ids of `history`. */
  private logProbAt(history: number, len: number, sym: number): number {
    let p =
      ((this.counts[1]!.get(sym) ?? 0) + this.unigramTypes / this.vocabSize) /
      (this.unigramTotal + this.unigramTypes);
    let scale = 1;
    for (let k = 1; k <= len; k++) {
      scale *= this.radix;
      const h = history % scale;
      const s = this.hist[k]!.get(h);
      // counts only fall as the history grows, so a history absent here is absent at every longer length
      if (!s) break;
      const c = this.counts[k + 1]!.get(h * this.radix + sym) ?? 0;
      p = (c + s.types * p) / (s.total + s.types);
    }
    return Math.log(p);
  }

  /**
   * Decoding state: the longest suffix of a history that the table has followers for. The
   * probability of the next symbol depends on that suffix alone (logProb stops at the first
   * shorter history that is absent, and a history absent at one length is absent at every longer
   * one), so states number no more than the table's histories and their ids stay small integers.
   * Hypotheses still compare by full history codes (`push`).
   */
  private readonly stateLen: number[] = [];
  private readonly stateCode: number[] = [];
  /** the state of the history one id shorter */
  private readonly stateParent: number[] = [];
  private readonly stateIds: Map<number, number>[] = [];
  /** per state: its history's entry of `hist` (null for the empty history) */
  private readonly stateHist: (History | null)[] = [];
  /**
   * per state, its rows by symbol set (a dense array by state id, not a Map: a row is looked up
   * for every reading of every letter); a decoder asks for the same few symbols after each state
   */
  private stateRows: (StateRow[] | undefined)[] = [];
  private rowCount = 0;
  /** radix^(order - 2): a history code modulo this is its last order - 2 ids */
  private readonly shorter: number;

  private stateFor(len: number, code: number): number {
    let ids = this.stateIds[len];
    if (!ids) ids = this.stateIds[len] = new Map();
    let id = ids.get(code);
    if (id === undefined) {
      // the parent first: it may be new too, and takes its own id
      const parent = len ? this.stateFor(len - 1, code % this.radix ** (len - 1)) : -1;
      id = this.stateLen.length;
      this.stateLen.push(len);
      this.stateCode.push(code);
      this.stateParent.push(parent < 0 ? id : parent);
      this.stateHist.push(len ? this.hist[len]!.get(code)! : null);
      this.stateRows.push(undefined);
      ids.set(code, id);
    }
    return id;
  }

  /** The state of a history code (as `push` keeps it). */
  stateOf(history: number): number {
    let len = 0;
    let scale = 1;
    for (let k = 1; k < this.order; k++) {
      scale *= this.radix;
      if (!this.hist[k]!.has(history % scale)) break;
      len = k;
    }
    return this.stateFor(len, len ? history % this.radix ** len : 0);
  }

  /**
   * The probabilities (the same figures as `logProb` over the state's history) and next states
   * of the symbols `syms` after `state`; `set` names that list of symbols (a small number). A
   * row is computed once from its parent's row: a symbol never seen after the state's history
   * has count 0 and the parent's next state, so only the history's followers and longer
   * histories are looked at (a few of the symbols), by their place in `syms`. Plain arrays of
   * doubles: a typed array per row cost more to allocate than the row did to compute.
   */
  row(state: number, set: number, syms: readonly number[]): StateRow {
    let rows = this.stateRows[state];
    if (!rows) rows = this.stateRows[state] = [];
    let r = rows[set];
    if (r) return r;
    const n = syms.length;
    const p: number[] = [];
    const next: number[] = [];
    const len = this.stateLen[state]!;
    const s = this.stateHist[state];
    if (!s) {
      for (let i = 0; i < n; i++) {
        const sym = syms[i]!;
        p.push(
          ((this.counts[1]!.get(sym) ?? 0) + this.unigramTypes / this.vocabSize) /
            (this.unigramTotal + this.unigramTypes),
        );
        next.push(this.order > 1 && this.hist[1]!.has(sym) ? this.stateFor(1, sym) : state);
      }
    } else {
      const up = this.row(this.stateParent[state]!, set, syms);
      const h = this.stateCode[state]!;
      const at = this.positions(set, syms);
      for (let i = 0; i < n; i++) {
        p.push((0 + s.types * up.p[i]!) / (s.total + s.types));
        next.push(up.next[i]!);
      }
      for (let j = 0; j < s.followers.length; j++) {
        const i = at[s.followers[j]!]!;
        if (i >= 0) p[i] = (s.counts[j]! + s.types * up.p[i]!) / (s.total + s.types);
      }
      // the shorter history's next state has the same levels up to `len`; one more may exist
      if (len + 1 < this.order) {
        for (const sym of s.longer) {
          const i = at[sym]!;
          if (i >= 0 && this.stateLen[next[i]!] === len)
            next[i] = this.stateFor(len + 1, h * this.radix + sym);
        }
      }
    }
    const lp: number[] = [];
    for (let i = 0; i < n; i++) lp.push(Math.log(p[i]!));
    r = { p, lp, next };
    // bounded: a long-running server decodes without end
    if (this.rowCount >= MAX_ROWS) {
      this.stateRows.fill(undefined);
      this.rowCount = 0;
      rows = this.stateRows[state] = [];
    }
    rows[set] = r;
    this.rowCount++;
    return r;
  }

  /** Per symbol set: each symbol's place in that set's list (-1 when not in it). */
  private readonly places: Int32Array[] = [];

  private positions(set: number, syms: readonly number[]): Int32Array {
    let at = this.places[set];
    if (!at) {
      at = this.places[set] = new Int32Array(this.radix).fill(-1);
      syms.forEach((sym, i) => (at![sym] = i));
    }
    return at;
  }

  /** How often one symbol was seen (the unigram count). */
  unigram(sym: number): number {
    return this.counts[1]!.get(sym) ?? 0;
  }

  /** The history code after `sym` follows `history`. */
  push(history: number, sym: number): number {
    // (history × radix + sym) mod radix^(order - 1), computed below radix^(order - 1): no
    // multiplication past 2^31 into a double and its slow modulo (a push per reading and letter)
    if (this.order === 1) return 0;
    return (history % this.shorter) * this.radix + sym;
  }
}

/** A history's total count and number of distinct followers, with the followers and their counts. */
interface History {
  total: number;
  types: number;
  followers: number[];
  counts: number[];
  /** the last symbols of the one-longer histories that extend this one */
  longer: number[];
}

/** What follows one decoding state, for a set of symbols (by position in that set). */
export interface StateRow {
  p: number[];
  lp: number[];
  next: number[];
}

const MAX_ROWS = 200_000;
