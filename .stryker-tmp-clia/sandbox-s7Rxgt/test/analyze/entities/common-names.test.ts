// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';
import { lookupName } from '../../../src/analyze/entities/names.ts';

// Fictional sentences written for these tests. الأهلي is the Egyptian club's `common` spelling
// in src/lexicon/entities/clubs.json: an everyday adjective ("national", "private") as well.
describe("a lexicon entry's common spellings", () => {
  it('link a name but are never matched in text on their own', () => {
    const k = lookupName('الأهلي');
    expect(k?.id).toBe('al-ahly-egypt');
    expect(k?.linkOnly).toBe(true);
    expect(lookupName('نادي الأهلي')?.linkOnly).toBeUndefined();
    const doc = analyse('افتتح المستشفى الأهلي الجديد أبوابه أمس بعد أن موّله البنك الأهلي بالكامل.');
    checkSpans(doc);
    expect(doc.entities.filter((e) => e.key === 'ORG:al-ahly-egypt')).toEqual([]);
  });
  it('the unambiguous spellings of the same entry are matched', () => {
    const doc = analyse('وصل وفد نادي الأهلي إلى الملعب قبل المباراة بساعتين.');
    checkSpans(doc);
    const club = doc.entities.find((e) => e.key === 'ORG:al-ahly-egypt');
    expect(club?.en).toBe('Al Ahly SC');
    expect(club?.mentions.map((m) => m.text)).toContain('نادي الأهلي');
  });
});
