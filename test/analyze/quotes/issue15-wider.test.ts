/**
 * Quote classes found by widening the tuning gold (test/gold/quotes-saudinewsnet-tuning2.json):
 * where reported content ends, which phrases can speak, and which forms are no cue at all.
 * Every sentence here is made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes, view } from './helpers.ts';

describe('where reported content ends', () => {
  it('at the narrator formula يذكر أنّ after a comma', () => {
    const v = view(quotes('وبحسب تقرير للهيئة، فإن عدد الزوار بلغ ألف زائر، يذكر أن المعرض افتتح أمس.'));
    expect(v.map((q) => q.text)).toEqual(['عدد الزوار بلغ ألف زائر']);
  });

  it('at a new وقال whose colon comes late, after a long adjunct', () => {
    const v = view(
      quotes('أكد المدرب سامي العتيبي أن الفريق جاهز، وقال العتيبي في تعليقه على ما نشر في المواقع عن خلافات داخل الفريق بعد المباراة الأخيرة : لا توجد أي خلافات.'),
    );
    expect(v.map((q) => q.text)).toEqual(['الفريق جاهز', 'لا توجد أي خلافات']);
  });

  it('at a participle of thanks or praise after a comma', () => {
    const v = view(quotes('وأكد الطلاب أن الاختبار كان سهلا، معبرين عن شكرهم للمعلمين.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'الاختبار كان سهلا', cue: 'وأكد', speaker: 'الطلاب' }]);
  });

  it('not at the speaker’s own أعتقد inside unmarked direct speech', () => {
    const v = view(quotes('وقال اللاعب فهد السالم: أستغرب ما نشر عن الفريق، وأعتقد أن الجميع يعرف الحقيقة.'));
    expect(v).toEqual([{ kind: 'direct', text: 'أستغرب ما نشر عن الفريق، وأعتقد أن الجميع يعرف الحقيقة', cue: 'وقال', speaker: 'فهد السالم' }]);
  });
});

describe('who can speak', () => {
  it('plural reports, official figures and observers after بحسب / وفقاً لـ', () => {
    expect(view(quotes('وبحسب تقارير صحفية فإن المصنع سيغلق الشهر المقبل.'))).toEqual([
      { kind: 'indirect', text: 'المصنع سيغلق الشهر المقبل', cue: 'وبحسب', speaker: 'تقارير صحفية' },
    ]);
    expect(view(quotes('ووفقا لأرقام رسمية فإن الصادرات ارتفعت بنسبة كبيرة.')).map((q) => q.speaker)).toEqual(['أرقام رسمية']);
    expect(view(quotes('وبحسب مراقبين، فإن الانتخابات ستؤجل إلى الربيع.')).map((q) => q.speaker)).toEqual(['مراقبين']);
  });

  it('but a plan or a schedule after بحسب is no source', () => {
    expect(quotes('وبحسب الخطة، فإن العمل يبدأ في الربيع.')).toEqual([]);
  });

  it('المصادر → the sources as first counted (ثلاثة مصادر مطلعة)', () => {
    const v = view(quotes('قالت ثلاثة مصادر مطلعة إن الصفقة تمت. وأضافت المصادر أن السعر لم يعلن.'));
    expect(v.map((q) => q.speaker)).toEqual(['ثلاثة مصادر مطلعة', 'ثلاثة مصادر مطلعة']);
  });

  it('ثم عادت وقالت: the auxiliary verb is not the speaker, the last speaker goes on', () => {
    const v = view(quotes('ذكرت الشرطة أن الحادث عرضي، ثم عادت وقالت إنه متعمد.'));
    expect(v.map((q) => [q.text, q.speaker])).toEqual([
      ['الحادث عرضي', 'الشرطة'],
      ['متعمد', 'الشرطة'],
    ]);
  });

  it('ودعا الله أن…: God is the addressee of the prayer, not its speaker', () => {
    const v = view(quotes('قال الوزير سالم الحربي إن المشروع اكتمل. ودعا الله أن يوفق الجميع.'));
    expect(v.map((q) => q.speaker)).toEqual(['سالم الحربي', 'سالم الحربي']);
  });

  it('حثّ … أن…: an urged clause is the content, the one who urges speaks', () => {
    const { quotes: qs } = analyse('حث الشيخ ناصر العلي الشباب أن يحافظوا على أوقاتهم.', (t) => [entity(t, 'p1', 'PER', 'ناصر العلي', ['ناصر العلي'])]);
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'يحافظوا على أوقاتهم', cue: 'حث', speaker: 'ناصر العلي' }]);
    expect(qs[0]!.speaker.entity).toBe('p1');
  });
});

describe('unmarked direct speech after a named subject', () => {
  it('وأضاف الحربي لم نتلق…: the name is an entity that ends right before the opener', () => {
    const { quotes: qs } = analyse('وأضاف الحربي لم نتلق أي طلب رسمي حتى الآن.', (t) => [entity(t, 'p1', 'PER', 'سالم الحربي', ['الحربي'])]);
    expect(view(qs)).toEqual([{ kind: 'direct', text: 'لم نتلق أي طلب رسمي حتى الآن', cue: 'وأضاف', speaker: 'الحربي' }]);
    expect(qs[0]!.speaker.entity).toBe('p1');
  });

  it('but not when the words before the negation are no name', () => {
    expect(quotes('وأضاف المشروع لم يكتمل بعد.')).toEqual([]);
  });
});

describe('pluperfect reports with كان', () => {
  it('وكانت X ذكرت أنّ…، وكان X قال، … إنّ…: the words after كان are the subject', () => {
    expect(view(quotes('وكانت وزارة الصحة ذكرت أن عدد الإصابات ارتفع.'))).toEqual([
      { kind: 'indirect', text: 'عدد الإصابات ارتفع', cue: 'ذكرت', speaker: 'وزارة الصحة' },
    ]);
    expect(view(quotes('وكان مسؤول في الوزارة قال، في تصريح سابق، إن الخطة جاهزة.'))).toEqual([
      { kind: 'indirect', text: 'الخطة جاهزة', cue: 'قال', speaker: 'مسؤول في الوزارة' },
    ]);
  });

  it('وكانت ذكرت X أنّ…: the auxiliary opens the clause, the subject follows the verb', () => {
    expect(view(quotes('وكانت ذكرت الشرطة أن الحادث عرضي.'))).toEqual([{ kind: 'indirect', text: 'الحادث عرضي', cue: 'ذكرت', speaker: 'الشرطة' }]);
  });
});

describe('forms that are no cue', () => {
  it('مما يؤكد أنّ… is the writer drawing a conclusion', () => {
    const v = view(quotes('أكدت مصادر مطلعة أن اللجنة اجتمعت أمس، مما يؤكد أن القرار بات قريبا.'));
    expect(v.map((q) => [q.text, q.speaker])).toEqual([['اللجنة اجتمعت أمس', 'مصادر مطلعة']]);
  });

  it('a verbal noun after a preposition (بهدف حث السكان على…)', () => {
    expect(quotes('أطلقت البلدية حملة بهدف حث السكان على ترشيد المياه.')).toEqual([]);
  });

  it('a letter or two in marks labels a category, it says nothing', () => {
    const v = view(quotes('وحددت الهيئة سعر الفئة «أ» والفئة «ب»، مؤكدة أن الأسعار نهائية.'));
    expect(v.map((q) => q.text)).toEqual(['الأسعار نهائية']);
  });
});
