// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { emptyArticle, sourced, type MarsadDocument } from '../../src/doc/types.ts';
import { newDocument } from '../../src/pipeline/pipeline.ts';
import { sentencesStage } from '../../src/stages/sentences.ts';
import { tokensStage } from '../../src/stages/tokens.ts';

const TEXT = [
  'عنوان الخبر: الوزير يزور المدينة',
  'الوزير في جولة (تصوير: سامي/الوكالة)',
  '+ الخط -',
  'الفقرة الأولى. وفيها جملتان!',
  'شارك',
  'الفقرة الثانية قصيرة',
].join('\n');

function withStructure(): MarsadDocument {
  const doc = newDocument({ text: TEXT });
  const line = (k: number): [number, number] => {
    const lines = TEXT.split('\n');
    const start = lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
    return [start, start + lines[k]!.length];
  };
  const a = emptyArticle();
  a.headline = sourced(TEXT, ...line(0), 'test');
  a.caption = sourced(TEXT, ...line(1), 'test');
  a.paragraphs = [sourced(TEXT, ...line(3), 'test'), sourced(TEXT, ...line(5), 'test')];
  a.boilerplate = [sourced(TEXT, ...line(2), 'test'), sourced(TEXT, ...line(4), 'test')];
  return { ...doc, article: a };
}

const ctx = { options: {} };

describe('sentences stage', () => {
  it('splits headline and caption (paragraph -1) and each paragraph (its index), skipping furniture', () => {
    const s = sentencesStage.run(withStructure(), ctx).sentences!;
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['عنوان الخبر: الوزير يزور المدينة', -1],
      ['الوزير في جولة (تصوير: سامي/الوكالة)', -1],
      ['الفقرة الأولى.', 0],
      ['وفيها جملتان!', 0],
      ['الفقرة الثانية قصيرة', 1],
    ]);
  });

  it('splits the whole text on lines when the structure found nothing', () => {
    const s = sentencesStage.run(newDocument({ text: TEXT }), ctx).sentences!;
    expect(s.map((x) => x.text)).toContain('+ الخط -');
    expect(s.every((x) => x.paragraph === -1)).toBe(true);
    expect(s).toHaveLength(7);
  });
});

describe('tokens stage', () => {
  it('tokenizes headline, caption and paragraphs only, in text order', () => {
    const doc = withStructure();
    const t = tokensStage.run(doc, ctx).tokens!;
    const texts = t.map((x) => x.text);
    expect(texts).not.toContain('شارك');
    expect(texts).not.toContain('الخط');
    expect(texts[0]).toBe('عنوان');
    expect(texts.at(-1)).toBe('قصيرة');
    for (let i = 1; i < t.length; i++) expect(t[i]!.start).toBeGreaterThanOrEqual(t[i - 1]!.end);
  });

  it('tokenizes the whole text when the structure found nothing', () => {
    const t = tokensStage.run(newDocument({ text: TEXT }), ctx).tokens!;
    expect(t.map((x) => x.text)).toContain('شارك');
  });

  it('drops a block that overlaps an earlier one', () => {
    const doc = withStructure();
    const p0 = doc.article.paragraphs[0]!;
    doc.article.caption = sourced(TEXT, p0.start, p0.start + 6, 'test');
    const t = tokensStage.run(doc, ctx).tokens!;
    const starts = t.map((x) => x.start);
    expect(new Set(starts).size).toBe(starts.length);
  });
});
