// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { htmlToInput, HtmlLimitError } from '../../../src/extract/html/index.ts';

const PARA = '<p>قالت وزارة الصحة إن حملة التطعيم الوطنية وصلت إلى القرى النائية هذا الأسبوع، وإن فرقاً متنقلة ستزور المدارس خلال الشهر المقبل لاستكمال المرحلة الثانية.</p>';

describe('hostile HTML', () => {
  it('10,000 levels of nesting: handled, deep part flattened, with a warning', () => {
    const html = `<html><body><h1>خبر في صفحة عميقة جداً</h1>${'<div>'.repeat(10_000)}${PARA}${'</div>'.repeat(10_000)}</body></html>`;
    const out = htmlToInput(Buffer.from(html));
    expect(out.text).toContain('حملة التطعيم الوطنية');
    expect(out.meta?.warnings?.map((w) => w.code)).toContain('html-deep-nesting');
  });

  it('nesting past the depth limit is a clear, catchable error', () => {
    const html = `<html><body>${'<span>'.repeat(600)}نص${'</span>'.repeat(600)}</body></html>`;
    let err: unknown;
    try {
      htmlToInput(Buffer.from(html), { limits: { maxDepth: 500 } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HtmlLimitError);
    expect((err as HtmlLimitError).limit).toBe('maxDepth');
    expect((err as Error).message).toMatch(/more than 500 levels deep.*maxDepth/);
  });

  it('a 10 MB page is read within the default limits', () => {
    const n = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(PARA));
    const html = `<html><body><article><h1>صفحة ضخمة</h1>${PARA.repeat(n)}</article></body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(10 * 1024 * 1024);
    const out = htmlToInput(Buffer.from(html));
    // Repeated identical paragraphs are kept once: the page says one thing.
    expect(out.article?.paragraphs.length).toBe(1);
    expect(out.text).toContain('حملة التطعيم الوطنية');
  }, 60_000);

  it('a page over the byte limit is refused with the limit named', () => {
    const html = `<html><body>${PARA.repeat(50)}</body></html>`;
    expect(() => htmlToInput(Buffer.from(html), { limits: { maxBytes: 1000 } })).toThrow(/over the .* limit; raise limits\.maxBytes/);
  });

  it('broken markup: unclosed and stray tags, bad attributes', () => {
    const html =
      '<html><head><title>خبر مكسور</title><body><h1>خبر بعلامات مكسورة<div class=x"y data-a=>' +
      '<p>افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة ناشرين من عشرين دولة، ويستمر عشرة أيام<b>بلا إغلاق' +
      '</i></span></td><p>وتنظم على هامش المعرض ندوات فكرية وأمسيات شعرية يومية في القاعة الكبرى للمركز الثقافي</article>' +
      '<<p>>نص';
    const out = htmlToInput(Buffer.from(html));
    expect(out.text).toContain('المعرض الدولي للكتاب');
    expect(out.text).toContain('أمسيات شعرية');
  });

  it('scripts, styles and event handlers never reach the text', () => {
    const html =
      '<html><head><script>var x = "نص من سكربت لا يظهر";</script><style>p{color:red}</style></head><body>' +
      '<article><h1>عنوان الخبر</h1>' +
      PARA +
      '<script>document.write("<p>فقرة حقنها سكربت</p>")</script>' +
      '<p onclick="alert(1)">وأكد المتحدث باسم الوزارة أن اللقاحات متوفرة بكميات كافية لجميع الفئات العمرية في كل المحافظات دون استثناء.</p>' +
      '<noscript>فعّل جافاسكربت</noscript><iframe src="x">إطار</iframe></article></body></html>';
    const out = htmlToInput(Buffer.from(html));
    expect(out.text).not.toContain('سكربت');
    expect(out.text).not.toContain('color');
    expect(out.text).not.toContain('alert');
    expect(out.text).not.toContain('جافاسكربت');
    expect(out.text).toContain('اللقاحات متوفرة');
  });

  it('a page with no article text still gives a document, with a warning', () => {
    const out = htmlToInput(Buffer.from('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>'));
    expect(out.article?.paragraphs).toEqual([]);
    expect(out.meta?.warnings?.map((w) => w.code)).toContain('html-no-body');
  });

  it('binary data is refused with a clear error', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => htmlToInput(png)).toThrow(/binary/);
  });
});
