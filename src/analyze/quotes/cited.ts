/**
 * Cited verses in brackets. A verse or a hadith is often set in round brackets or braces rather
 * than quotation marks (قال الله تعالى (…)، وقال صلى الله عليه وسلم: {…}), and official statements
 * open with one. Read as an aside, the bracket let the words inside it be parsed as the article's
 * reported speech (an إنّ inside a verse became a complementizer) or hid the citation altogether.
 * A bracket right after a word of praise (citedSpeakers: تعالى، صلى …), with only words or a colon
 * between them, is paired here like a quotation mark, so the verb before it cues a direct quote.
 */
import { span, type Span } from '../../doc/types.ts';
import { MAX_QUOTE_CHARS, type MarkPair } from './marks.ts';
import { LEX } from './lexicon.ts';
import { dropConj, type Tok } from './text.ts';

/**
 * Whether a subject phrase names the speaker of a citation: a word of praise (تعالى، صلى الله عليه
 * وسلم), or one after a word that is otherwise no speaker (الله تعالى: الله alone is the object of
 * a prayer, دعا الله أن…). Such a speaker keeps its quote but speaks for nobody after it.
 */
export function namesCitation(keys: readonly string[]): boolean {
  const [first, second] = keys;
  if (first === undefined) return false;
  return LEX.citedSpeakers.has(first) || (second !== undefined && LEX.notSpeakers.has(first) && LEX.citedSpeakers.has(second));
}

/** A SpeakerRef (speakers.ts, which reads namesCitation from here) naming the phrase itself. */
interface CitedRef {
  entity: null;
  text: Span;
  gender: null;
  how: 'named';
}

/**
 * قال الله تعالى «…»، (…) or ((…)): the subject phrase that names a citation's speaker, which the
 * speaker rules turn down because الله alone stands where a prayer's object does. Only a verb whose
 * content is in marks, in brackets or after a colon gets it: دعا الله تعالى أن… stays a prayer with
 * a hidden subject.
 */
export function citedSpeaker(text: string, subject: readonly Tok[]): CitedRef | null {
  const words = subject.filter((t) => t.word);
  if (words.length < 2 || words.length > 5 || !namesCitation(words.map((t) => dropConj(t.n)))) return null;
  return { entity: null, text: span(text, words[0]!.start, words[words.length - 1]!.end), gender: null, how: 'named' };
}

/** The brackets a citation is set in, opener → closer. */
const CLOSER: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['{', '}'],
]);
/** How far after the word of praise the bracket may open (صلى الله عليه وسلم: (…)). */
const PRAISE_REACH = 6;

/** The bracket pair opening at `open`, nested brackets of its kind skipped, within one paragraph. */
function closeOf(text: string, open: number): MarkPair | null {
  const o = text[open]!;
  const c = CLOSER.get(o)!;
  let depth = 0;
  for (let j = open + 1; j < text.length && j - open <= MAX_QUOTE_CHARS; j++) {
    const ch = text[j]!;
    if (ch === '\n') return null;
    if (ch === o) depth++;
    else if (ch === c && depth-- === 0) {
      let s = open + 1;
      let e = j;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return /\p{L}/u.test(text.slice(s, e)) ? { open, close: j, start: s, end: e } : null;
    }
  }
  return null;
}

/** ((…)): a doubled bracket is one pair whose words are inside the inner one. */
function doubledOrSingle(text: string, open: number): MarkPair | null {
  const o = text[open]!;
  if (text[open + 1] === o) {
    const inner = closeOf(text, open + 1);
    if (inner && text[inner.close + 1] === CLOSER.get(o)) return { ...inner, open, close: inner.close + 1 };
  }
  return closeOf(text, open);
}

const CITED = new WeakSet<MarkPair>();

/**
 * Whether a pair is a cited verse's bracket: reported speech that ends in one keeps its own quote
 * (…أن هذه الفئة ضالة، قال تعالى (…)), unlike one that ends in a quoted phrase of the speaker's.
 */
export function isCitedPair(p: MarkPair): boolean {
  return CITED.has(p);
}

/** The bracket pairs that hold a cited verse or hadith. */
export function citedPairs(text: string, toks: readonly Tok[]): MarkPair[] {
  const out: MarkPair[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.word || !LEX.citedSpeakers.has(dropConj(toks[i]!.n))) continue;
    for (let k = i + 1; k < toks.length && k <= i + PRAISE_REACH; k++) {
      const t = toks[k]!;
      if (t.word || t.text === ':') continue;
      const p = CLOSER.has(t.text) ? doubledOrSingle(text, t.start) : null;
      if (p) {
        CITED.add(p);
        out.push(p);
        i = tokIndexAfter(toks, p.close, k);
      }
      break;
    }
  }
  return out;
}

function tokIndexAfter(toks: readonly Tok[], offset: number, from: number): number {
  let k = from;
  while (k < toks.length && toks[k]!.start <= offset) k++;
  return k - 1;
}

/** The quotation-mark pairs with the cited brackets added in reading order; a bracket inside or across a quotation stays an aside. */
export function withCitedPairs(text: string, toks: readonly Tok[], pairs: MarkPair[]): MarkPair[] {
  const cited = citedPairs(text, toks).filter((p) => !pairs.some((q) => p.open < q.close && q.open < p.close));
  return cited.length === 0 ? pairs : [...pairs, ...cited].sort((a, b) => a.open - b.open);
}
