import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeDerived } from '../../../src/analyze/entities/derived-build.ts';
import { derivedFileBytes, derivedTables, parseDerived, sourcesStamp } from '../../../src/analyze/entities/derived.ts';
import { deriveKnowledgeBase, derivePlaceOf, readKnowledgeBase } from '../../../src/analyze/entities/kb.ts';
import { LEXICON_DIR } from '../../../src/analyze/entities/lexicon.ts';
import { deriveNameIndex, readKnownName, readNameIndex } from '../../../src/analyze/entities/names.ts';
import { EntityResources, withEntityResources } from '../../../src/analyze/entities/resources.ts';
import { deriveWords } from '../../../src/analyze/entities/romanise.ts';
import { LineMap, SortedLines } from '../../../src/util/sorted-lines.ts';

/** Same keys, and every key looked up (not only iterated) gives an equal value. */
function sameMap<V>(got: ReadonlyMap<string, V>, want: ReadonlyMap<string, V>): void {
  expect(got.size).toBe(want.size);
  expect(new Set(got.keys())).toEqual(new Set(want.keys()));
  expect([...want.keys()].map((k) => got.get(k))).toEqual([...want.values()]);
  expect(got.get('لا يوجد اسم كهذا')).toBeUndefined();
}

describe('the precomputed entity tables (derived.ts)', () => {
  const text = encodeDerived(LEXICON_DIR);
  const d = parseDerived(text);
  const r = new EntityResources({ useDerived: false });

  it('read back as exactly what the lexicons derive: names index, knowledge base, place readings, romanisation words', () => {
    withEntityResources(r, () => {
      const want = deriveNameIndex();
      const got = readNameIndex(d);
      sameMap(got.phrases, want.phrases);
      sameMap(got.commons, want.commons);
      expect(new Set(got.firstWords)).toEqual(new Set(want.firstWords));
      expect(new Set(got.prefixes)).toEqual(new Set(want.prefixes));
      for (const k of want.firstWords) expect(got.firstWords.has(k)).toBe(true);
      for (const k of want.prefixes) expect(got.prefixes.has(k)).toBe(true);
      expect(got.maxWords).toBe(want.maxWords);
      // records kept their optional fields (country of a club, linkOnly of an everyday spelling)
      expect([...got.phrases.values()].some((k) => k.country && k.linkOnly)).toBe(true);

      const kb = deriveKnowledgeBase(r);
      const gotKb = readKnowledgeBase(d);
      sameMap(gotKb.byId, kb.byId);
      sameMap(gotKb.bySpelling, kb.bySpelling);
      const placeOf = derivePlaceOf();
      expect(placeOf.size).toBeGreaterThan(0);
      sameMap(new LineMap(new SortedLines(d.section('kb.placeOf')), readKnownName), placeOf);

      const words = deriveWords(r);
      sameMap(new LineMap(new SortedLines(d.section('romanise.words')), (v) => v), words);
    });
  });

  it('are written the same way twice, and stamped with their sources', () => {
    expect(encodeDerived(LEXICON_DIR)).toBe(text);
    expect(d.header.stamp).toBe(sourcesStamp(LEXICON_DIR));
  });

  it('are not read for lexicons they were not made from', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-derived-'));
    cpSync(LEXICON_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'derived.lines'), derivedFileBytes(text));
    // another folder: derived from its own files, even with a matching file beside them
    expect(derivedTables(new EntityResources({ lexiconDir: dir }))).toBeNull();
    // an edit that keeps the size changes the stamp
    const f = path.join(dir, 'romanise-words.json');
    const s = readFileSync(f, 'utf8');
    writeFileSync(f, s.replace('"words"', '"wordz"'));
    expect(sourcesStamp(dir)).not.toBe(d.header.stamp);
    // the sources' own copy has no file: runs from the sources derive
    expect(derivedTables(new EntityResources())).toBeNull();
  });

  it('are read for the shipped folder while its sources are as the build left them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-derived-'));
    cpSync(LEXICON_DIR, dir, { recursive: true });
    const file = path.join(dir, 'derived.lines');
    writeFileSync(file, derivedFileBytes(text));
    const read = () => derivedTables(new EntityResources({ lexiconDir: dir }), dir);
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60_000);
    for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), past, past);
    utimesSync(file, new Date(), new Date());
    expect(read()?.header.stamp).toBe(d.header.stamp);
    // a source newer than the file with the same bytes (a copy, a checkout): hashed, still good
    const places = path.join(dir, 'places.json');
    utimesSync(places, future, future);
    expect(read()).not.toBeNull();
    // changed after the build: derived again
    writeFileSync(places, readFileSync(places, 'utf8').replace(/"en": "/, '"en": "X'));
    utimesSync(places, future, future);
    expect(read()).toBeNull();
    // made by a Node with other CLDR country names
    writeFileSync(places, readFileSync(path.join(LEXICON_DIR, 'places.json')));
    writeFileSync(file, derivedFileBytes(text.replace(/"cldr":"[^"]*"/, '"cldr":"cldr 0 icu 0"')));
    expect(read()).toBeNull();
    // a file of the older UTF-8 kind is not read, but derived again
    writeFileSync(file, text);
    expect(read()).toBeNull();
    writeFileSync(file, derivedFileBytes(text));
    expect(read()).not.toBeNull();
    // without `useDerived` (the build, this test's comparison): always derived
    expect(derivedTables(new EntityResources({ lexiconDir: dir, useDerived: false }), dir)).toBeNull();
  });
});
