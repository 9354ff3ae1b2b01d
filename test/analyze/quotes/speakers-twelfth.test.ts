/**
 * Speakers of continuations, session 12 (issue 15): a cue with no subject after a sentence whose
 * subject is a person acting through a verb that is no verb of saying (رفض، دافع، أصدر…). Read off
 * unlabelled SaudiNewsNet days outside the sample (more/2015-07-21.zip). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
  entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
];
const speakers = (t: string) => view(analyse(t, people).quotes).map((q) => [q.text, q.speaker]);

describe('the subject of a verb of stance or act speaks on in the next sentence', () => {
  it('رفض: وقال after it is the one who refused, not the article\'s last speaker', () => {
    const t = 'وقال الوزير سالم الناصر إن الاتفاق متوازن. وفي المقابل، رفض القائد كريم العلي قرار المجلس. وقال إن «القرار لن يطبق على الأرض».';
    expect(speakers(t)).toEqual([
      ['الاتفاق متوازن', 'سالم الناصر'],
      ['القرار لن يطبق على الأرض', 'كريم العلي'],
    ]);
  });

  it('دافع: the defender speaks on', () => {
    const t = 'وقال الوزير سالم الناصر إن الخطة ناجحة. في غضون ذلك، دافع النائب كريم العلي أمس عن المهلة الممنوحة للشركات. وقال: «المهلة كافية لتصحيح الأوضاع».';
    expect(speakers(t).at(-1)).toEqual(['المهلة كافية لتصحيح الأوضاع', 'كريم العلي']);
  });

  it('أصدر: the issuer of a statement speaks on, and the statement is no part of its name', () => {
    const t = 'وقال الوزير سالم الناصر إن الوضع مستقر. وأصدرت الهيئة بيانا أمس. وقالت إن الخسائر محدودة.';
    expect(speakers(t).at(-1)).toEqual(['الخسائر محدودة', 'الهيئة']);
    const u = 'وقال الوزير سالم الناصر إن الوضع مستقر. وأصدر المتحدث باسم الجيش بيانا أكد فيه أن الخسائر محدودة.';
    expect(speakers(u).at(-1)).toEqual(['الخسائر محدودة', 'المتحدث باسم الجيش']);
  });

  it('not the verb\'s object when its subject is hidden (ورفض تقديم تفاصيل… لكنه قال)', () => {
    const t = 'وقال الوزير سالم الناصر إن الاتفاق متوازن. ورفض تقديم تفاصيل عن المشروع، لكنه قال: «الاتفاق مع دول كثيرة».';
    expect(speakers(t).at(-1)).toEqual(['الاتفاق مع دول كثيرة', 'سالم الناصر']);
    const u = 'وقال الوزير سالم الناصر إن الاتفاق متوازن. كما تعهد الطرفان بفتح ملف القضاء. وقال إن «الخلاف انتهى».';
    expect(speakers(u).at(-1)).toEqual(['الخلاف انتهى', 'سالم الناصر']);
  });
});
