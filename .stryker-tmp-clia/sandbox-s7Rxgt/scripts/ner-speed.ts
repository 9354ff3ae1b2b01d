/**
 * Entity tagger speed, for profiling and before/after comparisons within one process:
 *   npx tsx scripts/ner-speed.ts tag [profile.cpuprofile]   tagDocument over the bench's 1,000 articles, 3 runs
 *   npx tsx scripts/ner-speed.ts ents [profile.cpuprofile]  extractEntities over the same articles, 3 runs
 *   npx tsx scripts/ner-speed.ts phases                     the general path's phases, one by one
 * With a profile path, runs 2 and 3 (warm caches) are profiled with the inspector.
 * The model is /tmp/ner-speed-baseline.bin.gz when present ($NER_MODEL overrides), else the shipped one.
 */
// @ts-nocheck

import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { newsBenchTexts } from '../src/util/news-corpus.ts';
import { tokenSentences } from '../src/analyze/ner/sentences.ts';
import { loadModel, MODEL_PATH } from '../src/analyze/ner/tagger.ts';
import { extractEntities } from '../src/analyze/entities/extract.ts';
import { newDocument } from '../src/pipeline/pipeline.ts';
import { prepare, extractFeatures } from '../src/analyze/ner/features.ts';
import { stackFeatures, joinFeatures } from '../src/analyze/ner/stack.ts';
import { viterbi } from '../src/analyze/ner/model.ts';

const docs = newsBenchTexts(1000);
const base = '/tmp/ner-speed-baseline.bin.gz';
const model = loadModel(process.env.NER_MODEL ?? (existsSync(base) ? base : MODEL_PATH));
const articles = docs.map((t) => tokenSentences(t));
const ntok = articles.reduce((n, a) => a.reduce((m, x) => m + x.length, n), 0);

const mode = process.argv[2] ?? 'tag';
const prof = process.argv[3];
const session = prof ? new Session() : null;
const post = (m: string, p?: object) =>
  new Promise<unknown>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));

if (mode === 'tag' || mode === 'ents') {
  for (let r = 0; r < 3; r++) {
    if (session && r === 1) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.start');
    }
    const t0 = performance.now();
    if (mode === 'tag') for (const a of articles) model.tagDocument(a);
    else for (const t of docs) extractEntities(newDocument({ text: t }), model);
    const s = (performance.now() - t0) / 1000;
    const rate =
      mode === 'tag' ? `${Math.round(ntok / s)} tokens/s` : `${(docs.length / s).toFixed(1)} articles/s`;
    console.log(`${mode} run ${r + 1}: ${s.toFixed(3)} s, ${rate}`);
  }
  if (session) {
    const r = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(prof!, JSON.stringify(r.profile));
  }
}

if (mode === 'phases') {
  const sents = articles.flat();
  const time = (name: string, fn: () => void) => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    console.log(
      `${name.padEnd(22)} ${best.toFixed(0).padStart(6)} ms  ${((1e6 * best) / ntok).toFixed(0).padStart(5)} ns/token`,
    );
  };
  const m = model;
  const s2 = m.stage2!;
  time('prepare', () => sents.forEach((w) => prepare(w, m.gaz, m.clusters)));
  const preps = sents.map((w) => prepare(w, m.gaz, m.clusters));
  time('extractFeatures', () => preps.forEach((p) => extractFeatures(p, true)));
  const sfs = preps.map((p) => extractFeatures(p, true));
  time('emissions 1', () => sfs.forEach((sf) => m.emissions(sf)));
  const ems = sfs.map((sf) => m.emissions(sf));
  time('viterbi 1', () => sfs.forEach((sf, i) => viterbi(ems[i]!, sf.n, m.trans)));
  let k = 0;
  const docs1 = articles.map((a) => {
    const f = sfs.slice(k, k + a.length);
    k += a.length;
    return f;
  });
  const t1s = docs1.map((d) => d.map((sf) => m.decode(sf)));
  const stack = () =>
    docs1.map((d, i) =>
      stackFeatures(
        d.map((f) => f.keys!),
        t1s[i]!,
        30,
      ),
    );
  time('stackFeatures', stack);
  const extras = stack();
  time('joinFeatures', () => docs1.forEach((d, i) => d.forEach((sf, j) => joinFeatures(sf, extras[i]![j]!))));
  const joined = docs1.flatMap((d, i) => d.map((sf, j) => joinFeatures(sf, extras[i]![j]!)));
  time('emissions 2', () => joined.forEach((sf) => s2.emissions(sf)));
  time('decode 2', () => joined.forEach((sf) => s2.decode(sf)));
  time('tagDocument', () => articles.forEach((a) => m.tagDocument(a)));
}
