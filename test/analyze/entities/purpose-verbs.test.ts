import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownVerb } from '../../../src/analyze/entities/verbs.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { DEFAULT_LEXICON_DIR, withEntityResources, EntityResources } from '../../../src/analyze/entities/resources.ts';

// Fictional words and sentences written for these tests.

const verb = (w: string) => withEntityResources(new EntityResources({}), () => isKnownVerb(foldName(w)));

describe('لِ of purpose before a verb ends a name (issue 14: a verb inside a name)', () => {
  it('a verb of taking a post or of meeting after لِ is a verb', () => {
    for (const w of ['ليرأس', 'ليصبح', 'ليتولى', 'لتتولى', 'وليصبح', 'ليلتقي']) expect(verb(w), w).toBe(true);
  });
  it('names and nouns that start with لي or لت are not', () => {
    for (const w of ['ليلى', 'ليث', 'ليبيا', 'لتيسير', 'ليرة', 'يرأس']) expect(verb(w), w).toBe(false);
  });
});

describe('the purpose verbs are read with the pipeline’s name-heads.json', () => {
  it('a verb taken out of a copy of the lexicons is no longer read as one after لِ', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-purpose-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    const file = path.join(dir, 'name-heads.json');
    const nh = JSON.parse(readFileSync(file, 'utf8')) as { purposeVerbs: { words: string[] } };
    nh.purposeVerbs.words = nh.purposeVerbs.words.filter((w) => w !== 'يرأس');
    writeFileSync(file, JSON.stringify(nh));
    const own = withEntityResources(new EntityResources({ lexiconDir: dir, useDerived: false }), () => [
      isKnownVerb(foldName('ليرأس')),
      isKnownVerb(foldName('ليصبح')),
    ]);
    expect(own).toEqual([false, true]);
    expect(verb('ليرأس')).toBe(true);
  });
});
