import { nerModel } from './tagger.ts';
import { TAGS } from './tags.ts';
import type { NerModel } from './model.ts';

/**
 * Tags a CoNLL-style token stream: the first whitespace column of each line is the token, blank
 * lines separate sentences (runs of blank lines are kept as they are).
 */
export function tagConll(text: string, model: NerModel = nerModel()): string {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (!words.length) return;
    const tags = model.tagWords(words);
    words.forEach((w, i) => out.push(`${w} ${TAGS[tags[i]!]}`));
    words = [];
  };
  for (const line of lines) {
    const tok = line.trim().split(/\s+/)[0] ?? '';
    if (!tok) {
      flush();
      out.push('');
    } else words.push(tok);
  }
  flush();
  return out.length ? out.join('\n') + '\n' : '';
}
