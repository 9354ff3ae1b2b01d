/** `marsad train-ner`: rebuilds the committed model from ../shared, deterministically. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sharedPath } from '../../util/shared.ts';
import { arabicRuns } from '../../text/script.ts';
import { readConll, score, type ConllSentence, type Score } from './conll.ts';
import { featurize, tagIndices, tagSentences, trainPerceptron } from './train.ts';
import { joinFeatures, stackFeatures } from './stack.ts';
import { buildGazetteer, type GazSourceReport } from './sources.ts';
import {
  buildClusters,
  ClusterIndex,
  loadClusters,
  type ClusterFeatures,
  type ClusterOptions,
  withPrototypes,
} from './clusters.ts';
import { newsTexts } from './corpus.ts';
import { NerModel, STACK_WINDOW, serializeModel } from './model.ts';
import { FEATURE_VERSION, wordClassRow } from './features.ts';
import { learnHeadAdjectives } from './head-pairs.ts';
import { firstPassRules } from './finish.ts';
import { TAGS } from './tags.ts';
import { buildRomaniseTable } from '../entities/romanise-build.ts';
import { GazIndex } from './gazetteer.ts';
import { LetterModel } from './letters.ts';
import { foldWord, stripAll } from './features.ts';

/** Folded words (clitics removed) seen at least `min` times in the texts: the ordinary vocabulary. */
function frequentWords(texts: readonly string[], min = 3): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const w of arabicRuns(t)) {
      if (!w) continue;
      const f = stripAll(foldWord(w));
      if (f.length >= 2) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, c]) => c >= min).map(([w]) => w);
}

/**
 * An average of `k` perceptrons trained in different orders: the first picks the number of
 * epochs on dev, the others train as many. Averaging linear models averages their scores, so the
 * result tags as fast as one model and varies less with the shuffle.
 */
export function trainEnsemble(
  data: Parameters<typeof trainPerceptron>[0],
  opts: Parameters<typeof trainPerceptron>[1],
  k: number,
): ReturnType<typeof trainPerceptron> {
  const first = trainPerceptron(data, opts);
  if (k <= 1) return first;
  const w = Float32Array.from(first.weights);
  const t = Float32Array.from(first.trans);
  for (let i = 1; i < k; i++) {
    const r = trainPerceptron(data, {
      ...opts,
      dev: undefined,
      epochs: first.bestEpoch,
      seed: opts.seed + i * 7919,
    });
    for (let j = 0; j < w.length; j++) w[j] = w[j]! + r.weights[j]!;
    for (let j = 0; j < t.length; j++) t[j] = t[j]! + r.trans[j]!;
    opts.log?.(`ensemble: model ${i + 1}/${k} trained (${first.bestEpoch} epochs)`);
  }
  for (let j = 0; j < w.length; j++) w[j] = w[j]! / k;
  for (let j = 0; j < t.length; j++) t[j] = t[j]! / k;
  return { ...first, weights: w, trans: t };
}

export const DEFAULTS = { bits: 20, epochs: 10, seed: 20260529, ensemble: 3 };
const FOLDS = 5;

export interface TrainReport extends TrainedModel {
  gazetteer: GazSourceReport[];
  clusters: number;
  seconds: number;
  bytes: number;
}

/** What a training run reads besides the annotated sentences: gazetteer, letter model, word classes. */
export interface TrainResources {
  gaz: GazIndex;
  clusters: ClusterIndex;
  report: GazSourceReport[];
}

/**
 * Builds the gazetteer (with its letter model) and the word classes from ../shared. `annotated`:
 * the annotated sentences' words, added to the news as unlabelled text for the word classes.
 */
export function loadResources(
  annotated: readonly { words: string[] }[],
  log: (s: string) => void,
  /** word classes from this file (scripts/ner-clusters.ts) instead of built from the news */
  clustersFile: string | null = null,
  /**
   * how the classes are built (min count, binarised vectors) and read (back-off, signs at ±1);
   * the default is the shipped recipe. Screens only: the model file stores none of it.
   */
  classes: ClusterOptions & ClusterFeatures = {},
): TrainResources {
  const { gaz: gaz0, report, nameWords } = buildGazetteer();
  for (const r of report) log(`gazetteer: ${r.name}: ${r.entries}`);
  const news = [...newsTexts()];
  const letters = LetterModel.build(nameWords, frequentWords(news));
  const gaz = new GazIndex(gaz0.data, letters);
  log(`letter model: ${letters.size} trigrams from ${nameWords.size} name words`);
  let clusters: ClusterIndex;
  const file = clustersFile;
  if (file) {
    clusters = new ClusterIndex(loadClusters(file).data, classes);
    log(`word classes: ${clusters.size} words from ${file}`);
  } else {
    const texts = [...news, ...annotated.map((s) => s.words.join(' '))];
    clusters = new ClusterIndex(buildClusters(texts, classes), classes);
    log(
      `word classes: ${clusters.size} words from ${texts.length} texts` +
        (clusters.data.signs ? `, binarised vectors at ±${classes.signs} sd` : '') +
        (classes.backoff ? ', clitic back-off' : '') +
        (classes.signsNear ? ', signs at ±1' : ''),
    );
  }
  return { gaz, clusters, report };
}

