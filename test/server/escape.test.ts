import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  externalLink,
  hasBidiControls,
  html,
  join,
  SafeHtml,
  safeHref,
} from '../../src/server/escape.ts';

describe('escapeHtml', () => {
  it('escapes the five HTML specials and the backtick, & first', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;',
    );
    // already-escaped text is escaped again, not left as markup
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
  it('leaves plain Arabic, numbers and LRM/RLM alone', () => {
    const s = 'قمة الواحة ٢٠٢١ \u200f\u200e 12';
    expect(escapeHtml(s)).toBe(s);
  });
  it('shows each bidi control as a visible marker (also when nothing else needs escaping)', () => {
    expect(escapeHtml('a\u202Eb')).toBe('a⟦U+202E⟧b');
    expect(escapeHtml('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069')).toBe(
      '⟦U+202A⟧⟦U+202B⟧⟦U+202C⟧⟦U+202D⟧⟦U+2066⟧⟦U+2067⟧⟦U+2068⟧⟦U+2069⟧',
    );
    expect(escapeHtml('<\u202E>')).toBe('&lt;⟦U+202E⟧&gt;');
    // the controls just outside the ranges are left alone
    expect(escapeHtml('\u2029\u202F\u2065\u206A')).toBe('\u2029\u202F\u2065\u206A');
  });
  it('turns null and undefined into nothing, other values into their text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(0)).toBe('0');
    expect(escapeHtml(false)).toBe('false');
  });
});

describe('hasBidiControls', () => {
  it('finds embedding, override and isolate controls, the same answer every call', () => {
    for (let i = 0; i < 3; i++) {
      expect(hasBidiControls('x\u202Ey')).toBe(true);
      expect(hasBidiControls('x\u2068y')).toBe(true);
      expect(hasBidiControls('قمة \u200f')).toBe(false);
    }
  });
});

describe('html and join', () => {
  it('escapes every interpolation and keeps the literal parts', () => {
    const v = '<b>"x"</b>';
    expect(html`<p title="${v}">${v}</p>`.value).toBe(
      '<p title="&lt;b&gt;&quot;x&quot;&lt;/b&gt;">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>',
    );
  });
  it('inserts SafeHtml as is, flattens arrays, drops null/undefined/false, prints numbers and true', () => {
    const inner = html`<i>${'<'}</i>`;
    expect(inner).toBeInstanceOf(SafeHtml);
    expect(html`${inner}|${['<', inner, [1, null]]}|${null}${undefined}${false}|${0}|${true}`.value).toBe(
      '<i>&lt;</i>|&lt;<i>&lt;</i>1||0|true',
    );
    expect(String(inner)).toBe('<i>&lt;</i>');
  });
  it('join escapes each part and puts the separator between them', () => {
    expect(join(['<a>', html`<b>`, 'c'], ', ').value).toBe('&lt;a&gt;, <b>, c');
    expect(join(['x', 'y']).value).toBe('xy');
    expect(join([]).value).toBe('');
  });
});

describe('safeHref and externalLink', () => {
  it('keeps absolute http(s) URLs, re-serialised', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHref('  http://example.org  ')).toBe('http://example.org/');
    // pasted with no-break spaces around it (which the URL parser itself does not strip)
    expect(safeHref('\u00a0https://example.org/x\u00a0')).toBe('https://example.org/x');
  });
  it('refuses other schemes, relative and broken URLs, and nothing', () => {
    for (const u of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://x.org/',
      '/relative',
      'http://',
      '',
      null,
      undefined,
    ])
      expect(safeHref(u), String(u)).toBeNull();
  });
  it('links http(s) URLs with rel and target, escaping the label', () => {
    expect(externalLink('https://example.org/?a=1&b=2', '<المصدر>').value).toBe(
      '<a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank">&lt;المصدر&gt;</a>',
    );
    expect(externalLink('https://example.org/').value).toContain('>https://example.org/</a>');
  });
  it('shows any other URL as escaped text, never a link', () => {
    expect(externalLink('javascript:alert("x")').value).toBe(
      '<span class="url">javascript:alert(&quot;x&quot;)</span>',
    );
    expect(externalLink('javascript:x', 'المصدر').value).toBe('<span class="url">المصدر</span>');
    expect(externalLink(null).value).toBe('<span class="url"></span>');
  });
});
