/**
 * Person-name rules that run on the tags after the news conventions (issue #14, "names the lists
 * do not know"): a name given as a chain of ancestors ends on the family name written after it;
 * a given name and a family name right after a role phrase are a person the tagger missed.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { startsWithConjunction, opensWithArticle } from '../../text/clitics.ts';
import { roleBefore, titleAt, type WordTok } from './roles.ts';
import { familyNameShape, isNationalGivenName, isSonOfLink, nameShapedWord } from './conventions.ts';
import { isKnownVerb } from './verbs.ts';
import { isNameWord } from './romanise.ts';
import { foldName, lexicons, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';

export const FAMILY_NAME_RULE = 'rule:person/family-name-after-chain';
export const AFTER_ROLE_RULE = 'rule:person/name-after-role';
export const NATIONAL_GIVEN_RULE = 'rule:person/national-given-name';
export const TITLE_TAIL_RULE = 'rule:person/title-after-name';

/**
 * Given names folded, with a final alef maqsura kept apart (`يحيى` is a name, `على` the
 * preposition, not `علي`): folding writes both as ي.
 */
const givenNameForms = (): Set<string> =>
  new Set(lexicons().givenNames.map((n) => foldName(n) + (n.endsWith('ى') ? 'ى' : '')));
export function isGivenName(w: WordTok): boolean {
  return entityResources().get(givenNameForms).has(w.fold + (w.text.endsWith('ى') ? 'ى' : ''));
}

interface AfterRoleWords {
  closers: Set<string>;
  notNames: Set<string>;
  familyNotEndings: string[];
}
/**
 * name-heads.json personAfterRole, folded (absent: nothing closes a name early, nothing is
 * excluded). Read from the pipeline's one parse of the file, so analysing reads no file.
 */
function loadAfterRole(): AfterRoleWords {
  const nh = nameHeadsJson() as {
    personAfterRole?: { closers: string[]; notNames: string[]; familyNotEndings: string[] };
  };
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return {
    closers: set(nh.personAfterRole?.closers),
    notNames: set(nh.personAfterRole?.notNames),
    familyNotEndings: (nh.personAfterRole?.familyNotEndings ?? []).map((w) => foldName(w)),
  };
}
/** The folded personAfterRole words of the running pipeline (built once; createPipeline builds them up front). */
export const afterRole = (): AfterRoleWords => entityResources().get(loadAfterRole);

/**
 * A word no list knows that may be a given or family name written without the article
 * (`باسلمة`, `سلوتكين`): written alone, not a title, nationality, head noun, verb, word the guide
 * never marks, place or body of the lists, nor a word that follows a role without naming anyone.
 */
export function bareNameWord(w: WordTok | undefined, tag: string | undefined): boolean {
  if (!w || tag !== 'O' || w.kind !== 'word' || w.moff !== 0) return false;
  const f = w.fold;
  if (opensWithArticle(f) || f.length < 3 || afterRole().notNames.has(f)) return false;
  return nameShapedWord(w);
}

/**
 * Whether a person's name may end before word c: punctuation or the sentence's end, a closer
 * (`أن`, `الذي`), or و + the next role of a list (`، ووزير النقل …`).
 */
export function closesName(words: readonly WordTok[], c: number): boolean {
  const w = words[c];
  if (!w || w.kind === 'punct') return true;
  if (w.kind !== 'word') return false;
  if (afterRole().closers.has(w.fold)) return true;
  return w.moff > 0 && startsWithConjunction(w.fold) && titleAt(words, c) !== null;
}

/**
 * Whether the word after a name chain is the family's name: one definite word written alone
 * (no clitic) that is no title or role, nationality, head noun, verb, word the guide never marks
 * or name of a place or body the lists know, and that ends the phrase: punctuation, the sentence's
 * end or a word without the article follows. (`تعيين نبيل بن عبدالله بن سليمان الطويل على وظيفة`;
 * but not the object in `يرعى فيصل بن بندر الحفل الختامي`, where a definite adjective follows.)
 */
function familyWord(words: readonly WordTok[], tags: readonly string[], b: number): boolean {
  const w = words[b];
  if (!w || tags[b] !== 'O' || !familyNameShape(w)) return false;
  const next = words[b + 1];
  return !next || next.kind !== 'word' || !opensWithArticle(next.fold) || afterRole().closers.has(next.fold);
}

