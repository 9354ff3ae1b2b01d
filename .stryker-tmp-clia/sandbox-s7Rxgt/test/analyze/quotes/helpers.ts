// @ts-nocheck
import type { Entity, EntityType, MarsadDocument, Quote } from '../../../src/doc/types.ts';
import { sourced } from '../../../src/doc/types.ts';
import { findQuotes } from '../../../src/analyze/quotes/index.ts';
import { newDocument } from '../../../src/pipeline/pipeline.ts';

/** A fictional entity whose mentions are every occurrence of the given surface forms. */
export function entity(text: string, id: string, type: EntityType, name: string, mentions: string[], roles: string[] = []): Entity {
  const spans = (forms: string[]) =>
    forms.flatMap((f) => {
      const out = [];
      for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) out.push(sourced(text, i, i + f.length, 'test'));
      return out;
    });
  return { id, key: id, type, name, en: null, enSource: null, roles: spans(roles), mentions: spans(mentions), source: 'test' };
}

export function analyse(text: string, entities: (t: string) => Entity[] = () => []): { doc: MarsadDocument; quotes: Quote[] } {
  const doc = newDocument({ text });
  doc.entities = entities(text);
  const quotes = findQuotes(doc);
  return { doc, quotes };
}

export const quotes = (text: string): Quote[] => analyse(text).quotes;

/** Compact view for assertions: kind, content, cue and speaker words. */
export function view(qs: Quote[]): { kind: string; text: string; cue: string | null; speaker: string | null }[] {
  return qs.map((q) => ({ kind: q.kind, text: q.text.text, cue: q.cue?.text ?? null, speaker: q.speaker.text?.text ?? null }));
}
