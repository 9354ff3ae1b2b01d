/**
 * Raw text as the tagger's input when no document structure is at hand (benchmarks, scripts):
 * the text layer's tokens, cut into sentences after sentence-final punctuation or every `max`
 * tokens. The entities stage itself cuts by the document's sentences (see `segment`).
 */
import { tokenize } from '../../text/tokenize.ts';
import { END_TOKENS } from '../../text/sentences.ts';

const END = END_TOKENS;

export function tokenSentences(text: string, max = 150): string[][] {
  const sentences: string[][] = [];
  let cur: string[] = [];
  for (const tok of tokenize(text)) {
    cur.push(tok.text);
    if (END.has(tok.text) || cur.length >= max) {
      sentences.push(cur);
      cur = [];
    }
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}
