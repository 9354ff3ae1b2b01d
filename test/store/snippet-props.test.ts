/**
 * `buildSnippet` reads a long article in slices of about SCAN units and stops after the first
 * slice by whose end every query word has been seen (the best window is almost always early);
 * inside a slice it stops sooner once its window is settled. That second, finer stop must never
 * change the snippet: whatever the text, what is shown must be what a complete read of those
 * slices gives, and only the list of matched forms may be shorter (a prefix of the full list).
 * The reference here is written from the documented rule, independently of the code: the
 * earliest window holding the most distinct query terms, begun LEAD units before its first hit,
 * moved back to a word start and on to a word end when one is near. The texts are random
 * arrangements of fictional words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnippet, type SnippetResult } from '../../src/store/snippet.ts';
import { termsOf } from '../../src/store/terms.ts';

const WINDOW = 220;
const LEAD = 60;
const SNAP = 20;
const SCAN = 2000;

/** Where the slice read ends: the first space at or after `at` (slices never cut a word). */
function sliceEnd(region: string, at: number): number {
  const sp = at >= region.length ? -1 : region.indexOf(' ', at);
  return sp < 0 ? region.length : sp;
}

/** The snippet of a complete read of the slices up to where every query word was seen, with every form listed. */
function fullRead(text: string, query: Set<string>, from: number, to: number) {
  const region = text.slice(from, to);
  const all = termsOf(region).filter((t) => query.has(t.term));
  let readTo = region.length;
  const seen = new Set<string>();
  for (let at = 0; at < region.length; ) {
    at = sliceEnd(region, at + SCAN);
    for (const h of all) if (h.end <= at) seen.add(h.term);
    if (seen.size === query.size) {
      readTo = at;
      break;
    }
  }
  const hits = all.filter((h) => h.end <= readTo);
  const forms = new Map<string, string[]>();
  for (const h of hits) {
    const list = forms.get(h.term) ?? [];
    const form = region.slice(h.start, h.end);
    if (!list.includes(form)) list.push(form);
    forms.set(h.term, list);
  }
  let start = 0;
  let end = region.length;
  if (region.length > WINDOW) {
    let best = -1;
    let bestAt = 0;
    for (const first of hits) {
      const inWindow = hits.filter((h) => h.start >= first.start && h.end - first.start <= WINDOW - LEAD);
      const distinct = new Set(inWindow.map((h) => h.term)).size;
      if (distinct > best) [best, bestAt] = [distinct, first.start];
    }
    start = Math.max(0, bestAt - LEAD);
    if (start > 0) {
      const sp = region.lastIndexOf(' ', start);
      if (sp >= 0 && start - sp < SNAP) start = sp + 1;
    }
    end = Math.min(region.length, start + WINDOW);
    const sp = region.indexOf(' ', end);
    if (end < region.length && sp >= 0 && sp - end < SNAP) end = sp;
  }
  const prefix = start > 0 ? '…' : '';
  const text_ = prefix + region.slice(start, end).replace(/\s/g, ' ') + (end < region.length ? '…' : '');
  const highlights = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h): [number, number] => [h.start - start + prefix.length, h.end - start + prefix.length]);
  return { text: text_, highlights, forms };
}

function expectSameAsFullRead(r: SnippetResult, text: string, query: Set<string>, from: number, to: number) {
  const full = fullRead(text, query, from, to);
  expect(r.snippet.text).toBe(full.text);
  expect(r.snippet.highlights).toEqual(full.highlights);
  // Every query term found anywhere is listed, in query order, with a prefix of its forms.
  expect(r.matched.map((m) => m.term)).toEqual([...query].filter((t) => full.forms.has(t)));
  for (const m of r.matched) {
    const all = full.forms.get(m.term)!;
    expect(m.forms.length).toBeGreaterThan(0);
    expect(m.forms.length).toBeLessThanOrEqual(8);
    expect(m.forms).toEqual(all.slice(0, m.forms.length));
  }
}

