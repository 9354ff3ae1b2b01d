// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { sourced } from '../../../src/doc/types.ts';
import { findQuotes } from '../../../src/analyze/quotes/index.ts';
import { newDocument } from '../../../src/pipeline/pipeline.ts';
import { analyse, entity, quotes, view } from './helpers.ts';

describe('speaker resolution', () => {
  it('the named speaker after the verb (VSO)', () => {
    expect(view(quotes('وقال ناصر الفهد إن التذاكر نفدت.'))[0]!.speaker).toBe('ناصر الفهد');
  });

  it('an entity from the entities stage when one covers the speaker', () => {
    const t = 'وقال رئيس البلدية منصور الشهري إن الحديقة ستفتح.';
    const { quotes: qs } = analyse(t, (x) => [entity(x, 'e7', 'PER', 'منصور الشهري', ['منصور الشهري'])]);
    expect(qs[0]!.speaker.entity).toBe('e7');
    expect(qs[0]!.speaker.text?.text).toBe('منصور الشهري');
  });

  it('a role phrase resolved through the entities stage’s roles', () => {
    const t = 'ذكر الموقع أن الاجتماع انتهى.\nوقال الناطق باسم النادي إن العقد وقع.';
    const { quotes: qs } = analyse(t, (x) => [entity(x, 'e2', 'PER', 'سالم القحطاني', [], ['الناطق باسم النادي'])]);
    const q = qs.find((x) => x.text.text === 'العقد وقع')!;
    expect(q.speaker.entity).toBe('e2');
  });

  it('a role phrase resolved to the name given with it earlier (المتحدث = الناطق)', () => {
    const t = 'وأكد المتحدث باسم الوزارة، حسن البنا، أن الامتحانات في موعدها.\nوشدد الناطق باسم الوزارة على أن النتائج ستعلن قريبا.';
    const v = view(quotes(t));
    expect(v.map((q) => q.speaker)).toEqual(['حسن البنا', 'حسن البنا']);
  });

  it('a role given after the name (NAME، ROLE) is remembered too', () => {
    const t = 'وأوضح الدكتور فيصل العمر، المدير التنفيذي للمعرض، أن الزوار كثر.\nوأفاد المدير التنفيذي للمعرض أن التذاكر متاحة.';
    expect(view(quotes(t)).map((q) => q.speaker)).toEqual(['فيصل العمر', 'فيصل العمر']);
  });

  it('pronoun continuations: وأضاف، لكنه قال، قبل أن يضيف', () => {
    const t = 'قال المدرب رائد صبري إن الفريق جاهز.\nوأضاف أن الجمهور سيحضر بكثافة، لكنه قال إن الملعب صغير، قبل أن يضيف: "سنلعب بقوة".';
    const v = view(quotes(t));
    expect(v).toHaveLength(4);
    for (const q of v) expect(q.speaker).toBe('رائد صبري');
    expect(v.map((q) => q.cue)).toEqual(['قال', 'وأضاف', 'قال', 'يضيف']);
  });

  it('a feminine continuation goes to the last female speaker', () => {
    const t = 'قالت الطبيبة منى سعيد إن اللقاح آمن.\nوقال المدير ياسر حمدان إن العيادة مزدحمة.\nوأضافت أن الجرعة الثانية بعد شهر.';
    const v = view(quotes(t));
    expect(v[2]).toMatchObject({ cue: 'وأضافت', speaker: 'منى سعيد' });
    expect(v[1]!.speaker).toBe('ياسر حمدان');
  });

  it('organisations as speakers', () => {
    expect(view(quotes('أعلن الاتحاد الآسيوي أن البطولة ستقام في موعدها.'))[0]!.speaker).toBe('الاتحاد الآسيوي');
    expect(view(quotes('وكان مجلس الشورى قد قال إن النظام الجديد نافذ.'))[0]!.speaker).toBe('مجلس الشورى');
  });

  it('a short definite organisation (الوزارة) refers back to the one named in full', () => {
    const t = 'أغلقت المدارس يومين، بحسب ما أعلنت وزارة التعليم.\nوقالت الوزارة إن الدراسة تستأنف الأحد.';
    expect(view(quotes(t)).map((q) => q.speaker)).toEqual(['وزارة التعليم', 'وزارة التعليم']);
  });

  it('unnamed sources keep their words and no entity', () => {
    const qs = quotes('وقال مسؤول مطلع إن المفاوضات مستمرة.\nوأكدت مصادر أمنية أن الحدود هادئة.');
    expect(qs.map((q) => q.speaker.text?.text)).toEqual(['مسؤول مطلع', 'مصادر أمنية']);
    expect(qs.every((q) => q.speaker.entity === null)).toBe(true);
  });

  it('a chain through an agency: speaker the official, via the agency', () => {
    const t = 'ونقلت وكالة رويترز عن مسؤول في الميناء قوله: "الشحنات ستصل غدا".';
    const { quotes: qs } = analyse(t, (x) => [entity(x, 'e3', 'ORG', 'رويترز', ['رويترز'])]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker.text?.text).toBe('مسؤول في الميناء');
    expect(qs[0]!.via).toBe('e3');
    expect(qs[0]!.kind).toBe('direct');
  });

  it('فيما نقلت / وفقاً لما نقلته وكالة … عن …، فإنّ …', () => {
    const t = 'ووفقاً لما نقلته وكالة "الأناضول"، أمس، عن مصدر حكومي، فإنّ الانتخابات ستجري في الخريف.';
    const { quotes: qs } = analyse(t, (x) => [entity(x, 'e5', 'ORG', 'الأناضول', ['الأناضول'])]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', via: 'e5' });
    expect(qs[0]!.text.text).toBe('الانتخابات ستجري في الخريف');
    expect(qs[0]!.speaker.text?.text).toBe('مصدر حكومي');
  });

  it('a photo caption: NAME + present-tense verb (SVO)', () => {
    const text = 'الوزير ينصح بتجنب السفر في العاصفة (تصوير: مصور الصحيفة)\n\nنص الخبر هنا.';
    const doc = newDocument({ text });
    doc.article.caption = sourced(text, 0, text.indexOf('\n'), 'test');
    const qs = findQuotes(doc);
    expect(qs.map((q) => [q.kind, q.text.text, q.cue?.text, q.speaker.text?.text])).toEqual([['indirect', 'بتجنب السفر في العاصفة', 'ينصح', 'الوزير']]);
  });
});
