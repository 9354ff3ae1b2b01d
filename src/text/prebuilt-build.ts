/**
 * The compiled module that carries the text layer's prebuilt tables (prebuilt.ts): `npm run build`
 * writes it over dist/text/prebuilt-data.js with the code it has just compiled.
 */
import { writeFileSync } from 'node:fs';
import { buildClassTable } from './charclass.ts';
import { defaultUnitTable, matchUnitTable, searchUnitTable } from './normalize.ts';
import { pieceUnitTable } from './pieces.ts';
import { encodeRuns, type PrebuiltData } from './prebuilt.ts';
import { interestingTable } from './sentences.ts';
import { normalizationTable, wordTable } from './tokenize.ts';

/** Every table, computed (never read from a previous build). */
export function prebuiltData(): PrebuiltData {
  return {
    unicode: process.versions.unicode ?? '',
    tables: {
      charclass: encodeRuns(buildClassTable()),
      'unit-default': encodeRuns(defaultUnitTable()),
      'unit-search': encodeRuns(searchUnitTable()),
      'unit-match': encodeRuns(matchUnitTable()),
      'needs-norm': encodeRuns(normalizationTable()),
      word: encodeRuns(wordTable()),
      'sentence-interesting': encodeRuns(interestingTable()),
      'piece-unit': encodeRuns(pieceUnitTable()),
    },
  };
}

export function writePrebuiltModule(file: string): void {
  writeFileSync(
    file,
    '// Written by `npm run build` (src/text/prebuilt-build.ts): the text layer\'s code-unit tables.\n' +
      `export const PREBUILT_DATA = ${JSON.stringify(prebuiltData())};\n`,
  );
}
