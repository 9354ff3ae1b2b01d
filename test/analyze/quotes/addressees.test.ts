/**
 * A directive verb of saying (حث، دعا، طالب، نصح، حذر، ناشد) names whom it addresses between its
 * subject and the content: the object is not the speaker, nor part of the speaker's phrase
 * (src/lexicon/addressees.json). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { entity, analyse, quotes, view } from './helpers.ts';

const speakers = (text: string): (string | null)[] => quotes(text).map((q) => q.speaker.text?.text ?? null);

describe('the object of a directive verb', () => {
  it('ends the subject phrase before it', () => {
    expect(speakers('وحث المدير الجميع على الالتزام بالمواعيد.')).toEqual(['المدير']);
    expect(speakers('ودعت الهيئة المجتمع الدولي إلى التحرك العاجل لوقف الحرب.')).toEqual(['الهيئة']);
    expect(speakers('ونصح الطبيب المرضى بشرب الماء بكثرة.')).toEqual(['الطبيب']);
  });

  it('is never the speaker, also of a quotation that continues the directive', () => {
    const text = 'ونصح الوزير الطلاب بالاجتهاد في الدراسة وقال: "المستقبل لكم".';
    expect(view(quotes(text)).map((q) => q.speaker)).toEqual(['الوزير', 'الوزير']);
  });

  it('right after the verb leaves a hidden subject: the last speaker', () => {
    const text = 'قال سالم الحربي إن الوضع خطير. ودعا السياسيين إلى التحرك سريعاً.';
    const { quotes: qs } = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي'])]);
    expect(qs.map((q) => q.speaker.entity)).toEqual(['p1', 'p1']);
  });

  it('right after a verb that cannot agree with it as its subject leaves a hidden subject', () => {
    const text = 'قالت المرشحة سارة العلي إنها ستفوز. ودعت الشعب إلى عصر جديد من الرخاء. وقالت إنها لا تترشح لفئة واحدة.';
    const { quotes: qs } = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سارة العلي', ['سارة العلي'])]);
    expect(qs.map((q) => q.speaker.entity)).toEqual(['p1', 'p1', 'p1']);
    expect(speakers('قال المتظاهرون إن الوضع سيئ. وطالبوا المجتمع الدولي بالتدخل العاجل.')).toEqual(['المتظاهرون', 'المتظاهرون']);
  });

  it('the object of كشف النقاب عن is no speaker either', () => {
    expect(speakers('وكشف المدير النقاب عن وصول 300 حاج إلى المدينة.')).toEqual(['المدير']);
  });

  it('is not cut inside a phrase or from a plural it describes', () => {
    expect(speakers('وطالب عدد من المرضى بتوفير الأدوية.')).toEqual(['عدد من المرضى']);
    expect(speakers('ودعا أولياء أمور الطلاب إلى تأجيل الدراسة.')).toEqual(['أولياء أمور الطلاب']);
  });
});
