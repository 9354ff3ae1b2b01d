import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, checkSpans } from './helpers.ts';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';
import type { MarsadDocument } from '../../../src/doc/types.ts';

/**
 * Golden fixtures: short fictional articles in test/fixtures/entities/<name>/input.txt and the
 * entities we expect. `UPDATE_FIXTURES=1 npx vitest run test/analyze/entities/fixtures.test.ts`
 * rewrites expected.json; review the diff before committing.
 */
const DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'entities');

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

describe('entity fixtures', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const input = readFileSync(path.join(DIR, name, 'input.txt'), 'utf8');
      const doc = analyse(input);
      checkSpans(doc);
      const got = view(doc);
      const file = path.join(DIR, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) {
        writeFileSync(file, JSON.stringify({ entities: got }, null, 1) + '\n');
      }
      const want = JSON.parse(readFileSync(file, 'utf8')) as { entities: unknown };
      expect(got).toEqual(want.entities);
    });
  }
});
