/**
 * Quote classes found by the third widening of the tuning gold
 * (test/gold/quotes-saudinewsnet-tuning3.json): which phrases can speak, and who speaks on after
 * a statement whose content the finder cannot read. Every sentence here is made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes, view } from './helpers.ts';

describe('where a colon quote ends', () => {
  it('with its sentence when the colon comes before إنّ (reported speech written with a colon)', () => {
    const v = view(quotes('وقال المتحدث باسم الشرطة: إن المصاب نقل إلى المستشفى. وتجمع عشرات المحتجين أمام المبنى مساء أمس.'));
    expect(v.map((q) => [q.kind, q.text])).toEqual([['direct', 'إن المصاب نقل إلى المستشفى']]);
    // Without إنّ the speaker's words run on to the paragraph end.
    const w = view(quotes('وقال المدرب: الفريق جاهز. سنلعب للفوز فقط.'));
    expect(w.map((q) => q.text)).toEqual(['الفريق جاهز. سنلعب للفوز فقط']);
  });

  it('before a later sentence that introduces another speaker (… . فلان، قال …)', () => {
    const v = view(quotes('وقال المدرب: لا نلعب من أجل التعادل، بل من أجل الفوز. اللاعب الشاب فهد السالم، قال إنه جاهز للمباراة.'));
    expect(v.map((q) => q.text)).toEqual(['لا نلعب من أجل التعادل، بل من أجل الفوز', 'جاهز للمباراة']);
  });
});

describe('verbs of saying', () => {
  it('تبيّن من / تبيّن له ("it became clear") neither opens a quote nor ends the statement it stands in', () => {
    const v = view(quotes('وأشار المدرب إلى أنه ناقش المديرة الأسبوع الماضي، وتبين من خلاله أنها لا تحترم الاتفاق.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'ناقش المديرة الأسبوع الماضي، وتبين من خلاله أنها لا تحترم الاتفاق', cue: 'وأشار', speaker: 'المدرب' }]);
    // تبيّن with its content right after it is still a verb of saying (she explained that…).
    expect(view(quotes('وتبين الوزيرة أن الخطة جاهزة.')).map((q) => q.text)).toEqual(['الخطة جاهزة']);
  });

  it('استدرك introduces speech like استطرد', () => {
    const v = view(quotes('وأكدت الكاتبة أن الرواية اكتملت. واستدركت: «لكن الطريق إلى النشر ما زال طويلا».'));
    expect(v.map((q) => [q.cue, q.text])).toEqual([
      ['وأكدت', 'الرواية اكتملت'],
      ['واستدركت', 'لكن الطريق إلى النشر ما زال طويلا'],
    ]);
  });
});

describe('who can speak', () => {
  it('never a phrase that opens with a preposition: the hidden subject speaks on', () => {
    const v = view(quotes('أكدت اللجنة أن الموعد ثابت. وأشارت في ذات الوقت إلى أن التسجيل مفتوح.'));
    expect(v.map((q) => [q.text, q.speaker])).toEqual([
      ['الموعد ثابت', 'اللجنة'],
      ['التسجيل مفتوح', 'اللجنة'],
    ]);
  });

  it('the subject between كان and the verb, with no قد (وكان فلان قال في وقت سابق إن…)', () => {
    const { quotes: qs } = analyse('وكان مدير النادي سالم الحربي قال في وقت سابق إن العقد سيوقع قريبا.', (t) => [
      entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text])).toEqual([['العقد سيوقع قريبا', 'p1', 'سالم الحربي']]);
  });

  it('not a name inside an adjunct after عقب', () => {
    const { quotes: qs } = analyse('وقال المدرب عقب لقائه بالوزير خالد بن فهد الفهد: «سنبدأ العمل غدا».', (t) => [
      entity(t, 'p1', 'PER', 'خالد بن فهد الفهد', ['خالد بن فهد الفهد']),
    ]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker.entity).not.toBe('p1');
  });
});

describe('who speaks on', () => {
  it('the person named as the subject of a statement whose content is a noun phrase', () => {
    const { quotes: qs } = analyse(
      'وقال المدرب سامي العتيبي إن الفريق جاهز. من جهته أكد اللاعب فهد السالم جدارة الفريق بالصدارة وقال: "لن نتخلى عن الصدارة أبدا".',
      (t) => [entity(t, 'p1', 'PER', 'سامي العتيبي', ['سامي العتيبي']), entity(t, 'p2', 'PER', 'فهد السالم', ['فهد السالم'])],
    );
    // The noun phrase is a claim too (a quote since session 13, as in the tuning gold: أكد فلان جدارة…).
    expect(qs.map((q) => [q.text.text, q.speaker.entity])).toEqual([
      ['الفريق جاهز', 'p1'],
      ['جدارة الفريق بالصدارة', 'p2'],
      ['لن نتخلى عن الصدارة أبدا', 'p2'],
    ]);
  });

  it('a group that agreed on something, through the participle that follows', () => {
    const v = view(quotes('اتفق نواب ومختصون في ختام الندوة، مؤكدين أن التعديل لا يعني إلغاءه.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'التعديل لا يعني إلغاءه', cue: 'مؤكدين', speaker: 'نواب ومختصون' }]);
  });

  it('the first voice of a survey opened by في البداية', () => {
    const { quotes: qs } = analyse('في البداية تحدثت الدكتورة هند سالم عن تجربتها في العمل. وأضافت: «كانت سنوات صعبة ومفيدة».', (t) => [
      entity(t, 'p1', 'PER', 'هند سالم', ['هند سالم']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity])).toEqual([['كانت سنوات صعبة ومفيدة', 'p1']]);
  });

  it('a bare role noun (وقال المدرب) names the person the article is about so far', () => {
    const { quotes: qs } = analyse('أعلن المدرب الإسباني خوان مارتينيز رحيله عن النادي بعد موسمين. وقال المدرب بعد المباراة: «قدمت كل ما أستطيع».', (t) => [
      entity(t, 'p1', 'PER', 'خوان مارتينيز', ['خوان مارتينيز']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text])).toEqual([['قدمت كل ما أستطيع', 'p1', 'المدرب']]);
    // With nobody named before it, the role stays a phrase.
    expect(view(quotes('وقال المدرب بعد المباراة: «قدمت كل ما أستطيع».')).map((q) => q.speaker)).toEqual(['المدرب']);
  });

  it('ROLE ORG NAME: the words after the organisation name the holder of the role', () => {
    const { quotes: qs } = analyse('وكان مدير عام نادي الوحدة ماركو تيستا قال إن الصفقة أنجزت.', (t) => [
      entity(t, 'o1', 'ORG', 'نادي الوحدة', ['نادي الوحدة']),
    ]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text])).toEqual([['الصفقة أنجزت', null, 'ماركو تيستا']]);
  });

  it('a participle at the end of a long sentence: the organisation after its opening verb, named in full earlier', () => {
    const text =
      'أعلنت وزارة الحج خطتها للموسم. وقسمت الوزارة المخيمات إلى ست فئات وحددت قيمة الفئة الأولى بألف ريال وقيمة الفئة الثانية بتسعمائة ريال، مؤكدة أن التقسيم تم بناء على دراسة.';
    const { quotes: qs } = analyse(text, (t) => [entity(t, 'o1', 'ORG', 'وزارة الحج', ['وزارة الحج'])]);
    expect(qs.map((q) => [q.text.text, q.speaker.entity])).toEqual([['التقسيم تم بناء على دراسة', 'o1']]);
    // The definite word after the head is the verb's object, not part of the speaker.
    expect(view(quotes(text.slice(text.indexOf('وقسمت')))).map((q) => q.speaker)).toEqual(['الوزارة']);
  });

  it('أوضح ذلك فلان: the sentence before, with no cue of its own, is the named subject’s statement', () => {
    const text = 'تعهدت الحكومة بإجراء الانتخابات في موعدها وتحت إشراف قضائي كامل. أوضح ذلك رئيس الوزراء سالم الحربي لدى زيارته أمس مقر المحكمة.';
    const { quotes: qs } = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الحربي', ['سالم الحربي'])]);
    expect(qs.map((q) => [q.kind, q.text.text, q.cue?.text, q.speaker.entity])).toEqual([
      ['indirect', 'تعهدت الحكومة بإجراء الانتخابات في موعدها وتحت إشراف قضائي كامل', 'أوضح ذلك', 'p1'],
    ]);
    // A sentence that already has its speaker is not reported twice.
    const v = view(quotes('وقال المدير إن الخطة جاهزة. أكد ذلك الوزير سالم الحربي في المؤتمر.'));
    expect(v.map((q) => q.text)).toEqual(['الخطة جاهزة']);
  });
});
