// @ts-nocheck
import { roleText } from '../../../src/doc/types.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeShared } from '../../helpers/shared.ts';
import { sharedPath } from '../../../src/util/shared.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import { analyse, checkSpans } from './helpers.ts';

interface Gold {
  type: string;
  name: string;
  en: string;
  role?: string;
  mentions: string[];
}

/** A gold surface string with attached و/ف/ب/ل/ك removed in every possible way (للـ → الـ). */
function variants(s: string): string[] {
  const f = foldName(s);
  const out = [f];
  let cur = f;
  for (let i = 0; i < 2 && cur.length > 3 && 'وفبلك'.includes(cur[0]!); i++) {
    cur = cur.slice(1);
    out.push(cur, cur.startsWith('ل') && !cur.startsWith('ال') ? 'ا' + cur : cur);
  }
  return out;
}
/** Ours (clitics already removed) matches a gold surface string after light normalisation. */
const same = (ours: string, gold: string) => variants(gold).includes(foldName(ours));

describeShared('entities on the seed article', ['seed', 'kremlin-summit-2021-05-26.txt'], () => {
  // read in beforeAll, never while the suite is collected (a skipped suite must not touch ../shared)
  let text: string;
  let gold: Gold[];
  let doc: ReturnType<typeof analyse>;
  beforeAll(() => {
    text = readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.txt'), 'utf8');
    gold = (
      JSON.parse(readFileSync(sharedPath('seed', 'kremlin-summit-2021-05-26.expected.json'), 'utf8')) as {
        entities: Gold[];
      }
    ).entities;
    doc = analyse(text);
  });

  it('finds all 18 entities with their types, one entity per real-world entity', () => {
    checkSpans(doc);
    expect(gold).toHaveLength(18);
    for (const g of gold) {
      const hits = doc.entities.filter((e) => same(e.name, g.name));
      expect(hits, g.name).toHaveLength(1);
      expect(hits[0]!.type, g.name).toBe(g.type);
    }
  });
  it('merges every listed spelling into its entity', () => {
    for (const g of gold) {
      const e = doc.entities.find((x) => same(x.name, g.name))!;
      for (const m of g.mentions) {
        expect(
          e.mentions.some((x) => same(x.text, m)),
          `${g.name}: ${m}`,
        ).toBe(true);
        // and no other entity claims that spelling
        const others = doc.entities.filter(
          (x) => x !== e && x.mentions.some((y) => foldName(y.text) === foldName(m)),
        );
        expect(
          others.map((o) => o.name),
          `${m}`,
        ).toEqual([]);
      }
    }
  });
  it('gives the roles shown in expected.json', () => {
    for (const g of gold.filter((x) => x.role)) {
      const e = doc.entities.find((x) => same(x.name, g.name))!;
      if (g.role === 'photographer') {
        const photo = e.roles.find((r) => r.source === 'rule:role/photo-credit');
        expect(photo?.label).toBe('photographer');
        expect(photo && roleText(photo, 'en')).toBe('photographer');
      } else {
        expect(
          e.roles.map((r) => r.text),
          g.name,
        ).toContain(g.role);
      }
    }
  });
  it('has English names for at least 14, from lexicons or CLDR, matching expected.json', () => {
    let known = 0;
    for (const g of gold) {
      const e = doc.entities.find((x) => same(x.name, g.name))!;
      if (e.enSource === 'lexicon' || e.enSource === 'intl') {
        expect(e.en, g.name).toBe(g.en);
        known++;
      }
    }
    expect(known).toBeGreaterThanOrEqual(14);
  });
  it('resolves الناطق باسم الكرملين to Peskov', async () => {
    const { resolveRolePhrase } = await import('../../../src/stages/entities.ts');
    const phrase = 'الناطق باسم الكرملين';
    const i = text.indexOf(phrase);
    const peskov = doc.entities.find((e) => e.en === 'Dmitry Peskov')!;
    expect(resolveRolePhrase(doc, { start: i, end: i + phrase.length, text: phrase })).toBe(peskov.id);
  });
});
