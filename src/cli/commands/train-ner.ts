import type { Command } from 'commander';
import { UserError } from '../../errors.ts';

export function register(program: Command): void {
  program
    .command('train-ner')
    .description('rebuild the entity tagger from ANERcorp in ../shared and print dev precision/recall/F1')
    .option('--epochs <n>', 'training epochs (the best on dev is kept)')
    .option(
      '--second-epochs <how>',
      "second pass's epochs: dev (best on dev, the default), first (as many as the first pass chose) or a number",
    )
    .option('--bits <n>', 'log2 of the feature hash table size')
    .option('--seed <n>', 'shuffle seed')
    .option('--ensemble <n>', 'perceptrons (shuffles) averaged per pass (default 3)')
    .option('--out <file>', 'where to write the weights (default: the committed model file)')
    .option('--dry-run', 'train and score, but do not write the weights')
    .option('--train <file>', 'CoNLL file to train on (default: ANERcorp train.txt in ../shared)')
    .option(
      '--dev <file>',
      'CoNLL file to choose epochs and score on (default: ANERcorp dev.txt in ../shared)',
    )
    .option('--cv <k>', 'k-fold cross-validation over train + dev in contiguous blocks (writes nothing)')
    .option('--only <n>', 'with --cv: run only the first n folds (a quick look, not a figure to report)')
    .option('--ablate', "with --cv: also score each fold's model with each rule after the tagger left out")
    .option('--class-min-count <n>', 'with --cv: words seen fewer times get no word class (default 3)')
    .option(
      '--class-backoff',
      'with --cv: a word the classes do not know takes the class of its form without clitics',
    )
    .option(
      '--embed-signs <k>',
      'with --cv: binarised word-vector features, a dimension set beyond its mean ± k standard deviations',
    )
    .option(
      '--embed-near',
      "with --cv and --embed-signs: the binarised vectors of the word's ±1 neighbours too",
    )
    .option(
      '--prototypes <m,k,t>',
      'prototype features, m words per label by NPMI, a word lists its k closest with cosine ≥ t (,labels: their labels); the shipped model: 80,3,0.5',
    )
    .action(
      async (opts: {
        epochs?: string;
        secondEpochs?: string;
        bits?: string;
        seed?: string;
        ensemble?: string;
        out?: string;
        dryRun?: boolean;
        train?: string;
        dev?: string;
        cv?: string;
        only?: string;
        ablate?: boolean;
        classMinCount?: string;
        classBackoff?: boolean;
        embedSigns?: string;
        embedNear?: boolean;
        prototypes?: string;
      }) => {
        const num = (v: string | undefined, name: string, lo: number, hi: number) => {
          if (v === undefined) return undefined;
          const n = Number(v);
          if (!Number.isInteger(n) || n < lo || n > hi)
            throw new UserError(`--${name} must be an integer in [${lo}, ${hi}], got "${v}"`);
          return n;
        };
        const epochs = num(opts.epochs, 'epochs', 1, 100);
        const bits = num(opts.bits, 'bits', 12, 24);
        const seed = num(opts.seed, 'seed', 0, 2 ** 31);
        const ensemble = num(opts.ensemble, 'ensemble', 1, 20);
        const cv = num(opts.cv, 'cv', 2, 20);
        const secondEpochs = parseSecondEpochs(opts.secondEpochs);
        const only = num(opts.only, 'only', 1, 20);
        if ((only !== undefined || opts.ablate) && cv === undefined)
          throw new UserError('--only and --ablate need --cv');
        const classes = parseClassOptions(opts);
        const prototypes = parsePrototypes(opts.prototypes);
        if (Object.keys(classes).length && cv === undefined)
          throw new UserError(
            '--class-min-count, --class-backoff, --embed-signs and --embed-near need --cv (the model file stores none of them)',
          );
        if (prototypes) classes.vectors = true;
        if (cv !== undefined) {
          await crossValidateCli({
            epochs,
            secondEpochs,
            bits,
            seed,
            ensemble,
            folds: cv,
            only,
            ablate: !!opts.ablate,
            classes,
            prototypes,
          });
          return;
        }
        const { trainFromShared } = await import('../../analyze/ner/trainer.ts');
        const { formatScore } = await import('../../analyze/ner/conll.ts');
        const { MODEL_PATH } = await import('../../analyze/ner/tagger.ts');
        const { WINDOW } = await import('../../analyze/ner/propagate.ts');
        const { STACK_WINDOW } = await import('../../analyze/ner/model.ts');
        const { EntityResources, withEntityResources } = await import('../../analyze/entities/resources.ts');
        const { nerClustersFile, pipelineSettings } = await import('../config.ts');
        const out = opts.dryRun ? null : (opts.out ?? MODEL_PATH);
        let r;
        try {
          // The gazetteer is built from the lexicons the environment names (MARSAD_LEXICON_DIR).
          r = withEntityResources(new EntityResources(pipelineSettings()), () =>
            trainFromShared({
              epochs,
              secondEpochs,
              bits,
              seed,
              ensemble,
              out,
              trainPath: opts.train,
              devPath: opts.dev,
              clustersFile: nerClustersFile(),
              prototypes,
              log: (s) => process.stderr.write(`${s}\n`),
            }),
          );
        } catch (e) {
          throw new UserError((e as Error).message);
        }
        process.stdout.write(`dev scores (entity-level exact match, conlleval)\n\n`);
        process.stdout.write(`first pass alone (sentence by sentence), best epoch ${r.bestEpochFirst}:\n`);
        process.stdout.write(formatScore(r.devFirst) + '\n\n');
        process.stdout.write(
          `both passes (second pass stacked on the first, ±${STACK_WINDOW} sentences), best epoch ${r.bestEpoch}:\n`,
        );
        process.stdout.write(formatScore(r.devSentence) + '\n\n');
        process.stdout.write(
          `the tagger as shipped (both passes, then propagation over ${WINDOW}-sentence windows, then the rules of finish.ts):\n`,
        );
        process.stdout.write(formatScore(r.dev) + '\n');
        process.stdout.write(
          `training time ${r.seconds.toFixed(1)} s; model ${(r.bytes / 1024 / 1024).toFixed(2)} MiB`,
        );
        process.stdout.write(out ? ` written to ${out}\n` : ' (not written: --dry-run)\n');
      },
    );
}