/**
 * A title of two words or more that starts inside a person chunk and reaches its end or runs past
 * it is the person's role, not part of the name (guide rule 5): `[محمد بن نايف ولي] العهد` ends
 * before `ولي`, `[سالم الكعبي ولي ولي] العهد` before the first `ولي` (titles.json: `ولي ولي
 * العهد`); a chunk that is only such a title's first words (`[ولي] ولي العهد` in a headline) is no
 * person. One-word titles are left alone (`الملك` may end a family's name). Tags are rewritten in
 * place; the shortened chunks are returned.
 */
export function titleTails(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  eachPersonChunk(words, tags, (ws, t, s, a, b) => {
    for (let j = a; j < b; j++) {
      const title = titleAt(ws, j);
      if (!title || title.len < 2 || j + title.len < b) continue;
      for (let k = j; k < b; k++) t[k] = 'O';
      if (j > a) out.push({ s, a, b: j, rule: TITLE_TAIL_RULE });
      break;
    }
    return b;
  });
  return out;
}

/**
 * Calls `visit` on each person chunk [a, b) of each sentence (a B-PERS and the I-PERS after it);
 * `visit` may rewrite the sentence's tags and returns where the chunk now ends, from which the
 * scan goes on.
 */
export function eachPersonChunk<T extends readonly string[]>(
  words: readonly (readonly WordTok[])[],
  tags: readonly T[],
  visit: (ws: readonly WordTok[], t: T, s: number, a: number, b: number) => number,
): void {
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a < ws.length; a++) {
      if (t[a] !== 'B-PERS') continue;
      let b = a + 1;
      while (b < ws.length && t[b] === 'I-PERS') b++;
      a = visit(ws, t, s, a, b) - 1;
    }
  });
}

/**
 * Whether the known name at words [a, b), a chain ending on `بن` + a name, sits at the start of a
 * person chunk that goes on with one family name (`[عبدالله بن عبدالعزيز] الموسى`, tagged whole
 * or by familyNames): that is another person with the same first names, and the chunk the mention.
 */
export function chainWithFamily(words: readonly WordTok[], tags: readonly string[], a: number, b: number): boolean {
  return (
    b - a >= 3 &&
    isSonOfLink(words[b - 2]!.fold) &&
    tags[a] === 'B-PERS' &&
    tags[b] === 'I-PERS' &&
    tags[b + 1] !== 'I-PERS' &&
    familyNameShape(words[b]!)
  );
}

/**
 * A person chunk that ends on `بن` + a name (`[نبيل بن عبدالله بن سليمان] الطويل`) takes the
 * family name after it, which the tagger leaves out where the chain is long. Tags are rewritten
 * in place; the spans set are returned.
 */
export function familyNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  eachPersonChunk(words, tags, (ws, t, s, a, b) => {
    if (b - a < 3 || !isSonOfLink(ws[b - 2]!.fold) || !familyWord(ws, t, b)) return b;
    t[b] = 'I-PERS';
    out.push({ s, a, b: b + 1, rule: FAMILY_NAME_RULE });
    return b + 1;
  });
  return out;
}

/** How many given names (and `بن` + a name) open a person at word k: 0 when word k is none. */
function givenRun(words: readonly WordTok[], tags: readonly string[], k: number): number {
  let j = k;
  while (j < words.length && j - k < 4 && tags[j] === 'O') {
    const w = words[j]!;
    if (w.kind !== 'word' || w.moff !== 0) break;
    if (isGivenName(w)) j++;
    else if (j > k && isSonOfLink(w.fold) && j + 1 < words.length && tags[j + 1] === 'O') j += 2;
    else break;
  }
  return j - k;
}

/**
 * A family name with the article after a one-word person (`[عبده] الحذيفي`): one the guide would
 * mark, not ending like the adjective of a body (`مكتبة الملك [عبدالعزيز] العامة`).
 */
export const definiteFamily = (w: WordTok | undefined, tag: string | undefined): boolean =>
  !!w &&
  tag === 'O' &&
  familyNameShape(w) &&
  !afterRole().notNames.has(w.fold) &&
  !afterRole().familyNotEndings.some((e) => w.fold.endsWith(e));

/** A given name of the lists or a name word of the romanisation table (`راجح`, `موشيه`). */
const firstNameWord = (w: WordTok): boolean => isGivenName(w) || isNameWord(w.fold);