// Fictional vocabulary: three query words, each in several written forms, and filler.
const FORMS = [
  ['قمة', 'القمة', 'للقمة', 'بالقمة', 'وقمة', 'قمّة', 'فالقمة', 'كالقمة', 'والقمة', 'وبالقمة'],
  ['الواحة', 'بالواحة', 'والواحة', 'للواحة', 'فالواحة'],
  ['المياه', 'مياه', 'بالمياه', 'وللمياه', 'والمياه'],
];
const FILLER = ['كلمة', 'عادية', 'اجتمع', 'الوفد', 'أمس', 'في', 'مع', 'على', 'الأسبوع', 'طويلة', 'المدينة'];
const SEPARATORS = [' ', ' ', ' ', ' ', '\n', '\n\n', '، ', '. ', '  '];
const termOf = (w: string) => termsOf(w)[0]!.term;
const QUERY_TERMS = FORMS.map((f) => termOf(f[0]!));

const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMS.flat()) },
);
const plain = fc.constantFrom(...FILLER);
/**
 * Mostly filler, with query words here and there and sometimes in runs, and some long stretches
 * with none (so that a word may first appear after the first slices); up to a few thousand words.
 */
const part = fc
  .tuple(
    fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }) }, { weight: 2, arbitrary: fc.integer({ min: 40, max: 700 }) }),
    fc.boolean(),
  )
  .chain(([n, withQuery]) =>
    fc.tuple(fc.array(withQuery ? word : plain, { minLength: n, maxLength: n }), fc.constantFrom(...SEPARATORS)),
  );
const article = fc
  .array(part, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([ws, sep]) => ws.join(sep)).join('\n\n'));
const query = fc.subarray(QUERY_TERMS, { minLength: 1 }).map((ts) => new Set(ts));