/**
 * How many epochs the second (stacked) pass trains: `dev` keeps the best epoch on the inner dev
 * (the default, as shipped); `first` trains exactly as many as the first pass chose; a number
 * trains exactly that many. The inner dev of a CV fold is ~320 sentences, and the second pass's
 * pick on it swung from 1 to 10 epochs between folds (model README, session 9).
 */
export type SecondEpochs = 'dev' | 'first' | number;

export interface TrainModelOptions {
  bits?: number;
  epochs?: number;
  /** second pass's epochs (default `dev`) */
  secondEpochs?: SecondEpochs;
  seed?: number;
  /** perceptrons averaged per pass */
  ensemble?: number;
  /** prototype features (the classes must carry their vectors; stored from feature version 8) */
  prototypes?: PrototypeOptions;
  log?: (s: string) => void;
}

export interface PrototypeOptions {
  /** prototypes per label (B-/I- of each type): the training words of highest NPMI with it */
  perLabel: number;
  /** at most this many prototypes per word, most similar first */
  top: number;
  /** cosine similarity a prototype needs */
  threshold: number;
  /** a prototype is seen with its label at least this often */
  minCount?: number;
  /** a word's features name the labels of its close prototypes, not the prototypes */
  labels?: boolean;
}

/**
 * The classes with prototype features learned from `train`: per label but O, the `perLabel`
 * words of highest normalised PMI with it (seen with it at least `minCount` times), then every
 * word's closest prototypes by its vector (Haghighi & Klein 2006; Guo et al. 2014).
 */
export function prototypeClasses(
  train: readonly ConllSentence[],
  clusters: ClusterIndex,
  o: PrototypeOptions,
): { clusters: ClusterIndex; prototypes: number } {
  const minCount = o.minCount ?? 3;
  const rows: number[][] = train.map((s) => s.words.map((w) => wordClassRow(clusters, w)));
  const cw = new Map<number, number>();
  const cy = new Map<string, number>();
  const cwy = new Map<string, Map<number, number>>();
  let n = 0;
  train.forEach((s, i) =>
    s.tags.forEach((t, j) => {
      const r = rows[i]![j]!;
      n++;
      cy.set(t, (cy.get(t) ?? 0) + 1);
      if (r < 0) return;
      cw.set(r, (cw.get(r) ?? 0) + 1);
      if (t === 'O') return;
      let m = cwy.get(t);
      if (!m) cwy.set(t, (m = new Map()));
      m.set(r, (m.get(r) ?? 0) + 1);
    }),
  );
  const protos = new Set<number>();
  const labelsOf = new Map<number, Set<number>>();
  for (const t of [...cwy.keys()].sort()) {
    const py = cy.get(t)! / n;
    const scored = [...cwy.get(t)!]
      .filter(([, c]) => c >= minCount)
      .map(([r, c]) => {
        const pwy = c / n;
        return { r, npmi: Math.log(pwy / ((cw.get(r)! / n) * py)) / -Math.log(pwy) };
      })
      .sort((a, b) => b.npmi - a.npmi || a.r - b.r);
    for (const x of scored.slice(0, o.perLabel)) {
      protos.add(x.r);
      let set = labelsOf.get(x.r);
      if (!set) labelsOf.set(x.r, (set = new Set()));
      set.add(TAGS.indexOf(t as (typeof TAGS)[number]));
    }
  }
  const list = [...protos].sort((a, b) => a - b);
  let data = withPrototypes(clusters.data, list, o.top, o.threshold);
  if (o.labels) {
    // each word's prototype ids become the (sorted, distinct) tag indices of those prototypes
    const offs = new Uint32Array(data.keys.length + 1);
    const ids: number[] = [];
    for (let w = 0; w < data.keys.length; w++) {
      offs[w] = ids.length;
      const set = new Set<number>();
      for (let j = data.protoOffs![w]!; j < data.protoOffs![w + 1]!; j++)
        for (const l of labelsOf.get(list[data.protoIds![j]! - 1]!)!) set.add(l);
      ids.push(...[...set].sort((a, b) => a - b));
    }
    offs[data.keys.length] = ids.length;
    data = { ...data, protoOffs: offs, protoIds: Uint32Array.from(ids) };
  }
  return { clusters: new ClusterIndex(data, clusters.features), prototypes: list.length };
}