/**
 * Where the person named at word k after a role phrase ends (exclusive), or 0 when no name opens
 * there: given names from the list and a family name (`الإعلامي السعودي [علي الغفيلي]`,
 * `المواطن [عائض غازي الأسمري]`), given names before the part the tagger found (`عائض [غازي
 * الأسمري]`), or, when the name closes right after it (closesName), a given name and a family name
 * written without the article, or a name word of the romanisation table and a word no list knows,
 * neither with the article (`الناطق باسم الحكومة [راجح بادي] أن`): that end is returned negative,
 * as the role before it must be more than one word (`كأس الملك أهمية أكبر،` names no one).
 */
function nameAfterRoleEnd(ws: readonly WordTok[], t: readonly string[], k: number): number {
  const n = givenRun(ws, t, k);
  if (n) {
    if (t[k + n] === 'B-PERS') {
      let b = k + n + 1;
      while (t[b] === 'I-PERS') b++;
      return b;
    }
    if (familyWord(ws, t, k + n)) return k + n + 1;
    return bareNameWord(ws[k + n], t[k + n]) && closesName(ws, k + n + 1) ? k + n + 1 : 0;
  }
  // (the two lookups of firstNameWord before the many of bareNameWord: most words are no name)
  const first = firstNameWord(ws[k]!) && bareNameWord(ws[k], t[k]);
  return first && bareNameWord(ws[k + 1], t[k + 1]) && closesName(ws, k + 2) ? -(k + 2) : 0;
}

/**
 * A person no one tagged, named right after a role phrase (nameAfterRoleEnd), and a one-word
 * person of the tagger's after a role phrase that goes on with a family name with the article
 * before the phrase closes (`اللواء [عبده] الحذيفي،`). The role phrase is the one roles.ts reads
 * (titles.json and what may follow a title).
 */
export function personsAfterRoles(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 1; k < ws.length; k++) {
      if (t[k] === 'B-PERS') {
        const more = t[k + 1] !== 'I-PERS' && definiteFamily(ws[k + 1], t[k + 1]);
        if (more && closesName(ws, k + 2) && roleBefore(ws, k)) {
          t[k + 1] = 'I-PERS';
          out.push({ s, a: k, b: k + 2, rule: AFTER_ROLE_RULE });
          k++;
        }
        continue;
      }
      const end = t[k] === 'O' ? nameAfterRoleEnd(ws, t, k) : 0;
      const role = end ? roleBefore(ws, k) : null;
      if (!role || (end < 0 && role.b - role.a < 2)) continue;
      const b = Math.abs(end);
      // the given name must not be a title's own word (`الرئيس` is no given name, but a title
      // phrase may end on one: `نائب رئيس` + `سالم`)
      if (titleAt(ws, k, k + 1)) continue;
      t[k] = 'B-PERS';
      for (let j = k + 1; j < b; j++) t[j] = 'I-PERS';
      out.push({ s, a: k, b, rule: AFTER_ROLE_RULE });
      k = b - 1;
    }
  });
  return out;
}

/**
 * A given name that is also a nationality (`تركي`) right before a family name is the person's own
 * name, which the tagger leaves out as the adjective: `[وتركي] [اليوسف]` where it tagged the
 * family name alone, and `قال تركي الدوسري` after a verb or a role phrase where it tagged nothing
 * (elsewhere an untagged pair may be an adjective and a word after it: `مسؤول تركي الأحد`).
 */
export function nationalGivenNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let k = 0; k + 1 < ws.length; k++) {
      if (t[k] !== 'O' || !isNationalGivenName(ws[k]!, ws[k + 1])) continue;
      let b: number;
      if (t[k + 1] === 'B-PERS' && t[k + 2] !== 'I-PERS' && familyWord(ws, [...t.slice(0, k + 1), 'O'], k + 1)) {
        b = k + 2;
      } else if (familyWord(ws, t, k + 1) && k > 0 && (isKnownVerb(ws[k - 1]!.fold) || roleBefore(ws, k))) {
        b = k + 2;
      } else continue;
      t[k] = 'B-PERS';
      t[k + 1] = 'I-PERS';
      out.push({ s, a: k, b, rule: NATIONAL_GIVEN_RULE });
      k = b - 1;
    }
  });
  return out;
}
