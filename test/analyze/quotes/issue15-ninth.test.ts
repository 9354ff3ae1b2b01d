/**
 * Speaker classes found by reading the quote stage's output on 300 unlabelled SaudiNewsNet
 * articles outside the gold sample (session 9, `scripts/quotes-study.ts`): the classes are counted
 * in the session's report, the sentences here are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/doc/types.ts';
import { analyse, entity } from './helpers.ts';

const people = (names: string[]) => (t: string): Entity[] => names.map((n, k) => entity(t, `p${k}`, 'PER', n, [n]));
const said = (text: string, names: string[]): [string, string | null][] =>
  analyse(text, people(names)).quotes.map((q) => [q.text.text, q.speaker.text?.text ?? null]);

describe('a participle speaks for the person named as a subject earlier in its sentence', () => {
  const before = 'وقال الوزير خالد العمري إن الخطة جاهزة. ';
  it('after a relative clause (في وقت اعترف فيه فلان، وهو ما استبعده فلان), not the last speaker', () => {
    expect(said(`${before}ويأتي ذلك في وقت اعترف فيه قائد المتمردين سامر الحداد بالخسارة، قائلا إنه "تراجع مؤقت".`, ['خالد العمري', 'سامر الحداد']).at(-1)).toEqual([
      'تراجع مؤقت',
      'سامر الحداد',
    ]);
    expect(said(`${before}وهو ما استبعده الباحث سامر الحداد في حديثه، مشيرا إلى أن "الأمر مستبعد".`, ['خالد العمري', 'سامر الحداد']).at(-1)).toEqual([
      'الأمر مستبعد',
      'سامر الحداد',
    ]);
  });

  it('after a verb that opens the sentence or a clause after punctuation (خرج فلان…؛ فهاجم… قائلا)', () => {
    expect(said(`${before}وإزاء ذلك، خرج سامر الحداد لمواجهة الحملة؛ فهاجم المعارضة قائلا: «لن نقبل بهذا».`, ['خالد العمري', 'سامر الحداد']).at(-1)).toEqual([
      'لن نقبل بهذا',
      'سامر الحداد',
    ]);
  });

  it('not a person governed by a noun or a preposition (وفلول فلان، بحضور فلان)', () => {
    const text = `${before}ورغم المعارك بين القبائل وأنصار سامر الحداد، فإن الجيش يقصف المواقع ليلا، مبينا أن «الوضع خطير».`;
    expect(said(text, ['خالد العمري', 'سامر الحداد']).at(-1)?.[1]).not.toBe('سامر الحداد');
  });
});

describe('a person named before an apposition and a comma is the subject of the verb after it', () => {
  it('فلان، الشريك في…، يقول "…" and فلان، الرئيس التنفيذي…، وصف الصفقة بأنها "…"', () => {
    const before = 'وقال الوزير خالد العمري إن السوق مستقرة. ';
    expect(said(`${before}هاني سالم، الشريك في مكتب المحاماة، يقول "إن السوق تتحول".`, ['خالد العمري', 'هاني سالم']).at(-1)).toEqual([
      'إن السوق تتحول',
      'هاني سالم',
    ]);
    expect(said(`${before}كريم ناصر، الرئيس التنفيذي للشركة، وصف الصفقة بأنها "الأكبر في تاريخها".`, ['خالد العمري', 'كريم ناصر']).at(-1)).toEqual([
      'الأكبر في تاريخها',
      'كريم ناصر',
    ]);
  });
});

describe('a demonstrative after the verb is its object, not part of the speaker', () => {
  it('واعتبر الأهالي ذلك «…» → الأهالي', () => {
    expect(said('وصل الوفد إلى المدينة أمس. واعتبر الأهالي ذلك «خطوة مهمة».', [])).toEqual([['خطوة مهمة', 'الأهالي']]);
  });
});

describe('an attribution phrase after the content names its source', () => {
  const places = (t: string): Entity[] => [entity(t, 'l1', 'LOC', 'أنقرة', ['أنقرة'])];
  it('a count before an unnamed source (وفق ثلاثة مصادر مطلعة)', () => {
    expect(said('حددت المؤسسة السعر النهائي للسندات لأجل خمس سنوات، وفق ثلاثة مصادر مطلعة.', [])).toEqual([
      ['حددت المؤسسة السعر النهائي للسندات لأجل خمس سنوات', 'ثلاثة مصادر مطلعة'],
    ]);
  });

  it('a place that is the whole source (بحسب أنقرة), but not a plain noun (حسب المنطقة)', () => {
    const { quotes: qs } = analyse('قتل عشرة مسلحين في غارات على مواقعهم في الجبال، بحسب أنقرة.', places);
    expect(qs.map((q) => [q.text.text, q.speaker.text?.text])).toEqual([['قتل عشرة مسلحين في غارات على مواقعهم في الجبال', 'أنقرة']]);
    expect(said('وتوزع المساعدات على الأسر المحتاجة، حسب المنطقة.', [])).toEqual([]);
  });

  it('the verb’s preposition with a pronoun after ما (وفق ما أفاد به مسؤول)', () => {
    expect(said('وأغلقت الشركة ثلاثة مصانع في الجنوب، وفق ما أفاد به مسؤول في الشركة.', [])).toEqual([
      ['وأغلقت الشركة ثلاثة مصانع في الجنوب', 'مسؤول في الشركة'],
    ]);
  });
});

describe('a definite title standing alone names the person the article is about', () => {
  const maryam = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'مريم الخياط', ['مريم الخياط'])];
  it('وقالت السيدة، وقال الباحث → the person named before', () => {
    for (const text of ['وصلت السيدة مريم الخياط إلى المعرض صباح اليوم. وقالت السيدة: «أحب هذا المكان».', 'افتتحت مريم الخياط المعرض. وقال الباحث: «المعرض مهم للطلاب».']) {
      expect(analyse(text, maryam).quotes.map((q) => q.speaker.entity)).toEqual(['p1']);
    }
  });

  it('keeps the title as written when nobody was named before', () => {
    expect(said('وقال الباحث: «المعرض مهم للطلاب».', [])).toEqual([['المعرض مهم للطلاب', 'الباحث']]);
  });
});

describe('a relative clause or a time adjunct after the speaker is no part of it', () => {
  it('الحكومة التي تشجع… → الحكومة; الجيش في ساعة متأخرة… → الجيش', () => {
    expect(said('واعتبرت الحكومة التي تدعم الحوار منذ سنوات، أن "الاتفاق خطوة مهمة".', []).map((q) => q[1])).toEqual(['الحكومة']);
    expect(said('قال الجيش في ساعة متأخرة من مساء الأحد، إنه أنقذ مئة شخص.', [])).toEqual([['أنقذ مئة شخص', 'الجيش']]);
  });
});

describe('a phrase opening with a preposition or an attribution word is not the speaker as written', () => {
  it('لكنه من جهة أخرى يؤكد… → the person before, not من جهة أخرى', () => {
    const text = 'وزار سامر الحداد المدينة أمس. لكنه من جهة أخرى يؤكد أن "الطريق ما زال طويلا".';
    expect(said(text, ['سامر الحداد']).at(-1)).toEqual(['الطريق ما زال طويلا', 'سامر الحداد']);
  });
});