export interface TrainedModel {
  model: NerModel;
  /** dev scores of the tagger as shipped (with document-level propagation and the rules) */
  dev: Score;
  /** dev scores of the first pass alone (sentence by sentence) */
  devFirst: Score;
  /** dev scores of both passes, without the propagation step */
  devSentence: Score;
  bestEpochFirst: number;
  bestEpoch: number;
}

/**
 * Trains both passes on `train`, choosing the epochs of each on `dev` (scored after every epoch),
 * and scores the result on `dev`. Deterministic for the same inputs and options.
 */
export function trainModel(
  train: readonly ConllSentence[],
  dev: readonly ConllSentence[],
  res: TrainResources,
  opts: TrainModelOptions = {},
): TrainedModel {
  const log = opts.log ?? (() => {});
  const { gaz } = res;
  let clusters = res.clusters;
  if (opts.prototypes) {
    const p = prototypeClasses(train, clusters, opts.prototypes);
    clusters = p.clusters;
    log(`prototype features: ${p.prototypes} prototypes`);
  }
  const bits = opts.bits ?? DEFAULTS.bits;
  const epochs = opts.epochs ?? DEFAULTS.epochs;
  const seed = opts.seed ?? DEFAULTS.seed;
  const ensemble = opts.ensemble ?? DEFAULTS.ensemble;
  const base = { bits, seed, gaz, clusters };
  const trainF = train.map((s) => featurize(s.words, gaz, clusters));
  const trainG = train.map((s) => tagIndices(s.tags));
  const devF = dev.map((s) => featurize(s.words, gaz, clusters));
  const devGold = dev.map((s) => s.tags);
  const data1 = trainF.map((f, i) => ({ f, g: trainG[i]! }));
  log('first pass:');
  const r1 = trainEnsemble(data1, { ...base, epochs, dev: { f: devF, gold: devGold }, log }, ensemble);
  const model = new NerModel(bits, r1.weights, r1.trans, gaz, clusters);
  // scored on the weights as kept (an ensemble's average is not among the epochs' own scores)
  // first-pass dev tags, decoded once: scored here, then (after the context rules) stacked on
  const devPred1 = devF.map((f) => model.decode(f));
  const devFirst = score(
    devGold,
    devPred1.map((t) => Array.from(t, (x) => TAGS[x]!)),
  );
  // the second pass learns from first-pass tags of training sentences that the first-pass
  // model never saw (jackknife over contiguous folds), so it sees realistic first-pass errors
  const pred1: Uint8Array[] = new Array<Uint8Array>(train.length);
  for (let k = 0; k < FOLDS; k++) {
    const lo = Math.floor((k * train.length) / FOLDS);
    const hi = Math.floor(((k + 1) * train.length) / FOLDS);
    const rk = trainPerceptron(
      data1.filter((_, i) => i < lo || i >= hi),
      { ...base, epochs: r1.bestEpoch },
    );
    const mk = new NerModel(bits, rk.weights, rk.trans, gaz, clusters);
    for (let i = lo; i < hi; i++) pred1[i] = mk.decode(trainF[i]!);
    log(`fold ${k + 1}/${FOLDS}: first-pass tags for train sentences ${lo}..${hi - 1}`);
  }
  const headStats = learnHeadAdjectives(train);
  model.info.headAdjectives = headStats.map((h) => h.head);
  // the second pass learns from, and at tag time sees, first-pass tags after the context rules
  // of finish.ts (a club or a bank the rules found counts for its other mentions)
  firstPassRules(
    model,
    train.map((s) => s.words),
    pred1,
  );
  firstPassRules(
    model,
    dev.map((s) => s.words),
    devPred1,
  );
  const extraT = stackFeatures(
    trainF.map((f) => f.keys!),
    pred1,
    STACK_WINDOW,
  );
  const extraD = stackFeatures(
    devF.map((f) => f.keys!),
    devPred1,
    STACK_WINDOW,
  );
  const secondEpochs = opts.secondEpochs ?? 'dev';
  // a fixed count trains without the inner dev; the averaged weights after epoch n are the same
  // as a longer run's at epoch n (same seed, same shuffles), so `first` is a dev run cut at r1's pick
  const fixed = secondEpochs === 'dev' ? null : secondEpochs === 'first' ? r1.bestEpoch : secondEpochs;
  if (fixed !== null && (!Number.isInteger(fixed) || fixed < 1))
    throw new Error(`second-pass epochs must be a positive integer, got ${fixed}`);
  log(
    fixed === null
      ? 'second pass:'
      : `second pass (${fixed} epochs, fixed by ${secondEpochs === 'first' ? 'the first pass' : 'the option'}):`,
  );
  const r2 = trainEnsemble(
    trainF.map((f, i) => ({ f: joinFeatures(f, extraT[i]!), g: trainG[i]! })),
    fixed === null
      ? {
          ...base,
          seed: seed + 1,
          epochs,
          dev: { f: devF.map((f, i) => joinFeatures(f, extraD[i]!)), gold: devGold },
          log,
        }
      : { ...base, seed: seed + 1, epochs: fixed, log },
    ensemble,
  );
  model.stage2 = new NerModel(bits, r2.weights, r2.trans, gaz, clusters);
  const bestEpoch = r2.bestEpoch;
  const devSentence = score(
    devGold,
    devF.map((f, i) => Array.from(model.stage2!.decode(joinFeatures(f, extraD[i]!)), (t) => TAGS[t]!)),
  );
  log(
    `organisation heads before a relational adjective: ${headStats.map((h) => `${h.head} ${h.org}/${h.n}`).join(', ')}`,
  );
  const dev1 = score(
    dev.map((s) => s.tags),
    tagSentences(model, dev),
  );
  model.info.featureVersion = FEATURE_VERSION;
  model.info.tags = [...TAGS];
  model.info.training = {
    algorithm: `two-pass (stacked) averaged structured perceptron, ${ensemble} shuffles averaged per pass, constrained Viterbi`,
    ensemble,
    data: 'ANERcorp (CAMeL split) train.txt; epochs chosen on dev.txt',
    bits,
    epochs,
    bestEpochFirstPass: r1.bestEpoch,
    bestEpoch,
    // recorded only when not the default, so a default retrain writes the same model info
    ...(secondEpochs === 'dev' ? {} : { secondEpochs }),
    ...(opts.prototypes ? { prototypes: opts.prototypes } : {}),
    seed,
    devF1: Number(dev1.overall.f1.toFixed(4)),
    devF1FirstPass: Number(devFirst.overall.f1.toFixed(4)),
    devF1NoPropagation: Number(devSentence.overall.f1.toFixed(4)),
  };
  return { model, dev: dev1, devFirst, devSentence, bestEpochFirst: r1.bestEpoch, bestEpoch };
}

