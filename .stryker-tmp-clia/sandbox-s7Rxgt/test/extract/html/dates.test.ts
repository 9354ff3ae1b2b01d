// @ts-nocheck
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestCandidate, dateFromUrl, parseDateString } from '../../../src/extract/html/dates.ts';
import { fold, isFurnitureClass, isFurnitureText } from '../../../src/extract/html/furniture.ts';
import { stripSiteName } from '../../../src/extract/html/extract.ts';
import { htmlSource, htmlToInput } from '../../../src/extract/html/index.ts';

describe('page dates', () => {
  it.each([
    ['2020-06-03T03:01+0400', '2020-06-03'],
    ['2020-06-02T23:30:00-05:00', '2020-06-02'],
    ['2020-12-01 02:00:00', '2020-12-01'],
    ['2020/8/24', '2020-08-24'],
    ['20200824T101500Z', '2020-08-24'],
    ['8/24/2020 9:23:13 AM', '2020-08-24'],
    ['Mon, 24 Aug 2020 09:23:13 GMT', '2020-08-24'],
    ['August 24, 2020', '2020-08-24'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['١٢ أيار ٢٠٢١', '2021-05-12'],
    ['8 جوان 2018', '2018-06-08'],
    ['15 رمضان 1442 هـ', '2021-04-27'],
  ])('%s → %s', (raw, want) => {
    expect(parseDateString(raw)?.value).toBe(want);
  });

  it('keeps the Hijri date as written', () => {
    expect(parseDateString('15 رمضان 1442 هـ')).toEqual({ value: '2021-04-27', hijri: '1442-09-15' });
  });

  it('refuses what is not a whole date', () => {
    expect(parseDateString('2020-02-30')).toBeNull();
    expect(parseDateString('أكتوبر 2020')).toBeNull();
    expect(parseDateString('غداً')).toBeNull();
    expect(parseDateString('')).toBeNull();
  });

  it('reads dates in URLs', () => {
    expect(dateFromUrl('https://www.youm7.example/story/2020/8/24/slug/4943459')?.value).toBe('2020-08-24');
    expect(dateFromUrl('https://x.example/news/2020-06-03-1.3874341')?.value).toBe('2020-06-03');
    expect(dateFromUrl('https://x.example/archive/20191231/item')?.value).toBe('2019-12-31');
    expect(dateFromUrl('https://x.example/articles/6291787/slug')).toBeNull();
    expect(dateFromUrl('https://x.example/2020/13/40/slug')).toBeNull();
  });

  it('prefers structured data to the URL', () => {
    const best = bestCandidate([
      { value: '2020-01-02', raw: '2020/1/2', source: 'html:url' },
      { value: '2020-01-01', raw: '2020-01-01T23:00', source: 'html:jsonld' },
      { value: '2020-01-01', raw: 'x', source: 'html:visible' },
    ]);
    expect(best?.source).toBe('html:jsonld');
  });

  it('reports disagreeing dates as a warning', () => {
    const html =
      '<html><head><meta property="article:published_time" content="2021-02-03T10:00"></head><body>' +
      '<h1>خبر بتاريخين مختلفين</h1><link rel="canonical" href="https://x.example/2021/2/1/x">' +
      '<p>نص الخبر الذي يتحدث عن افتتاح مشروع جديد في المدينة ويشرح تفاصيله للقراء بشكل واف ومفصل.</p></body></html>';
    const out = htmlToInput(Buffer.from(html));
    expect(out.article.published?.value).toBe('2021-02-03');
    expect(out.meta.warnings?.find((w) => w.code === 'html-date-conflict')?.message).toContain('2021-02-01 (html:url)');
  });
});

describe('furniture and titles', () => {
  it('class and id words', () => {
    expect(isFurnitureClass('article-share-bar')).toBe(true);
    expect(isFurnitureClass('related_posts')).toBe(true);
    expect(isFurnitureClass('weather-widget')).toBe(true);
    expect(isFurnitureClass('article-body')).toBe(false);
    expect(isFurnitureClass('shareholders')).toBe(false);
    expect(isFurnitureClass(null)).toBe(false);
  });

  it('phrases, in any spelling', () => {
    expect(isFurnitureText('اقرأ أيضاً: افتتاح المعرض')).toBe(true);
    expect(isFurnitureText('إقرأ ايضا')).toBe(true);
    expect(isFurnitureText('مواضيع ذات صلة')).toBe(true);
    expect(isFurnitureText('تابعونا على تويتر')).toBe(true);
    expect(isFurnitureText('إضافة تعليق جديد')).toBe(true);
    // A real sentence that merely mentions following is not furniture.
    expect(isFurnitureText('وقال الوزير إن الحكومة تابعت عن كثب تطورات الملف خلال الأسابيع الماضية.')).toBe(false);
    expect(isFurnitureText('اقرأ أيضاً '.padEnd(300, 'نص '))).toBe(false);
    expect(fold('أُضِفْ تعليقاً')).toBe(fold('اضف تعليقا'));
  });

  it('strips the site name from titles', () => {
    expect(stripSiteName('وزير الري يشهد توقيع عقد - اليوم السابع', 'اليوم السابع')).toBe('وزير الري يشهد توقيع عقد');
    expect(stripSiteName('خبر طويل بعض الشيء هنا | موقع', null)).toBe('خبر طويل بعض الشيء هنا');
    expect(stripSiteName('الرياض - انطلاق المؤتمر الدولي للطاقة المتجددة', 'جريدة')).toBe('الرياض - انطلاق المؤتمر الدولي للطاقة المتجددة');
  });
});

describe('htmlSource', () => {
  it('yields one article in the sources shape, with origin and structure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-html-'));
    try {
      const file = path.join(dir, 'page.html');
      writeFileSync(
        file,
        '<html lang="ar"><head><title>عنوان الصفحة</title><meta property="article:published_time" content="2022-09-01"></head><body><article><h1>عنوان الصفحة</h1><p>هذا نص خبر قصير مكتوب للاختبار يتحدث عن افتتاح حديقة عامة جديدة في وسط المدينة.</p></article></body></html>',
      );
      const got = [];
      for await (const a of htmlSource(file)) got.push(a);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ origin: file, title: 'عنوان الصفحة', published: '2022-09-01', format: 'html', encoding: 'utf-8' });
      expect(got[0]!.article.headline?.text).toBe('عنوان الصفحة');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
