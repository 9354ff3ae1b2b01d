// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPlainText } from '../../src/extract/plaintext.ts';
import { analyzeText } from '../../src/pipeline/pipeline.ts';
import { PROJECT_ROOT, sharedPath } from '../../src/util/shared.ts';
import { decodeBytes } from '../../src/extract/input.ts';
import { readFacts, readGolden } from '../helpers/golden.ts';
import { describeShared } from '../helpers/shared.ts';
import type { ArticleStructure, SourcedSpan } from '../../src/doc/types.ts';

function allSpans(a: ArticleStructure): SourcedSpan[] {
  return [
    a.headline,
    a.published,
    a.caption,
    a.credit.photographer,
    a.credit.agency,
    a.byline,
    a.dateline,
    ...a.paragraphs,
    ...a.boilerplate,
  ].filter((s): s is SourcedSpan => s !== null);
}

/** Invariants every structure must keep, whatever the input. */
function checkInvariants(text: string, a: ArticleStructure): void {
  for (const s of allSpans(a)) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.source).toMatch(/^rule:/);
    expect(s.text.trim()).toBe(s.text);
  }
  for (const b of a.boilerplate) {
    for (const p of a.paragraphs)
      expect(b.start >= p.end || b.end <= p.start, `"${b.text}" inside a paragraph`).toBe(true);
  }
}

/**
 * Golden fixtures: fictional articles in test/fixtures/structure/<name>/input.txt, the structure
 * we expect (expected.json, made by `npx tsx scripts/regen-fixtures.ts` and reviewed as a diff)
 * and facts.json, written by hand from the input. The output is computed here, with the product's
 * own API, never with the regeneration script's code.
 */
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'structure');
const fixtures = readdirSync(FIXTURES).sort();

function structureOf(dir: string): { article: ArticleStructure } {
  const { text } = decodeBytes(readFileSync(path.join(dir, 'input.txt')));
  const titleFile = path.join(dir, 'title.txt');
  const title = existsSync(titleFile) ? readFileSync(titleFile, 'utf8').trim() : null;
  return { article: extractPlainText(text, { title }) };
}

interface Facts {
  headline?: string | null;
  published?: string | null;
  byline?: string | null;
  dateline?: string | null;
  caption?: string | null;
  photographer?: string | null;
  agency?: string | null;
  paragraphs: number;
  firstParagraphStartsWith?: string;
  lastParagraphEndsWith?: string;
  boilerplate?: string[];
}

describe('structure fixtures (test/fixtures/structure; regenerate with scripts/regen-fixtures.ts)', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(11));
  it.each(fixtures)('%s matches expected.json', (name) => {
    const dir = path.join(FIXTURES, name);
    const expected = readGolden(path.join(dir, 'expected.json'), `npx tsx scripts/regen-fixtures.ts ${name}`);
    const got = structureOf(dir);
    expect(got).toEqual(expected);
    checkInvariants(readFileSync(path.join(dir, 'input.txt'), 'utf8'), got.article);
  });
  it.each(fixtures)('%s: the hand-written facts.json holds', (name) => {
    const dir = path.join(FIXTURES, name);
    const f = readFacts<Facts>(dir);
    const a = structureOf(dir).article;
    const text = (s: { text: string } | null) => (s ? s.text : null);
    if (f.headline !== undefined) expect(text(a.headline), 'headline').toBe(f.headline);
    if (f.published !== undefined) expect(a.published?.value ?? null, 'published').toBe(f.published);
    if (f.byline !== undefined) expect(text(a.byline), 'byline').toBe(f.byline);
    if (f.dateline !== undefined) expect(text(a.dateline), 'dateline').toBe(f.dateline);
    if (f.caption !== undefined) expect(text(a.caption), 'caption').toBe(f.caption);
    if (f.photographer !== undefined)
      expect(text(a.credit.photographer), 'photographer').toBe(f.photographer);
    if (f.agency !== undefined) expect(text(a.credit.agency), 'agency').toBe(f.agency);
    expect(a.paragraphs, 'paragraphs').toHaveLength(f.paragraphs);
    if (f.firstParagraphStartsWith)
      expect(a.paragraphs[0]!.text.startsWith(f.firstParagraphStartsWith)).toBe(true);
    if (f.lastParagraphEndsWith)
      expect(a.paragraphs.at(-1)!.text.endsWith(f.lastParagraphEndsWith)).toBe(true);
    for (const b of f.boilerplate ?? []) expect(a.boilerplate.map((x) => x.text)).toContain(b);
  });
});

