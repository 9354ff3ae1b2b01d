/**
 * Classes found by reading the tagger's output over 600 unlabelled SaudiNewsNet articles outside the
 * sample (scripts/times-study.ts, issue 15): counted lengths with the article (الخمس سنوات المقبلة،
 * السنوات العشر), a fraction of a unit (نصف قرن، ساعة ونصف الساعة), centuries, holidays dated
 * through Umm al-Qura, and اليوم meaning nowadays. Every sentence is made up; the anchor
 * 2015-08-10 is a Monday, 25 Shawwal 1436.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';
import { hijriToGregorian } from '../../../src/text/dates.ts';

const ANCHOR = '2015-08-10';

function all(text: string, anchor: string | null = ANCHOR): { text: string; value: string; mod?: string }[] {
  return findTimes(text, { anchor }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return e.mod ? { text: e.text, value: e.value, mod: e.mod } : { text: e.text, value: e.value };
  });
}

describe('a counted length with the article', () => {
  it('the count first: الخمس سنوات المقبلة، الثلاثة أيام الماضية، الستة أشهر الأولى', () => {
    // خلال stays outside a counted length (guide), a measure word such as على مدى inside it.
    expect(all('ستنفق البلدية خلال الخمس سنوات المقبلة مبالغ كبيرة.')).toEqual([{ text: 'الخمس سنوات المقبلة', value: 'P5Y' }]);
    expect(all('ارتفعت الصادرات على مدى الـ12 عاما الماضية.')).toEqual([{ text: 'على مدى الـ12 عاما الماضية', value: 'P12Y' }]);
    expect(all('نفذ الفريق في الثلاثة أيام الماضية جولات عدة.')).toEqual([{ text: 'الثلاثة أيام الماضية', value: 'P3D' }]);
    expect(all('تضاعفت المبيعات في الستة أشهر الأولى من العام الجاري.')).toEqual([
      { text: 'الستة أشهر الأولى', value: 'P6M' },
      { text: 'العام الجاري', value: '2015' },
    ]);
    // After eleven the unit is singular: الثمانين سنة الماضية.
    expect(all('تغيرت المدينة في الثمانين سنة الماضية.')).toEqual([{ text: 'الثمانين سنة الماضية', value: 'P80Y' }]);
  });

  it('the unit first, with or without a direction word', () => {
    expect(all('ارتفع الإنتاج خلال السنوات العشر من عمر المصنع.')).toEqual([{ text: 'خلال السنوات العشر', value: 'P10Y' }]);
    expect(all('تراجعت الأسعار في السنوات الـ15 الأخيرة.')).toEqual([{ text: 'السنوات الـ15 الأخيرة', value: 'P15Y' }]);
    expect(all('وقعت الحوادث في الساعات الأربع والعشرين الماضية.')).toEqual([{ text: 'الساعات الأربع والعشرين الماضية', value: 'PT24H' }]);
    expect(all('حسم الفريق المباراة في الدقائق العشر الأولى.')).toEqual([{ text: 'الدقائق العشر الأولى', value: 'PT10M' }]);
  });

  it('a qualifier before the count stays outside and becomes the mod', () => {
    expect(all('تراجع الإنتاج في أكثر من الخمس سنوات الماضية.')).toEqual([{ text: 'الخمس سنوات الماضية', value: 'P5Y', mod: 'MORE_THAN' }]);
    expect(all('لم يتغير شيء منذ ما يزيد على السنوات العشر.')).toEqual([{ text: 'السنوات العشر', value: 'P10Y' }]);
  });

  it('the tens of a compound number do not start a count of their own', () => {
    expect(all('توفي عن عمر يناهز الخامسة والخمسين عاماً.').map((e) => e.value)).not.toContain('P50Y');
  });

  it('a definite number with no unit after it is no length', () => {
    expect(all('وصل الخمسة إلى القاعة.')).toEqual([]);
  });
});

describe('a fraction of a unit', () => {
  it('نصف قرن، ربع قرن with a qualifier outside the span', () => {
    expect(all('لم تلتق الدولتان منذ أكثر من نصف قرن.')).toEqual([{ text: 'نصف قرن', value: 'P50Y', mod: 'MORE_THAN' }]);
    expect(all('عاد إلى بلدته بعد ربع قرن من الغياب.')).toEqual([{ text: 'ربع قرن', value: 'P25Y' }]);
    expect(all('انتظر الركاب نصف ساعة في المحطة.')).toEqual([{ text: 'نصف ساعة', value: 'PT30M' }]);
  });

  it('ساعة ونصف الساعة is one length, and every half hour a set', () => {
    expect(all('استمر الاجتماع ساعة ونصف الساعة.')).toEqual([{ text: 'ساعة ونصف الساعة', value: 'PT1H30M' }]);
    expect(all('تنطلق الحافلة كل نصف ساعة.')).toEqual([{ text: 'كل نصف ساعة', value: 'PT30M' }]);
  });

  it('a century counted: قرنين', () => {
    expect(all('بني الجسر قبل قرنين تقريبا.')).toEqual([{ text: 'قبل قرنين', value: '1815' }]);
    expect(all('أعلن اللواء سالم أبو قرنين النتائج.')).toEqual([]);
  });
});

describe('centuries', () => {
  it('relative to the anchor and by ordinal', () => {
    // أشهراً after تستغرق is a length too (session 16: uncounted units after verbs of lasting).
    expect(all('كانت الرحلات تستغرق أشهراً في القرن الماضي.')).toEqual([
      { text: 'أشهراً', value: 'PXM' },
      { text: 'القرن الماضي', value: '19' },
    ]);
    expect(all('بنيت القلعة في القرن التاسع عشر.')).toEqual([{ text: 'القرن التاسع عشر', value: '18' }]);
    expect(all('تعود المكتبة إلى بدايات القرن العشرين.')).toEqual([{ text: 'بدايات القرن العشرين', value: '19' }]);
    expect(all('هذه تحديات القرن الحادي والعشرين.')).toEqual([{ text: 'القرن الحادي والعشرين', value: '20' }]);
    expect(all('كتب الرحالة عن المدينة في القرن الـ17.')).toEqual([{ text: 'القرن الـ17', value: '16' }]);
  });

  it('a decade of a named century', () => {
    expect(all('بدأ البرنامج في الخمسينات من القرن الماضي.')).toEqual([{ text: 'الخمسينات من القرن الماضي', value: '195' }]);
    expect(all('يعود الشريط إلى ثمانينات القرن المنصرم.')).toEqual([{ text: 'ثمانينات القرن المنصرم', value: '198' }]);
    expect(all('انتشرت الرواية منذ أواخر تسعينات القرن الماضي.')).toEqual([{ text: 'أواخر تسعينات القرن الماضي', value: '199' }]);
    expect(all('صدر الكتاب في ستينات القرن التاسع عشر.')).toEqual([{ text: 'ستينات القرن التاسع عشر', value: '186' }]);
  });

  it('not the Horn of Africa, not an era before Christ, and no value guessed without an anchor', () => {
    expect(all('تقع الدولة في القرن الأفريقي.')).toEqual([]);
    expect(all('عثر على آثار من القرن التاسع قبل الميلاد.')).toEqual([]);
    expect(all('كتبت النقوش في القرن الثاني الهجري.')).toEqual([]);
    expect(all('كان ذلك في القرن الماضي.', null)).toEqual([{ text: 'القرن الماضي', value: 'XX' }]);
  });
});

describe('holidays', () => {
  // The values come from Intl's Umm al-Qura calendar through the text layer, computed here again.
  const day = (hy: number, hm: number, hd: number, plus = 0): string => {
    const g = new Date(`${hijriToGregorian(hy, hm, hd)}T00:00:00Z`);
    g.setUTCDate(g.getUTCDate() + plus);
    return g.toISOString().slice(0, 10);
  };

  it('the occurrence nearest the anchor', () => {
    // 1 Shawwal 1436 lies 24 days before the anchor; 10 Dhu al-Hijja 1436 about six weeks after it.
    expect(all('ألقى الأمير كلمة بمناسبة عيد الفطر المبارك.')).toEqual([{ text: 'عيد الفطر', value: day(1436, 10, 1) }]);
    expect(all('تستعد الأسواق لموسم عيد الأضحى.')).toEqual([{ text: 'عيد الأضحى', value: day(1436, 12, 10) }]);
    expect(all('صام الناس يوم عرفة.')).toEqual([{ text: 'يوم عرفة', value: day(1436, 12, 9) }]);
  });

  it('a day of the holiday, and a direction word', () => {
    expect(all('وقع الحادث في ثالث أيام عيد الفطر.')).toEqual([{ text: 'ثالث أيام عيد الفطر', value: day(1436, 10, 1, 2) }]);
    expect(all('يعود المسافرون بعد عيد الفطر المقبل.')).toEqual([{ text: 'عيد الفطر المقبل', value: day(1437, 10, 1) }]);
    expect(all('أقيم الحفل في عيد الأضحى الماضي.')).toEqual([{ text: 'عيد الأضحى الماضي', value: day(1435, 12, 10) }]);
  });

  it('the national day is the Saudi one, not another country named after it', () => {
    expect(all('تتزين الشوارع احتفالاً باليوم الوطني.')).toEqual([{ text: 'اليوم الوطني', value: '2015-09-23' }]);
    expect(all('احتفلت الجالية باليوم الوطني الكويتي.')).toEqual([]);
  });

  it('without an anchor the day stays underspecified and keeps its Hijri month and day', () => {
    const [e] = findTimes('صلى الناس صلاة عيد الفطر.', { anchor: null });
    expect(e).toMatchObject({ text: 'عيد الفطر', value: 'XXXX-XX-XX', hijri: 'XXXX-10-01' });
  });
});

describe('اليوم meaning nowadays', () => {
  it('after a first-person plural subject or a generation noun', () => {
    expect(all('إننا اليوم نقف أمام تحديات جديدة.')).toEqual([{ text: 'اليوم', value: 'PRESENT_REF' }]);
    expect(all('يبحث شباب اليوم عن فرص العمل.')).toEqual([{ text: 'اليوم', value: 'PRESENT_REF' }]);
    expect(all('ونحن اليوم أحوج ما نكون إلى الوحدة.')).toEqual([{ text: 'اليوم', value: 'PRESENT_REF' }]);
  });

  it('but a reported action today is the publication day', () => {
    expect(all('وصل الوفد اليوم إلى المدينة.')).toEqual([{ text: 'اليوم', value: '2015-08-10' }]);
  });
});

describe('ranges and pairs of weekdays run forward', () => {
  it('in a past clause the first day moves a week back', () => {
    // The anchor is a Monday: الأحد alone is yesterday, الخميس alone last Thursday.
    expect(all('عمل المركز من الأحد إلى الخميس.')).toEqual([
      { text: 'الأحد', value: '2015-08-02' },
      { text: 'الخميس', value: '2015-08-06' },
    ]);
    expect(all('بدأت المحادثات يومي الأحد والاثنين.')).toEqual([
      { text: 'الأحد', value: '2015-08-09' },
      { text: 'الاثنين', value: '2015-08-10' },
    ]);
  });

  it('in a future clause the second day moves a week on', () => {
    // (The publication weekday itself, الاثنين here, is that day: the pair starts from another one.)
    expect(all('سيعقد المجلس جلستين يومي الأحد والثلاثاء.')).toEqual([
      { text: 'الأحد', value: '2015-08-16' },
      { text: 'الثلاثاء', value: '2015-08-18' },
    ]);
  });

  it('two weekdays in order are left alone', () => {
    expect(all('وصل الوفد الأربعاء والخميس.')).toEqual([
      { text: 'الأربعاء', value: '2015-08-05' },
      { text: 'الخميس', value: '2015-08-06' },
    ]);
  });
});

describe('boundaries read against the guide', () => {
  it('a postposed quantity word and بعيد belong to the vague length', () => {
    // A finished event: 'years ago', a vague past with منذ (the offset rule).
    expect(all('زار الوفد المدينة منذ سنوات عدة.')).toEqual([{ text: 'منذ سنوات عدة', value: 'PAST_REF' }]);
    expect(all('انتقلت العائلة إلى القرية منذ سنوات طويلة.')).toEqual([{ text: 'منذ سنوات طويلة', value: 'PAST_REF' }]);
    // A state still going on (an imperfect verb): 'for years', a length without منذ (guide: منذ أشهر
    // → PXM; session 9); the quantity word stays in it.
    expect(all('يحتفل المبنى بالمناسبة منذ سنوات عدة.')).toEqual([{ text: 'سنوات عدة', value: 'PXY' }]);
    expect(all('ينتظر السكان الطريق منذ سنوات طويلة.')).toEqual([{ text: 'سنوات طويلة', value: 'PXY' }]);
    expect(all('كان يجب أن يبدأ الإصلاح منذ زمن بعيد.')).toEqual([{ text: 'منذ زمن بعيد', value: 'PAST_REF' }]);
  });
});

describe('small classes of the tuning set', () => {
  it('the current sports season is the present', () => {
    expect(all('سجل المهاجم عشرة أهداف هذا الموسم.')).toEqual([{ text: 'هذا الموسم', value: 'PRESENT_REF' }]);
    expect(all('يطمح النادي إلى اللقب في الموسم الحالي.')).toEqual([{ text: 'الموسم الحالي', value: 'PRESENT_REF' }]);
  });

  it('an ordinal with its tens counts years, also past a hundred', () => {
    expect(all('توفي الشاعر عن عمر يناهز الخامسة والخمسين عاماً.')).toEqual([{ text: 'الخامسة والخمسين عاماً', value: 'P55Y' }]);
    expect(all('بلغ المعمر الحادية والأربعين عامًا بعد المائة.')).toEqual([{ text: 'الحادية والأربعين عامًا بعد المائة', value: 'P141Y' }]);
    expect(all('تزوج في الأربعين من عمره.')).toEqual([{ text: 'الأربعين من عمره', value: 'P40Y' }]);
  });
});
