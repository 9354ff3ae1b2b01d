// @ts-nocheck
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarsadDocument } from '../../src/doc/types.ts';
import { analyzeText } from '../../src/pipeline/pipeline.ts';
import { sharedPath } from '../../src/util/shared.ts';
import { describeShared } from '../helpers/shared.ts';
import { hostileText, newsText } from '../text/arbitraries.ts';
import { SAMPLE_ARTICLES } from './samples.ts';

interface Found {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Every object anywhere in `value` with numeric `start`/`end` and a string `text`, with its path. */
export function findSpans(value: unknown, path = '$', out: Found[] = [], seen = new Set<object>()): Found[] {
  if (value === null || typeof value !== 'object') return out;
  if (seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => findSpans(v, `${path}[${i}]`, out, seen));
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
    out.push({ path, start: o.start, end: o.end, text: o.text });
  }
  for (const [k, v] of Object.entries(o)) findSpans(v, `${path}.${k}`, out, seen);
  return out;
}

/** Checks the slice invariant for every span, and the ordering the text layer promises. */
function checkDocument(doc: MarsadDocument): number {
  const spans = findSpans(doc);
  // Collected first and asserted once: a document has thousands of spans.
  const problems: string[] = [];
  for (const s of spans) {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end < s.start ||
      s.end > doc.text.length
    ) {
      problems.push(`${s.path}: bad range [${s.start}, ${s.end})`);
    } else if (doc.text.slice(s.start, s.end) !== s.text) {
      problems.push(
        `${s.path}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`,
      );
    }
  }
  let last = 0;
  doc.sentences.forEach((s, i) => {
    if (s.start < last) problems.push(`sentences[${i}] overlaps the previous one`);
    last = s.end;
    if (s.paragraph >= 0) {
      const p = doc.article.paragraphs[s.paragraph];
      if (!p || s.start < p.start || s.end > p.end)
        problems.push(`sentences[${i}] is outside paragraph ${s.paragraph}`);
    }
  });
  last = 0;
  (doc.tokens ?? []).forEach((t, i) => {
    if (t.start < last) problems.push(`tokens[${i}] overlaps the previous one`);
    last = t.end;
  });
  expect(problems).toEqual([]);
  return spans.length;
}

describe('document invariants', () => {
  it('finds spans nested anywhere, including inside quotes', () => {
    const found = findSpans({
      a: [{ start: 0, end: 1, text: 'x' }],
      q: { text: { start: 1, end: 2, text: 'y' } },
    });
    expect(found.map((f) => f.path)).toEqual(['$.a[0]', '$.q.text']);
  });

  it('catches a span whose text does not match', () => {
    const doc = analyzeText({ text: 'نص قصير.' }, { tokens: true });
    const bad = { ...doc, sentences: [{ start: 0, end: 2, text: 'خطأ', paragraph: -1 }] };
    expect(() => checkDocument(bad)).toThrow();
  });

  it.each(SAMPLE_ARTICLES.map((a) => [a.name, a.text] as const))(
    'holds on the fictional article "%s"',
    (_name, text) => {
      const doc = analyzeText({ text }, { tokens: true, date: '2025-03-12' });
      const n = checkDocument(doc);
      expect(doc.tokens!.length).toBeGreaterThan(10);
      expect(doc.sentences.length).toBeGreaterThan(1);
      expect(n).toBeGreaterThan(doc.tokens!.length);
    },
  );

  it('property: holds for generated texts through the whole pipeline', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, hostileText), (text) => {
        checkDocument(analyzeText({ text }, { tokens: true, date: '2025-01-01' }));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describeShared('document invariants on the shared seed', ['seed', 'kremlin-summit-2021-05-26.txt'], () => {
  it('holds on the seed article', () => {
    const text = readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.txt'), 'utf8');
    const doc = analyzeText({ text }, { tokens: true });
    expect(checkDocument(doc)).toBeGreaterThan(100);
  });
});

describeShared(
  'document invariants on the SaudiNewsNet sample',
  ['data', 'news', 'saudinewsnet-sample.jsonl'],
  () => {
    // Every 6th article: the whole pipeline (entities, times…) is heavy for a unit test.
    it('holds on a spread of articles from the sample', { timeout: 120_000 }, () => {
      const lines = readFileSync(sharedPath('data', 'news', 'saudinewsnet-sample.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean);
      for (const line of lines.filter((_l, i) => i % 6 === 0)) {
        const { content } = JSON.parse(line) as { content: string };
        checkDocument(analyzeText({ text: content }, { tokens: true, date: '2015-08-11' }));
      }
    });
  },
);
