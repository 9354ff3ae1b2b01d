// @ts-nocheck
import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';

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
