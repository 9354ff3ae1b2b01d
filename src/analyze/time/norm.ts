/**
 * A matching copy of the text with a map back to the original offsets. The shared text layer
 * (`src/text/normalize.ts`) was not there when this was written; this keeps the time and event
 * analysers independent of it: same folding (alef forms, alef maqsura, ta marbuta, marks,
 * tatweel, Arabic-Indic/Persian digits), with one entry in `map` per kept character.
 */
export interface NormText {
  src: string;
  norm: string;
  /** `map[i]` is the offset in the original of `norm[i]`; `map[norm.length]` is the original length. */
  map: number[];
}

const DROP = /[\u064B-\u065F\u0670\u0640\u200c-\u200f\u061c]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  switch (ch) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
    case 'ی':
      return 'ي';
    case 'ک':
      return 'ك';
    case 'ة':
      return 'ه';
    case '\u060c':
      return '،';
    default:
      return ch;
  }
}

export function normText(s: string): NormText {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (DROP.test(ch)) continue;
    norm += foldChar(ch);
    map.push(i);
  }
  map.push(s.length);
  return { src: s, norm, map };
}

/** Folds a lexicon entry the same way, for lookups. */
export function fold(s: string): string {
  return normText(s).norm.replace(/\s+/g, ' ').trim();
}

/** Original [start, end) of the normalised range [ns, ne). */
export function toOriginal(t: NormText, ns: number, ne: number): [number, number] {
  const start = t.map[ns]!;
  let end = ne > ns ? t.map[ne - 1]! + 1 : start;
  // Marks written on the last letter (غداً, مساءً) belong to the expression.
  while (end < t.src.length && /[\u064B-\u065F\u0670\u0640]/.test(t.src[end]!)) end++;
  return [start, end];
}
