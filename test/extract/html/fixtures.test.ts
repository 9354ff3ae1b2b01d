import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureOutput, HTML_FIXTURES } from '../../../scripts/regen-html-fixtures.ts';
import type { PipelineInput } from '../../../src/pipeline/pipeline.ts';

const names = readdirSync(HTML_FIXTURES).filter((n) => existsSync(path.join(HTML_FIXTURES, n, 'source.html')));

describe('HTML golden fixtures (regenerate with scripts/regen-html-fixtures.ts)', () => {
  it('has a fixture folder for each date placement', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
  for (const n of names) {
    it(`${n}: output equals expected.json`, () => {
      const expected = JSON.parse(readFileSync(path.join(HTML_FIXTURES, n, 'expected.json'), 'utf8')) as unknown;
      expect(JSON.parse(JSON.stringify(fixtureOutput(path.join(HTML_FIXTURES, n))))).toEqual(expected);
    });
  }
});

/** Hand-written facts per fixture: what a reader of each fictional page knows to be right. */
const FACTS: Record<string, { date: string; source: string; headline: string; without: string[]; with: string[] }> = {
  'jsonld-date': {
    date: '2021-03-14',
    source: 'html:jsonld',
    headline: 'افتتاح مكتبة عامة جديدة في مدينة الواحة',
    without: ['اقرأ أيضاً', 'فيسبوك', 'عاجل', 'جميع الحقوق محفوظة', 'الرئيسية'],
    with: ['عشرين ألف كتاب', 'فرعين آخرين'],
  },
  'og-date': {
    date: '2022-11-05',
    source: 'html:og',
    headline: 'فريق الساحل يتأهل إلى نهائي الكأس',
    without: ['مواضيع ذات صلة', 'مدرب الساحل', 'تابعونا', 'موقع الملاعب'],
    with: ['بهدفين مقابل هدف', 'في العاصمة'],
  },
  'time-element': {
    date: '2019-07-02',
    source: 'html:time',
    headline: 'ارتفاع أسعار الخضار في الأسواق المحلية',
    without: ['التعليقات', 'أضف تعليقك', 'إرسال'],
    with: ['جمعية حماية المستهلك'],
  },
  'visible-levantine': {
    date: '2021-05-12',
    source: 'html:visible',
    headline: 'مهرجان الزيتون يستقطب آلاف الزوار',
    without: ['غائم', 'النشرة البريدية', 'سجل بريدك'],
    with: ['أمسيات موسيقية'],
  },
  'visible-maghrebi': {
    date: '2018-06-08',
    source: 'html:visible',
    headline: 'انطلاق موسم جني التمور في الواحات الجنوبية',
    without: ['تابعونا'],
    with: ['مخازن التبريد', 'الأسواق الخارجية'],
  },
  'visible-hijri': {
    date: '2021-04-27',
    source: 'html:visible',
    headline: 'توزيع السلال الغذائية على الأسر المحتاجة',
    without: ['شارك الخبر', 'تويتر'],
    with: ['ألفي أسرة'],
  },
  'url-date': {
    date: '2020-08-24',
    source: 'html:url',
    headline: 'إغلاق طريق الساحل لأعمال الصيانة',
    without: ['الأكثر قراءة', 'خبر أول'],
    with: ['الطرق البديلة'],
  },
  'agency-credit': {
    date: '2024-01-18',
    source: 'html:meta',
    headline: 'فرق الإنقاذ تواصل البحث عن مفقودين بعد السيول',
    without: ['مواقيت الصلاة', 'عاجل', 'الأكثر قراءة', 'أسعار الذهب', 'شبكة الأنباء'],
    with: ['طائرات مسيرة'],
  },
  'caption-byline-dateline': {
    date: '2023-02-20',
    source: 'html:og',
    headline: 'وزير الزراعة يتفقد مشروعات الري الحديث',
    without: ['الكلمات المفتاحية'],
    with: ['القروض الميسرة'],
  },
};

describe('HTML fixtures: facts', () => {
  for (const [n, f] of Object.entries(FACTS)) {
    it(`${n}: date ${f.date} from ${f.source}, headline, body without furniture`, () => {
      const out = fixtureOutput(path.join(HTML_FIXTURES, n)) as PipelineInput;
      const a = out.article!;
      expect(a.published?.value).toBe(f.date);
      expect(a.published?.source).toBe(f.source);
      expect(a.headline?.text).toBe(f.headline);
      const body = a.paragraphs.map((p) => p.text).join('\n');
      for (const w of f.with) expect(body).toContain(w);
      for (const w of f.without) expect(out.text).not.toContain(w);
      // Every span points into the text.
      for (const s of [a.headline, a.published, a.byline, a.caption, a.dateline, ...a.paragraphs]) {
        if (s) expect(out.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(out.meta?.format).toBe('html');
    });
  }

  it('caption, photographer, byline and dateline', () => {
    const out = fixtureOutput(path.join(HTML_FIXTURES, 'caption-byline-dateline')) as PipelineInput;
    const a = out.article!;
    expect(a.caption?.text).toBe('الوزير خلال جولته في المزارع (تصوير: هالة منصور)');
    expect(a.credit.photographer?.text).toBe('هالة منصور');
    expect(a.byline?.text).toBe('كتب: مروان الشامي');
    expect(a.dateline?.text).toBe('القاهرة - أ ش أ:');
    expect(a.paragraphs).toHaveLength(3);
  });

  it('agency credit in the caption; a «(city - agency)» byline slot is a dateline', () => {
    const out = fixtureOutput(path.join(HTML_FIXTURES, 'agency-credit')) as PipelineInput;
    const a = out.article!;
    expect(a.credit.agency?.text).toBe('رويترز');
    expect(a.credit.photographer).toBeNull();
    expect(a.dateline?.text).toBe('(عمّان - بترا)');
    expect(a.byline).toBeNull();
  });

  it('site name suffix is removed from the headline and kept as meta.site', () => {
    const out = fixtureOutput(path.join(HTML_FIXTURES, 'og-date')) as PipelineInput;
    expect(out.meta?.site).toBe('موقع الملاعب');
    expect(out.meta?.title).toBe('فريق الساحل يتأهل إلى نهائي الكأس');
  });
});
