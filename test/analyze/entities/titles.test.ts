import { describe, expect, it } from 'vitest';
import { markQuotedTitles, TITLE_RULE } from '../../../src/analyze/ner/titles.ts';
import { analyse, checkSpans } from './helpers.ts';

// Fictional sentences written for these tests.
const words = (s: string) => s.split(' ');
const run = (s: string, tags?: string[]) => {
  const ws = words(s);
  const t = [tags ?? ws.map(() => 'O')];
  const spans = markQuotedTitles([ws], t);
  return { ws, tags: t[0]!, spans };
};

describe('quoted titles after a work or outlet noun', () => {
  it('a programme title after برنامج … بعنوان is MISC, the quotes left out', () => {
    const { ws, tags, spans } = run('وتقدم المذيعة برنامجا تلفزيونيا جديدا بعنوان « ليالي الصحراء » كل خميس');
    expect(spans).toEqual([{ s: 0, a: 7, b: 9, type: 'MISC' }]);
    expect(ws.slice(7, 9)).toEqual(['ليالي', 'الصحراء']);
    expect(tags.slice(6, 10)).toEqual(['O', 'B-MISC', 'I-MISC', 'O']);
  });
  it('a name after صحيفة is an ORG, with a preposition and article on the noun', () => {
    const { tags } = run('وجاء الخبر بالصحيفة « الفجر الجديد » أمس');
    expect(tags.slice(3, 7)).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
  it('a cue opening with ب or ك keeps its title with a preposition glued to it (session 14)', () => {
    expect(run('وقال المدرب لبرنامج « ليالي الكورة » إن الفريق جاهز').spans).toEqual([{ s: 0, a: 4, b: 6, type: 'MISC' }]);
    expect(run('رد الكاتب بكتاب « أيام الرمل » بعد عام').spans).toEqual([{ s: 0, a: 4, b: 6, type: 'MISC' }]);
  });
  it('a game, and a film or song of two, are works (session 14)', () => {
    expect(run('أطلقت الشركة لعبة « قلعة الرمال » للهواتف').spans).toEqual([{ s: 0, a: 4, b: 6, type: 'MISC' }]);
    expect(run('ظهر في فيديو أغنيتي « قلبي معك » و « ليلة »').spans[0]).toEqual({ s: 0, a: 5, b: 7, type: 'MISC' });
  });
  it('a quotation after a verb of saying is left alone', () => {
    const { spans } = run('وقال « سنعود قريبا » ثم غادر');
    expect(spans).toEqual([]);
  });
  it('a long quoted sentence after برنامج is a quotation, not a title', () => {
    const { spans } = run('وقال في برنامج « لن نقبل بأي تأجيل للانتخابات بعد اليوم أبدا » أمس');
    expect(spans).toEqual([]);
  });
  it('what the tagger found inside the quotes is kept', () => {
    const s = 'فيلم « سالم الراعي » الجديد';
    const { tags, spans } = run(s, ['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(spans).toEqual([]);
    expect(tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });
  it('an unclosed quote marks nothing', () => {
    expect(run('مسلسل « أيام الربيع والصيف').spans).toEqual([]);
  });
  it('becomes a MISC entity of the article, with the rule as its source', () => {
    const doc = analyse(
      'أعلنت القناة أمس أنها ستعرض في رمضان مسلسلا جديدا بعنوان «بيت على النهر» من عشرين حلقة.',
    );
    checkSpans(doc);
    const e = doc.entities.find((x) => x.name === 'بيت على النهر');
    expect(e?.type).toBe('MISC');
    expect(e!.mentions[0]!.source).toBe(TITLE_RULE);
  });
});

describe('a work title in parentheses (session 16)', () => {
  it('after an indefinite work noun the parentheses are quotes', () => {
    expect(run('أطلقت الجمعية برنامج ( أملي وطني ) للأيتام').spans).toEqual([{ s: 0, a: 4, b: 6, type: 'MISC' }]);
    expect(run('شارك الممثل في فيلم ( الطريق الطويل ) العام الماضي').spans).toEqual([{ s: 0, a: 5, b: 7, type: 'MISC' }]);
    const doc = analyse('ونشر الكاتب كتاب (رحلة إلى الشمال) الشهر الماضي.');
    expect(doc.entities.map((e) => [e.type, e.name, e.mentions[0]!.source])).toEqual([['MISC', 'رحلة إلى الشمال', TITLE_RULE]]);
  });
  it('…not an aside after a definite noun, a list, a number, nor an outlet', () => {
    expect(run('وانتقل البرنامج ( المرحلة الثانية ) إلى التنفيذ').spans).toEqual([]);
    expect(run('وتضم لعبة ( الحجلة ، والغميضة ) أطفالا').spans).toEqual([]);
    expect(run('ويشمل برنامج ( 12 ) ساعة').spans).toEqual([]);
    expect(run('نشرت صحيفة ( الفجر ) الخبر').spans).toEqual([]);
  });
});
