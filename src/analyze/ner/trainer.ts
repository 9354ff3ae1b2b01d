/** `marsad train-ner`: rebuilds the committed model from ../shared, deterministically. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sharedPath } from '../../util/shared.ts';
import { readConll, score, type Score } from './conll.ts';
import { tagSentences, trainPerceptron } from './train.ts';
import { buildGazetteer, type GazSourceReport } from './sources.ts';
import { buildClusters, ClusterIndex } from './clusters.ts';
import { newsTexts } from './corpus.ts';
import { serializeModel, type NerModel } from './model.ts';
import { FEATURE_VERSION } from './features.ts';
import { TAGS } from './tags.ts';
import { buildRomaniseTable } from '../entities/romanise-build.ts';

export const DEFAULTS = { bits: 20, epochs: 10, seed: 20260529 };

export interface TrainReport {
  model: NerModel;
  /** dev scores of the tagger as shipped (with document-level propagation) */
  dev: Score;
  /** dev scores of the sentence-level model alone */
  devSentence: Score;
  bestEpoch: number;
  gazetteer: GazSourceReport[];
  clusters: number;
  seconds: number;
  bytes: number;
}

export function trainFromShared(
  opts: { bits?: number; epochs?: number; seed?: number; out?: string | null; log?: (s: string) => void } = {},
): TrainReport {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const trainPath = sharedPath('data', 'anercorp', 'train.txt');
  const devPath = sharedPath('data', 'anercorp', 'dev.txt');
  if (!existsSync(trainPath) || !existsSync(devPath)) {
    throw new Error(`ANERcorp not found at ${trainPath}; set MARSAD_SHARED to the shared reference folder`);
  }
  const train = readConll(readFileSync(trainPath, 'utf8'));
  const dev = readConll(readFileSync(devPath, 'utf8'));
  log(`data: ${train.length} train sentences, ${dev.length} dev sentences`);
  const { gaz, report } = buildGazetteer();
  for (const r of report) log(`gazetteer: ${r.name}: ${r.entries}`);
  const texts = [...newsTexts(), ...train.map((s) => s.words.join(' '))];
  const clusters = new ClusterIndex(buildClusters(texts));
  log(`word classes: ${clusters.size} words from ${texts.length} texts`);
  const bits = opts.bits ?? DEFAULTS.bits;
  const epochs = opts.epochs ?? DEFAULTS.epochs;
  const seed = opts.seed ?? DEFAULTS.seed;
  const r = trainPerceptron(train, { bits, epochs, seed, gaz, clusters, dev, log });
  const devSentence = r.devScores[r.bestEpoch - 1]!;
  const dev1 = score(
    dev.map((s) => s.tags),
    tagSentences(r.model, dev),
  );
  const seconds = (performance.now() - t0) / 1000;
  const model = r.model;
  model.info.featureVersion = FEATURE_VERSION;
  model.info.tags = [...TAGS];
  model.info.training = {
    algorithm: 'averaged structured perceptron, constrained Viterbi',
    data: 'ANERcorp (CAMeL split) train.txt; epoch chosen on dev.txt',
    bits,
    epochs,
    bestEpoch: r.bestEpoch,
    seed,
    devF1: Number(dev1.overall.f1.toFixed(4)),
    devF1SentenceOnly: Number(devSentence.overall.f1.toFixed(4)),
  };
  const buf = serializeModel(model);
  if (opts.out) {
    writeFileSync(opts.out, buf);
    // the romanisation table comes from the same shared name lists; rebuilt alongside
    log(`romanisation table: ${buildRomaniseTable()} words`);
  }
  return { model, dev: dev1, devSentence, bestEpoch: r.bestEpoch, gazetteer: report, clusters: clusters.size, seconds, bytes: buf.length };
}