interface ClassScreenOptions {
  minCount?: number;
  backoff?: boolean;
  signs?: number;
  signsNear?: boolean;
  vectors?: boolean;
}

interface PrototypeScreen {
  perLabel: number;
  top: number;
  threshold: number;
  labels?: boolean;
}

/** `--prototypes m,k,t[,labels]` (undefined when not given). */
export function parsePrototypes(v: string | undefined): PrototypeScreen | undefined {
  if (v === undefined) return undefined;
  const parts = v.split(',');
  const labels = parts.length === 4 && parts[3] === 'labels';
  const [m, k, t] = parts.slice(0, 3).map(Number);
  if (
    (parts.length !== 3 && !labels) ||
    !Number.isInteger(m) ||
    m! < 1 ||
    !Number.isInteger(k) ||
    k! < 1 ||
    !(t! > -1 && t! < 1)
  )
    throw new UserError(`--prototypes must be m,k,t[,labels] (whole m and k ≥ 1, -1 < t < 1), got "${v}"`);
  return { perLabel: m!, top: k!, threshold: t!, ...(labels ? { labels } : {}) };
}

/** The word-class screen options (see loadResources); only those given are set. */
export function parseClassOptions(opts: {
  classMinCount?: string;
  classBackoff?: boolean;
  embedSigns?: string;
  embedNear?: boolean;
}): ClassScreenOptions {
  const out: ClassScreenOptions = {};
  if (opts.classMinCount !== undefined) {
    const n = Number(opts.classMinCount);
    if (!/^\d+$/.test(opts.classMinCount) || n < 1 || n > 1000)
      throw new UserError(`--class-min-count must be an integer in [1, 1000], got "${opts.classMinCount}"`);
    out.minCount = n;
  }
  if (opts.classBackoff) out.backoff = true;
  if (opts.embedSigns !== undefined) {
    const k = Number(opts.embedSigns);
    if (!Number.isFinite(k) || k <= 0 || k > 5)
      throw new UserError(`--embed-signs must be a number in (0, 5], got "${opts.embedSigns}"`);
    out.signs = k;
  }
  if (opts.embedNear) {
    if (out.signs === undefined) throw new UserError('--embed-near needs --embed-signs');
    out.signsNear = true;
  }
  return out;
}

