/**
 * Classes read off unlabelled news of another day (more/2015-08-08) in session 10: one unit as a
 * length (لعام واحد، أكثر من عام، بعد أسبوع من …), the unit said again after a half (ونصف العام),
 * الأول من أمس, and sets (كل جمعة، كل ليلة، كل صيف، أيام الجمعة والسبت، طوال أيام الأسبوع، فصلياً).
 * Made-up sentences; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

function all(text: string): { text: string; type: string; value: string; mod?: string }[] {
  return findTimes(text, { anchor: '2015-08-10' }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, type: e.type, value: e.value, ...(e.mod ? { mod: e.mod } : {}) };
  });
}

describe('one unit as a length', () => {
  it('with a word that says one or whole after it', () => {
    expect(all('أعير المهاجم إلى النادي لعام واحد فقط.')).toEqual([{ text: 'عام واحد', type: 'DURATION', value: 'P1Y' }]);
    expect(all('يحصل الفريق على راحة ليوم واحد.')).toEqual([{ text: 'يوم واحد', type: 'DURATION', value: 'P1D' }]);
    expect(all('فاز المنتخب مرتين في أسبوع واحد.')).toEqual([{ text: 'أسبوع واحد', type: 'DURATION', value: 'P1W' }]);
    expect(all('تعمل اللجنة عاماً كاملاً قبل رفع تقريرها.')).toEqual([{ text: 'عاماً كاملاً', type: 'DURATION', value: 'P1Y' }]);
  });

  it('after a quantity qualifier, which becomes its mod', () => {
    expect(all('أنجزت الشركة المبنى في أقل من شهر.')).toEqual([{ text: 'شهر', type: 'DURATION', value: 'P1M', mod: 'LESS_THAN' }]);
    expect(all('تعاني القرية من العطش منذ أكثر من عام.')).toEqual([{ text: 'عام', type: 'DURATION', value: 'P1Y', mod: 'MORE_THAN' }]);
    // قبل keeps its offset reading (the date a year or more back).
    expect(all('زار الوزير القرية قبل أكثر من عام.')).toEqual([{ text: 'قبل أكثر من عام', type: 'DATE', value: '2014', mod: 'MORE_THAN' }]);
  });

  it('between بعد and من: counted from another event, not from the publication date', () => {
    expect(all('تدفع أول دفعة بعد سنة من توقيع العقد.')).toEqual([{ text: 'سنة', type: 'DURATION', value: 'P1Y' }]);
    expect(all('توفي المصاب بعد أسبوع من الحادث.')).toEqual([{ text: 'أسبوع', type: 'DURATION', value: 'P1W' }]);
    expect(all('انسحب اللاعب بعد 20 دقيقة فقط من انطلاق اللقاء.')).toEqual([{ text: '20 دقيقة', type: 'DURATION', value: 'PT20M' }]);
    expect(all('استقال الرئيس بعد أربعة أيام على فوزه.')).toEqual([{ text: 'أربعة أيام', type: 'DURATION', value: 'P4D' }]);
    expect(all('امتلأت القاعة بعد أسبوع منذ افتتاحها.')).toEqual([{ text: 'أسبوع', type: 'DURATION', value: 'P1W' }]);
    expect(all('هاجم المسلحون المركز بعد ساعات من الانفجار.')).toEqual([{ text: 'ساعات', type: 'DURATION', value: 'PTXH' }]);
    // على الأقل is no event: the offset from the publication date stays.
    expect(all('يعود اللاعب بعد يومين على الأقل.')).toEqual([{ text: 'بعد يومين', type: 'DATE', value: '2015-08-12' }]);
    // قبل + a unit + من stays one date, as the Wojood gold marks it.
    expect(all('أغلقت البوابة قبل ساعة من موعد الإقلاع.')[0]).toMatchObject({ text: 'قبل ساعة', type: 'DATE' });
  });

  it('a bare unit alone stays no length', () => {
    expect(all('اشترى الرجل ساعة جديدة.')).toEqual([]);
    expect(all('ينتظر الأهالي يوم الحسم.')).toEqual([]);
    expect(all('أعلن المدير عام التطوير في المدرسة.')).toEqual([]);
    expect(all('بقي اللاعب أكثر من عام 2010 في النادي.')).toEqual([{ text: 'عام 2010', type: 'DATE', value: '2010' }]);
  });
});

describe('the unit said again after a half', () => {
  it('in its singular with the article, whatever form counted it', () => {
    expect(all('بلغت البطالة أدنى مستوى لها في أكثر من 37 عاما ونصف العام.')).toEqual([
      { text: '37 عاما ونصف العام', type: 'DURATION', value: 'P37Y6M', mod: 'MORE_THAN' },
    ]);
    expect(all('نزل الذهب إلى أدنى مستوى في خمس سنوات ونصف السنة.')).toEqual([{ text: 'خمس سنوات ونصف السنة', type: 'DURATION', value: 'P5Y6M' }]);
    expect(all('تأخرت الرحلة ساعتين ونصف الساعة.')).toEqual([{ text: 'ساعتين ونصف الساعة', type: 'DURATION', value: 'PT2H30M' }]);
  });

  it('not another unit', () => {
    expect(all('استمر الاجتماع ساعتين ونصف اليوم التالي.')[0]).toEqual({ text: 'ساعتين ونصف', type: 'DURATION', value: 'PT2H30M' });
  });
});

describe('الأول من أمس', () => {
  it('is the day before yesterday, with a part of the day before it', () => {
    expect(all('اختتمت الأول من أمس فعاليات المخيم.')).toEqual([{ text: 'الأول من أمس', type: 'DATE', value: '2015-08-08' }]);
    expect(all('تجمع الأهالي مساء الأول من أمس.')).toEqual([{ text: 'مساء الأول من أمس', type: 'TIME', value: '2015-08-08TEV' }]);
  });
});

describe('sets', () => {
  it('كل + a weekday without يوم, but not كل أحد (everyone) or كل اثنين (every two)', () => {
    expect(all('يجتمع أعضاء النادي كل خميس.')).toEqual([{ text: 'كل خميس', type: 'SET', value: 'XXXX-WXX-4' }]);
    expect(all('تزور الأسرة جدتها كل جمعة.')).toEqual([{ text: 'كل جمعة', type: 'SET', value: 'XXXX-WXX-5' }]);
    expect(all('يعرف كل أحد في القرية الطريق.')).toEqual([]);
    expect(all('يتقاسم كل اثنين من الطلاب غرفة.')).toEqual([]);
  });

  it('كل + a part of the day or a season', () => {
    expect(all('يقدم المذيع برنامجه كل ليلة.')).toEqual([{ text: 'كل ليلة', type: 'SET', value: 'XXXX-XX-XXTNI' }]);
    expect(all('يمشي الرجل على الشاطئ كل صباح.')).toEqual([{ text: 'كل صباح', type: 'SET', value: 'XXXX-XX-XXTMO' }]);
    expect(all('تسافر العائلة إلى الجبال كل صيف.')).toEqual([{ text: 'كل صيف', type: 'SET', value: 'XXXX-SU' }]);
  });

  it('أيام + a definite weekday or its plural, also the second of two', () => {
    expect(all('يغلق السوق أيام الجمعة والسبت.')).toEqual([
      { text: 'أيام الجمعة', type: 'SET', value: 'XXXX-WXX-5' },
      { text: 'السبت', type: 'SET', value: 'XXXX-WXX-6' },
    ]);
    expect(all('يستمر التسجيل عشرة أيام عدا أيام الجمع.')).toEqual([
      { text: 'عشرة أيام', type: 'DURATION', value: 'P10D' },
      { text: 'أيام الجمع', type: 'SET', value: 'XXXX-WXX-5' },
    ]);
    // A weekday with و after another that is no set stays a date.
    expect(all('وصل الوفد الخميس والجمعة.').map((e) => e.type)).toEqual(['DATE', 'DATE']);
  });

  it('every day of the week, a few units, a quarter', () => {
    expect(all('تعمل العيادة طوال أيام الأسبوع.')).toEqual([{ text: 'طوال أيام الأسبوع', type: 'SET', value: 'P1D' }]);
    expect(all('تتكرر الظاهرة كل بضع سنوات.')).toEqual([{ text: 'كل بضع سنوات', type: 'SET', value: 'PXY' }]);
    expect(all('تصدر المجلة فصلياً.')).toEqual([{ text: 'فصلياً', type: 'SET', value: 'P3M' }]);
    expect(all('يزور كل الأيام الجميلة.')).toEqual([]);
  });
});

describe('one or whole after a counted unit', () => {
  it('belongs to the length or the offset', () => {
    expect(all('استمر القياس لمدة شهر كامل.')).toEqual([{ text: 'لمدة شهر كامل', type: 'DURATION', value: 'P1M' }]);
    expect(all('تضاعف العدد خلال عام واحد.')).toEqual([{ text: 'عام واحد', type: 'DURATION', value: 'P1Y' }]);
    expect(all('غادر المتدربون قبل يوم واحد من الحادث.')).toEqual([{ text: 'قبل يوم واحد', type: 'DATE', value: '2015-08-09' }]);
  });
});

describe('a Hijri month takes the Hijri year after it', () => {
  it('a written year, with من or ل and العام', () => {
    expect(all('زادت المبيعات في شهر رمضان من عام 1435هـ.')).toEqual([{ text: 'شهر رمضان من عام 1435هـ', type: 'DATE', value: '2014-07' }]);
    expect(all('قورنت الأرقام بشهر رمضان للعام السابق 1435هـ.')).toEqual([{ text: 'شهر رمضان للعام السابق 1435هـ', type: 'DATE', value: '2014-07' }]);
  });

  it('a relative year, counted in Hijri years from the anchor (25 Shawwal 1436)', () => {
    expect(all('زادت المبيعات في شهر رمضان من العام الماضي.')).toEqual([{ text: 'شهر رمضان من العام الماضي', type: 'DATE', value: '2014-07' }]);
    expect(all('تقام البطولة في شوال من العام المقبل.')).toEqual([{ text: 'شوال من العام المقبل', type: 'DATE', value: '2016-07' }]);
  });

  it('not a year in another clause', () => {
    expect(all('ارتفع الإنفاق في شهر رمضان وفي العام الماضي كان أقل.')).toEqual([
      { text: 'شهر رمضان', type: 'DATE', value: '2015-07' },
      { text: 'العام الماضي', type: 'DATE', value: '2014' },
    ]);
  });
});

describe('an uncounted plural in construct', () => {
  it('names the stretch after it, no length of its own', () => {
    expect(all('زاد الإقبال طيلة أيام شهر رمضان.')).toEqual([{ text: 'شهر رمضان', type: 'DATE', value: '2015-07' }]);
    expect(all('يستمر المهرجان طوال أيام العيد.')).toEqual([]);
    expect(all('استمر العمل لمدة أيام.')).toEqual([{ text: 'لمدة أيام', type: 'DURATION', value: 'PXD' }]);
  });
});

describe('clock times', () => {
  it('minutes after a point when الساعة comes before', () => {
    expect(all('ينطلق القطار في الساعة 7.15 صباحا.')).toEqual([{ text: 'الساعة 7.15 صباحا', type: 'TIME', value: 'T07:15' }]);
    expect(all('سمع إطلاق النار عند الساعة 12.10 ثم توقف.')).toEqual([{ text: 'الساعة 12.10', type: 'TIME', value: 'T12:10' }]);
    // A decimal with no الساعة, or with spaces around the point, is no clock.
    expect(all('بلغ المؤشر 7.15 نقطة.')).toEqual([]);
  });

  it('an ordinal hour with و and a count of minutes', () => {
    expect(all('تبدأ المباراة في الثامنة و45 دقيقة مساء.')).toEqual([{ text: 'الثامنة و45 دقيقة مساء', type: 'TIME', value: 'T20:45' }]);
    expect(all('عبرت السفينة القناة في الساعة الرابعة و40 دقيقة.')).toEqual([{ text: 'الساعة الرابعة و40 دقيقة', type: 'TIME', value: 'T04:40' }]);
  });

  it('الظهيرة and صبيحة as parts of the day, not the tribe الصبيحة', () => {
    expect(all('وقع الانفجار ظهيرة اليوم.')).toEqual([{ text: 'ظهيرة اليوم', type: 'TIME', value: '2015-08-10TMI' }]);
    expect(all('وقع الهجوم في صبيحة يوم الجمعة.')).toEqual([{ text: 'صبيحة يوم الجمعة', type: 'TIME', value: '2015-08-07TMO' }]);
    expect(all('قاتلت قبائل الصبيحة مع المقاومة.')).toEqual([]);
  });
});

describe('numbers that are counts, not years', () => {
  it('after a qualifier of more or less, or after the article', () => {
    expect(all('يتسع المسجد لأكثر من 1000 مصل.')).toEqual([]);
    expect(all('شاهد العرض ما يزيد على 1500 متفرج.')).toEqual([]);
    expect(all('فاق عدد الحضور الـ 2000 مشاهد.')).toEqual([]);
    // About a year is still a year.
    expect(all('تولى المنصب من 2003 إلى نحو 2008.')).toEqual([
      { text: '2003', type: 'DATE', value: '2003' },
      { text: '2008', type: 'DATE', value: '2008' },
    ]);
  });

  it('before a decimal point or what they count', () => {
    expect(all('ارتفع الذهب إلى 1094.54 دولار للأوقية.')).toEqual([]);
    expect(all('نزل السعر إلى 1077 دولارا للأوقية.')).toEqual([]);
    expect(all('سجلت الوزارة 3010 حالات و1636 حالة أخرى.')).toEqual([]);
    expect(all('فاز الفريق باللقب في 2012 ثم في 2014.').map((e) => e.value)).toEqual(['2012', '2014']);
  });
});

describe('a bare weekday that is the publication weekday', () => {
  it('is that day in a future clause too, not a week on (anchor 2015-08-10, a Monday)', () => {
    expect(all('يشارك الرئيس في حفل الافتتاح الاثنين.')).toEqual([{ text: 'الاثنين', type: 'DATE', value: '2015-08-10' }]);
    expect(all('سيقام المؤتمر في المدينة الاثنين.')).toEqual([{ text: 'الاثنين', type: 'DATE', value: '2015-08-10' }]);
    expect(all('سيقام المؤتمر الاثنين المقبل.')).toEqual([{ text: 'الاثنين المقبل', type: 'DATE', value: '2015-08-17' }]);
    expect(all('سيقام المؤتمر الخميس.')).toEqual([{ text: 'الخميس', type: 'DATE', value: '2015-08-13' }]);
  });
});

describe('ل + an uncounted plural unit', () => {
  it('is a length for so many units, ل left out', () => {
    expect(all('قد يدوم الوضع لسنوات.')).toEqual([{ text: 'سنوات', type: 'DURATION', value: 'PXY' }]);
    expect(all('انتظر المرضى لساعات أو حتى لأيام.')).toEqual([
      { text: 'ساعات', type: 'DURATION', value: 'PTXH' },
      { text: 'أيام', type: 'DURATION', value: 'PXD' },
    ]);
    expect(all('عاش الكاتب في المنفى لسنوات طويلة.')).toEqual([{ text: 'سنوات طويلة', type: 'DURATION', value: 'PXY' }]);
  });

  it('not in construct, nor a unit that opens a year', () => {
    expect(all('أعد المدرب لأيام الأسبوع جدولا.')).toEqual([]);
    expect(all('زاد الطلب لعام 2016.')).toEqual([{ text: 'عام 2016', type: 'DATE', value: '2016' }]);
  });
});

describe('a set word as the adjective of the noun before it', () => {
  it('is left out after an indefinite accusative noun', () => {
    expect(all('استأجرت الشركة المبنى إيجاراً سنوياً.')).toEqual([]);
    expect(all('يتقاضى اللاعب راتبا أسبوعيا كبيرا.')).toEqual([]);
    expect(all('سجلت الأسعار ارتفاعاً سنوياً بنسبة ستة في المائة.')).toEqual([]);
  });

  it('stays a set after a count, a verb or a pronoun ending, or an adverb', () => {
    expect(all('يزور الحديقة 250 طفلا يوميا.')).toEqual([{ text: 'يوميا', type: 'SET', value: 'P1D' }]);
    expect(all('تبدأ يومياً عروض المسرح.')).toEqual([{ text: 'يومياً', type: 'SET', value: 'P1D' }]);
    expect(all('أطباق يقدمها يوميا طاه ماهر.')).toEqual([{ text: 'يوميا', type: 'SET', value: 'P1D' }]);
    expect(all('تضع الدجاجة مئتي بيضة تقريباً سنوياً.')).toEqual([{ text: 'سنوياً', type: 'SET', value: 'P1Y' }]);
  });
});

describe('an ordinal that counts a part, not a day', () => {
  it('after النصف، الأسبوع، الجولة… the ordinal is no day of the month after it', () => {
    expect(all('يبدأ الموسم في النصف الثاني من الشهر المقبل.')).toEqual([{ text: 'الشهر المقبل', type: 'DATE', value: '2015-09' }]);
    expect(all('يبدأ العام الدراسي في الأسبوع الثاني من سبتمبر.')).toEqual([{ text: 'سبتمبر', type: 'DATE', value: '2015-09' }]);
    expect(all('تقام الجولة الثالثة من شوال المقبل.')[0]).toMatchObject({ text: 'شوال المقبل' });
  });

  it('a day still is one', () => {
    expect(all('تنطلق البطولة في الثالث من سبتمبر.')).toEqual([{ text: 'الثالث من سبتمبر', type: 'DATE', value: '2015-09-03' }]);
    expect(all('يوافق ذلك اليوم الأول من شهر ذي القعدة.')).toEqual([{ text: 'الأول من شهر ذي القعدة', type: 'DATE', value: '2015-08-16' }]);
  });
});

describe('future-looking names and nouns', () => {
  it('do not make the clause future (anchor 2015-08-10)', () => {
    expect(all('باعت الحكومة سندات دولية في يونيو.')).toEqual([{ text: 'يونيو', type: 'DATE', value: '2015-06' }]);
    expect(all('ستبيع الحكومة سندات دولية في يونيو.')).toEqual([{ text: 'يونيو', type: 'DATE', value: '2016-06' }]);
  });
});

describe('في مثل هذا اليوم من العام الماضي', () => {
  it('is the publication day in the year named after it, one expression', () => {
    expect(all('عقد الاجتماع الأول في مثل هذا اليوم من العام الماضي.')).toEqual([
      { text: 'مثل هذا اليوم من العام الماضي', type: 'DATE', value: '2014-08-10' },
    ]);
    expect(all('في مثل هذا اليوم من عام 1990 افتتح الجسر.')[0]).toEqual({ text: 'مثل هذا اليوم من عام 1990', type: 'DATE', value: '1990-08-10' });
  });

  it('not without the year', () => {
    expect(all('وصل الوفد اليوم من العاصمة.')).toEqual([{ text: 'اليوم', type: 'DATE', value: '2015-08-10' }]);
  });
});

describe('بعد + an uncounted stretch', () => {
  it('is a vague past in a past clause, a vague future in a future one', () => {
    expect(all('استقال من منصبه وبعد سنوات قليلة غادر البلاد.')).toEqual([{ text: 'بعد سنوات قليلة', type: 'DATE', value: 'PAST_REF' }]);
    expect(all('سيعود اللاعب إلى الملاعب بعد أسابيع.')).toEqual([{ text: 'بعد أسابيع', type: 'DATE', value: 'FUTURE_REF' }]);
    expect(all('تنطلق البطولة بعد أيام.')).toEqual([{ text: 'بعد أيام', type: 'DATE', value: 'FUTURE_REF' }]);
  });
});
