/**
 * Finer count-only classes for a WRONG speaker of a DIRECT quote (issue 15: held-out direct
 * speaker accuracy lags). Like quotes-breakdown.ts, nothing here returns a character of an
 * article or a gold name: each function answers with a label the caller counts. The labels:
 *   rule:    the quote's source rule;
 *   found:   what the finder gave (a role or title word of the lexicons, an unnamed source, an
 *            entity, another phrase, nothing), and whether it stands in the quote's paragraph;
 *   gold:    whether the gold speaker is mentioned before the quote (by the entity of its
 *            canonical name or the gold mention), and how many sentences lie between its last
 *            mention before the cue and the cue (0, 1, 2, 3+; 0 for a mention after the cue);
 *   para:    whether the cue stands in the quote's own paragraph (`cue-in-para`) or the quote is a
 *            paragraph of its own after the cue's (`own-para`).
 */
import type { MarsadDocument, Quote } from '../src/doc/types.ts';
import { hasRoughStop } from '../src/text/sentences.ts';
import { LEX } from '../src/analyze/quotes/lexicon.ts';
import { norm, stripConj } from '../src/analyze/quotes/text.ts';
import type { BreakdownGold } from './quotes-breakdown.ts';

const paraStart = (text: string, at: number): number => text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;

function foundLabel(doc: MarsadDocument, p: Quote): string {
  if (!p.speaker.entity && !p.speaker.text) return 'found-null';
  const first = p.speaker.text ? (norm(p.speaker.text.text).split(/\s+/)[0] ?? '') : '';
  const forms = first ? [first, ...stripConj(first)] : [];
  const bare = forms.flatMap((w) => [w, w.startsWith('ال') ? w.slice(2) : w]);
  const role = bare.some((w) => LEX.roleNouns.has(w) || LEX.titles.has(w));
  const unnamed = bare.some((w) => LEX.unnamedSources.has(w));
  const ent = p.speaker.entity ? doc.entities.find((e) => e.id === p.speaker.entity) : undefined;
  const what = role ? 'role' : unnamed ? 'unnamed' : ent ? `entity-${ent.type}` : 'phrase';
  const at = p.speaker.text?.start;
  const where = at === undefined ? '' : paraStart(doc.text, at) === paraStart(doc.text, p.text.start) ? '/in-para' : '/other-para';
  return `found-${what}${where}`;
}

/** Sentences between the gold speaker's last mention before the cue and the cue. */
function goldLabel(doc: MarsadDocument, g: BreakdownGold, key: (s: string) => string): string {
  const c = key(g.canonical ?? '');
  if (!c) return 'gold-null';
  const starts: number[] = [];
  for (const e of doc.entities) {
    if (key(e.name) !== c) continue;
    for (const m of e.mentions) if (m.end <= g.text[0]) starts.push(m.end);
  }
  if (g.speakerAt && g.speakerAt[1] <= g.text[0]) starts.push(g.speakerAt[1]);
  // no-entity: no entity has the canonical name; part-entity: a person's name shares a word with it.
  const words = new Set(c.split(' ').filter((w) => w.length >= 3));
  const part = doc.entities.some((e) => e.type === 'PER' && key(e.name).split(' ').some((w) => words.has(w)));
  const entity = doc.entities.some((e) => key(e.name) === c) ? 'entity' : part ? 'part-entity' : 'no-entity';
  if (starts.length === 0) return `gold-${entity}/not-before`;
  // A mention after the cue (وقال المدير: «…») stands in the cue's own sentence.
  const last = Math.min(Math.max(...starts), g.cue[0]);
  let n = 0;
  let from = last;
  // Count rough stops one by one, up to three.
  while (n < 3) {
    let hit = -1;
    for (let i = from + 1; i <= g.cue[0]; i++) {
      if (hasRoughStop(doc.text.slice(from, i))) {
        hit = i;
        break;
      }
    }
    if (hit < 0) break;
    n++;
    from = hit;
  }
  return `gold-${entity}/before-${n === 3 ? '3+' : n}`;
}

export function directSpeakerDetail(doc: MarsadDocument, p: Quote, g: BreakdownGold, key: (s: string) => string): string {
  const para = paraStart(doc.text, g.cue[0]) === paraStart(doc.text, g.text[0]) ? 'cue-in-para' : 'own-para';
  return `${p.source.replace('rule:quotes/', '')} / ${foundLabel(doc, p)} / ${goldLabel(doc, g, key)} / ${para}`;
}
