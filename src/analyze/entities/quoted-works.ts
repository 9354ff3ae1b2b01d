/**
 * A quoted title after a noun for a creative work (src/lexicon/work-titles.json: فيلم «…»،
 * لعبة «…»، برنامج «…»، كتاب «…») is the work, one MISC span over the whole quoted text, even where
 * the tagger found names inside it: the tagger's own title rule (ner/titles.ts) leaves such titles
 * alone, so `فيلم «[لورنس العرب]»` stayed an organisation, `لعبة «[مونسترز …]»` a person and
 * `كتاب «[مارك توين] والثقافة الأميركية»` a person and nothing (guide rules 8 and 13: the work,
 * outermost only). Read on unlabelled news, session 13 (about 20 in 1,250 articles).
 */
import { cueBefore } from '../ner/titles.ts';
import type { WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const QUOTED_WORK_RULE = 'rule:misc/quoted-work';

const CLOSE: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
]);
/** Longest title, in tokens (as the tagger's rule): a longer quoted span is a quotation. */
const MAX_TITLE = 6;

export function quotedWorks(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    const texts = ws.map((w) => w.text);
    for (let i = 1; i < ws.length; i++) {
      const close = CLOSE.get(ws[i]!.text);
      if (!close) continue;
      let j = i + 1;
      while (j < ws.length && j - i - 1 <= MAX_TITLE && ws[j]!.text !== close) j++;
      if (j >= ws.length || ws[j]!.text !== close || j === i + 1 || j - i - 1 > MAX_TITLE) continue;
      if (cueBefore(texts, i) !== 'MISC' || !ws.slice(i + 1, j).some((w) => w.kind === 'word')) continue;
      // (nothing inside: the tagger's rule has it; a chunk running over the quote marks is another matter)
      const inside = t.slice(i + 1, j);
      if (inside.every((x) => x === 'O') || t[i + 1]!.startsWith('I-') || t[j]!.startsWith('I-')) continue;
      if (t[i + 1] === 'B-MISC' && inside.slice(1).every((x) => x === 'I-MISC')) continue;
      for (let k = i + 1; k < j; k++) t[k] = k === i + 1 ? 'B-MISC' : 'I-MISC';
      out.push({ s, a: i + 1, b: j, rule: QUOTED_WORK_RULE });
      i = j;
    }
  });
  return out;
}
