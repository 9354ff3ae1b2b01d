/**
 * Korean given names written as two syllables joined by a hyphen (issue #14, "hyphenated or
 * transliterated foreign names"; session 14, read on unlabelled news of more/2015-07-22, 07-25,
 * 07-31, 08-02 and 08-06): the tokenizer cuts `كيم مين-سيوك` at the hyphen and the tagger's person
 * ends before it (`[لي جاي]-يونج`, `[بارك هونج]-سيك`, `[كيم كو]-أون`). A syllable glued to the
 * person by a hyphen with no space on either side belongs to the name, whatever the tagger made of
 * it alone (`[كيم مين]-[ORG يوك]`). Not a place or body of the lists, nor a word with the article:
 * a dateline glued to a byline (`أحمد البشيري-الباحة`, `حامد القرشي-مكة`); nor a religious
 * formula (`عبد الله بن عمر-رضي الله عنهما`).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { opensWithArticle } from '../../text/clitics.ts';
import { isHyphen } from '../../text/punctuation.ts';
import { eachPersonChunk } from './family-names.ts';
import { formulaWords } from './formulae.ts';
import { lookupName } from './names.ts';
import type { WordTok } from './roles.ts';

export const HYPHEN_NAME_RULE = 'rule:person/hyphenated-syllable';

/** The longest syllable taken (folded letters): `سيوك`, `يونج`. */
const MAX_SYLLABLE = 4;

/**
 * A syllable the lists do not know as a place or body. The clitic reading may have cut its first
 * letter (`سيوك` as س + `يوك`), and the tagger may have tagged it alone, often as a body: its whole
 * word is read.
 */
function syllable(w: WordTok | undefined): boolean {
  if (!w || w.kind !== 'word' || w.fold.length > MAX_SYLLABLE) return false;
  if (opensWithArticle(w.fold) || formulaWords().has(w.fold)) return false;
  const known = lookupName(w.fold);
  return !known || known.type === 'PER';
}

/** Tags are rewritten in place; the spans set are returned. */
export function hyphenNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  eachPersonChunk(words, tags, (ws, t, s, a, b) => {
    const h = ws[b];
    const w = ws[b + 1];
    if (!h || h.kind !== 'punct' || !isHyphen(h.text) || !syllable(w)) return b;
    if (h.start !== ws[b - 1]!.end || w!.start !== h.end) return b;
    if (t[b + 1] !== 'O' && (!t[b + 1]!.startsWith('B-') || t[b + 2]?.startsWith('I-'))) return b;
    t[b] = 'I-PERS';
    t[b + 1] = 'I-PERS';
    out.push({ s, a, b: b + 2, rule: HYPHEN_NAME_RULE });
    return b + 2;
  });
  return out;
}
