// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';
import { foldName } from '../../../src/analyze/entities/lexicon.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';
import { readFacts, readGolden } from '../../helpers/golden.ts';

/**
 * Golden fixtures: short fictional articles in test/fixtures/entities/<name>/input.txt, the
 * entities we expect (expected.json, made by `npx tsx scripts/regen-entity-fixtures.ts` and
 * reviewed as a diff) and facts.json, written by hand from the input. The test never writes.
 */
const DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'entities');
const REGEN = 'npx tsx scripts/regen-entity-fixtures.ts';
const names = readdirSync(DIR).sort();

function view(doc: MarsadDocument) {
  return doc.entities.map((e) => ({
    type: e.type,
    name: e.name,
    key: e.key,
    en: e.en,
    enSource: e.enSource,
    mentions: e.mentions.map((m) => [m.start, m.text]),
    roles: e.roles.map((r) => r.text),
  }));
}

interface Facts {
  entities: { name: string; type: string; en?: string; mentions: string[]; role?: string }[];
  notEntities: string[];
}

describe('entity fixtures', () => {
  it('has the three fixtures', () => expect(names).toHaveLength(3));
  for (const name of names) {
    it(`${name}: output equals expected.json`, () => {
      const input = readFileSync(path.join(DIR, name, 'input.txt'), 'utf8');
      const doc = analyse(input);
      checkSpans(doc);
      const want = readGolden<{ entities: unknown }>(
        path.join(DIR, name, 'expected.json'),
        `${REGEN} ${name}`,
      );
      expect(view(doc)).toEqual(want.entities);
    });

    it(`${name}: the hand-written facts hold`, () => {
      const input = readFileSync(path.join(DIR, name, 'input.txt'), 'utf8');
      const doc = analyse(input);
      const facts = readFacts<Facts>(path.join(DIR, name));
      expect(facts.entities.length).toBeGreaterThanOrEqual(5);
      for (const f of facts.entities) {
        const e = doc.entities.filter((x) => x.name === f.name);
        expect(e, f.name).toHaveLength(1);
        expect(e[0]!.type, f.name).toBe(f.type);
        if (f.en) expect(e[0]!.en, f.name).toBe(f.en);
        // the mentions in reading order, each at a place where the input has that text
        expect(
          e[0]!.mentions.map((m) => m.text),
          f.name,
        ).toEqual(f.mentions);
        let from = 0;
        for (const m of e[0]!.mentions) {
          expect(input.slice(m.start, m.end), f.name).toBe(m.text);
          expect(m.start, `${f.name}: mentions in order`).toBeGreaterThanOrEqual(from);
          from = m.end;
        }
        if (f.role)
          expect(
            e[0]!.roles.map((r) => r.text),
            f.name,
          ).toContain(f.role);
        // one entity per real-world entity: no other entity has one of its spellings
        for (const other of doc.entities.filter((x) => x !== e[0])) {
          expect(f.mentions.map(foldName), `${other.name} duplicates ${f.name}`).not.toContain(
            foldName(other.name),
          );
        }
      }
      for (const n of facts.notEntities) {
        expect(input, `"${n}" is in the input`).toContain(n);
        expect(
          doc.entities.flatMap((e) => e.mentions.map((m) => m.text)),
          n,
        ).not.toContain(n);
      }
    });
  }
});
