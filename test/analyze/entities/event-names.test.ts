import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Event names with a head (guide rules 21 and 24) cut short on unlabelled SaudiNewsNet days
// (more/2015-07-22 … 08-08, session 13, issue #14); the sentences are fictional, written for these tests.

describe('a festival, an award or a contest named with its field after ل', () => {
  it('is one MISC up to the field', () => {
    expect(typedMentions('فاز الشاعر بجائزة النخيل للشعر الشعبي هذا العام.')).toEqual([
      'MISC:جائزة النخيل للشعر الشعبي',
    ]);
    expect(typedMentions('افتتح المحافظ مهرجان الحنيني للتمور أمس.')).toEqual(['MISC:مهرجان الحنيني للتمور']);
  });

  it('a ل phrase of the sentence (a time) stays outside', () => {
    expect(typedMentions('يقام مهرجان الورد للعام الخامس في الطائف.')).toEqual(['MISC:مهرجان الورد', 'LOC:الطائف']);
  });
});

describe("an event's edition after its name (event-editions.ts)", () => {
  it('the first two ordinals and the article written apart before a number belong to the name', () => {
    expect(typedMentions('شارك النادي في دوري الدرجة الأولى هذا الموسم.')).toEqual(['MISC:دوري الدرجة الأولى']);
    expect(typedMentions('اختتم مهرجان الورد الثاني فعالياته أمس.')).toEqual(['MISC:مهرجان الورد الثاني']);
    expect(typedMentions('افتتح المحافظ مهرجان الحنيني للتمور الـ12 أمس.')).toEqual(['MISC:مهرجان الحنيني للتمور الـ12']);
  });

  it('after a prize the ordinal is no edition', () => {
    expect(typedMentions('حصل على جائزة النخيل الأولى في مسيرته.')).toEqual(['MISC:جائزة النخيل']);
  });
});

describe("a season's festival of a place the tagger left unmarked (event-seasons.ts)", () => {
  it('is one MISC with the place, known to the lists or not', () => {
    expect(typedMentions('وأقيمت الأمسية الشعرية ضمن مهرجان صيف ينبع أمس.')).toEqual(['MISC:مهرجان صيف ينبع']);
    expect(typedMentions('وأقيمت الأمسية الشعرية ضمن مهرجان صيف طيبة أمس.')).toEqual(['MISC:مهرجان صيف طيبة']);
  });

  it("the sentence's words after the season name nothing", () => {
    expect(typedMentions('وأقيمت الأمسية الشعرية ضمن مهرجان صيف هذا العام.')).toEqual([]);
  });
});
