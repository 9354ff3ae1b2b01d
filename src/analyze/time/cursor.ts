/**
 * The time tagger's view of the text: the folded copy (`norm.ts`), the shared tokens cut into
 * pieces (`src/text/pieces.ts`: a number apart from the letters glued to it, each part of `7.15`),
 * the anchor date, and the small lookups every rule makes at a piece (a word of a lexicon list, a
 * phrase, the same word without its proclitics). Rules are functions of a `Cursor` and a piece
 * index; the pieces are what the rules call tokens.
 */
import { dropArticle, lightProcliticForms } from '../../text/clitics.ts';
import type { Piece } from '../../text/pieces.ts';
import { fmtDay, parseYMD, type YMD } from './calendar.ts';
import * as L from './lexicon.ts';
import type { NormText } from './norm.ts';

/** Single words the rules test by name (time.json `words`), folded like the text. */
export const W = L.WORD;
// The Arabic left in the tagger's files is not word lists (issue #18): it is single letters of grammar,
// tested structurally — the clitics و/ف/ب/ل/ك and لل, the article ال, the future prefix س, the
// endings ه (feminine ordinal), ا (tanwin alif) and ي/يه (nisba) — and punctuation (، ؟ ـ).

/** A piece: its folded spelling `t`, its range [ns, ne) in the folded text, its kind (`w`, `n`, `p`). */
export type Tok = Piece;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** What a word's spelling alone tells the rules: its forms without proclitics, and whether a rule may open on it. */
interface WordForms {
  forms: [string, number][];
  opens: boolean;
}

const wordCache = new Map<string, WordForms>();

/**
 * A word's forms and whether one of them, with or without its article, is a word of the lexicons
 * (`L.OPENER_WORDS`): both depend on the spelling alone, and words repeat, so they are computed
 * once per spelling (bounded: the cache starts over when full) instead of once per piece.
 */
function wordForms(w: string): WordForms {
  let out = wordCache.get(w);
  if (out) return out;
  const forms = lightProcliticForms(w);
  out = { forms, opens: forms.some(([v]) => opensRule(v)) };
  if (wordCache.size > 50_000) wordCache.clear();
  wordCache.set(w, out);
  return out;
}

function opensRule(v: string): boolean {
  const bare = dropArticle(v);
  return bare === '' || L.OPENER_WORDS.has(v) || L.OPENER_WORDS.has(bare);
}

/** The word and its forms without proclitics (src/text/clitics.ts), cached: words repeat. */
export function variants(w: string): [string, number][] {
  return wordForms(w).forms;
}

/** A number at a piece (`numbers.ts number`): kept per cursor, so it must not be changed by its readers. */
export interface NumberAt {
  readonly n: number;
  readonly end: number;
  readonly ordinal: boolean;
  readonly pre: number;
  readonly digits: boolean;
}

export class Cursor {
  readonly toks: Tok[];
  readonly A: YMD | null;
  readonly anchorStr: string | null;
  /**
   * What the rules ask again and again at the same piece, computed once per piece: about 26 rules
   * try every piece, and most of them look its word up without proclitics, test whether it stands
   * beside the next one or read a number there.
   */
  private readonly formsMemo: (WordForms | undefined)[] = [];
  private readonly bareMemo: ([string, number][] | undefined)[] = [];
  /** `near(i)`: 0 not yet asked, 1 near, 2 not. */
  private readonly nearMemo: Uint8Array;
  /** `number(c, i, clitics)` by clitics (0 without, 1 with), then piece; null when there is none. */
  readonly numberMemo: [(NumberAt | null | undefined)[], (NumberAt | null | undefined)[]] = [[], []];

  /** `pieces`: `piecesOf(nt, tokens)` (src/text/pieces.ts). */
  constructor(
    readonly nt: NormText,
    pieces: Piece[],
    anchor: string | null,
  ) {
    this.toks = pieces;
    this.A = parseYMD(anchor);
    this.anchorStr = this.A ? fmtDay(this.A) : null;
    this.nearMemo = new Uint8Array(pieces.length);
  }

  /** The piece's word alone as a list of forms (`[[w, 0]]`), once per piece: phrase() asks it for every list. */
  private bareAt(i: number): [string, number][] {
    let out = this.bareMemo[i];
    if (out === undefined) {
      out = [[this.toks[i]!.t, 0]];
      this.bareMemo[i] = out;
    }
    return out;
  }

