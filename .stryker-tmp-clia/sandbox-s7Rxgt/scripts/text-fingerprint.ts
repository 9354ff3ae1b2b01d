/**
 * Output fingerprint of the text layer + structure over the articles in ../shared/data/news/*.zip:
 * runs the structure, sentences and tokens stages (as bench/text.bench.ts does, and once more with
 * the container title passed to the structure stage) and prints a SHA-256 of the JSON output, so a
 * speed change can be checked to leave the output alone.
 *   npx tsx scripts/text-fingerprint.ts [--per-stage]
 * `--per-stage` also prints one hash per stage's output (article, sentences, tokens).
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { newsZipArticles } from '../src/util/news-corpus.ts';
import type { Stage, StageContext } from '../src/pipeline/stage.ts';
import { emptyDocument, type MarsadDocument } from '../src/doc/types.ts';
import { structureStage } from '../src/stages/structure.ts';
import { sentencesStage } from '../src/stages/sentences.ts';
import { tokensStage } from '../src/stages/tokens.ts';

const STAGES: Stage[] = [structureStage, sentencesStage, tokensStage];

interface Item {
  title: string | null;
  content: string;
}

function load(): Item[] {
  return [...newsZipArticles()].map((a) => ({ title: a.title, content: a.content }));
}

function analyse(text: string, title: string | null): MarsadDocument {
  const ctx: StageContext = { options: { tokens: true } };
  let doc: MarsadDocument = emptyDocument(text, { arabicRatio: 1, title });
  for (const s of STAGES) doc = { ...doc, ...s.run(doc, ctx) };
  return doc;
}

const perStage = process.argv.includes('--per-stage');
const items = load();
const all = createHash('sha256');
const parts = {
  article: createHash('sha256'),
  sentences: createHash('sha256'),
  tokens: createHash('sha256'),
};
for (const withTitle of [false, true]) {
  for (const it of items) {
    const doc = analyse(it.content, withTitle ? it.title : null);
    const a = JSON.stringify(doc.article);
    const s = JSON.stringify(doc.sentences);
    const t = JSON.stringify(doc.tokens);
    all.update(a).update('\u0000').update(s).update('\u0000').update(t).update('\u0001');
    parts.article.update(a + '\u0001');
    parts.sentences.update(s + '\u0001');
    parts.tokens.update(t + '\u0001');
  }
}
console.log(`${items.length} articles × (no title, title)`);
console.log(`fingerprint ${all.digest('hex')}`);
if (perStage) for (const [k, h] of Object.entries(parts)) console.log(`  ${k.padEnd(10)} ${h.digest('hex')}`);
