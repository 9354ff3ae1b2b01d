/**
 * A person's given name and family name that the tagger split (issue #14, "names the lists do not
 * know"; session 13, read on unlabelled news of 2015-07-26 and 2015-08-07): it often tags the
 * family name alone and leaves the given name before it (`خالد [المرزوقي]`, `وعلي [الشهري]`,
 * `رانية [مروان مكي]`), or tags a given name alone and leaves the family name after it
 * (`[نواف] العابد،`, `قال [عبدالرحمن] العجلان المتحدث …`). The guide marks the whole name (rule 5).
 */
import type { RuleSpan } from '../ner/finish.ts';
import { startsWithConjunction } from '../../text/clitics.ts';
import { nationality, titleAt, type WordTok } from './roles.ts';
import { closesName, definiteFamily, eachPersonChunk, isGivenName } from './family-names.ts';
import { isKnownVerb } from './verbs.ts';
import { foreignGivenName, knownPhraseBefore } from './foreign-given.ts';

export const GIVEN_BEFORE_RULE = 'rule:person/given-name-before-family';
export const FAMILY_AFTER_RULE = 'rule:person/family-name-after-given';

/** At most this many given names before a family name (`عائض غازي [الأسمري]`). */
const MAX_GIVEN = 3;

/** A given name of the lists written alone, no nationality adjective (`تركي`: national-given-name's). */
export function given(w: WordTok): boolean {
  return w.kind === 'word' && w.moff === 0 && isGivenName(w) && !nationality(w.fold);
}

/** A given name after a conjunction (`وعلي`): it may open a run, never continue one. */
export function conjoinedGiven(w: WordTok): boolean {
  return (
    w.kind === 'word' &&
    w.moff === 1 &&
    startsWithConjunction(w.fold) &&
    isGivenName({ ...w, fold: w.mfold }) &&
    !nationality(w.mfold)
  );
}

/**
 * Given names left O right before a person chunk open it: `خالد [المرزوقي]` → `[خالد المرزوقي]`.
 * A person chunk right before the given names (`[محمد] مطلق [طلاب]`) is one name with them. Tags
 * are rewritten in place; the spans set are returned.
 */
export function givenBeforeFamily(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      // a chunk opened by a conjunction is the next name of a list (`مختار [وعبدالرحمن الغامدي]`)
      if (t[k] !== 'B-PERS' || (ws[k]!.moff > 0 && startsWithConjunction(ws[k]!.fold))) continue;
      let j = k;
      let conj = false;
      while (j > 0 && k - j < MAX_GIVEN && t[j - 1] === 'O') {
        if (given(ws[j - 1]!)) j--;
        else if (conjoinedGiven(ws[j - 1]!)) {
          j--;
          conj = true;
          break;
        } else break;
      }
      if (j === k || titleAt(ws, j, k)) continue;
      let b = k + 1;
      while (b < ws.length && t[b] === 'I-PERS') b++;
      let a = j;
      if (!conj && j > 0 && t[j - 1]!.endsWith('-PERS')) while (a > 0 && t[a] !== 'B-PERS') a--;
      for (let i = a; i < b; i++) t[i] = i === a ? 'B-PERS' : 'I-PERS';
      out.push({ s, a, b, rule: GIVEN_BEFORE_RULE });
      k = b - 1;
    }
  });
  return out;
}

/** Whether words [a, b) are a given name: one word of the lists, or two written apart (`عبد الله`). */
function givenChunk(ws: readonly WordTok[], a: number, b: number): boolean {
  if (b - a === 1) return given(ws[a]!) || conjoinedGiven(ws[a]!);
  if (b - a !== 2 || ws[a + 1]!.moff !== 0) return false;
  const w = ws[a]!;
  return isGivenName({ ...w, fold: w.mfold + ws[a + 1]!.fold });
}

/**
 * A person chunk that is only a given name takes the family name with the article after it, where
 * the name plainly ends there: punctuation, a closer (`أن`, `الذي`), a role in apposition
 * (`[عبدالرحمن] العجلان المتحدث الرسمي`) or a verb. Tags are rewritten in place; the spans set are
 * returned.
 */
export function familyAfterGiven(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  eachPersonChunk(words, tags, (ws, t, s, a, b) => {
    if (!givenChunk(ws, a, b) || !definiteFamily(ws[b], t[b])) return b;
    const next = ws[b + 1];
    const ends = closesName(ws, b + 1) || titleAt(ws, b + 1) !== null || (next && isKnownVerb(next.fold));
    if (!ends) return b;
    t[b] = 'I-PERS';
    out.push({ s, a, b: b + 1, rule: FAMILY_AFTER_RULE });
    return b + 1;
  });
  return out;
}

/**
 * Whether the known person at words [a, b), one word (`القصبي`), ends a person chunk that opens with given
 * names only (`[ماجد القصبي]`, the tagger's or givenBeforeFamily's): the chunk is the mention, not
 * the known name inside it. A known name of more words is whole (`خليفة [الملا عمر]`, his successor).
 */
export function givenNamesBefore(ws: readonly WordTok[], tags: readonly string[], a: number, b: number): boolean {
  if (b - a !== 1 || tags[a] !== 'I-PERS' || tags[b] === 'I-PERS') return false;
  let i = a - 1;
  while (i > 0 && tags[i] === 'I-PERS') i--;
  if (tags[i] !== 'B-PERS' || a - i > MAX_GIVEN) return false;
  // foreign given names too (`[جوسيب جوارديولا]`), before a family name written alone: `[لافروف
  // والجبير]` is two persons, and so is `[راهول غاندي مودي]`, whose first words the lists know
  const foreign = ws[a]!.moff === 0 && !knownPhraseBefore(ws, i, a);
  for (let k = i; k < a; k++)
    if (!given(ws[k]!) && !(foreign && foreignGivenName(ws[k]!)) && !(k === i && conjoinedGiven(ws[k]!))) return false;
  return true;
}
