/**
 * Foreign places named by a first word that is never a place alone (name-heads.json
 * `placePrefixes`: `سان`, `سانت`, `لوس`, `ساو` …): the tagger often tags the two words apart
 * (`[سانت] [بيترسبورج]`) or the first alone (`[لوس] أنجلس`). The first word with the name word after
 * it is one LOC; a first word tagged alone with no name word after it names nothing (`لسان
 * «…»`, a tongue, read as ل + `سان`). Read on unlabelled news, session 13 (8 split, 3 wrong alone
 * in 900 articles); the guide's `سان مارتن`-type places.
 */
import { opensWithArticle } from '../../text/clitics.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { isKnownVerb } from './verbs.ts';
import type { WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const PLACE_PREFIX_RULE = 'rule:loc/foreign-place-prefix';

function prefixes(): Set<string> {
  return nameHeadsList('placePrefixes', 'words');
}

/**
 * A word that can be the second word of a foreign place's name: no article, no verb (its first ب
 * or ل is its own: the clitic analyser cuts `بيترسبورج` after ب).
 */
function nameWord(w: WordTok | undefined): boolean {
  return !!w && w.kind === 'word' && !opensWithArticle(w.mfold) && !opensWithArticle(w.fold) && !isKnownVerb(w.fold);
}

export function placePrefixes(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const ps = entityResources().get(prefixes);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      const w = ws[i]!;
      if (w.kind !== 'word' || !ps.has(w.mfold)) continue;
      // the prefix alone or unmarked, not inside a longer name the lists or the tagger found
      const alone = t[i] === 'B-LOC' && t[i + 1] !== 'I-LOC';
      if (!alone && t[i] !== 'O') continue;
      const next = t[i + 1]!;
      // the next word opens a name of its own (`[بيترسبورج]`, `[مارتين]`) or is unmarked
      let b = 0;
      if ((next === 'B-LOC' || next === 'B-PERS' || next === 'O') && nameWord(ws[i + 1])) {
        b = i + 2;
        const cont = `I-${next.slice(2)}`;
        while (next !== 'O' && b < ws.length && t[b] === cont) b++;
      }
      // a prefix with a clitic only before a place: `لسان [أريانا]` is a tongue and a person, `بسان [بطرسبرج]` a city
      if (b && w.moff > 0 && next !== 'B-LOC') b = 0;
      if (b) {
        for (let k = i; k < b; k++) t[k] = k === i ? 'B-LOC' : 'I-LOC';
        out.push({ s, a: i, b, rule: PLACE_PREFIX_RULE });
        i = b - 1;
      } else if (alone) t[i] = 'O';
    }
  });
  return out;
}
