/**
 * Trains the transliterator (src/analyze/translit/translit.json.gz) on the training split of the
 * name pairs in ../shared and reports it on the held-out split beside the letter rules it
 * replaces, plus ANETAC's test split as an outside set (never trained on).
 *
 *   npx tsx scripts/train-translit.ts            train, write the model, report
 *   npx tsx scripts/train-translit.ts --eval     report the committed model only
 *   options: --out FILE (where to write), --limit N (score only the first N words of each set)
 *
 * The settings in DEFAULT_TRAIN were chosen on the dev split (5 %), never on the held-out one.
 * About 1-2 minutes of CPU for training, as much again for the report.
 */
// @ts-nocheck

import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { foldName } from '../src/analyze/entities/lexicon.ts';
import { romaniseWordByRules, TRANSLIT_MODEL } from '../src/analyze/entities/romanise.ts';
import { loadAnetacTest, loadNamePairs, splitOf, type SourcedPair } from '../src/analyze/translit/data.ts';
import { references, score, type Scores } from '../src/analyze/translit/evaluate.ts';
import { Transliterator, decodeArtefact, encodeArtefact } from '../src/analyze/translit/model.ts';
import { DEFAULT_TRAIN, trainTransliterator } from '../src/analyze/translit/train.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = opt('--out') ?? TRANSLIT_MODEL;
const limit = Number(opt('--limit') ?? Infinity);
const evalOnly = args.includes('--eval');

const NOTE =
  'Computed by scripts/train-translit.ts from Google ar2en transliteration pairs (Rosca & Breuel 2016, Apache-2.0) and Wikidata person-name words (Merhav & Ash 2018, CC0); see src/lexicon/entities/NOTICE.md.';

const all = loadNamePairs();
const train = all.filter((p) => splitOf(p.ar) === 'train');
const test = all.filter((p) => splitOf(p.ar) === 'test');
if (!evalOnly) {
  const t0 = process.cpuUsage();
  const a = trainTransliterator(train, { ...DEFAULT_TRAIN, note: NOTE, log: (m) => console.log(m) });
  writeFileSync(out, encodeArtefact(a));
  const cpu = process.cpuUsage(t0);
  console.log(
    `trained on ${train.length} pairs in ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU → ${out}`,
  );
}
const model = new Transliterator(decodeArtefact(readFileSync(out)));
console.log(`model: ${out}, ${(statSync(out).size / 1024).toFixed(0)} KiB`);

// ANETAC words that are in our training split say nothing about unseen names
const seen = new Set(train.map((p) => foldName(p.ar)));
const anetac = loadAnetacTest().filter((p) => !seen.has(foldName(p.ar)));

const sets: [string, SourcedPair[]][] = [
  ['held-out, Google pairs', test.filter((p) => p.source === 'google')],
  ['held-out, Wikidata words', test.filter((p) => p.source === 'wikidata')],
  ['held-out, all', test],
  ['ANETAC test (outside, unseen words)', anetac],
];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + ' %';
const row = (who: string, s: Scores) =>
  `  ${who.padEnd(22)} CER ${pct(s.cer)}   word accuracy ${pct(s.wordAccuracy)}   (${s.words} words)`;
let cpuPerWord = 0;
for (const [name, pairs] of sets) {
  const refs = new Map([...references(pairs)].slice(0, limit));
  const t0 = process.cpuUsage();
  const m = score(refs, (w) => model.best(w));
  const cpu = process.cpuUsage(t0);
  if (name === 'held-out, all') cpuPerWord = (cpu.user + cpu.system) / 1000 / refs.size;
  const r = score(refs, (w) => romaniseWordByRules(w));
  console.log(name);
  console.log(row('model', m));
  console.log(row('letter rules (before)', r));
}
console.log(`decoding: ${cpuPerWord.toFixed(2)} ms CPU per word (held-out, all)`);
