/**
 * Speaker and quote classes found by reading the quote stage's output on unlabelled SaudiNewsNet
 * articles outside the gold sample (session 8): the classes are counted in the session's report,
 * the sentences here are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes, view } from './helpers.ts';

const speakers = (text: string): (string | null)[] => view(quotes(text)).map((q) => q.speaker);

describe('a role noun used as a title is not followed by a name', () => {
  it('keeps the role with its adjectives (الرئيس الكيني، الوزير الأمريكي) instead of the adjective alone', () => {
    expect(speakers('وقال الرئيس الكيني في كلمته: «نحن مستعدون للتعاون».')).toEqual(['الرئيس الكيني']);
    expect(speakers('وقال الوزير الأمريكي: الاتفاق مهم للجميع.')).toEqual(['الوزير الأمريكي']);
  });

  it('takes the name before a role title (فلان الرئيس التنفيذي للشركة، فلان الخبير في…)', () => {
    expect(speakers('وقال سالم العتيبي الرئيس التنفيذي للشركة "الأرباح ارتفعت".')).toEqual(['سالم العتيبي']);
    expect(speakers('وحذر كريم الداود الخبير في شؤون الطاقة من أن "الأسعار ستنخفض".')).toEqual(['كريم الداود']);
  });

  it('reads مدير عام and an organisation after the role as part of the role, not as a name', () => {
    expect(speakers('وقال مدير عام مكتب الزراعة بالمحافظة "نتوقع موسما جيدا".')).toEqual(['مدير عام مكتب الزراعة بالمحافظة']);
  });

  it('still reads a name after a title, and a person the entities stage knows after a role title', () => {
    expect(speakers('وقال الدكتور سامي الفهد: «العلاج متوفر».')).toEqual(['سامي الفهد']);
    const { quotes: qs } = analyse('وقال المدرب الحربي: «سنلعب للفوز».', (t) => [entity(t, 'p1', 'PER', 'الحربي', ['الحربي'])]);
    expect(qs.map((q) => q.speaker.text?.text)).toEqual(['الحربي']);
  });
});

describe('an adjunct or an object after the verb is never the speaker', () => {
  it('a preposition with a pronoun (أعلنت فيه، أضافت لهم) or ل before a definite noun (أكد للمجلس)', () => {
    const v = view(quotes('أكدت الهيئة أن العمل مستمر. وأضافت لهم "لن ننسى أحدا". وأكدت للمجلس أن "الميزانية كافية".'));
    expect(v.map((q) => [q.text, q.speaker])).toEqual([
      ['العمل مستمر', 'الهيئة'],
      ['لن ننسى أحدا', 'الهيئة'],
      ['الميزانية كافية', 'الهيئة'],
    ]);
  });

  it('keeps the quote of a verb whose adjunct follows it mid-sentence (شريطاً أعلنت فيه أن…)', () => {
    const v = view(quotes('وقال المتحدث إن الجماعة نشرت شريطا أعلنت فيه أنها لن تتراجع.'));
    expect(v.map((q) => [q.cue, q.text])).toContainEqual(['أعلنت', 'لن تتراجع']);
    expect(v.every((q) => q.speaker !== 'فيه')).toBe(true);
  });

  it('the speaker’s own statement after the verb (واختتم تصريحه…) is its object', () => {
    const v = view(quotes('وقال المدرب إن الفريق جاهز. واختتم تصريحه عن المباراة بالقول "نحن نحترم الخصم".'));
    expect(v.map((q) => [q.text, q.speaker])).toEqual([
      ['الفريق جاهز', 'المدرب'],
      ['نحن نحترم الخصم', 'المدرب'],
    ]);
  });
});

describe('the dot of an abbreviation ends no sentence', () => {
  it('reads the statement of a speaker written with د. or م. before the name', () => {
    const v = view(quotes('وأوضح وزير الحج د. بندر الحجار أن أول فوج يصل الأسبوع القادم.\nوقال م. سامي العلي: «المشروع جاهز».'));
    expect(v.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['indirect', 'أول فوج يصل الأسبوع القادم', 'بندر الحجار'],
      ['direct', 'المشروع جاهز', 'سامي العلي'],
    ]);
  });
});

describe('the hidden subject of a verb joined to a clause that names its subject', () => {
  const people = (t: string) => [
    entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي']),
    entity(t, 'p2', 'PER', 'أوهورو كينياتا', ['أوهورو كينياتا']),
    entity(t, 'p3', 'PER', 'خالد شمعة', ['خالد شمعة']),
    entity(t, 'p4', 'PER', 'كارلو أنشيلوتي', ['كارلو أنشيلوتي']),
  ];

  it('is the person named after the verb opening that clause, not the article’s last speaker', () => {
    const { quotes: qs } = analyse(
      'وقال المدرب سالم الحربي إن الفريق جاهز.\nوفي كلمة متلفزة أمس، أقر الرئيس الكيني أوهورو كينياتا بوجود تهديد، وقال "قاتلناهم دون هوادة".\nوألقى السفير خالد شمعة كلمة قائلا: إن المنظمة تدعم التنمية.',
      people,
    );
    expect(qs.map((q) => [q.text.text, q.speaker.entity])).toEqual([
      ['الفريق جاهز', 'p1'],
      ['قاتلناهم دون هوادة', 'p2'],
      ['إن المنظمة تدعم التنمية', 'p3'],
    ]);
  });

  it('not a person in a phrase after the subject (خلفاً لفلان), and not without a verb opening the clause', () => {
    const { quotes: qs } = analyse(
      'وقال المدرب سالم الحربي إن الفريق جاهز.\nوتولى المدرب تدريب الفريق خلفا لكارلو أنشيلوتي، وقال "سنبدأ من جديد".',
      people,
    );
    expect(qs.map((q) => q.speaker.entity)).toEqual(['p1', 'p1']);
  });
});

describe('speakers behind an outlet or an honorific', () => {
  it('the subject after the outlet addressed (وقال لـ"الصحيفة" مدير التعليم فلان:)', () => {
    const { quotes: qs } = analyse('وقال لـ"الصحيفة" مدير التعليم بالمنطقة فهد العتيبي: إن الاستعدادات اكتملت.', (t) => [
      entity(t, 'p1', 'PER', 'فهد العتيبي', ['فهد العتيبي']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity])).toEqual([['إن الاستعدادات اكتملت', 'p1']]);
    expect(speakers('من جهته، أوضح لـ«الصحيفة» مسؤول في الشركة أن الأسعار ثابتة.')).toEqual(['مسؤول في الشركة']);
  });

  it('معاليه / سموه: the last person who spoke, else the person the article is about, not the king named in a greeting', () => {
    const text =
      'هنأ وزير الإسكان ماجد الحقيل منسوبي الوزارة بعيد الفطر، ورفع الحقيل التهنئة إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.\nوقال معاليه: «نحن فخورون بكم».';
    const { quotes: qs } = analyse(text, (t) => [
      entity(t, 'p1', 'PER', 'ماجد الحقيل', ['ماجد الحقيل', 'الحقيل']),
      entity(t, 'p2', 'PER', 'سلمان بن عبدالعزيز', ['سلمان بن عبدالعزيز']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text])).toEqual([['نحن فخورون بكم', 'p1', 'ماجد الحقيل']]);
    // With nobody named, the honorific itself is what the article says.
    expect(speakers('وقال معاليه: «نحن فخورون بكم».')).toEqual(['معاليه']);
  });
});

describe('أقرّ and أبلغ report speech before أنّ', () => {
  it('reads the clause after أقرّ بأن / أبلغ … بأن, and an outlet after an unnamed source is the addressee', () => {
    const v = view(quotes('وأقرت المتحدثة باسم الحكومة بأنه لا مفر من الانتخابات.\nوأبلغ مسؤول حكومي وكالة الأنباء بأن نصف العربات منتشرة الآن.'));
    expect(v.map((q) => [q.cue, q.text, q.speaker])).toEqual([
      ['وأقرت', 'لا مفر من الانتخابات', 'المتحدثة باسم الحكومة'],
      ['وأبلغ', 'نصف العربات منتشرة الآن', 'مسؤول حكومي'],
    ]);
  });

  it('not أقرّ meaning "approved", and not the organisation a source works for', () => {
    expect(quotes('وأقر البرلمان القانون الجديد أمس.')).toEqual([]);
    expect(speakers('وقال رئيس وكالة الفضاء إن الرحلة نجحت.')).toEqual(['رئيس وكالة الفضاء']);
    expect(speakers('وقال مسؤول في وكالة الأنباء إن الاجتماع انتهى.')).toEqual(['مسؤول في وكالة الأنباء']);
  });
});
