/**
 * Quote recall, session 13 (issue 15), read off unlabelled days more/2015-08-03 and 07-25 (skip
 * 250 and 120). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { entity, analyse, view } from './helpers.ts';

describe('a verb of saying after a fronted topic (وعن … قال: «…»)', () => {
  const text =
    'وقال المدير سالم الناصر إن المشروع سيكتمل قريبا. وعن أسباب تأخر التسليم قال: "الشركة المنفذة واجهت نقصا في العمالة". وبالنسبة للمرحلة الثانية أضاف "سنبدأ العمل فيها بعد العيد".';
  const qs = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes;

  it('a colon or a quotation right after the verb makes it a statement of the speaker who spoke last', () => {
    expect(view(qs).map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['indirect', 'المشروع سيكتمل قريبا', 'وقال'],
      ['direct', 'الشركة المنفذة واجهت نقصا في العمالة', 'قال'],
      ['direct', 'سنبدأ العمل فيها بعد العيد', 'أضاف'],
    ]);
    expect(qs.map((q) => q.speaker.entity)).toEqual(['p1', 'p1', 'p1']);
  });
});

describe('أفصح and غرّد are verbs of saying (more/2015-08-01..04)', () => {
  it('أفصح with its أن clause, not in the relative التي أفصح عنها', () => {
    expect(view(analyse('وأفصحت مصادر مصرفية لـ«الصحيفة» أن البنوك أبلغت عملاءها بالقرار.').quotes).map((q) => [q.text, q.cue, q.speaker])).toEqual([
      ['البنوك أبلغت عملاءها بالقرار', 'وأفصحت', 'مصادر مصرفية'],
    ]);
    expect(view(analyse('ويتم التنفيذ وفقا للخطة التي أفصح عنها في النشرة، مبينة أن الدفعات ستصرف.').quotes).map((q) => q.cue)).toEqual(['مبينة']);
  });

  it('غرّد before a colon and a quotation', () => {
    expect(view(analyse('وغرّد المدرب عبر حسابه: "سنعود أقوى في الموسم المقبل".').quotes)).toEqual([
      { kind: 'direct', text: 'سنعود أقوى في الموسم المقبل', cue: 'وغرّد', speaker: 'المدرب' },
    ]);
  });
});
