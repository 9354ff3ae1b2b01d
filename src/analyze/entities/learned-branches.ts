/**
 * A body's regional branch named by its place (guide rule 20; issue #14, session 15): `الشؤون
 * الصحية بمنطقة الباحة`, `إدارة التعليم بمحافظة الخرج` are one ORG each. Many of these bodies have
 * no head noun the rules know (`الشؤون الصحية`), or one that names a unit only after a role
 * (`إدارة`), so the place alone became the entity, a LOC. Which words name such a body is learned
 * from unlabelled news (learned-branches.json, built by scripts/build-learned-branches.ts: the words
 * written between `مدير` and `ب` + a place head, before many different places). Where the text
 * writes one of them, then `ب` and a place opened by a place head (`بمنطقة …`, `بمحافظة …`,
 * `بالمنطقة الشرقية`), the whole becomes one ORG. A learned body alone, or before a bare town
 * (`بجدة`: where the body is), is left to the other rules.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { base, conventions, headOf } from './conventions.ts';
import { learnedLengthAt } from './learned-at.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { learnedNamesByFirst } from './lexicon.ts';
import { dropArticle, opensWithArticle, startsWithProclitic } from '../../text/clitics.ts';
import { insideEnd } from './chunks.ts';

export const LEARNED_BRANCH_RULE = 'rule:org/learned-branch';

/** The learned bodies by their first word, longest first. */
function loadLearned(r: EntityResources): Map<string, string[][]> {
  return learnedNamesByFirst(r.lexiconDir, 'learned-branches.json');
}

/** Reads the learned bodies into the running resources, so that analysing reads no file (createPipeline). */
export function prepareLearnedBranches(): void {
  entityResources().get(loadLearned);
}

/** `ب` + a place head, with or without the article: `بمنطقة`, `بمحافظة`, `بالمنطقة`. */
export function placeHeadWithBa(w: WordTok): boolean {
  if (w.kind !== 'word' || w.moff !== 1 || !startsWithProclitic(w.fold, 'ba')) return false;
  const f = base(w);
  return (
    headOf(w)?.type === 'LOC' ||
    (opensWithArticle(f) && conventions().heads.get(dropArticle(f))?.type === 'LOC')
  );
}

const learnedAt = (ws: readonly WordTok[], i: number): number =>
  learnedLengthAt(entityResources().get(loadLearned), ws, i, true);

/** Tags are rewritten in place; the spans set are returned. */
export function learnedBranches(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const n = learnedAt(ws, i);
      // the body's words are nothing yet, or an organisation the rules found there, no more
      // (inside a longer name, `فرع وزارة [الشؤون الاجتماعية] بمنطقة عسير`, the head rules decide)
      if (
        !n ||
        !(t[i] === 'O' || t[i] === 'B-ORG') ||
        !t.slice(i + 1, i + n).every((x) => x === (t[i] === 'O' ? 'O' : 'I-ORG'))
      )
        continue;
      const p = i + n;
      if (t[p] !== 'B-LOC' || !placeHeadWithBa(ws[p]!)) continue;
      const e = insideEnd(t, p);
      for (let k = i; k < e; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
      out.push({ s, a: i, b: e, rule: LEARNED_BRANCH_RULE });
      i = e - 1;
    }
  });
  return out;
}