describe('buildSnippet: the early stop never changes what is shown', () => {
  it('equals a full read on random articles, whole and in part', () => {
    fc.assert(
      fc.property(article, query, fc.nat(), fc.nat(), fc.boolean(), (text, q, a, b, whole) => {
        const [from, to] = whole ? [0, text.length] : [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        expectSameAsFullRead(buildSnippet(text, q, from!, to!), text, q, from!, to!);
      }),
      { numRuns: 300 },
    );
  });

  it('equals a full read when the query words stand together at every distance from the start', () => {
    // The meeting point walks across the slice bounds of the read (a few hundred units) and
    // the window's reach; a second, later meeting must not displace the first.
    const unit = 'كلمة عادية ';
    const q = new Set(QUERY_TERMS.slice(0, 2));
    for (let k = 0; k < 80; k++) {
      const text = `${unit.repeat(k)}${FORMS[0]![0]} ${FORMS[1]![1]} ${unit.repeat(k % 9)}${FORMS[0]![2]} ${unit.repeat(400)}${FORMS[0]![3]} ${FORMS[1]![2]}`;
      const r = buildSnippet(text, q, 0, text.length);
      expectSameAsFullRead(r, text, q, 0, text.length);
      expect(r.snippet.text).toContain(`${FORMS[0]![0]} ${FORMS[1]![1]}`);
    }
  });

  it('a region shorter than the window is shown whole, with a hit at each end highlighted', () => {
    const text = `${FORMS[2]![0]} ${'كلمة '.repeat(30)}${FORMS[2]![2]}`;
    const q = new Set([QUERY_TERMS[2]!]);
    const r = buildSnippet(`قبل ${text} بعد`, q, 4, 4 + text.length);
    expect(r.snippet.text).toBe(text);
    expect(r.snippet.highlights).toEqual([
      [0, FORMS[2]![0]!.length],
      [text.length - FORMS[2]![2]!.length, text.length],
    ]);
    expect(r.matched).toEqual([{ term: QUERY_TERMS[2], forms: [FORMS[2]![0], FORMS[2]![2]] }]);
  });

  it('a region exactly as long as the window is shown whole', () => {
    const q = new Set([QUERY_TERMS[2]!]);
    const body = `${'كلمة '.repeat(40)}${FORMS[2]![0]}`;
    const text = `${body} ${'ع'.repeat(WINDOW - body.length - 1)}`;
    expect(text).toHaveLength(WINDOW);
    const r = buildSnippet(text, q, 0, text.length);
    expect(r.snippet.text).toBe(text);
    expect(r.snippet.highlights).toEqual([[body.length - FORMS[2]![0]!.length, body.length]]);
  });

  it('ends the window at a word end fewer than 20 units away, else cuts the word', () => {
    const q = new Set([QUERY_TERMS[0]!]);
    const lead = `${FORMS[0]![0]} ${'كلمة '.repeat(60)}`.slice(0, WINDOW - 5);
    for (const [tail, snapped] of [
      [19, true],
      [20, false],
    ] as const) {
      // The window ends 5 units into a word whose end lies `tail` units past the window's end.
      const text = `${lead}${'س'.repeat(5 + tail)} ${'كلمة '.repeat(80)}`;
      const r = buildSnippet(text, q, 0, text.length);
      expectSameAsFullRead(r, text, q, 0, text.length);
      expect(r.snippet.text).toBe(`${text.slice(0, snapped ? WINDOW + tail : WINDOW).replace(/\s/g, ' ')}…`);
    }
  });

  it('reads no further than needed: a form past the settled lead is not listed, even within the first slice', () => {
    // Observable effect of the early stop: the lead holds both words, and another form of one
    // of them follows a thousand units on; the snippet is the lead's, and reading stopped there.
    const q = new Set(QUERY_TERMS.slice(0, 2));
    const text = `${FORMS[0]![0]} ${FORMS[1]![0]} ${'كلمة عادية '.repeat(90)}${FORMS[0]![6]} ${'كلمة عادية '.repeat(300)}`;
    const r = buildSnippet(text, q, 0, text.length);
    expectSameAsFullRead(r, text, q, 0, text.length);
    expect(r.matched.find((m) => m.term === QUERY_TERMS[0])!.forms).toEqual([FORMS[0]![0]]);
  });

  it('stops reading once the lead settles the window: a form first written far below is not listed', () => {
    // Performance is the point of the early stop: an article of many thousand words whose lead
    // holds both words must not be read to the end.
    const q = new Set(QUERY_TERMS.slice(0, 2));
    const text = `${FORMS[0]![0]} ${FORMS[1]![0]}\n\n${'كلمة عادية '.repeat(3000)}${FORMS[0]![6]} ${FORMS[1]![4]}`;
    const r = buildSnippet(text, q, 0, text.length);
    expectSameAsFullRead(r, text, q, 0, text.length);
    expect(r.matched).toEqual([
      { term: QUERY_TERMS[0], forms: [FORMS[0]![0]] },
      { term: QUERY_TERMS[1], forms: [FORMS[1]![0]] },
    ]);
  });

  it('lists at most eight forms of a word, in the order they first appear', () => {
    const q = new Set([QUERY_TERMS[0]!]);
    const text = FORMS[0]!.join(' ');
    const r = buildSnippet(text, q, 0, text.length);
    expect(r.matched).toEqual([{ term: QUERY_TERMS[0], forms: FORMS[0]!.slice(0, 8) }]);
  });

  it('an empty query or an empty region shows the start of the text with nothing marked', () => {
    const text = `${FORMS[0]![0]} ${'كلمة عادية '.repeat(100)}`;
    const none = buildSnippet(text, new Set(), 0, text.length);
    expect(none.matched).toEqual([]);
    expect(none.snippet.highlights).toEqual([]);
    expect(none.snippet.text.startsWith(FORMS[0]![0]!)).toBe(true);
    expect(none.snippet.text.endsWith('…')).toBe(true);
    expect(buildSnippet(text, new Set(QUERY_TERMS), 5, 5)).toEqual({ snippet: { text: '', highlights: [] }, matched: [] });
  });
});
