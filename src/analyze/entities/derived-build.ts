/**
 * Writes the precomputed entity tables (derived.ts) of a lexicon folder: `npm run build` runs it
 * over dist/'s copy of the lexicons with the code it has just compiled, so the tables are always
 * what this code derives from those files. The test compares the file with a fresh derivation.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DERIVED_FILE, DERIVED_FORMAT, cldr, derivedFileBytes, sourcesStamp, type DerivedHeader } from './derived.ts';
import { deriveKnowledgeBase, derivePlaceOf, encodeKnowledgeBase } from './kb.ts';
import { deriveNameIndex, encodeNameIndex } from './names.ts';
import { EntityResources, withEntityResources } from './resources.ts';
import { deriveWords, encodeWords } from './romanise.ts';

/** The text of the precomputed file for the lexicons in `dir`, derived from them. */
export function encodeDerived(dir: string): string {
  const r = new EntityResources({ lexiconDir: dir, useDerived: false });
  const sections = withEntityResources(r, () => ({
    ...encodeNameIndex(deriveNameIndex()),
    ...encodeKnowledgeBase(deriveKnowledgeBase(r), derivePlaceOf()),
    ...encodeWords(deriveWords(r)),
  }));
  const ranges: Record<string, [number, number]> = {};
  const parts: string[] = [];
  let at = 0;
  for (const [name, text] of Object.entries(sections)) {
    ranges[name] = [at, at + text.length];
    parts.push(text);
    at += text.length;
  }
  const header: DerivedHeader = { format: DERIVED_FORMAT, stamp: sourcesStamp(dir), cldr: cldr(), sections: ranges };
  return JSON.stringify(header) + '\n' + parts.join('');
}

/** Writes the file beside the lexicons in `dir`. */
export function writeDerived(dir: string): void {
  writeFileSync(path.join(dir, DERIVED_FILE), derivedFileBytes(encodeDerived(dir)));
}
