/**
 * Quote recall, session 11 (issue 15), read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-21.zip, more/2015-07-24.zip). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { entity, analyse, quotes, view } from './helpers.ts';

describe('the verbal noun of قال after another verb (بقوله، بالقول)', () => {
  it('بقوله + a colon and a quotation after a verb that is no verb of saying', () => {
    const v = view(analyse('وفسر المدير سالم الناصر هذا التراجع بقوله: «الأسعار ارتفعت كثيراً هذا العام».', (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes);
    expect(v).toEqual([{ kind: 'direct', text: 'الأسعار ارتفعت كثيراً هذا العام', cue: 'بقوله', speaker: 'سالم الناصر' }]);
  });

  it('بالقول + إن is reported speech with the clause subject as speaker', () => {
    const v = view(quotes('وعلق الوزير على القرار بالقول إن الحكومة ستدرسه قبل نهاية الشهر.'));
    expect(v).toEqual([{ kind: 'indirect', text: 'الحكومة ستدرسه قبل نهاية الشهر', cue: 'بالقول', speaker: 'الوزير' }]);
  });

  it('بقولها with a feminine subject and straight marks', () => {
    const v = view(quotes('وعلقت المغنية على ألبومها الجديد بقولها "هذا أفضل ما قدمت".'));
    expect(v.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', 'هذا أفضل ما قدمت', 'بقولها']]);
  });

  it('قوله alone after a relay stays the end of the relayed speaker, not a cue of its own', () => {
    const v = view(quotes('ونقلت الصحيفة عن مصدر مطلع قوله إن الوزير سيستقيل.'));
    expect(v.map((q) => [q.text, q.cue, q.speaker])).toEqual([['الوزير سيستقيل', 'ونقلت', 'مصدر مطلع']]);
  });
});

describe('where reported content ends (session 11)', () => {
  const texts = (t: string): string[] => quotes(t).map((q) => q.text.text);

  it('a participle of a forecast, a topic or a hint after a comma opens the speaker\'s next clause', () => {
    expect(texts('وأوضح المدير أن عمالة جديدة وصلت خلال الشهر، متوقعاً أن يزيد العدد بعد العيد.')).toEqual(['عمالة جديدة وصلت خلال الشهر']);
    expect(texts('وقال المتحدث إن الفرق تعمل بشكل دقيق، متطرقاً إلى خطط الموسم المقبل.')).toEqual(['الفرق تعمل بشكل دقيق']);
    expect(texts('وأكد الطبيب أن الحالة مستقرة، ملمحاً إلى احتمال نقلها إلى مستشفى آخر.')).toEqual(['الحالة مستقرة']);
    expect(texts('ولفت القائد إلى أن تطوير القوات يتم وفق الخطط، مواصلاً زيارته إلى مقر الفوج.')).toEqual(['تطوير القوات يتم وفق الخطط']);
  });

  it('a verb of saying opening its own clause after a comma ends the content before it, even when its أن comes late', () => {
    const v = view(quotes('وطالبت المنظمة الحكومة بإطلاق سراح المعتقلين، أكد وزير الداخلية سالم الناصر للصحافيين الذين رافقوه في جولته على المنافذ الحدودية صباح أمس أن الأمن مستتب.'));
    expect(v.map((q) => [q.text, q.cue])).toEqual([
      ['بإطلاق سراح المعتقلين', 'وطالبت'],
      ['الأمن مستتب', 'أكد'],
    ]);
  });
});

describe('كما + a verb of saying + its subject ending the sentence is an attribution after the content', () => {
  it('the sentence before is the subject\'s statement', () => {
    const v = view(analyse('وسيظل الخطر قائما في المدينة لفترة طويلة، كما يقول الضابط سالم الناصر.', (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes);
    expect(v).toEqual([{ kind: 'indirect', text: 'وسيظل الخطر قائما في المدينة لفترة طويلة', cue: 'كما يقول', speaker: 'سالم الناصر' }]);
    expect(view(quotes('واندلعت الاشتباكات عند حاجز في البلدة، كما يقول ناشطون.')).map((q) => [q.text, q.speaker])).toEqual([['واندلعت الاشتباكات عند حاجز في البلدة', 'ناشطون']]);
  });

  it('not with a subject that names no one, and not when an أن clause follows the verb', () => {
    expect(quotes('وبدأت القصة قبل سنوات كما ذكرت أعلاه.')).toEqual([]);
    expect(view(quotes('وتراجعت الأسعار في السوق، كما أكد الوزير أن الحكومة ستتدخل.')).map((q) => [q.text, q.cue])).toEqual([['الحكومة ستتدخل', 'أكد']]);
  });
});

describe('حسبما + any verb of saying or publishing', () => {
  it('attributes the clause before to the source after the verb', () => {
    expect(view(quotes('وقتل ثلاثة مدنيين في الهجوم على القرية، حسبما أكد مسؤولون محليون.'))).toEqual([
      { kind: 'indirect', text: 'وقتل ثلاثة مدنيين في الهجوم على القرية', cue: 'حسبما أكد', speaker: 'مسؤولون محليون' },
    ]);
    expect(view(quotes('وبدأ التنظيم استخدام أسلوب جديد، حسبما أوردته صحيفة الديلي ميل البريطانية.')).map((q) => [q.cue, q.speaker])).toEqual([['حسبما أوردته', 'صحيفة الديلي ميل البريطانية']]);
  });

  it('not without a verb of saying after it', () => {
    expect(quotes('ونتمعن في المحاور الثلاثة، حسبما عددها الخبير.')).toEqual([]);
  });
});

describe('a bare بحسب + the last word of an earlier speaker\'s name, ending the sentence', () => {
  it('is an attribution of the clause before to that speaker', () => {
    const v = view(quotes('وقال المدعي العام مباكي فال إن المحاكمة ستبدأ في سبتمبر. وستبث الجلسات مع فارق زمني كي يتابعها الناس، بحسب فال.'));
    expect(v.map((q) => [q.text, q.cue, q.speaker])).toEqual([
      ['المحاكمة ستبدأ في سبتمبر', 'وقال', 'المدعي العام مباكي فال'],
      ['وستبث الجلسات مع فارق زمني كي يتابعها الناس', 'بحسب', 'فال'],
    ]);
  });

  it('not mid-sentence', () => {
    const v = view(quotes('وقال المدعي العام مباكي فال إن المحاكمة ستبدأ في سبتمبر. ومن أهداف المحكمة، بحسب فال، إنصاف الضحايا.'));
    expect(v.map((q) => q.cue)).toEqual(['وقال']);
  });
});
