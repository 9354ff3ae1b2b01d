// @ts-nocheck
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlToInput } from '../../../src/extract/html/index.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { describeShared, lazy } from '../../helpers/shared.ts';

interface Gold {
  file: string;
  url: string;
  gold_publication_date: string;
}

describeShared(
  'HTML: publication dates of the shared dated pages',
  ['data', 'html', 'dated', 'gold_dates.json'],
  () => {
    // read inside the tests: the page list is known (four pages), the files are not read at collection
    const gold = lazy(
      () =>
        JSON.parse(readFileSync(sharedPath('data', 'html', 'dated', 'gold_dates.json'), 'utf8')) as Gold[],
    );
    it('has the four pages', () => expect(gold().length).toBe(4));
    for (const i of [0, 1, 2, 3]) {
      it(`page ${i + 1}: its gold publication date from the page alone, and with its URL`, () => {
        const g = gold()[i]!;
        const bytes = readFileSync(sharedPath('data', 'html', 'dated', g.file));
        const alone = htmlToInput(bytes);
        expect(alone.article?.published?.value).toBe(g.gold_publication_date);
        const withUrl = htmlToInput(bytes, { url: g.url });
        expect(withUrl.article?.published?.value).toBe(g.gold_publication_date);
        expect(withUrl.meta?.url).toBe(g.url);
        const a = alone.article!;
        expect(a.headline?.text.length).toBeGreaterThan(10);
        expect(a.paragraphs.length).toBeGreaterThan(0);
        for (const s of [a.headline, a.published, a.byline, a.caption, a.dateline, ...a.paragraphs]) {
          if (s) expect(alone.text.slice(s.start, s.end)).toBe(s.text);
        }
        expect(alone.meta?.encoding).toBe('utf-8');
      });
    }
  },
);

describeShared('HTML: assabah_tn furniture', ['data', 'html', 'assabah_tn', 'source.html'], () => {
  it('every "with" snippet is in the body and no "without" snippet is', () => {
    const snip = JSON.parse(
      readFileSync(sharedPath('data', 'html', 'assabah_tn', 'expected.trafilatura_evaldata.json'), 'utf8'),
    ) as {
      with: string[];
      without: string[];
    };
    const out = htmlToInput(readFileSync(sharedPath('data', 'html', 'assabah_tn', 'source.html')));
    const body = out.article!.paragraphs.map((p) => p.text).join('\n\n');
    for (const s of snip.with) expect(body).toContain(s);
    for (const s of snip.without) expect(out.text).not.toContain(s);
    expect(out.meta?.lang).toBe('ar');
    expect(out.meta?.dir).toBe('rtl');
  });
});
