import { describe, expect, it } from 'vitest';
import { isKnownVerb } from '../../../src/analyze/entities/verbs.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { withEntityResources, EntityResources } from '../../../src/analyze/entities/resources.ts';

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
