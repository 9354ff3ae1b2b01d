import fc from 'fast-check';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, externalLink, html, safeHref, SafeHtml } from '../../src/server/escape.ts';
import { renderMarked, type Mark } from '../../src/server/highlight.ts';
import { eventsToIcs } from '../../src/server/ics.ts';
import { renderSnippet } from '../../src/server/pages.ts';
import { fillMonths } from '../../src/server/svg.ts';
import { fmtDate, timeEl } from '../../src/server/layout.ts';
import type { EventRow } from '../../src/store/types.ts';

describe('escapeHtml / html', () => {
  it('escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('shows bidi override/isolate controls as visible markers, leaving RLM/LRM alone', () => {
    expect(escapeHtml('a\u202Eb\u2066c\u2069\u200Fd')).toBe('a⟦U+202E⟧b⟦U+2066⟧c⟦U+2069⟧\u200Fd');
  });

  it('html`` escapes every interpolation, arrays included, but not SafeHtml', () => {
    const evil = '"><script>x()</script>';
    const out = html`<p title="${evil}">${[evil, html`<b>${evil}</b>`]}${null}${false}${0}</p>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;x()&lt;/script&gt;">&quot;&gt;&lt;script&gt;x()&lt;/script&gt;<b>&quot;&gt;&lt;script&gt;x()&lt;/script&gt;</b>0</p>',
    );
  });

  it('safeHref allows only http(s), whatever the disguise', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '//evil.example', '/relative', 'file:///etc/passwd', '', null, undefined]) {
      expect(safeHref(bad), String(bad)).toBeNull();
    }
    expect(externalLink('javascript:alert(1)', 'المصدر').value).toBe('<span class="url">المصدر</span>');
    expect(externalLink('https://example.org/"onmouseover=x').value).toContain('href="https://example.org/%22onmouseover=x"');
  });
});

/** Checks the markup is well nested and returns the text content (unescaped). */
function textOf(markup: string): string {
  const stack: string[] = [];
  for (const m of markup.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
  const { document } = parseHTML(`<div id="r">${markup}</div>`);
  return document.getElementById('r')!.textContent!;
}

describe('renderMarked', () => {
  const mk = (start: number, end: number, id: string): Mark => ({ start, end, cls: 'x', id, tip: [id] });

  it('nests contained marks and splits crossing ones', () => {
    const text = 'abcdefghij';
    const out = renderMarked(text, [mk(0, 6, 'a'), mk(2, 4, 'b'), mk(4, 9, 'c')]).value;
    expect(textOf(out)).toBe(text);
    // c crosses the end of a: its first fragment sits inside a, the rest follows as a continuation.
    expect(out).toBe(
      '<span class="ann x" id="a" tabindex="0" aria-describedby="a-d" data-tip="a">ab' +
        '<span class="ann x" id="b" tabindex="0" aria-describedby="b-d" data-tip="b">cd</span>' +
        '<span class="ann x" id="c" tabindex="0" aria-describedby="c-d" data-tip="c">ef</span></span>' +
        '<span class="ann x cont" data-for="c" data-tip="c">ghi</span>j',
    );
  });

  it('ignores out-of-range and empty marks and escapes the text', () => {
    const out = renderMarked('<b>x</b>', [mk(-1, 2, 'a'), mk(3, 3, 'b'), mk(5, 99, 'c'), mk(3, 4, 'd')]).value;
    expect(out).toBe('&lt;b&gt;<span class="ann x" id="d" tabindex="0" aria-describedby="d-d" data-tip="d">x</span>&lt;/b&gt;');
  });

  it('for any marks, the output is well nested, keeps the text, and focuses each mark once', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('ا', 'ب', ' ', '<', '&', '"', 'x'), minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 8 }),
        (text, pairs) => {
          const marks = pairs.map(([a, b], i) => mk(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1), `m${i}`));
          const out = renderMarked(text, marks).value;
          expect(textOf(out)).toBe(text);
          const valid = marks.filter((m) => m.start < m.end);
          for (const m of valid) expect(out.split(`id="${m.id}"`).length - 1).toBe(1);
          expect(out.split('tabindex="0"').length - 1).toBe(valid.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderSnippet', () => {
  it('merges overlapping highlight ranges and escapes', () => {
    expect(renderSnippet('قال <الوزير> إن', [[4, 8], [6, 12], [20, 30]]).value).toBe('قال <mark>&lt;الوزير&gt;</mark> إن');
  });
});

describe('fmtDate', () => {
  it('formats days, months and ISO weeks in Arabic with Western digits, and leaves other values', () => {
    expect(fmtDate('2021-06-16')).toBe('16 يونيو 2021');
    expect(fmtDate('2021-06')).toBe('يونيو 2021');
    expect(fmtDate('2021-W32')).toBe('الأسبوع 32 من 2021');
    expect(fmtDate('P1W')).toBe('P1W');
    expect(timeEl('2021-W32').value).toBe('<time datetime="2021-W32">الأسبوع 32 من 2021</time>');
  });
});

describe('fillMonths', () => {
  it('fills gaps between months, across years', () => {
    expect(fillMonths([{ month: '2021-11', count: 2 }, { month: '2022-02', count: 1 }]).map((m) => `${m.month}:${m.count}`)).toEqual([
      '2021-11:2',
      '2021-12:0',
      '2022-01:0',
      '2022-02:1',
    ]);
  });
});

describe('ICS export (store rows through the shared writer)', () => {
  const row = (over: Partial<EventRow>): EventRow => ({
    id: 1,
    articleId: 3,
    headline: 'عنوان; مع, فواصل',
    published: '2021-06-15',
    type: 'summit',
    status: 'planned',
    trigger: { start: 10, end: 14, text: 'قمة' },
    date: '2021-07-20',
    participants: [{ key: 'k1', name: 'سالم الكعبي', en: 'Salem Al-Kaabi' }],
    place: { key: 'k2', name: 'رأس الغدير', en: null },
    history: [],
    ...over,
  });

  it('writes one all-day VEVENT per schedulable event that ical.js reads back', () => {
    const ics = eventsToIcs(
      [
        row({}),
        row({ date: '2021-07', trigger: { start: 50, end: 53, text: 'زيارة' }, type: 'visit' }),
        row({ date: null }),
        row({ date: '2021' }),
        row({ status: 'cancelled', date: '2021-12-31', trigger: { start: 90, end: 95, text: 'اجتماع' }, type: 'meeting' }),
      ],
      { baseUrl: 'http://127.0.0.1:8080/' },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const evs = cal.getAllSubcomponents('vevent');
    expect(evs).toHaveLength(3);
    const [summit, visit, meeting] = evs.map((e) => new ICAL.Event(e));
    expect(summit!.summary).toContain('سالم الكعبي');
    expect(summit!.summary).toContain('Salem Al-Kaabi');
    expect(summit!.startDate.toString()).toBe('2021-07-20');
    expect(summit!.endDate.toString()).toBe('2021-07-21');
    expect(summit!.location).toBe('رأس الغدير');
    expect(summit!.description).toBe('«قمة» — عنوان; مع, فواصل');
    expect(evs[0]!.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(evs[0]!.getFirstPropertyValue('url')).toBe('http://127.0.0.1:8080/article/3');
    // No clock: DTSTAMP is the publication date.
    expect(evs[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-06-15T00:00:00Z');
    // A month-valued event spans the month.
    expect(visit!.startDate.toString()).toBe('2021-07-01');
    expect(visit!.endDate.toString()).toBe('2021-08-01');
    expect(meeting!.endDate.toString()).toBe('2022-01-01');
    expect(evs[2]!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new Set(evs.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(3);
    // The same rows give the same calendar (stable UIDs, no clock).
    expect(eventsToIcs([row({})], {})).toBe(eventsToIcs([row({})], {}));
  });
});
