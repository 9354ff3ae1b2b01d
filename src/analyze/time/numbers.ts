/** Numbers at a token, in digits or words (ثلاثة، الحادي عشر، أحد عشر), and years with their calendar mark. */
import { opensWithArticle, startsWithProclitic } from '../../text/clitics.ts';
import { isTatweel } from '../../text/script.ts';
import { type Cursor, type NumberAt, W } from './cursor.ts';
import * as L from './lexicon.ts';

/**
 * A number in digits or words at i: cardinal (ثلاثة، خمسة عشر) or ordinal (الحادي عشر، العشرين).
 * Read once per piece and cursor (many rules ask at the same piece): the answer is shared.
 */
export function number(c: Cursor, i: number, clitics = true): NumberAt | null {
  if (i < 0 || i >= c.toks.length) return null;
  const memo = c.numberMemo[clitics ? 1 : 0];
  let out = memo[i];
  if (out === undefined) {
    out = readNumber(c, i, clitics);
    memo[i] = out;
  }
  return out;
}

function readNumber(c: Cursor, i: number, clitics: boolean): NumberAt | null {
  const t = c.tok(i);
  if (!t) return null;
  if (t.kind === 'n') return t.t.length <= 4 ? { n: Number(t.t), end: i + 1, ordinal: false, pre: 0, digits: true } : null;
  const ord = c.lookup(L.ORDINALS, i, clitics);
  if (ord) {
    let n = ord.value;
    let end = i + 1;
    if (n < 10 && c.inSet(L.TEEN_SUFFIXES, end) && c.near(i)) {
      n += 10;
      end++;
    } else {
      const tens = c.tok(end) && startsWithProclitic(c.w(end), 'waw') ? L.ORDINAL_TENS.get(c.w(end).slice(1)) : undefined;
      if (n < 10 && tens !== undefined && c.near(i)) {
        n += tens;
        end++;
      }
    }
    return { n, end, ordinal: true, pre: ord.pre, digits: false };
  }
  const tens = c.lookup(L.ORDINAL_TENS, i, clitics);
  if (tens) return { n: tens.value, end: i + 1, ordinal: true, pre: tens.pre, digits: false };
  const teen = compoundCardinal(c, i, clitics);
  if (teen) return teen;
  const card = c.lookup(L.CARDINALS, i, clitics);
  if (card) {
    let n = card.value;
    let end = i + 1;
    if (n < 10 && c.inSet(L.TEEN_SUFFIXES, end) && c.near(i)) {
      n += 10;
      end++;
    } else if (n < 10 && startsWithProclitic(c.w(end), 'waw') && c.near(i)) {
      const t2 = L.CARDINALS.get(c.w(end).slice(1));
      if (t2 !== undefined && t2 >= 20 && t2 < 100) {
        n += t2;
        end++;
      }
    }
    return { n, end, ordinal: false, pre: card.pre, digits: false };
  }
  return null;
}

/** The first words of numbers.json's two-word cardinals: no other word can open one. */
const TWO_WORD_FIRSTS = new Set([...L.CARDINALS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/**
 * A two-word cardinal of numbers.json (أحد عشر، اثني عشر) or a definite teen (الثمانية عشر شهراً،
 * الاثني عشر شهراً): without this, the second word alone would read as ten.
 */
function compoundCardinal(c: Cursor, i: number, clitics: boolean): NumberAt | null {
  const next = c.w(i + 1);
  if (!c.tok(i + 1) || !c.near(i)) return null;
  const t = c.tok(i);
  if (!t || t.kind !== 'w') return null;
  for (const [v, pre] of clitics ? c.variantsAt(i) : [[t.t, 0] as [string, number]]) {
    const forms = opensWithArticle(v) && v.length > 4 ? [v, v.slice(2)] : [v];
    for (const f of forms) {
      const two = TWO_WORD_FIRSTS.has(f) ? L.CARDINALS.get(`${f} ${next}`) : undefined;
      if (two !== undefined) return { n: two, end: i + 2, ordinal: false, pre, digits: false };
      const unit = f !== v ? L.CARDINALS.get(f) : undefined;
      if (unit !== undefined && unit < 10 && L.TEEN_SUFFIXES.has(next)) return { n: unit + 10, end: i + 2, ordinal: false, pre, digits: false };
    }
  }
  return null;
}

/** A 4-digit (or, after a month, 3-digit) year with its optional parentheses and calendar mark. */
export function year(c: Cursor, i: number, minDigits = 4): { y: number; end: number; hijri: boolean | null } | null {
  let j = i;
  const paren = c.w(j) === '(';
  if (paren) j++;
  const t = c.tok(j);
  if (!t || t.kind !== 'n' || t.t.length < minDigits || t.t.length > 4) return null;
  // The digits after a decimal point are no year: `47.1677`, `47ر1677` (folded to a point).
  const sep = c.toks[j - 1];
  const before = c.toks[j - 2];
  if (sep && before && (sep.t === '.' || sep.t === ',') && sep.ne === t.ns && before.kind === 'n' && before.ne === sep.ns) return null;
  // Nor the digits before one: `1094.54 دولار`.
  const sepAfter = c.toks[j + 1];
  const after = c.toks[j + 2];
  if (sepAfter && after && (sepAfter.t === '.' || sepAfter.t === ',') && sepAfter.ns === t.ne && after.kind === 'n' && after.ns === sepAfter.ne) return null;
  const y = Number(t.t);
  if (y < 100) return null;
  j++;
  if (paren) {
    if (c.w(j) !== ')') return null;
    j++;
  }
  let hijri: boolean | null = null;
  if (c.near(j - 1)) {
    if (L.HIJRI_MARKERS.has(c.w(j))) {
      hijri = true;
      j++;
    } else if (L.GREG_MARKERS.has(c.w(j)) && !(c.w(j) === W.gregorianMarkerShort && (y < 1000 || L.AREA_UNITS.some((u) => c.w(j + 1).startsWith(u))))) {
      hijri = false;
      j++;
    }
  }
  if (hijri === null && isTatweel(c.w(j))) j++;
  return { y, end: j, hijri };
}
