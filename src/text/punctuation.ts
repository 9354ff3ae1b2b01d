/**
 * The punctuation the structure analysis (src/extract/) reads a line by: whether it ends like a
 * sentence or holds a clause's marks, the separators between the pieces of a credit line
 * (`الرياض - واس`, `فلان، فلان – سبق:`), and the marks a furniture phrase is compared without.
 * The sentence splitter's own sets are in sentences.ts; these are written here so that no folder
 * outside src/text keeps a sentence-end set of its own (issue 18).
 */
import { fold } from './normalize.ts';

/**
 * Regex source of one character that ends a sentence or closes one: . ! ؟ ? and the closers » ” "
 * … ), for patterns that look for a word after a sentence (a trailing tag list, a footer).
 */
export const SENTENCE_CLOSE_CLASS = '[.!؟?»”"…)]';

const ENDS_AFTER_SENTENCE = new RegExp(`${SENTENCE_CLOSE_CLASS}\\s*$`, 'u');

/** Whether `s` ends with a sentence end or a closing mark, spaces allowed after it. */
export function endsAfterSentenceClose(s: string): boolean {
  return ENDS_AFTER_SENTENCE.test(s);
}

/** A stop or the Arabic comma: . ، ؟ ! (a credit line or a tag list holds none). */
const CLAUSE_MARKS = '.،؟!';
const CLAUSE_MARK = /[.،؟!]/u;
const CLAUSE_MARK_OR_COLON = /[.،؟!:]/u;

/** Whether `s` holds a stop or an Arabic comma (. ، ؟ !). */
export function hasClauseMark(s: string): boolean {
  return CLAUSE_MARK.test(s);
}

/** Whether `s` holds a stop, an Arabic comma or a colon (. ، ؟ ! :). */
export function hasClauseMarkOrColon(s: string): boolean {
  return CLAUSE_MARK_OR_COLON.test(s);
}

/** Whether the last character of `s` is a stop or an Arabic comma (. ، ؟ !). */
export function endsWithClauseMark(s: string): boolean {
  return s.length > 0 && CLAUSE_MARKS.includes(s[s.length - 1]!);
}

/** A stop or a closing quote: what a short body paragraph ends with (. ! ؟ ? " ” »). */
const STOP_OR_QUOTE = '.!؟?"”»';

/** Whether the last character of `s` is a stop or a closing quote (. ! ؟ ? " ” »). */
export function endsWithStopOrQuote(s: string): boolean {
  return s.length > 0 && STOP_OR_QUOTE.includes(s[s.length - 1]!);
}

/** What a paragraph can end with for the next line to start another: . ! ؟ ? : " ” » ) */
const PARAGRAPH_CLOSE = '.!؟?:"”»)';

/** Whether the code unit `c` ends a paragraph, so that the line after it starts another (. ! ؟ ? : " ” » )). */
export function isParagraphClose(c: number): boolean {
  for (let k = 0; k < PARAGRAPH_CLOSE.length; k++) if (PARAGRAPH_CLOSE.charCodeAt(k) === c) return true;
  return false;
}

/**
 * - `pieces`: between the pieces of a byline or dateline as the structure reads it: spaced dashes,
 *   tatweel runs with a space on one side, colons (`الرياض - واس`, `جدة ـ سبق:`);
 * - `names`: between the names of a credit line as the entities read it: the same, and commas
 *   between authors, and a run of two tatweels even unspaced.
 */
export type SeparatorKind = 'pieces' | 'names';

const SEPARATORS: Record<SeparatorKind, RegExp> = {
  pieces: /\s*[–—]\s*|\s+-\s*|\s*-\s+|\s+ـ+\s*|\s*ـ+\s+|\s*[:：]\s*/gu,
  names: /\s*[–—:：،,]\s*|\s+-\s*|\s*-\s+|\s*ـ{2,}\s*|\s+ـ\s*|\s*ـ\s+/gu,
};

/** The separators of `kind` in `s`, in order, each with where it starts. */
export function separators(s: string, kind: SeparatorKind): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const m of s.matchAll(SEPARATORS[kind])) if (m[0].length > 0) out.push({ index: m.index, text: m[0] });
  return out;
}

/** The quote marks, colons, stops, commas, dashes and slashes a furniture phrase is compared without. */
const PHRASE_PUNCTUATION = /[«»"'“”:：.،,!؟?…\-–—|/+]+/g;

/**
 * A phrase as furniture phrases are compared (`اقرأ أيضاً:` = `اقرا ايضا`): the hamza seats ؤ ئ
 * read as و ي, punctuation as a space, then the calendar folding, spaces collapsed and trimmed.
 */
export function foldPhraseLoose(s: string): string {
  return fold(s.replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(PHRASE_PUNCTUATION, ' '), 'calendar')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first of several names in a credit (`أحمد سالم و علي حسن`, `أحمد سالم - رويترز`): `s` cut
 * before the spaces that precede a و or a dash, when the rest runs to the end on one line.
 */
export function firstOfJoinedNames(s: string): string {
  return s.replace(/\s+(?:و|-).*$/u, '');
}

/** The hyphen-minus and the Unicode hyphen: what joins the syllables of a Korean given name (`مين-سيوك`). */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010']);

/** Whether the token `s` is one hyphen. */
export function isHyphen(s: string): boolean {
  return HYPHENS.has(s);
}

/** A colon, a dash or a tatweel: what closes an inline credit (`جدة: …`, `الرياض - واس - …`, `القاهرة ـ …`). */
const DASH_OR_COLON = /[:：–—\-ـ]/u;

/** Whether `s` holds a colon, a dash or a tatweel. */
export function hasDashOrColon(s: string): boolean {
  return DASH_OR_COLON.test(s);
}

/** `s` without the spaces, commas, colons, dashes and tatweels that end it (`الرياض -` → `الرياض`). */
export function trimEndSeparators(s: string): string {
  return s.replace(/[\s،,:\-–—ـ]+$/u, '');
}

/**
 * `s` without the spaces, dashes, tatweels, commas and colons around it, nor an opening ( « or a
 * closing ) » (`- (واس)` → `واس`).
 */
export function trimSeparators(s: string): string {
  return s.replace(/^[\s\-–—ـ،,:(«]+|[\s\-–—ـ،,:)»]+$/gu, '');
}

/** A short name opening `s`, in parentheses or guillemets or bare, then a dash, tatweel or colon. */
const CREDIT_BEFORE_DASH = /^\s*[(«]?\s*([^()«»\-–—ـ:\n]{1,30}?)\s*[)»]?\s*[-–—ـ:]/u;

/**
 * The short name (1–30 characters, one line) that opens `s` closed by a dash, tatweel or colon
 * (`(واس) - …`, `«سبق»: …`), and how long the opening is up to that separator, the spaces
 * before it left out; null when `s` does not open so.
 */
export function creditBeforeDash(s: string): { name: string; length: number } | null {
  const m = CREDIT_BEFORE_DASH.exec(s);
  if (!m) return null;
  return { name: m[1]!, length: m[0].replace(/\s*[-–—ـ:]$/u, '').length };
}
