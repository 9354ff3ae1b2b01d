import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeDerived } from '../../src/analyze/entities/derived-build.ts';
import { DERIVED_FILE, derivedFileText } from '../../src/analyze/entities/derived.ts';
import { LEXICON_DIR } from '../../src/analyze/entities/lexicon.ts';
import { PROJECT_ROOT } from '../../src/util/shared.ts';

describe('the build', () => {
  it('precomputes the entity tables beside the lexicons of dist/, exactly as the sources derive them', () => {
    // the global setup rebuilt dist/ if a source changed
    const built = derivedFileText(readFileSync(path.join(PROJECT_ROOT, 'dist', 'lexicon', 'entities', DERIVED_FILE)));
    expect(built === encodeDerived(LEXICON_DIR)).toBe(true);
  });
});

describe('the build', () => {
  it('carries the text layer\'s code-unit tables as the sources compute them', async () => {
    const { prebuiltData } = await import('../../src/text/prebuilt-build.ts');
    const url = new URL(`file://${path.join(PROJECT_ROOT, 'dist', 'text', 'prebuilt-data.js')}`);
    const built = (await import(url.href)) as { PREBUILT_DATA: unknown };
    expect(built.PREBUILT_DATA).toEqual(prebuiltData());
  });
});
