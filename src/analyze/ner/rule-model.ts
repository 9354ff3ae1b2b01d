import type { GazIndex } from './gazetteer.ts';
import type { ClusterIndex } from './clusters.ts';

/**
 * What the rules after the tagger (finish.ts and the files it calls) read of a model: its
 * gazetteer, word classes and the heads it learned. A structural type, so the rules need not
 * import model.ts, which runs them between its two passes.
 */
export interface RuleModel {
  readonly gaz: GazIndex;
  readonly clusters: ClusterIndex;
  readonly info: { headAdjectives?: string[] };
}
