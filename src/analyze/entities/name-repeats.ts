/**
 * A person named in full once is named again by the last word of that name alone when the last
 * word has no article (issue #14, held-out second mentions; session 15): foreign surnames and
 * Arab names without `ال` (`تياغو موتا … يبقى لموتا عام`, `خالد بحاح … وقال بحاح`).
 * family-mentions.ts reads definite family names (`النعيمي`), which are also everyday adjectives
 * and need a verb, a title or the learned list; a word without the article that ends a person's
 * name is seldom an everyday word in the same article, and may carry a glued `و`/`ل`/`ب`, which
 * the tagger's propagation (keyed by the whole written word) does not see through.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { isNameLink, isNotAlone, isTagList } from './conventions.ts';
import { notAName } from './foreign-given.ts';
import { bareNameWord, eachPersonChunk, isGivenName } from './family-names.ts';
import { lightProcliticForms, opensWithArticle } from '../../text/clitics.ts';
import { stripMarks } from '../../text/normalize.ts';

export const NAME_REPEAT_RULE = 'rule:person/surname-again';

/**
 * The last words, without article, of the document's person chunks of two words or more whose
 * first word is no name link (`بن سلمان`, `أبو ظريفة` name a person through the link). A given
 * name is left out, being an everyday word as often (`علي صالح` … `لصالح القرار`), as is a
 * word that is never a name (a pronoun, a closer: personAfterRole in name-heads.json).
 */
function surnamesOf(words: readonly (readonly WordTok[])[], tags: readonly string[][]): Map<string, string> {
  const out = new Map<string, string>();
  eachPersonChunk(words, tags, (ws, _t, _s, a, b) => {
    const last = ws[b - 1]!;
    // (a tag list runs its keywords into one chunk: `… نايف محمد الجهني بئر سقوط`)
    if (b - a >= 2 && !isTagList(ws) && !isNameLink(ws[b - 2]!.fold) && !isNameLink(ws[a]!.fold) && !isNameLink(last.fold) && !opensWithArticle(last.fold)) {
      // (bareNameWord reads an untagged word whose first letter may be a clitic; inside a name the
      // whole word is the name: فيرانتي, not ف + يرانتي)
      if (bareNameWord({ ...last, mfold: last.fold, moff: 0 }, 'O') && !notAName(last) && !isGivenName(last)) out.set(last.fold, written(last.text));
    }
    return b;
  });
  return out;
}

/**
 * The surnames of the document's persons, as words written whole: where one is written again
 * after a clitic (`لبروكمان`) the name starts after it, though the clitic analyser reads the
 * surname's own first letter as a clitic too (`بروكمان` as ب + روكمان), so never writes it alone.
 */
export function surnameWords(words: readonly (readonly WordTok[])[], tags: readonly string[][]): string[] {
  return [...surnamesOf(words, tags).keys()];
}

/** A word as written, vowel marks aside: the folding that makes keys drops hamzas (`وسأل` is no `سال`). */
const written = (text: string): string => stripMarks(text, 'marks');

/** Whether a word writes a surname, with or without glued clitics, spelled as the name was. */
function writesSurname(w: WordTok, surnames: ReadonlyMap<string, string>): boolean {
  if (w.kind !== 'word' || opensWithArticle(w.mfold)) return false;
  const text = written(w.text);
  return lightProcliticForms(w.fold).some(([f]) => surnames.has(f) && text.endsWith(surnames.get(f)!));
}

/** The most words of one name read in a row (`كريستيل برويا` after `الشيف كريستيل` and `كريستيل برويا`). */
const MAX_RUN = 3;

/**
 * Tags the surnames written outside every chunk as persons (in place): one word, or a run of such
 * words, which is the person's fuller name; the spans set are returned.
 */
export function nameRepeats(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const surnames = surnamesOf(words, tags);
  const out: RuleSpan[] = [];
  if (!surnames.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    // (a tag list's names are those the article gives elsewhere: extract.ts, tagListNames)
    if (isTagList(ws)) return;
    for (let k = 0; k < ws.length; k++) {
      if (t[k] !== 'O' || (k > 0 && t[k - 1] !== 'O') || !writesSurname(ws[k]!, surnames)) continue;
      let b = k + 1;
      while (b < ws.length && b - k < MAX_RUN && t[b] === 'O' && surnames.get(ws[b]!.fold) === written(ws[b]!.text)) b++;
      if ((t[b] ?? 'O') !== 'O' || ws.slice(k, b).some(isNotAlone)) continue;
      // (`بدر باسلمة` with its given name left untagged is the full name, not a repeat)
      if (k > 0 && ws[k - 1]!.kind === 'word' && isGivenName(ws[k - 1]!)) continue;
      for (let j = k; j < b; j++) t[j] = j === k ? 'B-PERS' : 'I-PERS';
      out.push({ s, a: k, b, rule: NAME_REPEAT_RULE });
      k = b - 1;
    }
  });
  return out;
}
