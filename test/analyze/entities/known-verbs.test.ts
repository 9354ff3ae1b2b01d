/**
 * The verbs that trim a name chunk come from the finite forms of the speech and event lexicons
 * only: a preposition a verb governs (حث على) or a participle is not a verb, so a name that
 * spells one (علي) is never trimmed as if it were.
 */
import { describe, expect, it } from 'vitest';
import { isKnownVerb } from '../../../src/analyze/entities/verbs.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';

describe('known verbs', () => {
  it.each(['قال', 'وقالت', 'أكد', 'سيلتقي', 'حث'])('%s is a verb', (w) => {
    expect(isKnownVerb(foldName(w))).toBe(true);
  });
  it.each(['علي', 'على', 'إلى', 'قائلا', 'مؤكدا', 'الوزير'])('%s is not', (w) => {
    expect(isKnownVerb(foldName(w))).toBe(false);
  });
});
