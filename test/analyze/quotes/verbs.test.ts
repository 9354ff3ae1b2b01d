import { describe, expect, it } from 'vitest';
import { quotes, view } from './helpers.ts';

/** One fictional sentence per verb of saying and form: [cue as written, sentence, content]. */
const CASES: [string, string, string][] = [
  ['قال', 'قال المدير سامر الخطيب إن المصنع سيفتح أبوابه.', 'المصنع سيفتح أبوابه'],
  ['قالت', 'قالت الوزيرة ليلى منصور إنّ الخطة جاهزة.', 'الخطة جاهزة'],
  ['يقول', 'يقول الخبير نادر سليم إن الأسعار ستنخفض.', 'الأسعار ستنخفض'],
  ['وقال', 'وقال المحافظ عمر الحسن إنه سيزور القرى.', 'سيزور القرى'],
  ['فقال', 'فقال المزارع حامد إنها سنة ممطرة.', 'سنة ممطرة'],
  ['أكد', 'أكد رئيس النادي وليد الفارس أن الفريق مستعد.', 'الفريق مستعد'],
  ['وأكدت', 'وأكدت الهيئة أنّ الفحوص سليمة.', 'الفحوص سليمة'],
  ['أوضح', 'أوضح الطبيب مازن عادل أن الحالة مستقرة.', 'الحالة مستقرة'],
  ['وأشار', 'وأشار المهندس رامي فؤاد إلى أن العمل متأخر.', 'العمل متأخر'],
  ['أضاف', 'أضاف المدرب جمال سعيد أن اللاعبين جاهزون.', 'اللاعبين جاهزون'],
  ['ولفت', 'ولفت الباحث أنس كمال إلى أنّ العينة صغيرة.', 'العينة صغيرة'],
  ['وبيّن', 'وبيّن المتحدث خالد مراد أن الطريق مغلق.', 'الطريق مغلق'],
  ['وشدد', 'وشدد القاضي فارس نبيل على أن القانون واضح.', 'القانون واضح'],
  ['صرح', 'صرح مدير المطار زياد عمران بأن الرحلات منتظمة.', 'الرحلات منتظمة'],
  ['واعتبر', 'واعتبر المحلل سمير حداد أن السوق مستقرة.', 'السوق مستقرة'],
  ['ورأى', 'ورأى الكاتب فادي يوسف أن الرواية ناجحة.', 'الرواية ناجحة'],
  ['نفى', 'نفى المتحدث باسم الشركة أن تكون الأسعار قد ارتفعت.', 'تكون الأسعار قد ارتفعت'],
  ['كشف', 'كشف مدير الصحة هاني رشيد أن المستشفى سيتوسع.', 'المستشفى سيتوسع'],
  ['أعلن', 'أعلن الاتحاد أنه سيقيم البطولة في الربيع.', 'سيقيم البطولة في الربيع'],
  ['وحذر', 'وحذر الدفاع المدني من السباحة في الأودية.', 'من السباحة في الأودية'],
  ['ونصح', 'ونصح الطبيب ماهر عيسى بتناول الخضار يوميا.', 'بتناول الخضار يوميا'],
  ['وطالب', 'وطالب الأهالي بإصلاح الطريق فورا.', 'بإصلاح الطريق فورا'],
  ['ودعا', 'ودعا الوزير بسام نوري إلى ترشيد الاستهلاك.', 'إلى ترشيد الاستهلاك'],
  ['وذكر', 'وذكر المسؤول أن الموقع سيغلق.', 'الموقع سيغلق'],
  ['وتابع', 'وتابع المدير أن الإنتاج تضاعف.', 'الإنتاج تضاعف'],
  ['وختم', 'وختم الخطيب بأن الوحدة أساس القوة.', 'الوحدة أساس القوة'],
  ['وأفاد', 'وأفاد الشاهد بأن السيارة كانت مسرعة.', 'السيارة كانت مسرعة'],
  // found by scripts/cue-candidates.ts over the unlabelled archive (session 14)
  ['وألمح', 'وألمح المدرب سالم ناجي إلى أن الفريق سيغير خطته.', 'الفريق سيغير خطته'],
  ['ألمحت', 'ألمحت الوزيرة هدى فريد إلى أن الميزانية ستزيد.', 'الميزانية ستزيد'],
  ['وأقسم', 'وأقسم الشاهد كريم عادل أن السيارة كانت متوقفة.', 'السيارة كانت متوقفة'],
  ['وتعهد', 'وتعهد المحافظ باسل نعيم بأن الطريق سيفتح قبل الصيف.', 'الطريق سيفتح قبل الصيف'],
  ['تعهدت', 'تعهدت الشركة بأن الأسعار لن ترتفع.', 'الأسعار لن ترتفع'],
  ['وأخبر', 'وأخبر المدير سامي نور الموظفين أن الدوام سيبدأ مبكرا.', 'الدوام سيبدأ مبكرا'],
  ['أخبرت', 'أخبرت المعلمة رنا حسن الطلاب بأن الرحلة ألغيت.', 'الرحلة ألغيت'],
  ['واقترح', 'واقترح المهندس رائد سمير أن يبنى الجسر من الحديد.', 'يبنى الجسر من الحديد'],
];

