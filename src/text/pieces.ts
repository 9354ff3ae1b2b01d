/**
 * The shared tokens cut finer, for rules that read a number apart from the letters glued to it
 * (`2015م`, `بـ2015`), the parts of `7.15` or `10:30` one by one, and each mark of a run (`...`):
 * the time rules. A piece is a run of letters, a run of ASCII digits, or one other character,
 * read in the folded copy of the text (the `match` profile with its map back to the original), so
 * its key is the folded spelling lists are compared with.
 *
 * Pieces are cut inside each token, never across white space; two pieces that touch in the folded
 * text and are both letters or both digits are one piece (a block boundary inside a word, a mark
 * dropped by the folding between two digits), so the pieces do not depend on where a token
 * boundary falls without a space. Each piece names the token it starts in.
 */
import type { Token } from '../doc/types.ts';
import { AR_LETTER, CLASS, INVISIBLE, LATIN, OTHER_LETTER, SPACE } from './charclass.ts';
import { MATCH_NORMALIZATION, normalizeWithMap } from './normalize.ts';
import { prebuilt } from './prebuilt.ts';
import { tokenizeInto } from './tokenize.ts';

/** A text folded for matching, with a map from each folded index (0..norm.length) to the original. */
export interface FoldedText {
  src: string;
  norm: string;
  /** `normalizeWithMap`'s map: `norm[a, b)` covers the original `originalRange(map, a, b)`. */
  map: Int32Array;
}

/** `text` under the `match` folding (MATCH_NORMALIZATION), with its offset map. */
export function foldForMatch(text: string): FoldedText {
  const { norm, map } = normalizeWithMap(text, MATCH_NORMALIZATION);
  return { src: text, norm, map };
}

export type PieceKind = 'w' | 'n' | 'p';

export interface Piece {
  /** The folded spelling. */
  t: string;
  /** [ns, ne): offsets into the folded text. */
  ns: number;
  ne: number;
  /** `w` letters, `n` ASCII digits, `p` one other character. */
  kind: PieceKind;
  /** Index of the token the piece starts in; -1 for a character between tokens (a control). */
  tok: number;
}

// What each code unit of the folded text is to the cutter: letters are Unicode letters (\p{L}),
// digits ASCII (the folding made them so), space JavaScript's white space (\s); 0 is any other
// character.
const U_LETTER = 1;
const U_DIGIT = 2;
const U_SPACE = 3;
const U_HIGH = 4;

/** The cutter's class of every code unit (built once from the shared character classes). */
export function pieceUnitTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = CLASS[c];
    if (k === AR_LETTER || k === LATIN || k === OTHER_LETTER) t[c] = U_LETTER;
  }
  t[0x0640] = U_LETTER; // tatweel is a letter (Lm) to Unicode; the folding drops it anyway
  for (let c = 0x30; c <= 0x39; c++) t[c] = U_DIGIT;
  // ECMAScript white space and line terminators
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
    t[c] = U_SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = U_SPACE;
  for (let c = 0xd800; c <= 0xdbff; c++) t[c] = U_HIGH;
  return t;
}
// kept by the build (prebuilt.ts): a loop over every code unit at each start otherwise
const UNIT = prebuilt('piece-unit', (n) => new Uint8Array(n)) ?? pieceUnitTable();

const ASTRAL_LETTER = /^\p{L}$/u;

/**
 * Appends the pieces of `norm[a, b)` to `out`, joining a run that touches the last piece; returns
 * where it stopped (past `b` when a surrogate pair straddles it).
 */
function cut(norm: string, a: number, b: number, tok: number, out: Piece[]): number {
  let i = a;
  while (i < b) {
    let u = UNIT[norm.charCodeAt(i)]!;
    if (u === U_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (u === U_HIGH) {
      // A surrogate pair is one character: a letter if Unicode says so, else one `p` piece.
      const d = j < norm.length ? norm.charCodeAt(j) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        j++;
        if (ASTRAL_LETTER.test(norm.slice(i, j))) u = U_LETTER;
      }
    }
    if (u === U_LETTER || u === U_DIGIT) {
      // a run; an astral letter continues a letter run
      for (;;) {
        if (j >= b) break;
        const v = UNIT[norm.charCodeAt(j)]!;
        if (v === u) {
          j++;
          continue;
        }
        if (u === U_LETTER && v === U_HIGH && j + 1 < norm.length) {
          const d = norm.charCodeAt(j + 1);
          if (d >= 0xdc00 && d <= 0xdfff && ASTRAL_LETTER.test(norm.slice(j, j + 2))) {
            j += 2;
            continue;
          }
        }
        break;
      }
      const kind: PieceKind = u === U_LETTER ? 'w' : 'n';
      const last = out[out.length - 1];
      if (last && last.ne === i && last.kind === kind) {
        last.ne = j;
        last.t = norm.slice(last.ns, j);
      } else out.push({ t: norm.slice(i, j), ns: i, ne: j, kind, tok });
    } else out.push({ t: norm.slice(i, j), ns: i, ne: j, kind: 'p', tok });
    i = j;
  }
  return i;
}

/**
 * The pieces of `folded` (see `foldForMatch`), cut inside `tokens` (sorted, not overlapping, as
 * the tokeniser makes them). Characters between tokens are white space and controls; a control
 * that is not white space is a `p` piece of its own (tok -1), as it would be inside a token.
 */
export function piecesOf(folded: FoldedText, tokens: readonly Token[]): Piece[] {
  const { norm, map } = folded;
  const n = norm.length;
  const out: Piece[] = [];
  let k = 0;
  let reach = 0; // where the last cut stopped
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const gap = k;
    while (k < n && map[k]! < tok.start) k++;
    if (k > gap) reach = cut(norm, Math.max(gap, reach), k, -1, out);
    const fs = k;
    while (k < n && map[k]! < tok.end) k++;
    if (k > fs) reach = cut(norm, Math.max(fs, reach), k, t, out);
  }
  if (k < n) cut(norm, Math.max(k, reach), n, -1, out);
  return out;
}

/** Whether `text[a, b)` holds nothing but white space and invisible controls (what lies between tokens). */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = CLASS[text.charCodeAt(i)];
    if (k !== SPACE && k !== INVISIBLE) return false;
  }
  return true;
}

/**
 * The tokens of the whole of `text`: `tokens` (sorted, not overlapping: the tokens stage's, which
 * cover the headline, caption and paragraphs only) with the same tokeniser run over the stretches
 * they leave out (a date line, a byline). The same array when they leave nothing out.
 */
export function tokensOfWholeText(text: string, tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  let last = 0;
  for (let t = 0; t <= tokens.length; t++) {
    const next = t < tokens.length ? tokens[t]!.start : text.length;
    if (next > last && !blank(text, last, next)) {
      out ??= tokens.slice(0, t);
      tokenizeInto(text, last, next, out);
    }
    if (t < tokens.length) {
      if (out) out.push(tokens[t]!);
      last = tokens[t]!.end;
    }
  }
  return out ?? tokens;
}
