import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderMarked, type Mark } from '../../src/server/highlight.ts';

/**
 * The annotated article text: which marks become links, what their attributes say, and how
 * overlapping marks are split. Read back through a DOM so the assertions are about the page a
 * browser builds, not about string shapes.
 */
const TEXT = 'قال الوزير سامي الحداد في عمّان أمس';
const mark = (word: string, extra: Partial<Mark> = {}): Mark => {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length, cls: 'ent', tip: ['PER', 'Sami'], id: `m${start}`, ...extra };
};
const dom = (marks: Mark[]) => parseHTML(`<!doctype html><html><body><p>${renderMarked(TEXT, marks).value}</p></body></html>`).document;

describe('links in the annotated text', () => {
  it('only our own root-relative paths become links; other URLs leave a focusable span', () => {
    const d = dom([
      mark('سامي الحداد', { href: '/entity/p1' }),
      mark('عمّان', { href: '//evil.example/x' }),
      mark('أمس', { href: 'https://evil.example/' }),
      mark('الوزير', { href: 'javascript:alert(1)' }),
    ]);
    const links = [...d.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['سامي الحداد', '/entity/p1']]);
    // a link is focusable by itself; a span gets tabindex 0 instead
    expect(links[0]!.hasAttribute('tabindex')).toBe(false);
    const spans = [...d.querySelectorAll('span.ann')];
    expect(spans.map((s) => [s.textContent, s.getAttribute('tabindex'), s.getAttribute('href')])).toEqual([
      ['الوزير', '0', null],
      ['عمّان', '0', null],
      ['أمس', '0', null],
    ]);
    expect(d.body.textContent).toBe(TEXT);
  });

  it('a mark inside a link is not a link (no nested <a>), and its own id and description stay', () => {
    const outer = mark('سامي الحداد', { href: '/entity/p1' });
    const inner = mark('الحداد', { href: '/entity/p2', id: 'inner' });
    const d = dom([inner, outer]);
    expect(d.querySelectorAll('a')).toHaveLength(1);
    expect(d.querySelector('a')!.getAttribute('href')).toBe('/entity/p1');
    const span = d.querySelector('#inner')!;
    expect(span.tagName).toBe('SPAN');
    expect(span.getAttribute('aria-describedby')).toBe('inner-d');
    expect(span.closest('a')).not.toBeNull();
  });

  it('data attributes keep safe names only and escape their values; the tooltip joins its lines', () => {
    const d = dom([mark('عمّان', { data: { 'Key"><x': 'v"<>', 'entity-key': 'LOC:amman' }, tip: ['LOC', 'Amman "city"'] })]);
    const el = d.querySelector('.ann')!;
    expect(el.getAttribute('data-entity-key')).toBe('LOC:amman');
    // upper case, quotes and brackets are dropped from the name, the value is kept as text
    expect(el.getAttribute('data-eyx')).toBe('v"<>');
    expect(el.getAttribute('data-tip')).toBe('LOC\nAmman "city"');
    expect(d.querySelectorAll('x')).toHaveLength(0);
  });
});

describe('overlapping marks', () => {
  it('a mark crossing the end of another is split; the continuation points at the first part', () => {
    // «الوزير سامي» and «سامي الحداد» overlap on سامي
    const a = mark('الوزير سامي', { id: 'a' });
    const b = mark('سامي الحداد', { id: 'b', href: '/entity/p1' });
    const d = dom([a, b]);
    const parts = [...d.querySelectorAll('[data-for="b"]')];
    expect(d.querySelector('#b')!.textContent).toBe('سامي');
    expect(parts.map((p) => [p.tagName, p.textContent, p.getAttribute('tabindex'), p.classList.contains('cont')])).toEqual([
      ['A', ' الحداد', '-1', true],
    ]);
    expect(d.querySelector('#a')!.textContent).toBe('الوزير سامي');
    expect(d.body.textContent).toBe(TEXT);
  });

  it('drops marks outside the text or empty, and sorts the rest whatever order they come in', () => {
    const d = dom([
      { ...mark('أمس'), id: 'late' },
      { start: 5, end: 5, cls: 'x', tip: [], id: 'empty' },
      { start: -1, end: 3, cls: 'x', tip: [], id: 'neg' },
      { start: 0, end: TEXT.length + 1, cls: 'x', tip: [], id: 'long' },
      { start: 0.5, end: 3, cls: 'x', tip: [], id: 'frac' },
      { ...mark('قال'), id: 'early' },
    ]);
    expect([...d.querySelectorAll('.ann')].map((e) => e.id)).toEqual(['early', 'late']);
  });
});
