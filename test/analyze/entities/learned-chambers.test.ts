import { describe, expect, it } from 'vitest';
import { LEARNED_ORG_RULE } from '../../../src/analyze/entities/learned-orgs.ts';
import { analyse } from './helpers.ts';

// Fictional sentences written for these tests (session 16: `[الغرفة التجارية] الصناعية` cut
// after its first adjective, 12 times on more/2015-07-23, 07-27, 08-04 and 08-09). `غرفة` takes
// no chain of nouns (name-heads.json commonHeads.noChain), which kept its names out of the archive
// build; with the article and an adjective of the name after it, it is learned like the others
// (scripts/org-heads.ts, learned-orgs.json).

/** The pipeline's mentions of a sentence as `TYPE text`, and their rules. */
const mentions = (text: string): string[] => analyse(text).entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}`));

describe('a chamber of commerce is named with both its adjectives (issue 14)', () => {
  it('the chamber and its second adjective, plain or after و, are one organisation', () => {
    expect(mentions('وقال رئيس الغرفة التجارية الصناعية إن الموسم جيد.')).toEqual(['ORG الغرفة التجارية الصناعية']);
    expect(mentions('وأقيم الحفل على مسرح الغرفة التجارية والصناعية مساء أمس.')).toEqual(['ORG الغرفة التجارية والصناعية']);
    const doc = analyse('وأعلنت الغرفة التجارية الصناعية عن معرض للأسر المنتجة.');
    expect(doc.entities.flatMap((e) => e.mentions).find((m) => m.text === 'الغرفة التجارية الصناعية')?.source).toBe(LEARNED_ORG_RULE);
  });

  it('a room is still no name', () => {
    expect(mentions('ودخل المريض الغرفة الصغيرة المجاورة للعيادة.')).toEqual([]);
  });
});
