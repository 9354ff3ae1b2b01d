import { describe, expect, it } from 'vitest';
import { analyse, conventionChunks } from './helpers.ts';
import { QUOTED_EVENT_RULE, QUOTED_OUTLET_RULE } from '../../../src/analyze/entities/conventions.ts';

// The outlet a source spoke to, quoted (name-heads.json quotedOutlets, guide rule 9); read on 720
// unlabelled SaudiNewsNet articles (more/2015-07-26.zip, session 10, issue #14), where the newspaper
// الشرق الأوسط was read as the region 57 times. The sentences are fictional.

const typed = (text: string) =>
  analyse(text)
    .entities.flatMap((e) => e.mentions.map((m) => ({ s: m.start, v: `${e.type}:${m.text}`, src: m.source })))
    .sort((a, b) => a.s - b.s);

describe('a quoted outlet after لـ is the newspaper or site', () => {
  it('a name the lists know as a region is the newspaper in quote marks after لـ; the region elsewhere stays a place', () => {
    const ms = typed('وقال مسؤول لـ«الشرق الأوسط» إن التوتر في الشرق الأوسط يتزايد.');
    expect(ms.map((m) => m.v)).toEqual(['ORG:الشرق الأوسط', 'LOC:الشرق الأوسط']);
    expect(ms[0]!.src).toBe(QUOTED_OUTLET_RULE);
  });

  it('a spelling no one marked is the outlet too, with any quote marks', () => {
    expect(typed('وصرح المدير لـ"الاقتصادية" بأن الأرباح زادت.').map((m) => m.v)).toContain('ORG:الاقتصادية');
    expect(typed('وأوضح مصدر لـ”عين اليوم” أن الطريق أغلق.').map((m) => m.v)).toContain('ORG:عين اليوم');
  });

  it('a person the tagger found in quote marks after لـ stays a person', () => {
    const tags = ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O'];
    expect(conventionChunks('وقال لـ « سالم الحربي » إن', tags)).toEqual(['PERS:سالم الحربي']);
  });
});

describe('quoted words the lists know after صحيفة or جريدة are that newspaper anywhere', () => {
  it('في حوار مع «الشرق الأوسط», جريدة «الرياض» (the head stays outside, as with قناة "…")', () => {
    expect(typed('وقال الوزير في حوار مع «الشرق الأوسط» إن المفاوضات مستمرة.').map((m) => m.v)).toContain(
      'ORG:الشرق الأوسط',
    );
    const ms = typed('ونشرت جريدة «الرياض» تقريرا عن الأمطار في الرياض.').map((m) => m.v);
    expect(ms).toEqual(['ORG:الرياض', 'LOC:الرياض']);
  });

  it('a place in quote marks that names no newspaper stays a place', () => {
    expect(typed('وصل الوفد إلى «جدة» مساء أمس.').map((m) => m.v)).toEqual(['LOC:جدة']);
  });
});

describe('a quoted name after a noun for an event, an operation, an initiative or an app is MISC (name-heads.json quotedEvents)', () => {
  it('the quoted words alone, the head outside, a place inside is part of the name', () => {
    const ms = typed('وأطلق الجيش عملية "الفجر الجديد" في الجنوب، وافتتح أمس مهرجان «صيف دبي» في دبي.');
    expect(ms.map((m) => m.v)).toEqual(['MISC:الفجر الجديد', 'MISC:صيف دبي', 'LOC:دبي']);
    expect(ms[0]!.src).toBe(QUOTED_EVENT_RULE);
    expect(typed('وأعلنت الجمعية عن مبادرة بعنوان “نزرع الأمل” للأطفال.').map((m) => m.v)).toContain('MISC:نزرع الأمل');
  });

  it('a race named in quotes is the race, not the person it is named after (session 15: سباق, 9 of 9 on more/07-21 … 08-01)', () => {
    const ms = typed('وشارك الفريق أمس في سباق «ماريو بيانكي» للسيارات في المدينة.');
    expect(ms.map((m) => m.v)).toEqual(['MISC:ماريو بيانكي']);
    expect(ms[0]!.src).toBe(QUOTED_EVENT_RULE);
  });

  it('a slogan or a nickname in quotes names nothing; a quotation longer than six words is no name', () => {
    expect(typed('وأقيم الحفل تحت شعار «معا نحو الغد» في القاعة.').map((m) => m.v)).not.toContain('MISC:معا نحو الغد');
    const long = 'وقال مدير الحملة «إن الجميع مدعوون إلى المشاركة في هذا العمل الكبير» أمس.';
    expect(typed(long).filter((m) => m.v.startsWith('MISC:'))).toEqual([]);
  });
});
