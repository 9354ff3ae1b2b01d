/**
 * Regenerates test/fixtures/entities/<name>/expected.json from input.txt with the current
 * pipeline up to entities, and prints the diff. Review it before committing: `npm test` fails
 * while a file is missing or differs, and facts.json beside it is written by hand.
 *   npx tsx scripts/regen-entity-fixtures.ts [name…]
 */
// @ts-nocheck

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../src/pipeline/pipeline.ts';
import { PROJECT_ROOT } from '../src/util/shared.ts';
import { isMain, writeGolden } from './regen-common.ts';

const DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'entities');

function fixtureOutput(dir: string): unknown {
  const text = readFileSync(path.join(dir, 'input.txt'), 'utf8');
  const doc = analyzeText({ text }, { skip: ['times', 'quotes', 'events'] });
  return {
    entities: doc.entities.map((e) => ({
      type: e.type,
      name: e.name,
      key: e.key,
      en: e.en,
      enSource: e.enSource,
      mentions: e.mentions.map((m) => [m.start, m.text]),
      roles: e.roles.map((r) => r.text),
    })),
  };
}

if (isMain(import.meta.url)) {
  const wanted = process.argv.slice(2);
  for (const name of readdirSync(DIR).sort()) {
    if (wanted.length && !wanted.includes(name)) continue;
    writeGolden(path.join(DIR, name, 'expected.json'), fixtureOutput(path.join(DIR, name)));
  }
}
