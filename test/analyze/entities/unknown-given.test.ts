import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { UNKNOWN_GIVEN_RULE, unknownGivenAfterRoles } from '../../../src/analyze/entities/unknown-given.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests (session 14: a given name no list knows after a
// definite title, read on unlabelled news of 2015-08-03, 2015-08-08 and 2015-07-26).

/** The persons the rule tags in a sentence where the tagger found only `tagged` (one word). */
function persons(text: string, tagged?: string): string[] {
  const ws = tokenize(text).map((t) => wordTok(t));
  const tags = ws.map((w) => (w.text === tagged ? 'B-PERS' : 'O'));
  const spans = unknownGivenAfterRoles([ws], [tags]);
  expect(spans.every((s) => s.rule === UNKNOWN_GIVEN_RULE)).toBe(true);
  return spans.map((s) => ws.slice(s.a, s.b).map((w) => w.text).join(' '));
}

describe('a given name no list knows after a definite title', () => {
  it('opens the person with the family name after it, where the phrase closes', () => {
    expect(persons('وحضر اللقاء الدكتور زهيان القحيصي، ورحب بالضيوف.')).toEqual(['زهيان القحيصي']);
    expect(persons('وقال الشاعر مطلاع الهدلق: إن الشعر باق.')).toEqual(['مطلاع الهدلق']);
    expect(persons('وأوضحت الفنانة التشكيلية رهوف الطميحي أن المعرض يستمر.')).toEqual(['رهوف الطميحي']);
  });

  it('is found by the whole analysis, the title outside the span', () => {
    for (const [text, name] of [
      ['وقال الشاعر هزيل الصقيري: الشعر ديوان العرب.', 'هزيل الصقيري'],
      ['وأوضحت الفنانة التشكيلية رهوف الطميحي أن المعرض يستمر.', 'رهوف الطميحي'],
    ]) {
      const doc = analyse(text!);
      checkSpans(doc);
      const per = doc.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions.map((m) => m.text));
      expect(per).toEqual([name]);
    }
  });

  it('names no one after an indefinite title, باسم, a group noun, a name or a participle, or before a verb', () => {
    expect(persons('وقال مدير عام الجوازات إن العمل مستمر.')).toEqual([]);
    expect(persons('وقال المتحدث الرسمي باسم مصلحة الجمارك، إن الضبط تم.')).toEqual([]);
    expect(persons('ويعمل الفريق الصحي متعددة التخصصات، في المركز.')).toEqual([]);
    expect(persons('وكان العميد الهمزاني يفتتح المعرض.')).toEqual([]);
    expect(persons('وكتب الوزير هذا الوسم، أمس.')).toEqual([]);
    expect(persons('وطالب الشيخ الفهيدان عبر البرنامج، بالتبرع.', 'الفهيدان')).toEqual([]);
    expect(persons('وقال الناطق باسم النيابة المكلفة شؤون الإرهاب «إنه غادر».')).toEqual([]);
  });
});
