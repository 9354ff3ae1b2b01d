// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes, view } from './helpers.ts';

describe('things in quotation marks that are not quotes', () => {
  it('an agency or outlet name, even next to a verb of saying', () => {
    expect(quotes('وذكرت وكالة "رويترز" أن الأسواق هادئة.').map((q) => q.text.text)).toEqual(['الأسواق هادئة']);
    expect(quotes('وقال المدير لـ"صحيفة الوادي" إن العمل مستمر.').map((q) => q.text.text)).toEqual(['العمل مستمر']);
  });

  it('an entity name in marks', () => {
    const t = 'وانطلقت شركة "نجوم الصحراء" في العمل هذا العام.';
    expect(analyse(t, (x) => [entity(x, 'e1', 'ORG', 'نجوم الصحراء', ['نجوم الصحراء'])]).quotes).toEqual([]);
  });

  it('titles of books, programmes and operations in «…»', () => {
    expect(quotes('وصدر كتاب «أيام القرية» في طبعة جديدة.')).toEqual([]);
    expect(quotes('وبدأت عملية «درع الوادي» فجر اليوم.')).toEqual([]);
    expect(quotes('ويعرض برنامج «ليالي السمر» كل خميس.')).toEqual([]);
  });

  it('scare quotes around a single term used as a name, with no verb of saying', () => {
    expect(quotes('وعاد "الزعيم" إلى الصدارة بعد الفوز.')).toEqual([]);
    expect(quotes('وتحولت قضية "البطالة" إلى أولوية وطنية.')).toEqual([]);
  });

  it('a name after a title, and names bound to a noun, inside reported speech', () => {
    const v = view(quotes('وأكد العقيد "الحربي" أن المتهمين من قبيلة "بني سالم" في ولاية "الواحة".'));
    expect(v).toEqual([{ kind: 'indirect', text: 'المتهمين من قبيلة "بني سالم" في ولاية "الواحة"', cue: 'وأكد', speaker: 'الحربي' }]);
  });

  it('a Latin product name', () => {
    expect(quotes('وأطلقت الشركة ميزة "Night Mode" الجديدة.')).toEqual([]);
  });

  it('"يذكر أن" and "تجدر الإشارة إلى أن" are the writer’s asides', () => {
    expect(quotes('يذكر أن الملعب افتتح قبل عامين.')).toEqual([]);
    expect(quotes('تجدر الإشارة إلى أن الطريق مغلق.')).toEqual([]);
  });

  it('a colon that introduces a list', () => {
    expect(quotes('وأوصى المجلس بتوزيع الأرباح على النحو التالي: ريال لكل سهم.')).toEqual([]);
  });

  it('a quoted phrase attributed by a cue in the same sentence IS a quote', () => {
    const v = view(quotes('ووصف المدير خالد عمر الموسم بأنه "استثنائي".'));
    expect(v.map((q) => [q.kind, q.text])).toContainEqual(['direct', 'استثنائي']);
  });
});
