/**
 * Where a person's one-word mention starts (issue #14, "names the lists do not know"; session 14,
 * read on unlabelled news of more/2015-08-02 and 2015-08-06): the clitic analyser reads a foreign
 * family name that opens with ف, ك or ب as that letter + a name word (`فرومان` → ف + `رومان`,
 * `كالسادي` → ك + `السادي`), and the tagger's chunk of the second mention (`وقال فرومان`) then
 * starts after it. Where the article writes the same word inside a person's longer name (`مايكل
 * فرومان`, the first word opening the chunk, so the word is kept whole there), the letter is the
 * name's own.
 */
import type { WordTok } from './roles.ts';
import { eachPersonChunk } from './family-names.ts';
import { isProcliticLetter } from '../../text/clitics.ts';

/** Folded words written after the first word of a person chunk of the tagger's, anywhere in the article. */
export function innerPersonWords(words: readonly (readonly WordTok[])[], tags: readonly (readonly string[])[] | null): Set<string> {
  const out = new Set<string>();
  if (!tags) return out;
  eachPersonChunk(words, tags, (ws, _t, _s, a, b) => {
    for (let k = a + 1; k < b; k++) if (ws[k]!.kind === 'word') out.add(ws[k]!.fold);
    return b;
  });
  return out;
}

/**
 * Whether a person chunk's first word, one ب, ف, ك or ل cut off, is written whole inside a longer
 * person's name of the article. Never a و: the tagger joins two persons by it (`[شوداري ورحمان]`,
 * then `شوداري و[رحمان]` is right).
 */
export function keepsFirstLetter(w: WordTok, inner: ReadonlySet<string>): boolean {
  const ch = w.fold[0];
  return w.moff === 1 && !isProcliticLetter(ch, 'waw') && isProcliticLetter(ch, 'conjPrepKaf') && inner.has(w.fold);
}
