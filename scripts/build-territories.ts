/**
 * Builds src/lexicon/entities/territories.json, the knowledge base's territories (countries and
 * some of their regions): ISO code, Wikidata id, English name and Arabic spellings, derived from
 * ../shared/data/lexicons/territories_rigour (OpenSanctions rigour, MIT; see NOTICE.md).
 * Deterministic: rows in the source's order, spellings in its order, nothing else read.
 * Kept: names in Arabic letters only (the source's ar_letters_* columns), without parentheses,
 * and not a nationality adjective (سعودي، مصري: the source lists some as names).
 * Run: npx tsx scripts/build-territories.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldName, lexicons, LEXICON_DIR } from '../src/analyze/entities/lexicon.ts';
import { sharedPath } from '../src/util/shared.ts';

const SOURCE = sharedPath('data', 'lexicons', 'territories_rigour', 'territories_arabic_script_names.tsv');
const OUT = path.join(LEXICON_DIR, 'territories.json');

const adjectives = new Set(
  lexicons()
    .nationalities.flatMap((n) => n.ar)
    .map((a) => foldName(a).replace(/^ال/, '')),
);

const rows = readFileSync(SOURCE, 'utf8').split('\n').slice(1).filter(Boolean);
const out: { code: string; wikidata: string; en: string; country: boolean; names: string[] }[] = [];
for (const line of rows) {
  const [code, qid, en, , isCountry, , strong, weak] = line.split('\t');
  const names: string[] = [];
  const seen = new Set<string>();
  for (const n of [...(strong ?? '').split('|'), ...(weak ?? '').split('|')]) {
    const name = n.replace(/[\u064B-\u065F\u0670]/g, '').trim();
    if (!name || /[()]/.test(name) || !/^[\u0621-\u064A ]+$/.test(name)) continue;
    const f = foldName(name);
    // an adjective without the article only: السعودية is the country as well as the adjective
    if (seen.has(f) || (!f.startsWith('ال') && adjectives.has(f))) continue;
    seen.add(f);
    names.push(name);
  }
  if (!code || !/^Q\d+$/.test(qid ?? '') || !names.length) continue;
  out.push({ code, wikidata: qid!, en: en!, country: isCountry === 'yes', names });
}
writeFileSync(OUT, '[\n' + out.map((t) => '  ' + JSON.stringify(t)).join(',\n') + '\n]\n');
console.log(`${OUT}: ${out.length} territories`);
