// @ts-nocheck
import { nerModel } from './tagger.ts';
import { TAGS } from './tags.ts';
import type { NerModel } from './model.ts';
import { WINDOW } from './propagate.ts';
import { finishTags } from './finish.ts';

/**
 * Tags a CoNLL-style token stream: the first whitespace column of each line is the token, blank
 * lines separate sentences (runs of blank lines are kept as they are).
 */
export function tagConll(text: string, model: NerModel = nerModel()): string {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  // sentences first (blank lines kept as separators), then both passes over the whole stream
  // (the second counts first-pass tags within ±STACK_WINDOW sentences) and propagation
  const items: (string[] | null)[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) items.push(words);
    words = [];
  };
  for (const line of lines) {
    const tok = line.trim().split(/\s+/)[0] ?? '';
    if (!tok) {
      flush();
      items.push(null);
    } else words.push(tok);
  }
  flush();
  const sents = items.filter((x): x is string[] => x !== null);
  const tags = model.tagDocument(sents).map((t) => Array.from(t, (x) => TAGS[x]!));
  finishTags(model, sents, tags, WINDOW);
  const out: string[] = [];
  let k = 0;
  for (const it of items) {
    if (it === null) out.push('');
    else {
      const t = tags[k++]!;
      it.forEach((w, i) => out.push(`${w} ${t[i]}`));
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
