/**
 * Rebuilds the tagger's word classes, src/analyze/ner/model/clusters.bin.gz, from every
 * SaudiNewsNet archive in ../shared/data/news (the daily ZIPs and more/*.zip: 31,030 articles,
 * titles and bodies), without any article of the JSONL sample, which the entity gold is drawn
 * from and whose articles the ZIPs also hold (see `newsUnlabelledArticles`).
 * Deterministic: files in name order, a seeded SVD, a tree with fixed tie-breaks.
 *   npx tsx scripts/ner-clusters.ts [--min-count 5] [--out file]
 * Costs about 3-4 minutes of one core and 1.5 GB of memory.
 */
import { writeFileSync } from 'node:fs';
import { sharedPath } from '../src/util/shared.ts';
import { newsUnlabelledArticles } from '../src/util/news-corpus.ts';
import { buildClusters, CLUSTERS_PATH, serializeClusters } from '../src/analyze/ner/clusters.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const minCount = Number(arg('--min-count') ?? 5);
const out = arg('--out') ?? CLUSTERS_PATH;

function* articles(): Generator<string> {
  for (const a of newsUnlabelledArticles({ more: true })) yield `${a.title ?? ''}\n${a.content}`;
}

const t0 = performance.now();
const texts = [...articles()];
if (!texts.length) throw new Error(`no news archives under ${sharedPath('data', 'news')}`);
const data = buildClusters(texts, { minCount });
const buf = serializeClusters(data, {
  source: 'SaudiNewsNet, every ZIP under data/news and data/news/more, less the JSONL sample',
  articles: texts.length,
  minCount,
});
writeFileSync(out, buf);
console.log(
  `${texts.length} articles, ${data.keys.length} words with a class, ${(buf.length / 1024).toFixed(0)} KiB → ${out} ` +
    `(${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
