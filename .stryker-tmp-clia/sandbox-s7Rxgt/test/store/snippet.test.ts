/**
 * Snippets stop reading a long article once the shown window can no longer change; these check
 * that the window is still the one a full read would pick (fictional text written for the test).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../src/store/snippet.ts';
import { termsOf } from '../../src/store/terms.ts';

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `كلمة${i % 7 === 0 ? '' : 'ات'} عادية`).join(' ');
const termSet = (q: string) => new Set(termsOf(q).map((t) => t.term));
const marked = (r: ReturnType<typeof buildSnippet>) =>
  r.snippet.highlights.map(([s, e]) => r.snippet.text.slice(s, e));

describe('buildSnippet', () => {
  it('shows the headline when the query words are together there, however long the article', () => {
    const text = `قمة الواحة تبحث المياه\n\n${filler(400)} وفي ختام قمة الواحة للمياه ${filler(50)}`;
    const r = buildSnippet(text, termSet('قمة الواحة'), 0, text.length);
    expect(r.snippet.text.startsWith('قمة الواحة')).toBe(true);
    expect(marked(r)).toEqual(['قمة', 'الواحة']);
    expect(r.matched.map((m) => m.forms[0])).toEqual(['قمة', 'الواحة']);
  });

  it('reads on past a first sighting of each word to where they stand together', () => {
    // Both words early but far apart; together a few hundred characters later.
    const text = `الواحة ${filler(40)} قمة ${filler(30)} انعقدت قمة الواحة أمس ${filler(200)}`;
    const r = buildSnippet(text, termSet('قمة الواحة'), 0, text.length);
    expect(r.snippet.text).toContain('انعقدت قمة الواحة أمس');
    expect(marked(r)).toEqual(expect.arrayContaining(['قمة', 'الواحة']));
    const at = r.snippet.text.indexOf('انعقدت قمة الواحة');
    const shown = r.snippet.highlights.filter(([s]) => s >= at).map(([s, e]) => r.snippet.text.slice(s, e));
    expect(shown.slice(0, 2)).toEqual(['قمة', 'الواحة']);
  });

  it('highlights every query word inside the shown window, also those past where reading could stop', () => {
    const text = `قمة الواحة قمة الواحة قمة ${filler(300)}`;
    const r = buildSnippet(text, termSet('قمة الواحة'), 0, text.length);
    expect(marked(r)).toEqual(['قمة', 'الواحة', 'قمة', 'الواحة', 'قمة']);
  });

  it('reads to the end of the shown window before stopping', () => {
    // The words meet just before the first few hundred characters end; another one follows just
    // after, still inside the window shown.
    const unit = 'كلمة عادية ';
    const text = `${unit.repeat(22)}قمة الواحة ${unit.repeat(5)}قمة ${unit.repeat(300)}`;
    const r = buildSnippet(text, termSet('قمة الواحة'), 0, text.length);
    expect(marked(r)).toEqual(['قمة', 'الواحة', 'قمة']);
  });
});
