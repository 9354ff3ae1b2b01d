// @ts-nocheck
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToInput } from '../../../src/extract/html/index.ts';
import type { PipelineInput } from '../../../src/pipeline/pipeline.ts';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';
import { readFacts, readGolden } from '../../helpers/golden.ts';

/**
 * Golden fixtures: fictional pages in test/fixtures/html/<name>/source.html, the pipeline input
 * we expect (expected.json, made by `npx tsx scripts/regen-html-fixtures.ts` and reviewed as a
 * diff) and facts.json, written by hand from the page. The output is computed here, with the
 * product's own API, never with the regeneration script's code.
 */
const HTML_FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'html');
const names = readdirSync(HTML_FIXTURES).filter((n) =>
  existsSync(path.join(HTML_FIXTURES, n, 'source.html')),
);

function extract(name: string): PipelineInput {
  const dir = path.join(HTML_FIXTURES, name);
  const optsFile = path.join(dir, 'options.json');
  const opts = existsSync(optsFile)
    ? (JSON.parse(readFileSync(optsFile, 'utf8')) as { url?: string; contentType?: string })
    : {};
  return htmlToInput(readFileSync(path.join(dir, 'source.html')), opts);
}

describe('HTML golden fixtures (regenerate with scripts/regen-html-fixtures.ts)', () => {
  it('has a fixture folder for each date placement', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
  for (const n of names) {
    it(`${n}: output equals expected.json`, () => {
      const expected = readGolden(
        path.join(HTML_FIXTURES, n, 'expected.json'),
        `npx tsx scripts/regen-html-fixtures.ts ${n}`,
      );
      expect(JSON.parse(JSON.stringify(extract(n)))).toEqual(expected);
    });
  }
});

interface Facts {
  date: string;
  source: string;
  headline: string;
  without: string[];
  with: string[];
}

describe('HTML fixtures: facts', () => {
  for (const n of names) {
    it(`${n}: facts.json (date and its rule, headline, body without furniture)`, () => {
      const f = readFacts<Facts>(path.join(HTML_FIXTURES, n));
      const out = extract(n);
      const a = out.article!;
      expect(a.published?.value).toBe(f.date);
      expect(a.published?.source).toBe(f.source);
      expect(a.headline?.text).toBe(f.headline);
      const body = a.paragraphs.map((p) => p.text).join('\n');
      for (const w of f.with) expect(body).toContain(w);
      for (const w of f.without) expect(out.text).not.toContain(w);
      // Every span points into the text.
      for (const s of [a.headline, a.published, a.byline, a.caption, a.dateline, ...a.paragraphs]) {
        if (s) expect(out.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(out.meta?.format).toBe('html');
    });
  }

  it('caption, photographer, byline and dateline', () => {
    const out = extract('caption-byline-dateline');
    const a = out.article!;
    expect(a.caption?.text).toBe('الوزير خلال جولته في المزارع (تصوير: هالة منصور)');
    expect(a.credit.photographer?.text).toBe('هالة منصور');
    expect(a.byline?.text).toBe('كتب: مروان الشامي');
    expect(a.dateline?.text).toBe('القاهرة - أ ش أ:');
    expect(a.paragraphs).toHaveLength(3);
  });

  it('agency credit in the caption; a «(city - agency)» byline slot is a dateline', () => {
    const out = extract('agency-credit');
    const a = out.article!;
    expect(a.credit.agency?.text).toBe('رويترز');
    expect(a.credit.photographer).toBeNull();
    expect(a.dateline?.text).toBe('(عمّان - بترا)');
    expect(a.byline).toBeNull();
  });

  it('site name suffix is removed from the headline and kept as meta.site', () => {
    const out = extract('og-date');
    expect(out.meta?.site).toBe('موقع الملاعب');
    expect(out.meta?.title).toBe('فريق الساحل يتأهل إلى نهائي الكأس');
  });
});
