/**
 * An institution named in full as the archive names it (issue #14, "learning from unlabelled
 * news"; session 14): names the tagger cuts short at the end (`[المؤسسة العامة للتدريب] التقني
 * والمهني`), cuts at the start (`هيئة [الهلال الأحمر] السعودي`) or misses. Institution names
 * recur verbatim across the news with a stable end, so the runs of words that open with an ORG head
 * noun, recur in many articles and are followed by no one word most of the time are learned from
 * unlabelled news (learned-orgs.json, built by scripts/build-learned-orgs.ts). Where the text
 * writes one in full and the tags there are nothing, an organisation over a prefix of it, or places
 * and persons inside it, the whole learned name becomes the organisation (the longest one learned).
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { learnedLengthAt } from './learned-at.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { learnedNamesByFirst } from './lexicon.ts';

export const LEARNED_ORG_RULE = 'rule:org/learned-name';

/** The learned names by their first word (the head without clitics), longest first. */
function loadLearned(r: EntityResources): Map<string, string[][]> {
  return learnedNamesByFirst(r.lexiconDir, 'learned-orgs.json');
}

/** Reads the learned names into the running resources, so that analysing reads no file (createPipeline). */
export function prepareLearnedOrgs(): void {
  entityResources().get(loadLearned);
}

const learnedAt = (ws: readonly WordTok[], i: number): number =>
  learnedLengthAt(entityResources().get(loadLearned), ws, i);

/**
 * Whether the tags over [a, b) may give way to one organisation: nothing, or an organisation
 * opening at a, or places and persons inside, no chunk running across either end, and not already
 * the organisation whole.
 */
function mayWiden(t: readonly string[], a: number, b: number): boolean {
  if (t[a] !== 'O' && t[a] !== 'B-ORG') return false;
  if (b < t.length && t[b]!.startsWith('I-')) return false;
  for (let k = a + 1; k < b; k++) if (t[k]!.endsWith('MISC')) return false;
  return !(t[a] === 'B-ORG' && t.slice(a + 1, b).every((x) => x === 'I-ORG'));
}

/** Tags are rewritten in place; the spans set are returned. */
export function learnedOrgs(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const n = learnedAt(ws, i);
      if (!n || !mayWiden(t, i, i + n)) continue;
      // a two-word run is often an everyday phrase (`حركة الملاحة`, `مركز المقابلات`): it only widens a name found
      if (n < 3 && t.slice(i, i + n).every((x) => x === 'O')) continue;
      for (let k = i; k < i + n; k++) t[k] = k === i ? 'B-ORG' : 'I-ORG';
      out.push({ s, a: i, b: i + n, rule: LEARNED_ORG_RULE });
      i += n - 1;
    }
  });
  return out;
}