const read = (name: string): string => readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');

describe('plain-text structure rules', () => {
  it('reads headline, weekday date line, caption with photographer/agency and furniture', () => {
    const a = extractPlainText(read('caption-credit'));
    expect(a.headline?.text).toBe('وزراء النقل العرب يتفقون على خطة للسكك الحديدية');
    expect(a.published?.value).toBe('2023-03-14');
    expect(a.caption?.text).toBe('الوزراء خلال الجلسة الختامية للاجتماع في المدينة الساحلية');
    expect(a.credit.photographer?.text).toBe('سلمى الراشد');
    expect(a.credit.agency?.text).toBe('فرانس برس');
    expect(a.boilerplate.map((b) => b.text)).toEqual(['+ الخط -', 'المساهمون']);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]!.text.startsWith('اتفق وزراء النقل')).toBe(true);
  });

  it('takes a name–outlet byline line and cuts the tag list off the last paragraph', () => {
    const a = extractPlainText(read('byline-outlet-tags'));
    expect(a.byline?.text).toBe('هالة المنصور – عين اليوم');
    expect(a.dateline).toBeNull();
    expect(a.paragraphs.at(-1)!.text.endsWith('في مصنع محلي.')).toBe(true);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['سمات الشاطئ الصيادين حملة تنظيف']);
  });

  it('keeps a dateline opening the first paragraph inside it', () => {
    const a = extractPlainText(read('inline-dateline-hijri'));
    expect(a.dateline?.text).toBe('الرياض - واس');
    expect(a.paragraphs[0]!.start).toBe(a.dateline!.start);
    expect(a.published?.value).toBe('2015-07-26');
    expect(a.boilerplate.map((b) => b.source)).toEqual(['rule:boilerplate/line']);
  });

  it('reads a "كتب:" byline and an outlet dateline in guillemets', () => {
    const a = extractPlainText(read('byline-prefix-and-inline-dateline'));
    expect(a.byline?.text).toBe('كتب: سامر الحداد');
    expect(a.dateline?.text).toBe('القاهرة ـ «الشرق الأوسط»');
  });

  it('does not take a body paragraph ending in an agency for a caption, nor a headline', () => {
    const a = extractPlainText(read('no-headline-agency-paragraph'));
    expect(a.caption).toBeNull();
    expect(a.headline).toBeNull();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('treats lone CR as a line break', () => {
    const a = extractPlainText(read('lone-cr'));
    expect(a.headline?.text).toBe('أمطار غزيرة على المرتفعات الغربية');
    expect(a.published?.value).toBe('2020-12-25');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('splits a city–person line into dateline and byline, and drops a contact footer', () => {
    const a = extractPlainText(read('columnist-footer'));
    expect(a.byline?.text).toBe('سهام العتيبي');
    expect(a.dateline?.text).toBe('الرياض');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate).toHaveLength(4);
  });

  it('reads an agency dateline with both calendars and takes the Gregorian date as published', () => {
    const a = extractPlainText(read('agency-dateline-two-calendars'));
    expect(a.dateline?.text).toBe('تبوك 3 ذو القعدة 1444 هـ الموافق 23 مايو 2023 م واس');
    expect(a.dateline?.source).toBe('rule:dateline/city-date-agency');
    expect(a.published?.value).toBe('2023-05-23');
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads a dated agency dateline opening the first paragraph', () => {
    const a = extractPlainText(read('inline-agency-dated'));
    expect(a.dateline?.text).toBe('الرياض 12 مارس 2024 (واس)');
    expect(a.paragraphs[0]!.start).toBe(a.dateline!.start);
    expect(a.published?.value).toBe('2024-03-12');
  });

  it('reads a photo credit line and drops pager furniture', () => {
    const a = extractPlainText(read('outlet-photo-credit-line'));
    expect(a.dateline?.text).toBe('عين اليوم – الدمام');
    expect(a.credit.photographer?.text).toBe('مازن العلي');
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Next Previous', 'سمات فلك رصد القمر']);
  });

  it('takes a columnist name line as byline only when the container title starts with it', () => {
    const text =
      'سلمى النجار\nحين نتحدث عن القراءة فإننا نتحدث عن عادة تبدأ في البيت وتكبر مع الطفل حتى تصير جزءاً من يومه ومن طريقته في النظر إلى العالم.';
    expect(extractPlainText(text, { title: 'سلمى النجار: عادة القراءة' }).byline?.text).toBe('سلمى النجار');
    expect(extractPlainText(text, { title: 'عادة القراءة في البيت' }).byline).toBeNull();
    expect(extractPlainText(text).byline).toBeNull();
  });

  it('uses a container title: the first line is the headline only when it matches', () => {
    const text =
      'مهرجان التمور يختتم فعالياته\nاختتم مهرجان التمور فعالياته أمس بحضور آلاف الزوار من مختلف المناطق، وسط إقبال كبير على الأصناف الفاخرة.';
    expect(extractPlainText(text, { title: 'مهرجان التمور يختتم فعالياته' }).headline?.source).toBe(
      'rule:headline/title-match',
    );
    expect(extractPlainText(text, { title: 'عنوان آخر تماما عن موضوع مختلف' }).headline).toBeNull();
  });

  it('takes a city opening a sentence after a dash, but not other dashed openings', () => {
    const text =
      'الرياض - قال مسؤول في الوزارة إن المشروع سينتهي قريباً، مؤكداً أن العمل يسير وفق الجدول المحدد منذ البداية.';
    expect(extractPlainText(text).dateline?.text).toBe('الرياض');
    const text1 =
      'جدة التاريخية - موقع تراثي عالمي - تجذب آلاف السياح كل عام بفضل مبانيها القديمة وأسواقها الشعبية العريقة.';
    expect(extractPlainText(text1).dateline).toBeNull();
    expect(extractPlainText(text1).byline).toBeNull();
    const text2 =
      'قالت الوزارة - في بيان لها - إن العمل يسير وفق الجدول المحدد منذ البداية وإن المشروع سينتهي قريباً.';
    expect(extractPlainText(text2).dateline).toBeNull();
    expect(extractPlainText(text2).byline).toBeNull();
  });

  it('keeps invariants on hostile input', () => {
    for (const t of [
      '',
      '\n\n\n',
      '\r\r\n\u2028x',
      '(Getty)',
      '+ الخط -',
      'a\u200f\u200e\n\u00a0\nب',
      '26 مايو 2021',
    ]) {
      const a = extractPlainText(t);
      checkInvariants(t, a);
    }
  });
});

describeShared('seed article structure', ['seed', 'kremlin-summit-2021-05-26.txt'], () => {
  it('matches the seed expected.json', () => {
    const text = readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.txt'), 'utf8');
    const exp = JSON.parse(
      readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.expected.json'), 'utf8'),
    ).article;
    const doc = analyzeText({ text });
    const a = doc.article;
    checkInvariants(text, a);
    expect(a.headline?.text).toBe(exp.headline);
    expect(a.published?.value).toBe(exp.published);
    expect(a.caption?.text).toBe(exp.caption);
    expect(a.credit.photographer?.text).toBe(exp.credit.photographer);
    expect(a.credit.agency?.text).toBe(exp.credit.agency);
    expect(a.boilerplate.map((b) => b.text)).toEqual(exp.boilerplate);
    expect(a.paragraphs).toHaveLength(exp.paragraphs);
    expect(a.paragraphs[0]!.text.startsWith(exp.body_first_words)).toBe(true);
    expect(a.paragraphs.at(-1)!.text.endsWith(exp.body_last_words)).toBe(true);
    for (const f of exp.boilerplate as string[])
      expect(a.paragraphs.some((p) => p.text.includes(f))).toBe(false);
    expect(doc.meta.referenceDate).toBe('2021-05-26');
  });
});