export function trainFromShared(
  opts: TrainModelOptions & {
    out?: string | null;
    /** CoNLL files to train and score on instead of ANERcorp in ../shared */
    trainPath?: string;
    devPath?: string;
    /** word classes from this file instead of built (the CLI: MARSAD_NER_CLUSTERS) */
    clustersFile?: string | null;
  } = {},
): TrainReport {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const { train, dev } = readAnercorp(opts);
  log(`data: ${train.length} train sentences, ${dev.length} dev sentences`);
  // prototypes are chosen by the word vectors, which the classes then keep (not stored)
  const res = loadResources(train, log, opts.clustersFile ?? null, opts.prototypes ? { vectors: true } : {});
  const r = trainModel(train, dev, res, opts);
  const seconds = (performance.now() - t0) / 1000;
  const buf = serializeModel(r.model);
  if (opts.out) {
    writeFileSync(opts.out, buf);
    // the romanisation table comes from the same shared name lists; rebuilt alongside
    log(`romanisation table: ${buildRomaniseTable()} words`);
  }
  return { ...r, gazetteer: res.report, clusters: res.clusters.size, seconds, bytes: buf.length };
}

/**
 * ANERcorp's train and dev files in ../shared (dev continues train in the corpus's order), or
 * the CoNLL files given instead (a dry run on a tiny corpus).
 */
export function readAnercorp(paths: { trainPath?: string; devPath?: string } = {}): {
  train: ConllSentence[];
  dev: ConllSentence[];
} {
  const trainPath = paths.trainPath ?? sharedPath('data', 'anercorp', 'train.txt');
  const devPath = paths.devPath ?? sharedPath('data', 'anercorp', 'dev.txt');
  for (const p of [trainPath, devPath]) {
    if (!existsSync(p)) {
      throw new Error(
        paths.trainPath || paths.devPath
          ? `corpus file not found: ${p}`
          : `ANERcorp not found at ${p}; set MARSAD_SHARED to the shared reference folder, or pass --train and --dev`,
      );
    }
  }
  return {
    train: readConll(readFileSync(trainPath, 'utf8')),
    dev: readConll(readFileSync(devPath, 'utf8')),
  };
}
