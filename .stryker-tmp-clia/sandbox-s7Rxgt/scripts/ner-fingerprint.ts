/**
 * Output fingerprint of the entity tagger, so that a speed change can be checked to leave every tag
 * alone. Loads a fixed copy of the model (default /tmp/ner-speed-baseline.bin.gz, else the shipped
 * one) and prints SHA-256 hashes of:
 *   dev     ANERcorp dev tagged with tagSentences (both passes and propagation)
 *   news    the first 1,000 articles of the news zip, split as bench/ner.bench.ts does, through tagDocument
 *   ents    extractEntities over the first 300 of those articles (NER_FP_ENTS=n for n), serialised
 *   feats   the training-time features (featurize, unsplit) of every dev sentence
 *   float   dev decoded by a float-weight copy of the model (the training path: emitF, no word sums)
 *   npx tsx scripts/ner-fingerprint.ts [model.bin.gz]
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadModel, MODEL_PATH } from '../src/analyze/ner/tagger.ts';
import { readConll } from '../src/analyze/ner/conll.ts';
import { featurize, tagSentences } from '../src/analyze/ner/train.ts';
import { NerModel } from '../src/analyze/ner/model.ts';
import { NTAGS } from '../src/analyze/ner/tags.ts';
import { tokenSentences } from '../src/analyze/ner/sentences.ts';
import { newsBenchTexts } from '../src/util/news-corpus.ts';
import { extractEntities } from '../src/analyze/entities/extract.ts';
import { newDocument } from '../src/pipeline/pipeline.ts';
import { sharedPath } from '../src/util/shared.ts';

const file =
  process.argv[2] ??
  (existsSync('/tmp/ner-speed-baseline.bin.gz') ? '/tmp/ner-speed-baseline.bin.gz' : MODEL_PATH);
const model = loadModel(file);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const out: Record<string, string> = {};
const t0 = performance.now();

// (a) ANERcorp dev
const dev = readConll(readFileSync(sharedPath('data', 'anercorp', 'dev.txt'), 'utf8'));
out.dev = sha(JSON.stringify(tagSentences(model, dev)));

// (b) news, split into sentences as the bench does
const docs = newsBenchTexts(1000);
const h = createHash('sha256');
for (const t of docs) {
  for (const tags of model.tagDocument(tokenSentences(t))) h.update(tags).update('|');
  h.update('#');
}
out.news = h.digest('hex');

// (c) the entities stage
const he = createHash('sha256');
for (const t of docs.slice(0, Number(process.env.NER_FP_ENTS ?? 300)))
  he.update(JSON.stringify(extractEntities(newDocument({ text: t }), model)));
out.ents = he.digest('hex');

// (d) training-time features
const hf = createHash('sha256');
for (const s of dev) {
  const f = featurize(s.words, model.gaz, model.clusters);
  hf.update(new Uint8Array(f.offs.buffer, f.offs.byteOffset, f.offs.byteLength));
  hf.update(new Uint8Array(f.feats.buffer, f.feats.byteOffset, f.feats.byteLength));
  if (f.keys) hf.update(new Uint8Array(f.keys.buffer, f.keys.byteOffset, f.keys.byteLength));
}
out.feats = hf.digest('hex');

// (e) a float-weight copy decoding the training features (first stage only)
const q = model.quantised!;
const fw = new Float32Array(q.w.length);
for (let j = 0; j < fw.length; j++) fw[j] = q.w[j]! * q.scale;
const fm = new NerModel(model.bits, fw, model.trans, model.gaz, model.clusters);
const hd = createHash('sha256');
for (const s of dev) hd.update(fm.decode(featurize(s.words, model.gaz, model.clusters))).update('|');
out.float = hd.digest('hex');

for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(6)} ${v}`);
console.log(`(${NTAGS} tags, ${((performance.now() - t0) / 1000).toFixed(1)} s, model ${file})`);
