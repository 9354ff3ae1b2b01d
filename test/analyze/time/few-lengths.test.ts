/**
 * An uncounted plural unit with its quantity word (سنوات طويلة، أيام قليلة، دقائق معدودة) is a
 * length even with no preposition before it: after a verb, a noun or at the start of a sentence
 * (session 16, from study days 2015-07-21/23/24 and 2015-08-02/09: about 25 such lengths were
 * missed in 1,500 articles of one day). عقود alone is mostly contracts and needs a preposition.
 * Every sentence is made up; the anchor 2015-08-10 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/analyze/time/tagger.ts';

const ANCHOR = '2015-08-10';

function all(text: string): { text: string; value: string; type: string }[] {
  return findTimes(text, { anchor: ANCHOR }).map((e) => {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return { text: e.text, value: e.value, type: e.type };
  });
}

const length = (text: string, value: string) => [{ text, value, type: 'DURATION' }];

describe('an uncounted plural unit with a quantity word, no preposition before it', () => {
  it('after a verb', () => {
    expect(all('أمضى المهندس سنوات طويلة في بناء الجسر.')).toEqual(length('سنوات طويلة', 'PXY'));
    expect(all('وانتظر المسافرون ساعات عدة في صالة المطار.')).toEqual(length('ساعات عدة', 'PTXH'));
    expect(all('مرت أيام قليلة على افتتاح المكتبة.')).toEqual(length('أيام قليلة', 'PXD'));
  });

  it('after a noun or a clitic, and at the start of a sentence', () => {
    expect(all('بيعت التذاكر كلها في ظرف دقائق معدودة.')).toEqual(length('دقائق معدودة', 'PTXM'));
    expect(all('حضر الضيف قبل الحفل بأيام قليلة.')).toEqual(length('أيام قليلة', 'PXD'));
    expect(all('أشهر قليلة تفصلنا عن افتتاح الملعب.')).toEqual(length('أشهر قليلة', 'PXM'));
  });

  it('after a superlative and منذ, the quantity word is in the span', () => {
    expect(all('هذه أكبر موجة حر منذ سنوات طويلة.')).toEqual(length('سنوات طويلة', 'PXY'));
  });

  it('not long contracts', () => {
    expect(all('وقعت الشركة عقود طويلة الأجل مع الموردين.')).toEqual([]);
  });
});

describe('an uncounted plural unit right after a verb of lasting or spending', () => {
  it('is a length, also in the accusative with its alef', () => {
    expect(all('انتهت أزمة استمرت سنوات بين البلدين.')).toEqual(length('سنوات', 'PXY'));
    expect(all('وقعت الاتفاقية بعد مفاوضات دامت شهوراً.')).toEqual(length('شهوراً', 'PXM'));
    expect(all('والرحلة قد تستغرق أياما عبر الصحراء.')).toEqual(length('أياما', 'PXD'));
  });

  it('one unit in the accusative is one', () => {
    expect(all('افتتح المعرض الذي يستمر أسبوعا في الحديقة.')).toEqual(length('أسبوعا', 'P1W'));
  });

  it('not the late hours of a night, nor a construct', () => {
    expect(all('استمرت الأمسية ساعات متأخرة من الليل.').map((e) => e.text)).not.toContain('ساعات متأخرة');
    expect(all('أمضى الكاتب سنين الطفولة في القرية.')).toEqual([]);
  });
});

describe('one unit before أو/إلى and a count of the same unit', () => {
  it('is a length of its own, as a range has two ends', () => {
    expect(all('قد يتأخر القرار شهرا أو شهرين.')).toEqual([...length('شهرا', 'P1M'), ...length('شهرين', 'P2M')]);
    expect(all('تمتد العقود ما بين عام إلى ثلاثة أعوام.')).toEqual([...length('عام', 'P1Y'), ...length('ثلاثة أعوام', 'P3Y')]);
  });

  it('not a unit before another unit', () => {
    expect(all('تغير الطقس من يوم إلى آخر.')).toEqual([]);
  });
});
