/**
 * Titles in quotation marks: `برنامج جديد بعنوان «حوار من القلب»` names a programme, and
 * `صحيفة «الأيام»` a newspaper. The tagger sees a quoted title as ordinary words (it is made of
 * them) and leaves it out; this rule, run on its output, marks a quoted span that follows a noun
 * for a creative work as MISC and one that follows a noun for a news outlet as ORG, but only where
 * the tagger found nothing inside the quotes. The cues are data: src/lexicon/work-titles.json.
 */
import type { SentenceSpan } from './tags.ts';
import cues from '../../lexicon/work-titles.json' with { type: 'json' };
import { foldWord, stripAll } from './features.ts';
import { startsDefinite } from '../../text/clitics.ts';
import { hasClauseMark } from '../../text/punctuation.ts';

export const TITLE_RULE = 'rule:misc/quoted-title';

const key = (w: string) => stripAll(foldWord(w));
const WORKS = new Set(cues.works.map(key));
const OUTLETS = new Set(cues.outlets.map(key));
const LINKS = new Set(cues.links.map(key));
const CLOSE: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
  ['″', '″'],
  ['(', ')'],
]);
/** Longest title, in tokens: a longer quoted span is a quotation, not a name. */
const MAX_TITLE = 6;
const MAX_LINKS = 3;

/** The title's tokens, quotes excluded. */
export interface TitleSpan extends SentenceSpan {
  type: 'MISC' | 'ORG';
}

/** The type a quote opening at token `i` gets from the words before it, or null. */
export function cueBefore(words: readonly string[], i: number): 'MISC' | 'ORG' | null {
  let k = i - 1;
  let links = 0;
  while (k >= 0 && links < MAX_LINKS && LINKS.has(key(words[k]!))) {
    k--;
    links++;
  }
  if (k < 0) return null;
  const w = key(words[k]!);
  if (WORKS.has(w)) return 'MISC';
  if (OUTLETS.has(w)) return 'ORG';
  // a cue that opens with ب, ل or ك itself loses that letter to `key` (as the list's spelling did),
  // so with a preposition glued to it (`لبرنامج «…»`, `بكتاب «…»`) one letter more must go
  return WORKS.has(stripAll(w)) ? 'MISC' : null;
}

/**
 * Parentheses stand for quotation marks around a work's title as often as not (`برنامج (حافز)`,
 * `فيلم (العراب)`, `مسلسل (العهد)`: about 220 in the unlabelled SaudiNewsNet days, nearly all
 * titles; session 16), but also around an aside. So only a work's title, right after an
 * indefinite noun (not `البرنامج (المرحلة الثانية)`), opening on a word, and no list (no comma or
 * stop inside: `لعبة (…، …)`, a source's citation).
 */
function parenTitle(ws: readonly string[], i: number, j: number, type: 'MISC' | 'ORG'): boolean {
  if (type !== 'MISC' || startsDefinite(foldWord(ws[i - 1]!)) || !/\p{L}/u.test(ws[i + 1]!)) return false;
  for (let k = i + 1; k < j; k++) if (hasClauseMark(ws[k]!) || ws[k] === ',') return false;
  return true;
}

/**
 * Marks quoted titles in `tags` (string IOB2 tags per sentence, rewritten in place) and returns
 * the spans it marked.
 */
export function markQuotedTitles(words: readonly (readonly string[])[], tags: string[][]): TitleSpan[] {
  const out: TitleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      // most tokens are not one quotation mark: skip them before the lookup
      if (w.length !== 1) continue;
      const close = CLOSE.get(w);
      if (!close) continue;
      let j = i + 1;
      while (j < ws.length && j - i - 1 <= MAX_TITLE && ws[j] !== close) j++;
      if (j >= ws.length || ws[j] !== close || j === i + 1 || j - i - 1 > MAX_TITLE) continue;
      const type = cueBefore(ws, i);
      if (!type) continue;
      if (w === '(' && !parenTitle(ws, i, j, type)) continue;
      let empty = true;
      for (let k = i + 1; k < j; k++) if (t[k] !== 'O') empty = false;
      // a title has at least one word (not only digits or punctuation)
      let word = false;
      for (let k = i + 1; k < j; k++) if (/\p{L}/u.test(ws[k]!)) word = true;
      if (!empty || !word) continue;
      t[i + 1] = `B-${type}`;
      for (let k = i + 2; k < j; k++) t[k] = `I-${type}`;
      out.push({ s, a: i + 1, b: j, type });
      i = j;
    }
  });
  return out;
}
