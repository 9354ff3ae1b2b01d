// @ts-nocheck
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToInput } from '../../../src/extract/html/index.ts';
import { charsetFromContentType, sniffMetaCharset } from '../../../src/extract/html/encoding.ts';

const BODY =
  '<h1>افتتاح جسر جديد فوق النهر</h1>' +
  '<p>افتتح المحافظ صباح اليوم جسراً جديداً فوق النهر يربط ضفتيه، بعد أعمال استمرت ثلاث سنوات، ويتوقع أن يخفف الازدحام في وسط المدينة بشكل كبير.</p>' +
  '<p>وقال المهندس المسؤول إن الجسر صمم لتحمل حركة الشاحنات الثقيلة، وإن طوله يبلغ ستمئة متر مع ممرات للمشاة والدراجات على الجانبين.</p>';

function page(headExtra: string): string {
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${headExtra}<title>افتتاح جسر جديد فوق النهر</title></head><body><article>${BODY}</article></body></html>`;
}

const SNIPPET = 'يربط ضفتيه';

describe('HTML encodings', () => {
  it('UTF-8 declared with <meta charset>', () => {
    const out = htmlToInput(Buffer.from(page('<meta charset="utf-8">')));
    expect(out.meta?.encoding).toBe('utf-8');
    expect(out.text).toContain(SNIPPET);
    expect(out.meta?.warnings?.filter((w) => w.code.startsWith('html-charset'))).toEqual([]);
  });

  it('windows-1256 declared with http-equiv', () => {
    const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), 'windows-1256');
    const out = htmlToInput(bytes);
    expect(out.meta?.encoding).toBe('windows-1256');
    expect(out.text).toContain(SNIPPET);
    expect(out.meta?.warnings?.filter((w) => w.code.startsWith('html-charset'))).toEqual([]);
  });

  it('windows-1256 undeclared is detected and reported', () => {
    const out = htmlToInput(iconv.encode(page(''), 'windows-1256'));
    expect(out.meta?.encoding).toBe('windows-1256');
    expect(out.text).toContain(SNIPPET);
    expect(out.meta?.warnings?.map((w) => w.code)).toContain('html-charset-undeclared');
  });

  it('ISO-8859-6 undeclared is told apart from windows-1256', () => {
    const out = htmlToInput(iconv.encode(page(''), 'iso-8859-6'));
    expect(out.meta?.encoding).toBe('iso-8859-6');
    expect(out.text).toContain(SNIPPET);
  });

  it('ISO-8859-6 declared as windows-1256 is corrected with a warning', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1256">'), 'iso-8859-6');
    const out = htmlToInput(bytes);
    expect(out.meta?.encoding).toBe('iso-8859-6');
    expect(out.text).toContain(SNIPPET);
    expect(out.meta?.warnings?.map((w) => w.code)).toContain('html-charset-mismatch');
  });

  it('UTF-8 bytes behind a wrong windows-1256 declaration are read as UTF-8, with a warning', () => {
    const out = htmlToInput(Buffer.from(page('<meta charset="windows-1256">')));
    expect(out.meta?.encoding).toBe('utf-8');
    expect(out.text).toContain(SNIPPET);
    const w = out.meta?.warnings?.find((x) => x.code === 'html-charset-mismatch');
    expect(w?.message).toContain('windows-1256');
  });

  it('windows-1256 bytes behind a wrong UTF-8 declaration are detected, with a warning', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1256');
    const out = htmlToInput(bytes);
    expect(out.meta?.encoding).toBe('windows-1256');
    expect(out.text).toContain(SNIPPET);
    expect(out.meta?.warnings?.map((w) => w.code)).toContain('html-charset-mismatch');
  });

  it('the HTTP Content-Type charset beats <meta>', () => {
    const bytes = iconv.encode(page('<meta charset="iso-8859-6">'), 'windows-1256');
    const out = htmlToInput(bytes, { contentType: 'text/html; charset=windows-1256' });
    expect(out.meta?.encoding).toBe('windows-1256');
    expect(out.text).toContain(SNIPPET);
  });

  it('UTF-16LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('<meta charset="utf-16">'), 'utf-16le')]);
    const out = htmlToInput(bytes);
    expect(out.meta?.encoding).toBe('utf-16le');
    expect(out.text).toContain(SNIPPET);
  });

  it('a <meta charset="utf-16"> on an ASCII-compatible page means UTF-8 (as in browsers)', () => {
    const out = htmlToInput(Buffer.from(page('<meta charset="utf-16">')));
    expect(out.meta?.encoding).toBe('utf-8');
    expect(out.meta?.warnings?.filter((w) => w.code.startsWith('html-charset'))).toEqual([]);
  });

  it('UTF-16BE without a BOM or declaration', () => {
    const out = htmlToInput(iconv.encode(page(''), 'utf-16be'));
    expect(out.meta?.encoding).toBe('utf-16be');
    expect(out.text).toContain(SNIPPET);
  });

  it('reads declarations the way browsers prescan them', () => {
    expect(sniffMetaCharset(Buffer.from('<meta charset=Windows-1256>'))).toBe('windows-1256');
    expect(sniffMetaCharset(Buffer.from('<meta content="text/html; charset=ISO-8859-6" http-equiv="content-type">'))).toBe('iso-8859-6');
    expect(sniffMetaCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
    expect(charsetFromContentType('text/html;charset="cp1256"')).toBe('windows-1256');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});
