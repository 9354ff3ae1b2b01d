/**
 * An institution's name that goes on over `و` + a second complement, where the rules or the lists
 * closed it before the `و` (issue #14, session 16: held-out ORG names cut at the end, the missing
 * part most often `و` + a word): `[مركز الملك سلمان للإغاثة] والأعمال الإنسانية`, `[وزارة الشؤون
 * الإسلامية والأوقاف والدعوة] والإرشاد`. Whether a `و` joins the name or opens a list is learned from
 * unlabelled news (learned-org-joins.json, built by scripts/build-learned-org-joins.ts: the join
 * follows the name in most of the articles that write it; after `الأمم المتحدة` a `و` word opens
 * anything). An organisation whose words are exactly a learned name less its last word, with that
 * word after it and no one's, takes it; a join once taken may be followed by the next.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { base } from './conventions.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { learnedNamesByFirst } from './lexicon.ts';
import { chunkEnd } from './chunks.ts';

export const LEARNED_JOIN_RULE = 'rule:org/learned-join';

/** The learned names by their first word (the head without clitics). */
function loadJoins(r: EntityResources): Map<string, string[][]> {
  return learnedNamesByFirst(r.lexiconDir, 'learned-org-joins.json');
}

/** Reads the learned names into the running resources, so that analysing reads no file (createPipeline). */
export function prepareLearnedOrgJoins(): void {
  entityResources().get(loadJoins);
}

/** Whether the words [a, b) and the word at b spell a learned name (its first word by its base). */
function spells(ws: readonly WordTok[], a: number, b: number, parts: readonly string[]): boolean {
  if (parts.length !== b - a + 1 || b >= ws.length) return false;
  for (let k = 1; k < parts.length; k++) {
    const w = ws[a + k]!;
    if (w.kind !== 'word' || w.fold !== parts[k]) return false;
  }
  return true;
}

/** Tags are rewritten in place; the spans set are returned. */
export function learnedOrgJoins(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let a = 0; a < ws.length; a++) {
      if (t[a] !== 'B-ORG') continue;
      const b = chunkEnd(t, a);
      const names = ws[a]!.kind === 'word' ? entityResources().get(loadJoins).get(base(ws[a]!)) : undefined;
      let end = b;
      while (names && t[end] === 'O' && names.some((parts) => spells(ws, a, end, parts))) t[end++] = 'I-ORG';
      if (end > b) out.push({ s, a, b: end, rule: LEARNED_JOIN_RULE });
      a = end - 1;
    }
  });
  return out;
}
