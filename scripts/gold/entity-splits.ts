/**
 * The splits of the news entity gold (docs/gold/entities-guide.md) and the command line of
 * scripts/eval-entities.ts, kept pure so that the rule "blind splits give figures, never errors"
 * is tested without running the pipeline.
 *
 * - `tune`: may be read while tuning the tagger; its errors can be listed.
 * - `heldout`: annotated in sessions 6-7, figures and error-class counts only.
 * - `heldout2`: annotated blind on 2026-12-07 (before any marsad run on those articles), never read
 *   by those who tune; figures and error-class counts only.
 * - `tune2`: 14 fresh articles annotated blind in session 15, to see what fails on news the rules
 *   were not fitted to; not blind afterwards (its errors may be listed and tuned on), so it is no
 *   held-out figure.
 * - `tune3`: 14 articles of the daily ZIPs (more/2015-07-26 and 2015-08-06; the sample's free
 *   articles were used up) annotated blind in session 16, kept in test/gold/entities-studydays.json
 *   by ZIP and URL; tuned on afterwards like tune2.
 */

export const SPLITS = ['tune', 'heldout', 'heldout2', 'tune2', 'tune3'] as const;
export type Split = (typeof SPLITS)[number];
/** Splits whose errors are never listed: whoever tunes reads only their figures. */
export const BLIND_SPLITS: readonly Split[] = ['heldout', 'heldout2'];

export interface EvalArgs {
  /** the splits to score, in print order */
  wanted: Split[];
  /** also print the wanted splits pooled (--split all) */
  pooled: boolean;
  errors: boolean;
  json: boolean;
  classes: boolean;
  /** finer classes of the ORG errors, counts only (scripts/gold/org-classes.ts) */
  orgClasses: boolean;
  /** finer classes of the PER errors, counts only (scripts/gold/per-classes.ts) */
  perClasses: boolean;
  /** finer classes of the LOC and MISC errors, counts only (scripts/gold/locmisc-classes.ts) */
  locClasses: boolean;
  miscClasses: boolean;
}

export class EvalArgsError extends Error {}

/** Reads eval-entities' arguments; throws EvalArgsError (exit 2) on a bad split or a request for blind errors. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const flag = (f: string) => argv.includes(f);
  const at = argv.indexOf('--split');
  const splitArg = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && (splitArg === undefined || ![...SPLITS, 'all'].includes(splitArg))) {
    throw new EvalArgsError(`--split must be ${SPLITS.join(', ')} or all (got ${splitArg ?? 'nothing'})`);
  }
  if (flag('--errors') && splitArg !== undefined && (BLIND_SPLITS as readonly string[]).includes(splitArg)) {
    throw new EvalArgsError(`${splitArg} errors are not listed (figures only); use --split tune --errors`);
  }
  // held-out figures first, as eval:quotes and eval:times print them
  const wanted: Split[] = splitArg === undefined || splitArg === 'all' ? ['heldout', 'heldout2', 'tune', 'tune2', 'tune3'] : [splitArg as Split];
  return { wanted, pooled: splitArg === 'all', errors: flag('--errors'), json: flag('--json'), classes: flag('--classes'), orgClasses: flag('--org-classes'), perClasses: flag('--per-classes'), locClasses: flag('--loc-classes'), miscClasses: flag('--misc-classes') };
}

/** Whether a split's individual errors may be printed (only when asked, and never for a blind split). */
export const errorsListed = (args: EvalArgs, split: Split): boolean => args.errors && !BLIND_SPLITS.includes(split);