  /** `wordForms` of piece i's word, once per piece. */
  private formsAt(i: number): WordForms {
    let out = this.formsMemo[i];
    if (out === undefined) {
      out = wordForms(this.toks[i]!.t);
      this.formsMemo[i] = out;
    }
    return out;
  }

  /** `variants(this.w(i))`, once per piece. */
  variantsAt(i: number): [string, number][] {
    if (i < 0 || i >= this.toks.length) return variants(this.w(i));
    return this.formsAt(i).forms;
  }

  tok(i: number): Tok | undefined {
    return this.toks[i];
  }

  w(i: number): string {
    const t = this.toks[i];
    return t && t.kind !== 'p' ? t.t : t ? t.t : '';
  }

  /**
   * The words (letter pieces) of the folded text [a, b), those cut by a or b cut there too: what a
   * letter-run regex over `nt.norm.slice(a, b)` would give.
   */
  wordsIn(a: number, b: number): string[] {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (toks[m]!.ne <= a) lo = m + 1;
      else hi = m;
    }
    const out: string[] = [];
    for (let i = lo; i < toks.length && toks[i]!.ns < b; i++) {
      const p = toks[i]!;
      if (p.kind !== 'w') continue;
      if (p.ns >= a && p.ne <= b) {
        out.push(p.t);
        continue;
      }
      // Cut by the stretch; half of a surrogate pair left at a cut is no letter.
      const s = this.nt.norm;
      let x = Math.max(p.ns, a);
      let y = Math.min(p.ne, b);
      if (x > p.ns && isLowSurrogate(s.charCodeAt(x))) x++;
      if (y < p.ne && isHighSurrogate(s.charCodeAt(y - 1))) y--;
      if (y > x) out.push(s.slice(x, y));
    }
    return out;
  }

  /** Whether tokens i and i+1 are adjacent apart from spaces (no newline between). */
  near(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b) return false;
    const known = this.nearMemo[i]!;
    if (known !== 0) return known === 1;
    const s = this.nt.norm;
    let near = true;
    for (let k = a.ne; k < b.ns; k++) {
      if (s.charCodeAt(k) === 10) {
        near = false;
        break;
      }
    }
    this.nearMemo[i] = near ? 1 : 2;
    return near;
  }

  /** Longest phrase of `pm` starting at token i (first word may carry clitics). */
  phrase<V>(pm: L.PhraseMap<V>, i: number, clitics = true): { value: V; end: number; pre: number; word: string } | null {
    const t = this.tok(i);
    if (!t || t.kind === 'p') return null;
    const vs = clitics ? this.variantsAt(i) : this.bareAt(i);
    for (const [v, pre] of vs) {
      for (const e of pm.candidates(v)) {
        let ok = true;
        for (let k = 1; k < e.words.length; k++) {
          if (this.w(i + k) !== e.words[k] || !this.near(i + k - 1)) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: e.value, end: i + e.words.length, pre, word: v };
      }
    }
    return null;
  }

  lookup<V>(m: Map<string, V>, i: number, clitics = true): { value: V; pre: number; word: string } | null {
    const t = this.tok(i);
    if (!t || t.kind === 'p') return null;
    if (!clitics) {
      const x = m.get(t.t);
      return x === undefined ? null : { value: x, pre: 0, word: t.t };
    }
    for (const [v, pre] of this.variantsAt(i)) {
      const x = m.get(v);
      if (x !== undefined) return { value: x, pre, word: v };
    }
    return null;
  }

  inSet(s: Set<string>, i: number, clitics = false): { pre: number } | null {
    const t = this.tok(i);
    if (!t) return null;
    if (!clitics) return s.has(t.t) ? { pre: 0 } : null;
    for (const [v, pre] of this.variantsAt(i)) if (s.has(v)) return { pre };
    return null;
  }

  /**
   * Whether a rule may start at piece i: a number or other sign, the article written apart (الـ15),
   * or a word one of whose forms without proclitics is a word of the lexicons, with or without its
   * article (`L.OPENER_WORDS`). Asked once per piece, before the rules: most words open nothing.
   */
  mayOpen(i: number): boolean {
    const t = this.toks[i];
    if (!t || t.kind !== 'w') return true;
    return this.formsAt(i).opens;
  }

  startNs(i: number, pre: number): number | undefined {
    return pre > 0 ? this.toks[i]!.ns + pre : undefined;
  }
}
