/**
 * An event, competition or award named in full as the archive names it (issue #14, MISC recall;
 * session 16): names the head-noun rule cuts at its complement (`[مهرجان أبها] يجمعنا`,
 * `[مهرجان بريدة] عاصمة التمور`) or the tagger misses (`جائزة لوحة وقصيدة`). Like institutions
 * (learned-orgs.ts), named events recur verbatim across the news with a stable end, so the runs of
 * three words or more that open with an event head, recur in many articles and are followed by no
 * one word most of the time are learned from unlabelled news (learned-events.json, built by
 * scripts/build-learned-events.ts). Where the text writes one in full and the tags there are
 * nothing, an event over a prefix of it, or places, persons and bodies inside it, the whole learned
 * name becomes the event (the longest one learned). Runs after the competition rules.
 */
import type { RuleSpan } from '../ner/finish.ts';
import type { WordTok } from './roles.ts';
import { learnedLengthAt } from './learned-at.ts';
import { entityResources, type EntityResources } from './resources.ts';
import { learnedNamesByFirst } from './lexicon.ts';

export const LEARNED_EVENT_RULE = 'rule:misc/learned-event';

/** The learned names by their first word (the head without clitics), longest first. */
function loadLearned(r: EntityResources): Map<string, string[][]> {
  return learnedNamesByFirst(r.lexiconDir, 'learned-events.json');
}

/** Reads the learned names into the running resources, so that analysing reads no file (createPipeline). */
export function prepareLearnedEvents(): void {
  entityResources().get(loadLearned);
}

const learnedAt = (ws: readonly WordTok[], i: number): number =>
  learnedLengthAt(entityResources().get(loadLearned), ws, i);

/**
 * Whether the tags over [a, b) may give way to one event: nothing or an event opening at a, other
 * names only inside (`مهرجان [بريدة] للتمور`), no chunk running across either end, and not already
 * the event whole.
 */
function mayWiden(t: readonly string[], a: number, b: number): boolean {
  if (t[a] !== 'O' && t[a] !== 'B-MISC') return false;
  if (b < t.length && t[b]!.startsWith('I-')) return false;
  return !(t[a] === 'B-MISC' && t.slice(a + 1, b).every((x) => x === 'I-MISC'));
}

/** Tags are rewritten in place; the spans set are returned. */
export function learnedEvents(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i < ws.length; i++) {
      const n = learnedAt(ws, i);
      if (!n || !mayWiden(t, i, i + n)) continue;
      for (let k = i; k < i + n; k++) t[k] = k === i ? 'B-MISC' : 'I-MISC';
      out.push({ s, a: i, b: i + n, rule: LEARNED_EVENT_RULE });
      i += n - 1;
    }
  });
  return out;
}
