/**
 * Where a writer forgot a closing quotation mark: what a pair of straight marks seems to enclose
 * holds the narrator speaking again (`"… الخبز. وتابعت الكوري "نحن…`, `"… ، مؤكدا أن …"`). A
 * speaker does not narrate himself with a third-person verb of saying after a full stop, nor with a
 * participle of saying after a comma; such words are the narrator's, so the quote ends before them
 * and the mark taken for its close opens the next quote (marks.ts pairs the marks again from there).
 */
import { LEX, type CueForm } from './lexicon.ts';
import { tokens, type Tok } from './text.ts';
import { hasStopMark, isAbbreviationDot } from '../../text/sentences.ts';
import { opensWithImperfectYa, startsWithConjunction } from '../../text/clitics.ts';

const COMMA = new Set(['،', ',']);

function cueForm(t: Tok | undefined): CueForm | null {
  if (!t?.word) return null;
  return LEX.forms.get(t.n) ?? ((startsWithConjunction(t.n) && t.n.length > 2 && LEX.forms.get(t.n.slice(1))) || null);
}

/** ". وأضاف …": و + a past verb of saying that opens a sentence (not يقول: a speaker may cite a saying). */
function restartsAfterStop(text: string, prev: Tok, t: Tok): boolean {
  if (prev.word || !hasStopMark(prev.text) || (prev.text === '.' && isAbbreviationDot(text, prev.start))) return false;
  const f = cueForm(t);
  if (!f || f.participle || f.verbalNoun || f.onlyDirect || LEX.forms.has(t.n) || !startsWithConjunction(t.n)) return false;
  return !opensWithImperfectYa(t.n.slice(1));
}

/** "، مؤكدا أن …", "، مشيرا إلى …", "، مضيفا:": a participle of saying after a comma, with its content opening. */
function participleAfterComma(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1]!;
  const f = cueForm(toks[k]);
  if (prev.word || !COMMA.has(prev.text) || !f?.participle) return false;
  const next = toks[k + 1];
  // At the end of the span: the participle stands right before the mark that opens its quote.
  if (!next) return true;
  if (next.text === ':') return true;
  return next.word && (LEX.complementizers.has(next.n) || f.prep.includes(next.n));
}

/**
 * The offset where the quote inside [start, end) ends because the narrator speaks again there
 * (before the comma, after the full stop), or -1. A participle counts only when the mark at `end`
 * `reopens` (opens the next quote): before a real closing mark the writer kept it in the quote
 * (`"… ، مبينا أن … ".`), and so does the gold.
 */
export function narratorInside(text: string, start: number, end: number, reopens: boolean): number {
  const toks = tokens(text, start, end);
  for (let k = 1; k < toks.length; k++) {
    const prev = toks[k - 1]!;
    if (restartsAfterStop(text, prev, toks[k]!)) return prev.end;
    if (reopens && participleAfterComma(toks, k)) return prev.start;
  }
  return -1;
}
