// @ts-nocheck
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeShared } from '../../helpers/shared.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';
import { norm } from '../../../src/analyze/quotes/text.ts';
import type { MarsadDocument, Quote } from '../../../src/doc/types.ts';

interface Expected {
  kind: 'direct' | 'indirect';
  speaker: string;
  cue: string;
  text: string;
  via?: string;
  optional?: boolean;
}

/** Light normalisation for comparing surface strings (README of ../shared). */
const key = (s: string): string =>
  norm(s)
    .replace(/["“”«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const cueKey = (s: string): string => key(s).replace(/^و(?=.)/, '');

function sameText(found: string, want: string): boolean {
  const a = key(found);
  const b = key(want);
  if (a === b) return true;
  return (
    (a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.8
  );
}

function speakerName(doc: MarsadDocument, q: Quote): string {
  const e = q.speaker.entity ? doc.entities.find((x) => x.id === q.speaker.entity) : undefined;
  return e?.name ?? q.speaker.text?.text ?? '';
}

describeShared('quotes on the seed article', ['seed', 'kremlin-summit-2021-05-26.txt'], () => {
  // read in beforeAll, never while the suite is collected (a skipped suite must not touch ../shared)
  let doc: MarsadDocument;
  let gold: { quotes: Expected[]; not_quotes: { text: string }[] };
  let found: Quote[];
  const matchOf = new Map<Expected, Quote>();
  const used = new Set<Quote>();
  let required: Expected[] = [];
  beforeAll(() => {
    const text = readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.txt'), 'utf8');
    gold = JSON.parse(
      readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.expected.json'), 'utf8'),
    ) as {
      quotes: Expected[];
      not_quotes: { text: string }[];
    };
    doc = analyzeText({ text, meta: { origin: 'seed' } });
    found = doc.quotes;
    for (const e of gold.quotes) {
      const q = found.find(
        (f) =>
          !used.has(f) &&
          f.kind === e.kind &&
          sameText(f.text.text, e.text) &&
          f.cue &&
          cueKey(f.cue.text) === cueKey(e.cue),
      );
      if (q) {
        matchOf.set(e, q);
        used.add(q);
      }
    }
    required = gold.quotes.filter((q) => !q.optional);
  });

  it('the reference lists 16 required quotes', () => {
    expect(required).toHaveLength(16);
  });

  // one test per required quote; the count is checked above, the quotes are read in beforeAll
  for (let i = 0; i < 16; i++) {
    it(`required quote ${i + 1}`, () => {
      const e = required[i]!;
      const q = matchOf.get(e);
      expect(
        q,
        `${e.kind} by ${e.speaker} (${e.cue}): found with the same kind, content and cue`,
      ).toBeDefined();
      const name = key(speakerName(doc, q!));
      const want = key(e.speaker);
      expect(name.includes(want) || want.includes(name), `speaker ${name} for ${want}`).toBe(true);
      expect(name.length).toBeGreaterThan(2);
      if (e.via) {
        const via = q!.via ? doc.entities.find((x) => x.id === q!.via) : undefined;
        expect(
          via?.name && key(via.name),
          'relayed through the agency (needs the agency entity from the entities stage)',
        ).toBe(key(e.via));
      }
    });
  }

  it('finds no false quotes: every quote found is in the reference', () => {
    const extra = found.filter((q) => !used.has(q)).map((q) => `${q.kind} «${q.text.text}»`);
    expect(extra).toEqual([]);
  });

  it('an agency name in quotation marks is not a quote', () => {
    for (const nq of gold.not_quotes)
      expect(found.some((q) => key(q.text.text) === key(nq.text))).toBe(false);
  });

  it('every quote carries its rule and valid spans', () => {
    for (const q of found) {
      expect(q.source).toMatch(/^rule:quotes\//);
      expect(doc.text.slice(q.text.start, q.text.end)).toBe(q.text.text);
      if (q.cue) expect(doc.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speaker.text)
        expect(doc.text.slice(q.speaker.text.start, q.speaker.text.end)).toBe(q.speaker.text.text);
    }
  });
});
