/**
 * Language data is read through its loader (issue 18, "language data as data"): each file of
 * src/lexicon/ (the top level; the entity lists are read by entities/lexicon.ts from a folder) is
 * named by the modules listed here and no other, so a rule that wants speech.json's verbs asks
 * quotes/lexicon.ts for them instead of parsing the file a second time its own way. A file that
 * names a lexicon in a comment does not count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/** lexicon file → the modules that read it (import it or build its path). */
const READERS: Record<string, string[]> = {
  'abbreviations.json': ['text/sentences.ts'],
  'addressees.json': ['analyze/quotes/addressees.ts'],
  'bylines.json': ['analyze/entities/byline.ts', 'extract/html/furniture.ts', 'extract/plaintext.ts'],
  'calendar.json': ['analyze/time/lexicon.ts', 'text/dates.ts'],
  'claims.json': ['analyze/quotes/claims.ts'],
  'clitic-exceptions.json': ['text/clitics.ts'],
  'events.json': ['analyze/events/lexicon.ts'],
  'furniture.json': ['extract/plaintext.ts'],
  'html-furniture.json': ['extract/html/furniture.ts'],
  'numbers.json': ['analyze/time/lexicon.ts'],
  'speech.json': ['analyze/quotes/lexicon.ts'],
  'time.json': ['analyze/time/lexicon.ts'],
  'ui-words.json': ['server/i18n.ts'],
  'work-titles.json': ['analyze/ner/titles.ts'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** The lines of `src` outside `//` and block comments (a rough cut: enough for paths in code). */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** lexicon file → the modules naming it in code. */
function readers(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of sources(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    for (const m of code(readFileSync(file, 'utf8')).matchAll(/lexicon\/([a-z-]+\.json)['"]/g)) {
      const list = (out[m[1]!] ??= []);
      if (!list.includes(rel)) list.push(rel);
    }
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('lexicon loaders', () => {
  it('every lexicon file is read by its loaders only (verbs.ts asks events/ and quotes/lexicon.ts)', () => {
    expect(readers()).toEqual(READERS);
  });

  it('the scan sees an import, a path built from a URL, and not a comment', () => {
    const found = (s: string) => [...code(s).matchAll(/lexicon\/([a-z-]+\.json)['"]/g)].map((m) => m[1]);
    expect(found("import data from '../../lexicon/speech.json' with { type: 'json' };")).toEqual(['speech.json']);
    expect(found("readFileSync(new URL('../../lexicon/events.json', import.meta.url), 'utf8')")).toEqual(['events.json']);
    expect(found("// reads '../lexicon/events.json'\n/** lexicon/time.json' */ x")).toEqual([]);
  });
});
