import { describe, expect, it } from 'vitest';
import { learnedGluedName } from '../../../src/analyze/entities/learned-glued.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests (session 15: a person's span started after the
// name's own first letter, `[تال العتيبي]`, on tune2 and on more/2015-07-23). The names are words
// of the generated learned-glued-names.json (scripts/build-learned-glued-names.ts).

/** The text of every person mention. */
function persons(text: string): string[] {
  const doc = analyse(text);
  checkSpans(doc);
  return doc.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => m.text));
}

describe('names whose first ب, ف or ل is their own (learned-glued-names.json)', () => {
  it('learned names from unlabelled news, and no preposition glued to a common name', () => {
    expect(learnedGluedName(foldName('بتال'))).toBe(true);
    expect(learnedGluedName(foldName('فهيد'))).toBe(true);
    expect(learnedGluedName(foldName('بمحمد'))).toBe(false);
    expect(learnedGluedName(foldName('لدعمهم'))).toBe(false);
  });

  it('a person span keeps the first letter of a learned name', () => {
    expect(persons('وأكد رئيس الوفد بتال العتيبي أن الفريق جاهز.')).toContain('بتال العتيبي');
    expect(persons('وقال المهندس فهيد الشمري إن المشروع اكتمل.')).toContain('فهيد الشمري');
  });

  it('a preposition glued to a learned name is still cut', () => {
    expect(persons('وأشاد المدرب بفايز الحربي بعد المباراة.')).toContain('فايز الحربي');
  });
});
