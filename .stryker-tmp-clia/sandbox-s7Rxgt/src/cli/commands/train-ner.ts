// @ts-nocheck
import type { Command } from 'commander';
import { UserError } from '../main.ts';

export function register(program: Command): void {
  program
    .command('train-ner')
    .description('rebuild the entity tagger from ANERcorp in ../shared and print dev precision/recall/F1')
    .option('--epochs <n>', 'training epochs (the best on dev is kept)')
    .option('--bits <n>', 'log2 of the feature hash table size')
    .option('--seed <n>', 'shuffle seed')
    .option('--ensemble <n>', 'perceptrons (shuffles) averaged per pass (default 3)')
    .option('--out <file>', 'where to write the weights (default: the committed model file)')
    .option('--dry-run', 'train and score, but do not write the weights')
    .option('--train <file>', 'CoNLL file to train on (default: ANERcorp train.txt in ../shared)')
    .option('--dev <file>', 'CoNLL file to choose epochs and score on (default: ANERcorp dev.txt in ../shared)')
    .action(
      async (opts: {
        epochs?: string;
        bits?: string;
        seed?: string;
        ensemble?: string;
        out?: string;
        dryRun?: boolean;
        train?: string;
        dev?: string;
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
        const { trainFromShared } = await import('../../analyze/ner/trainer.ts');
        const { formatScore } = await import('../../analyze/ner/conll.ts');
        const { MODEL_PATH } = await import('../../analyze/ner/tagger.ts');
        const { WINDOW } = await import('../../analyze/ner/propagate.ts');
        const { STACK_WINDOW } = await import('../../analyze/ner/model.ts');
        const out = opts.dryRun ? null : (opts.out ?? MODEL_PATH);
        let r;
        try {
          r = trainFromShared({
            epochs,
            bits,
            seed,
            ensemble,
            out,
            trainPath: opts.train,
            devPath: opts.dev,
            log: (s) => process.stderr.write(`${s}\n`),
          });
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
