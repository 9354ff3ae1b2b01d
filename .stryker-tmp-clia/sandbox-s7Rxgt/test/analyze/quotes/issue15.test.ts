/**
 * The quote classes of issue 15 that real news uses and the first rules missed: unmarked speech
 * after the cue, documents and institutions as speakers, plural participles, multi-paragraph
 * quotes, headlines, the fullest mention of a speaker, and the quote's target and stance.
 * Every sentence here is made up.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/analyze/quotes/index.ts';
import { sourced } from '../../../src/doc/types.ts';
import { newDocument } from '../../../src/pipeline/pipeline.ts';
import { analyse, entity, quotes, view } from './helpers.ts';

describe('reported speech with no أنّ and no marks', () => {
  it('after a colon, and right after وأضاف with a negation', () => {
    const v = view(quotes('قال المدير خالد العمري إن العمل مستمر. وأضاف: لم نتلق أي طلب رسمي حتى الآن.\nوأضاف لن نقبل بأي تأخير في التسليم.'));
    expect(v.slice(1)).toEqual([
      { kind: 'direct', text: 'لم نتلق أي طلب رسمي حتى الآن', cue: 'وأضاف', speaker: 'خالد العمري' },
      { kind: 'direct', text: 'لن نقبل بأي تأخير في التسليم', cue: 'وأضاف', speaker: 'خالد العمري' },
    ]);
  });

  it('after a participle followed by a future verb', () => {
    const v = view(quotes('أعلن المدير خالد العمري أن العمل بدأ، مضيفاً ستبدأ المرحلة الثانية الشهر المقبل.'));
    expect(v[1]).toEqual({ kind: 'direct', text: 'ستبدأ المرحلة الثانية الشهر المقبل', cue: 'مضيفاً', speaker: 'خالد العمري' });
  });

  it('after وقال with a hidden subject and a clause of its own', () => {
    const v = view(quotes('قال المدير خالد العمري إن اللجنة اجتمعت. وقال الإجراءات الجديدة ستطبق على الجميع دون استثناء.'));
    expect(v[1]).toEqual({ kind: 'direct', text: 'الإجراءات الجديدة ستطبق على الجميع دون استثناء', cue: 'وقال', speaker: 'خالد العمري' });
  });

  it('but not when the words after وقال name the speaker', () => {
    const v = view(quotes('قال المدير خالد العمري إن اللجنة اجتمعت. وقال المتحدث الرسمي لن نعلق.'));
    expect(v.map((q) => q.text)).toEqual(['اللجنة اجتمعت']);
  });
});

describe('content from documents and institutions', () => {
  it('ووفق البيان، فإنّ… is attributed to the statement', () => {
    const v = view(quotes('ووفق البيان، فإن عدد الإصابات انخفض إلى عشر حالات.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'عدد الإصابات انخفض إلى عشر حالات', cue: 'ووفق', speaker: 'البيان' }]);
  });

  it('وجاء في التقرير أنّ… speaks for the organisation that issued the report', () => {
    const v = view(quotes('أصدرت وزارة المالية تقريرها السنوي أمس. وجاء في التقرير أن الإيرادات ارتفعت بنسبة كبيرة.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'الإيرادات ارتفعت بنسبة كبيرة', cue: 'وجاء', speaker: 'وزارة المالية' }]);
  });

  it('جاء في + a word that is not a document is no quote', () => {
    expect(quotes('وجاء في المرتبة الأولى أن يتقدم الفريق إلى النهائي.')).toEqual([]);
  });

  it('وردّت الشركة بأنّ…', () => {
    const v = view(quotes('وردت الشركة بأن المنتج آمن تماما ولا يشكل خطرا.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'المنتج آمن تماما ولا يشكل خطرا', cue: 'وردت', speaker: 'الشركة' }]);
  });

  it('وذكرت صحيفة «…» أنّ…: the newspaper is the speaker', () => {
    const { quotes: qs } = analyse('وذكرت صحيفة «الساحل» أن الحكومة تدرس رفع الرسوم.', (t) => [entity(t, 'e1', 'ORG', 'صحيفة الساحل', ['الساحل'])]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker.entity).toBe('e1');
    expect(qs[0]!.text.text).toBe('الحكومة تدرس رفع الرسوم');
  });
});

describe('complements the gold counts', () => {
  it('رجّح بأنّ…', () => {
    expect(view(quotes('ورجّح الخبير فهد السالم بأن ترتفع الأسعار.'))).toEqual([{ kind: 'indirect', text: 'ترتفع الأسعار', cue: 'ورجّح', speaker: 'فهد السالم' }]);
  });

  it('اكتفى بالقول "…"', () => {
    expect(view(quotes('واكتفى الوزير سالم الحربي بالقول "لا تعليق لدينا".'))).toEqual([
      { kind: 'direct', text: 'لا تعليق لدينا', cue: 'واكتفى', speaker: 'سالم الحربي' },
    ]);
  });

  it('a plural participle takes the group that opens the sentence as its speaker', () => {
    expect(view(quotes('وخرج الأهالي مؤكدين أن المياه مقطوعة منذ أسبوع.'))).toEqual([
      { kind: 'indirect', text: 'المياه مقطوعة منذ أسبوع', cue: 'مؤكدين', speaker: 'الأهالي' },
    ]);
  });

  it('a group speaker is the whole phrase', () => {
    expect(view(quotes('قال ذوو الضحايا إن التحقيق تأخر كثيرا.'))[0]!.speaker).toBe('ذوو الضحايا');
  });
});

describe('quotes over several paragraphs and in headlines', () => {
  it('a guillemet reopened at each quoted paragraph is one quote', () => {
    const v = view(quotes('وقال الوزير سالم الحربي: «الطريق سيفتح قريبا.\n«وسنبدأ العمل غدا مع الشركات الوطنية».'));
    expect(v).toEqual([{ kind: 'direct', text: 'الطريق سيفتح قريبا.\n«وسنبدأ العمل غدا مع الشركات الوطنية', cue: 'وقال', speaker: 'سالم الحربي' }]);
  });

  const withHeadline = (text: string) => {
    const doc = newDocument({ text });
    const end = text.indexOf('\n');
    doc.article.headline = sourced(text, 0, end, 'test');
    return findQuotes(doc);
  };

  it('a headline «SPEAKER: words» reports speech', () => {
    const qs = withHeadline('الوزير الحربي: الطريق سيفتح قريبا\nالرياض - افتتح الوزير مشروعا جديدا.');
    expect(view(qs)).toEqual([{ kind: 'direct', text: 'الطريق سيفتح قريبا', cue: ':', speaker: 'الحربي' }]);
    expect(qs[0]!.source).toBe('rule:quotes/headline');
  });

  it('a headline with a place or topic before the colon does not', () => {
    expect(withHeadline('الرياض: أمطار غزيرة على المنطقة\nتوقعت الأرصاد أمطارا.')).toEqual([]);
  });
});

describe('the fullest mention of the speaker', () => {
  it('المصدر → the unnamed source as first introduced', () => {
    const v = view(quotes('قال مصدر مطلع في الوزارة إن القرار صدر. وأضاف المصدر أن التنفيذ سيبدأ غدا.'));
    expect(v.map((q) => q.speaker)).toEqual(['مصدر مطلع في الوزارة', 'مصدر مطلع في الوزارة']);
  });

  it('الهيئة → the organisation named in full earlier, even outside a quote', () => {
    const v = view(quotes('أعلنت هيئة الطيران المدني تشغيل رحلات جديدة. وأوضحت الهيئة أن المطار جاهز.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'المطار جاهز', cue: 'وأوضحت', speaker: 'هيئة الطيران المدني' }]);
  });

  it('الهيئة → the entity whose name starts with هيئة', () => {
    const { quotes: qs } = analyse('زار الوفد مقر هيئة النقل العام صباحا. وأوضحت الهيئة أن الخطة جاهزة.', (t) => [
      entity(t, 'o1', 'ORG', 'هيئة النقل العام', ['هيئة النقل العام']),
    ]);
    expect(qs[0]!.speaker.entity).toBe('o1');
    expect(qs[0]!.speaker.text?.text).toBe('هيئة النقل العام');
  });
});

describe('target and stance', () => {
  const t = 'نفى الوزير سالم الحربي أن تكون شركة النور قد انسحبت من المشروع. وحذر من أن الأمطار ستضرب جدة. وقال إن العمل مستمر.';
  const ents = (x: string) => [
    entity(x, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي']),
    entity(x, 'o1', 'ORG', 'شركة النور', ['شركة النور']),
    entity(x, 'l1', 'LOC', 'جدة', ['جدة']),
  ];

  it('the stance of the cue verb: denying, warning, neutral', () => {
    expect(analyse(t, ents).quotes.map((q) => q.stance)).toEqual(['denying', 'warning', 'neutral']);
  });

  it('the target is the entities inside the content, not the speaker', () => {
    const qs = analyse(t, ents).quotes;
    expect(qs.map((q) => q.target)).toEqual([['o1'], ['l1'], []]);
    expect(qs[0]!.speaker.entity).toBe('p1');
  });

  it('a quote with no verb cue has no stance', () => {
    const q = quotes('ووفق البيان، فإن عدد الإصابات انخفض إلى عشر حالات.')[0]!;
    expect(q.stance).toBeUndefined();
  });
});
