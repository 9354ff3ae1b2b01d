import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { applyConventions } from '../../../src/analyze/entities/conventions.ts';

/** The pipeline up to entities (later stages skipped: they are other issues' subject). */
export function analyse(text: string): MarsadDocument {
  return analyzeText({ text }, { skip: ['times', 'quotes', 'events'] });
}

export function byName(doc: MarsadDocument, name: string) {
  return doc.entities.find((e) => e.name === name);
}

/** Every span points at its text. */
export function checkSpans(doc: MarsadDocument): void {
  for (const e of doc.entities) {
    for (const s of [...e.mentions, ...e.roles]) {
      if (doc.text.slice(s.start, s.end) !== s.text) throw new Error(`bad span ${JSON.stringify(s)}`);
    }
  }
}

/**
 * The chunks the naming conventions leave, as `TYPE:words`. `tags` are given as the tagger might
 * leave them (all O by default), so a test checks one convention rule on its own.
 */
export function conventionChunks(text: string, tags?: string[]): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const t = [tags ?? ws.map(() => 'O')];
  if (t[0]!.length !== ws.length) throw new Error(`${ws.length} words, ${t[0]!.length} tags`);
  applyConventions([ws], t);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!t[0]![i]!.startsWith('B-')) continue;
    let j = i + 1;
    while (j < ws.length && t[0]![j] === `I-${t[0]![i]!.slice(2)}`) j++;
    out.push(`${t[0]![i]!.slice(2)}:${ws.slice(i, j).map((w) => w.text).join(' ')}`);
  }
  return out;
}

/** Every mention of a whole analysis (entities only) in text order, as `TYPE:text`. */
export function typedMentions(text: string): string[] {
  return analyse(text)
    .entities.flatMap((e) => e.mentions.map((m) => ({ s: m.start, v: `${e.type}:${m.text}` })))
    .sort((a, b) => a.s - b.s)
    .map((m) => m.v);
}

/** Words of a sentence as the entity rules see them, with each of `persons` tagged as the tagger might have it. */
export function taggedPersons(text: string, persons: readonly string[]): { ws: ReturnType<typeof wordTok>[]; tags: string[] } {
  const ws = tokenize(text).map((t) => wordTok(t));
  const tags = ws.map(() => 'O');
  for (const person of persons) {
    const parts = person.split(' ');
    const a = ws.findIndex((_, i) => parts.every((p, j) => ws[i + j]?.text === p));
    if (a < 0) throw new Error(`no «${person}» in the sentence`);
    parts.forEach((_, j) => (tags[a + j] = j ? 'I-PERS' : 'B-PERS'));
  }
  return { ws, tags };
}

/** The person chunks of `tags`: their words joined by spaces, or the text they cover when `text` is given. */
export function personChunks(ws: readonly ReturnType<typeof wordTok>[], tags: readonly string[], text?: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (tags[i] !== 'B-PERS') continue;
    let j = i + 1;
    while (tags[j] === 'I-PERS') j++;
    out.push(text === undefined ? ws.slice(i, j).map((w) => w.text).join(' ') : text.slice(ws[i]!.start, ws[j - 1]!.end));
  }
  return out;
}
