import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupName } from '../../../src/analyze/entities/names.ts';
import { DEFAULT_LEXICON_DIR, EntityResources, withEntityResources } from '../../../src/analyze/entities/resources.ts';

// lookupName keeps its answers by spelling (issue 18: the entity rules ask it about every untagged
// word); they are the answers of the resources that gave them, never another pipeline's.
describe('lookupName answers from the running resources, also when it has answered the spelling before', () => {
  /** A copy of the shipped entity lexicons where Lebanon has another English name. */
  function lexiconCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-lookup-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    const file = path.join(dir, 'places.json');
    const places = JSON.parse(readFileSync(file, 'utf8')) as { id: string; en: string }[];
    places.find((p) => p.id === 'lebanon')!.en = 'Lebanon of the copy';
    writeFileSync(file, JSON.stringify(places));
    return dir;
  }

  it('the shipped lists and a changed copy each give their own entry, asked in turn', () => {
    const shipped = new EntityResources();
    const copy = new EntityResources({ lexiconDir: lexiconCopy(), useDerived: false });
    const en = (r: EntityResources, name: string) => withEntityResources(r, () => lookupName(name)?.en);
    for (let round = 0; round < 2; round++) {
      expect(en(shipped, 'لبنان')).toBe('Lebanon');
      expect(en(copy, 'لبنان')).toBe('Lebanon of the copy');
      // a word the lists lack (و + the name) stays unknown
      expect(en(copy, 'ولبنان')).toBeUndefined();
    }
  });
});
