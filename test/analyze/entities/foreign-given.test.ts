import { describe, expect, it } from 'vitest';
import { FOREIGN_GIVEN_RULE, foreignGivenBefore } from '../../../src/analyze/entities/foreign-given.ts';
import { givenNamesBefore } from '../../../src/analyze/entities/given-family.ts';
import { analyse, checkSpans, personChunks, taggedPersons } from './helpers.ts';

// Fictional sentences written for these tests (session 13: foreign given names left out before a
// family name, read on unlabelled news of 2015-07-23 and 2015-08-02).

function before(text: string, ...persons: string[]): string[] {
  const { ws, tags } = taggedPersons(text, persons);
  const spans = foreignGivenBefore([ws], [tags]);
  expect(spans.every((s) => s.rule === FOREIGN_GIVEN_RULE)).toBe(true);
  return personChunks(ws, tags);
}

describe('foreign given names left out before the family name the tagger found', () => {
  it('open the person after a nationality adjective or a role phrase', () => {
    expect(before('وقال المدرب الهولندي كيفن دامرز إن الفريق جاهز.', 'دامرز')).toEqual(['كيفن دامرز']);
    expect(before('وأكد المهندس جوسيب مارتيني، أن الجسر اكتمل.', 'مارتيني')).toEqual(['جوسيب مارتيني']);
  });
  it('stay out with nothing before them that announces a person', () => {
    expect(before('ويقول كيفن دامرز إن الفريق جاهز.', 'دامرز')).toEqual(['دامرز']);
    // a title in construct goes on with its complement (`مدير أعمال`)
    expect(before('وقال مدير كيفن دامرز إن الفريق جاهز.', 'دامرز')).toEqual(['دامرز']);
    // the next name of a list
    expect(before('وحضر المدرب الهولندي كيفن وجوسيب مارتيني.', 'وجوسيب مارتيني')).toEqual(['وجوسيب مارتيني']);
  });
});

describe('a known family name at the end of a foreign name the tagger found whole', () => {
  it('the whole name is the mention', () => {
    const doc = analyse('وقال المدرب الإسباني جوسيب جوارديولا إن الفريق جاهز للمباراة.');
    checkSpans(doc);
    const persons = doc.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => m.text));
    expect(persons).toContain('جوسيب جوارديولا');
    expect(persons).not.toContain('جوارديولا');
  });
  it('a known person inside the chunk, or a conjunction, splits it', () => {
    const known = (text: string, chunk: string, name: string) => {
      const { ws, tags } = taggedPersons(text, [chunk]);
      const a = ws.findIndex((w) => w.text === name);
      return givenNamesBefore(ws, tags, a, a + 1);
    };
    expect(known('وقال جوسيب جوارديولا إن الفريق جاهز.', 'جوسيب جوارديولا', 'جوارديولا')).toBe(true);
    expect(known('واتهم راهول غاندي مودي بالاستبداد.', 'راهول غاندي مودي', 'مودي')).toBe(false);
    expect(known('وسيركز ماريو والجبير على الملف.', 'ماريو والجبير', 'والجبير')).toBe(false);
  });
});
