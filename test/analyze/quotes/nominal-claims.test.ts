/**
 * Nominal complements that report a claim (issue 15; docs/gold/quotes-times-guide.md, "nominal
 * complements"), read off unlabelled days more/2015-07-22, 07-27, 08-04 and 08-08. The sentences
 * are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, quotes, view } from './helpers.ts';

const rows = (t: string): [string, string, string | null, string | null, string][] =>
  quotes(t).map((q) => [q.kind, q.text.text, q.cue?.text ?? null, q.speaker.text?.text ?? null, q.source]);

describe('a claim in a noun phrase after the verb\'s preposition is an indirect quote', () => {
  it('كشف … عن + a verbal noun, without عن', () => {
    expect(rows('كشف المدير عن وصول 300 حاج إلى المدينة.')).toEqual([
      ['indirect', 'وصول 300 حاج إلى المدينة', 'كشف', 'المدير', 'rule:quotes/nominal'],
    ]);
  });

  it('أشار … إلى after a subject of several words', () => {
    expect(rows('وأشار مصدر مطلع في الوزارة إلى ارتفاع أسعار الأرز في الأسواق.')).toEqual([
      ['indirect', 'ارتفاع أسعار الأرز في الأسواق', 'وأشار', 'مصدر مطلع في الوزارة', 'rule:quotes/nominal'],
    ]);
  });

  it('a participle after a comma, and the content before it ends there', () => {
    const v = view(quotes('وأعلنت الشرطة أن الطريق فتح أمس، مشيرة إلى وقوع إصابات طفيفة بين العمال.'));
    expect(v.map((q) => [q.text, q.cue])).toEqual([
      ['الطريق فتح أمس', 'وأعلنت'],
      ['وقوع إصابات طفيفة بين العمال', 'مشيرة'],
    ]);
  });
});

describe('no quote where the noun phrase is a topic, a duty, a feeling or data', () => {
  it('a head with ال names a topic', () => {
    expect(quotes('وأشار الوزير إلى التحديات التي تواجه القطاع.')).toEqual([]);
  });

  it('deontic, evaluative and feeling heads', () => {
    expect(quotes('وأشار الوزير إلى أهمية التعاون بين الجهات.')).toEqual([]);
    expect(quotes('وأشار المتحدث إلى خيبة الأمل لدى السكان.')).toEqual([]);
  });

  it('the present tense, mostly said of data or a thing (and the negated verb: لم يكشف)', () => {
    expect(quotes('وتشير البيانات إلى ارتفاع الأسعار في الربع الثاني.')).toEqual([]);
    expect(quotes('ولم يكشف المسؤول عن موعد افتتاح الجسر.')).toEqual([]);
  });

  it('a verbal noun, or a verb after its subject, that does not open its clause', () => {
    expect(quotes('ورغم كشف النقاب عن استثمارات جديدة في القطاع، بقيت البطالة مرتفعة.')).toEqual([]);
    expect(quotes('حملات التفتيش المتواصلة كشفت عن وضع سيئ في المطاعم.')).toEqual([]);
  });
});

describe('a claim as the direct object of نفى / أكد', () => {
  const named = (t: string) => analyse(t, (x) => [entity(x, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes;

  it('after a participle opening its clause', () => {
    const v = view(quotes('وأعلن المدير أن المشروع اكتمل، مؤكداً تراجع التكاليف هذا العام.'));
    expect(v.map((q) => [q.text, q.cue])).toEqual([
      ['المشروع اكتمل', 'وأعلن'],
      ['تراجع التكاليف هذا العام', 'مؤكداً'],
    ]);
  });

  it('after a subject the entities stage named, a role before the name allowed', () => {
    expect(view(named('ونفى المدرب سالم الناصر دخوله في مفاوضات مع النادي.')).map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['indirect', 'دخوله في مفاوضات مع النادي', 'ونفى'],
    ]);
    expect(named('ونفى المدرب سالم الناصر دخوله في مفاوضات مع النادي.')[0]!.source).toBe('rule:quotes/nominal');
  });

  it('not a deontic head, not after a subject nobody named, not a participle used as an adjective', () => {
    expect(named('وأكد سالم الناصر ضرورة التعاون بين الأندية.')).toEqual([]);
    expect(quotes('وأكدت عائلة الناصر وفاة ابنها في الحادث.')).toEqual([]);
    expect(quotes('وهذه رواية مؤكدة ومتكررة من شهود كثيرين.')).toEqual([]);
  });
});