/** `--second-epochs`: dev, first, or a whole number of epochs (undefined: the default, dev). */
export function parseSecondEpochs(v: string | undefined): 'dev' | 'first' | number | undefined {
  if (v === undefined || v === 'dev' || v === 'first') return v;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 100)
    throw new UserError(`--second-epochs must be dev, first or an integer in [1, 100], got "${v}"`);
  return n;
}

async function crossValidateCli(opts: {
  epochs?: number;
  secondEpochs?: 'dev' | 'first' | number;
  bits?: number;
  seed?: number;
  ensemble?: number;
  folds: number;
  only?: number;
  ablate: boolean;
  classes: ClassScreenOptions;
  prototypes?: PrototypeScreen;
}): Promise<void> {
  const { readAnercorp, loadResources } = await import('../../analyze/ner/trainer.ts');
  const { EntityResources, withEntityResources } = await import('../../analyze/entities/resources.ts');
  const { nerClustersFile, pipelineSettings } = await import('../config.ts');
  const { crossValidate, formatCv, meanSd } = await import('../../analyze/ner/cv.ts');
  const { FINISH_RULES } = await import('../../analyze/ner/finish.ts');
  const { tagSentences } = await import('../../analyze/ner/train.ts');
  const { score } = await import('../../analyze/ner/conll.ts');
  // per rule left out: each fold's overall F1
  const without = new Map<string, number[]>(FINISH_RULES.map((r) => [r, []]));
  const onModel = opts.ablate
    ? (
        model: import('../../analyze/ner/model.ts').NerModel,
        test: import('../../analyze/ner/conll.ts').ConllSentence[],
      ) => {
        for (const rule of FINISH_RULES) {
          const s = score(
            test.map((x) => x.tags),
            tagSentences(model, test, true, new Set([rule])),
          );
          without.get(rule)!.push(s.overall.f1);
        }
      }
    : undefined;
  const log = (s: string) => process.stderr.write(`${s}\n`);
  let results;
  try {
    const { train, dev } = readAnercorp();
    const all = [...train, ...dev];
    log(`data: ${all.length} sentences (train + dev), ${opts.folds} contiguous folds`);
    const res = withEntityResources(new EntityResources(pipelineSettings()), () =>
      loadResources(all, log, nerClustersFile(), opts.classes),
    );
    results = crossValidate(all, res, { ...opts, log, onModel });
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  const f1s = results.map((r) => (100 * r.test.overall.f1).toFixed(2)).join(', ');
  process.stdout.write(`${formatCv(results.map((r) => r.test))}\n`);
  process.stdout.write(`fold F1: ${f1s}\n`);
  if (results.length < opts.folds)
    process.stdout.write(`(only ${results.length} of ${opts.folds} folds run)\n`);
  if (opts.ablate) {
    process.stdout.write(
      `\neach rule after the tagger left out (at the end only; weights unchanged): overall F1, and the change\n`,
    );
    for (const [rule, f1s] of without) {
      const m = meanSd(f1s);
      const d = meanSd(f1s.map((f, i) => f - results[i]!.test.overall.f1));
      process.stdout.write(
        `${rule.padEnd(40)} ${(100 * m.mean).toFixed(2)} ± ${(100 * m.sd).toFixed(2)}   change ${(100 * d.mean).toFixed(2)} ± ${(100 * d.sd).toFixed(2)}\n`,
      );
    }
  }
}
