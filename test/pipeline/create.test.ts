/**
 * createPipeline: a pipeline analyses with its own lexicons and model, built up front; two
 * pipelines with different data in one process never see each other's (the entity caches are
 * per resources), and the default pipeline (analyzeText) keeps the shipped data.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText, createPipeline } from '../../src/pipeline/pipeline.ts';
import { DEFAULT_LEXICON_DIR } from '../../src/analyze/entities/resources.ts';

// Fictional person, added to a copy of the lexicons only.
const NAME = 'زهير البرتقالي';
const TEXT = `التقى رئيس البلدية ${NAME} بوفد من التجار في المدينة.`;

const dir = mkdtempSync(path.join(tmpdir(), 'marsad-lex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
const people = JSON.parse(readFileSync(path.join(dir, 'people.json'), 'utf8')) as unknown[];
people.push({ id: 'test-zuhair', type: 'PER', names: [NAME], aliases: [], common: [], en: 'Zuhair Orangeman' });
writeFileSync(path.join(dir, 'people.json'), JSON.stringify(people));

const person = (doc: ReturnType<typeof analyzeText>) => doc.entities.find((e) => e.name === NAME);

describe('createPipeline', () => {
  it('analyses with the lexicons it was given, and the default pipeline with the shipped ones', () => {
    const own = createPipeline({ lexicons: dir });
    const before = person(analyzeText({ text: TEXT }));
    expect(person(own.analyze({ text: TEXT }))).toMatchObject({ key: 'PER:test-zuhair', en: 'Zuhair Orangeman', enSource: 'lexicon' });
    // the shipped pipeline, before and after the other ran, knows nothing of the added name
    const after = person(analyzeText({ text: TEXT }));
    expect(after?.key).not.toBe('PER:test-zuhair');
    expect(after).toEqual(before);
  });

  it('runs without a tagger when given none, and says why names may be missing', () => {
    const doc = createPipeline({ model: null }).analyze({ text: TEXT });
    expect(doc.meta.warnings.map((w) => w.code)).toContain('ner-model-missing');
  });

  it('fails when it is made, naming the file, when its lexicons are broken', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'marsad-lex-bad-'));
    try {
      cpSync(DEFAULT_LEXICON_DIR, bad, { recursive: true });
      writeFileSync(path.join(bad, 'titles.json'), '{"not": "a list"}');
      expect(() => createPipeline({ lexicons: bad })).toThrow(/titles\.json/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('applies its default options to every analyze call, which may override them', () => {
    const p = createPipeline({ options: { date: '2021-03-10', tokens: true } });
    const d1 = p.analyze({ text: 'زار الوزير المدينة أمس.' });
    expect(d1.meta.referenceDate).toBe('2021-03-10');
    expect(d1.tokens?.length).toBeGreaterThan(0);
    const d2 = p.analyze({ text: 'زار الوزير المدينة أمس.' }, { date: '2022-01-01', tokens: false });
    expect(d2.meta.referenceDate).toBe('2022-01-01');
    expect(d2.tokens).toBeUndefined();
    // a lazy pipeline (data built on first use) analyses the same
    expect(createPipeline({ options: { lazy: true } }).analyze({ text: TEXT })).toEqual(analyzeText({ text: TEXT }));
  });
});