describe('verbs of saying, every form', () => {
  for (const [cue, sentence, content] of CASES) {
    it(cue, () => {
      const qs = quotes(sentence);
      expect(qs).toHaveLength(1);
      expect(qs[0]!.kind).toBe('indirect');
      expect(qs[0]!.cue?.text).toBe(cue);
      expect(qs[0]!.text.text).toBe(content);
      expect(qs[0]!.source).toMatch(/^rule:quotes\//);
    });
  }
});

describe('participles continue the sentence’s speaker', () => {
  const spellings: [string, string][] = [
    ['مضيفاً', 'مضيفاً'],
    ['مضيفًا', 'مضيفًا'],
    ['مضيفا', 'مضيفا'],
    ['قائلاً', 'قائلاً'],
    ['معتبراً', 'معتبراً'],
    ['مؤكداً', 'مؤكداً'],
    ['مشيراً إلى', 'مشيراً'],
  ];
  for (const [written, cue] of spellings) {
    it(written, () => {
      const v = view(quotes(`قال الوزير نبيل سالم إن الميناء جاهز، ${written} أن السفن الأولى تصل غدا.`));
      expect(v).toEqual([
        { kind: 'indirect', text: 'الميناء جاهز', cue: 'قال', speaker: 'نبيل سالم' },
        { kind: 'indirect', text: 'السفن الأولى تصل غدا', cue, speaker: 'نبيل سالم' },
      ]);
    });
  }

  it('a feminine participle after a feminine speaker', () => {
    const v = view(quotes('وأوضحت المديرة سعاد كريم أن الدوام يبدأ مبكرا، مشيرة إلى أن المدارس جاهزة.'));
    expect(v.map((q) => [q.cue, q.speaker])).toEqual([
      ['وأوضحت', 'سعاد كريم'],
      ['مشيرة', 'سعاد كريم'],
    ]);
  });

  it('a participle followed by a colon and a quotation', () => {
    const v = view(quotes('وأكد المدرب هشام علي أن الفريق تحسن، قائلاً: "سنفوز في المباراة القادمة".'));
    expect(v[1]).toEqual({ kind: 'direct', text: 'سنفوز في المباراة القادمة', cue: 'قائلاً', speaker: 'هشام علي' });
  });
});

describe('content clause and its end', () => {
  it('strips the complementizer with its pronoun suffix (أنه، إنها، أنهم)', () => {
    expect(quotes('وقالت الشركة إنها ستوظف ألف شاب.')[0]!.text.text).toBe('ستوظف ألف شاب');
    expect(quotes('وأكد الطلاب أنهم سيشاركون في المسابقة.')[0]!.text.text).toBe('سيشاركون في المسابقة');
  });

  it('ends at the sentence end, or where a new cue begins', () => {
    const v = view(quotes('وأوضح المدير طارق نعيم أن الجسر آمن، قبل أن يضيف: "سنراقبه كل أسبوع". ثم انتهى اللقاء.'));
    expect(v).toEqual([
      { kind: 'indirect', text: 'الجسر آمن', cue: 'وأوضح', speaker: 'طارق نعيم' },
      { kind: 'direct', text: 'سنراقبه كل أسبوع', cue: 'يضيف', speaker: 'طارق نعيم' },
    ]);
  });

  it('skips time and place adjuncts between the speaker and the clause', () => {
    const v = view(quotes('أعلنت البلدية، اليوم الأحد، أن السوق سيفتح مساء.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'السوق سيفتح مساء', cue: 'أعلنت', speaker: 'البلدية' }]);
  });

  it('does not read دون أن / قبل أن as reported speech', () => {
    expect(quotes('أعلنت الإدارة عن بدء التسجيل دون أن يراجع أحد المكاتب.')).toEqual([]);
  });

  it('does not read a nominal complement as a quote (شدد على تطبيق…)', () => {
    expect(quotes('وشدد معاليه على تطبيق الأنظمة، على أن تتولى اللجان المتابعة.')).toEqual([]);
  });
});

describe('attribution phrases', () => {
  it('وفقاً لـ after the content', () => {
    const v = view(quotes('ارتفعت المبيعات بنسبة كبيرة هذا العام، وفقاً لوزارة التجارة.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'ارتفعت المبيعات بنسبة كبيرة هذا العام', cue: 'وفقاً ل', speaker: 'وزارة التجارة' }]);
  });

  it('بحسب after the content, بحسب ما + verb too', () => {
    expect(view(quotes('وصل الوفد إلى المدينة صباحا، بحسب مصدر أمني.'))[0]).toMatchObject({ text: 'وصل الوفد إلى المدينة صباحا', speaker: 'مصدر أمني' });
    expect(view(quotes('أغلقت المدارس يومين، بحسب ما أعلنت الوزارة.'))[0]).toMatchObject({ text: 'أغلقت المدارس يومين', cue: 'بحسب ما أعلنت' });
  });

  it('نقلاً عن and حسبما أفادت before the content', () => {
    expect(view(quotes('ونقلاً عن مصادر محلية، فإن الطريق أغلق بالكامل.'))[0]).toMatchObject({ kind: 'indirect', text: 'الطريق أغلق بالكامل', speaker: 'مصادر محلية' });
    expect(view(quotes('وحسبما أفادت مصادر مطلعة، فإن الاجتماع تأجل.'))[0]).toMatchObject({ text: 'الاجتماع تأجل', speaker: 'مصادر مطلعة' });
  });

  it('a bare بحسب needs a source that can speak (not بحسب الخطة)', () => {
    expect(quotes('ستنتهي الأعمال في الصيف، بحسب الخطة.')).toEqual([]);
  });

  it('على حد قوله ends the reported content', () => {
    const v = view(quotes('وأكد المزارع صالح أن الموسم جيد على حد قوله، ثم عاد إلى حقله.'));
    expect(v[0]!.text).toBe('الموسم جيد');
  });
});

describe('speech patterns found in real reporting', () => {
  it('unquoted direct speech right after قال (قال أنا… / قال لا…)', () => {
    const v = view(quotes('وكان المدير أحمد سالم قد قال لا يمكن تأجيل الامتحانات هذا العام.'));
    expect(v).toEqual([{ kind: 'direct', text: 'لا يمكن تأجيل الامتحانات هذا العام', cue: 'قال', speaker: 'أحمد سالم' }]);
  });

  it('a new speaker after "، غير أنّ" closes the previous content', () => {
    const v = view(quotes('وأكد الوزير عماد فهمي أن الخطة ناجحة، غير أن المعارضين يقولون إن التكلفة عالية.'));
    expect(v).toEqual([
      { kind: 'indirect', text: 'الخطة ناجحة', cue: 'وأكد', speaker: 'عماد فهمي' },
      { kind: 'indirect', text: 'التكلفة عالية', cue: 'يقولون', speaker: 'المعارضين' },
    ]);
  });

  it('a subject before the verb after لكن, relayed through an agency', () => {
    const qs = quotes('وأعلنت الشركة خفض الإنتاج لكن مصدرا بالشركة قال لرويترز إن الخفض مؤقت.');
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'الخفض مؤقت', cue: 'قال', speaker: 'مصدرا بالشركة' }]);
  });

  it('a verb of saying governed by another verb is not a statement (ينتظر أن يدعو…)', () => {
    expect(quotes('وينتظر أن يدعو الاتحاد الأعضاء إلى اجتماع عاجل.')).toEqual([]);
  });

  it('نشر / كتب / زاد introduce a quotation but not a clause', () => {
    expect(view(quotes('وكتب اللاعب في حسابه: "شكرا للجماهير".'))[0]).toMatchObject({ kind: 'direct', text: 'شكرا للجماهير', cue: 'وكتب' });
    expect(quotes('وزادت المبيعات في الربيع بينما توقع المحللون أن تنخفض.')).toEqual([]);
  });

  it('a quoted name before the colon is not the quote', () => {
    const v = view(quotes('وقال الرئيس في مقابلة مع "إذاعة الشرق": "الانتخابات في موعدها".'));
    expect(v.map((q) => q.text)).toEqual(['الانتخابات في موعدها']);
  });
});
