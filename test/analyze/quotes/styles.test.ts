import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

const said = (open: string, close: string) =>
  `وقال الوزير سالم العتيبي: ${open}الطرق الجديدة ستفتح قريبا${close}.`;

describe('direct quotes in every quotation style', () => {
  const styles: [string, string, string][] = [
    ['straight', '"', '"'],
    ['curly', '“', '”'],
    ['guillemets', '«', '»'],
    ['low-high', '„', '“'],
    ['single', "'", "'"],
    ['mismatched ” ″', '”', '″'],
    ['mismatched “ "', '“', '"'],
    ['reversed ” “', '”', '“'],
    ['reversed » «', '»', '«'],
  ];
  for (const [name, open, close] of styles) {
    it(name, () => {
      const v = view(quotes(said(open, close)));
      expect(v).toEqual([
        { kind: 'direct', text: 'الطرق الجديدة ستفتح قريبا', cue: 'وقال', speaker: 'سالم العتيبي' },
      ]);
    });
  }

  it('keeps marks with spaces inside them (” … ”) and strips the spaces', () => {
    const v = view(quotes('وصرح مدير الميناء لـ”صحيفة الساحل” بقوله : ” العمل مستمر ليلا ونهارا ” .'));
    expect(v).toEqual([
      { kind: 'direct', text: 'العمل مستمر ليلا ونهارا', cue: 'وصرح', speaker: 'مدير الميناء' },
    ]);
  });

  it('spans sentences inside one pair of marks', () => {
    const v = view(quotes('وقالت المديرة هند الراشد: "بدأنا العمل. وسننتهي قبل الصيف". ثم غادرت القاعة.'));
    expect(v).toHaveLength(1);
    expect(v[0]!.text).toBe('بدأنا العمل. وسننتهي قبل الصيف');
    expect(v[0]!.speaker).toBe('هند الراشد');
  });

  it('spans paragraphs when a quote reopens each paragraph', () => {
    const t =
      'وقال المدرب كريم ناصر: "لعبنا جيدا في الشوط الأول.\n"لكن الدفاع أخطأ في النهاية".\nوانتهت المباراة بالتعادل.';
    const v = view(quotes(t));
    expect(v).toHaveLength(1);
    expect(v[0]!.text).toContain('لعبنا جيدا');
    expect(v[0]!.text).toContain('الدفاع أخطأ في النهاية');
  });

  it('caps an unclosed quote instead of swallowing the article', () => {
    const long =
      'وأضاف الوزير: "هذه بداية مرحلة جديدة ' + 'والعمل متواصل في كل المدن '.repeat(120) + '\nفقرة أخرى.';
    const found = quotes(long);
    // the quote is still found (capped), not dropped
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((q) => q.text.text.includes('هذه بداية مرحلة جديدة'))).toBe(true);
    for (const q of found) expect(q.text.end - q.text.start).toBeLessThan(2100);
  });

  it('finds a quoted phrase inside reported speech, with the verb as its cue', () => {
    const v = view(quotes('وقال الناطق باسم البلدية، فهد الزامل، إنّ المشروع "مهم للغاية".'));
    expect(v).toEqual([{ kind: 'direct', text: 'مهم للغاية', cue: 'وقال', speaker: 'فهد الزامل' }]);
  });

  it('keeps both the reported speech and a quoted word in its middle', () => {
    const v = view(quotes('قال رئيس الجمعية ماجد الحربي إن الحي "يختنق" بسبب الزحام منذ سنوات.'));
    expect(v.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'الحي "يختنق" بسبب الزحام منذ سنوات'],
      ['direct', 'يختنق'],
    ]);
  });

  it('reads a colon after a verb of saying as direct speech to the end of the paragraph', () => {
    const v = view(quotes('وتابع المهندس علي السالم: الجسر سيكتمل في الربيع. وسيخفف الزحام.\nفقرة تالية.'));
    expect(v).toEqual([
      { kind: 'direct', text: 'الجسر سيكتمل في الربيع. وسيخفف الزحام', cue: 'وتابع', speaker: 'علي السالم' },
    ]);
  });

  it('attributes a quote to the verb after it ("…"، قال فلان)', () => {
    const v = view(quotes('"سنعود أقوى في الموسم المقبل"، قال اللاعب يوسف البدر بعد المباراة.'));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ kind: 'direct', text: 'سنعود أقوى في الموسم المقبل', cue: 'قال' });
    expect(v[0]!.speaker).toContain('يوسف البدر');
  });
});
