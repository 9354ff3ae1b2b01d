/**
 * A committee named by what it rules on (`لجنة الفصل في الطعون والمخالفات الانتخابية`, `لجنة النظر
 * في مخالفات نظام حماية المؤلف`) is one ORG with the matter after `في`, and with the region it
 * serves when written (guide rule 20: `… بالمنطقة الشرقية`). The tagger and the head-noun rule
 * stopped at the verbal noun (`[لجنة النظر] في مخالفات …`): an ORG cut short each time, on tune3
 * and 7 times in one day of more/ (2015-07-24; about 48 such names in the unlabelled days), session
 * 16, issue #14. After an ORG chunk that is exactly a head and a subject of name-heads.json
 * committeeSubjects, then a word of 'links', the span takes the matter's words: words with no
 * clitic, or with a conjunction before the article (`والمخالفات`), up to a word of 'ends' (a
 * relative pronoun, a preposition, a time word), a verb, a glued preposition or pronoun, or an
 * indefinite word after a definite one (a definite noun is never in construct: `… التجارية
 * قرارها`), and at most `MAX_MATTER` words; then `ب` + a place head and the place after it.
 */
import type { RuleSpan } from '../ner/finish.ts';
import { dropArticle, endsWithAttachedPronoun, opensWithArticle } from '../../text/clitics.ts';
import { base } from './conventions.ts';
import { foldName, nameHeadsJson } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';
import { chunkEnd } from './chunks.ts';
import { isKnownVerb } from './verbs.ts';
import { placeHeadWithBa } from './learned-branches.ts';

export const COMMITTEE_SUBJECT_RULE = 'rule:org/committee-subject';
/** The longest matter read: committee names run to five or six words after `في`. */
const MAX_MATTER = 7;

interface CommitteeWords {
  heads: Set<string>;
  subjects: Set<string>;
  links: Set<string>;
  ends: Set<string>;
}

/** name-heads.json committeeSubjects, folded (absent: no committee takes its matter). */
function load(): CommitteeWords {
  const cs = (nameHeadsJson() as { committeeSubjects?: Partial<Record<keyof CommitteeWords, string[]>> }).committeeSubjects ?? {};
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map((w) => foldName(w)));
  return { heads: set(cs.heads), subjects: set(cs.subjects), links: set(cs.links), ends: set(cs.ends) };
}
const committeeWords = (): CommitteeWords => entityResources().get(load);

/** A word of the matter: no clitic but a conjunction before the article, not an end word nor a verb. */
function matterWord(w: WordTok | undefined, tag: string | undefined, cw: CommitteeWords): boolean {
  if (!w || w.kind !== 'word' || tag !== 'O') return false;
  if (w.moff > 1 || (w.moff === 1 && !(w.fold[0] === 'و' && opensWithArticle(w.mfold)))) return false;
  return !cw.ends.has(w.fold) && !cw.ends.has(w.mfold) && !isKnownVerb(w.mfold) && !endsWithAttachedPronoun(w.mfold);
}

/** Tags are rewritten in place; the spans set are returned. */
export function committeeSubjects(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const cw = committeeWords();
  const out: RuleSpan[] = [];
  if (!cw.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 3 < ws.length; i++) {
      const head = ws[i]!;
      if (t[i] !== 'B-ORG' || head.kind !== 'word' || !cw.heads.has(dropArticle(base(head)))) continue;
      const b = chunkEnd(t, i);
      const subject = ws[i + 1]!;
      if (b !== i + 2 || subject.kind !== 'word' || subject.moff !== 0 || !cw.subjects.has(subject.fold)) continue;
      const link = ws[b]!;
      if (t[b] !== 'O' || link.kind !== 'word' || link.moff !== 0 || !cw.links.has(link.fold)) continue;
      let e = b + 1;
      let definite = false;
      while (e - b - 1 < MAX_MATTER && matterWord(ws[e], t[e], cw)) {
        const open = opensWithArticle(ws[e]!.mfold);
        if (definite && !open) break;
        definite ||= open;
        e++;
      }
      if (e === b + 1) continue;
      // the region the committee serves (rule 20): `بالمنطقة الشرقية`, `بمنطقة جازان`
      if (t[e] === 'B-LOC' && placeHeadWithBa(ws[e]!)) e = chunkEnd(t, e);
      for (let k = i; k < e; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
      out.push({ s, a: i, b: e, rule: COMMITTEE_SUBJECT_RULE });
      i = e - 1;
    }
  });
  return out;
}
