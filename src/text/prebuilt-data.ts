/**
 * The text layer's code-unit tables as `npm run build` computed them (src/text/prebuilt.ts): empty
 * here, in the sources; the build replaces this file's compiled copy in dist/ with the tables.
 */
export interface PrebuiltData {
  /** process.versions.unicode of the Node that computed the tables */
  unicode: string;
  /** table name → runs: value, count, value, count… (see encodeRuns in prebuilt.ts) */
  tables: Record<string, number[]>;
}

export const PREBUILT_DATA = null as PrebuiltData | null;
