import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNameLink, isSonOfLink } from '../../../src/analyze/entities/conventions.ts';
import { NameHeadsSchema } from '../../../src/analyze/entities/lexicon-schema.ts';
import { DEFAULT_LEXICON_DIR, EntityResources, withEntityResources } from '../../../src/analyze/entities/resources.ts';
import { tokenize } from '../../../src/text/tokenize.ts';
import { analyse, checkSpans, conventionChunks } from './helpers.ts';

// Fictional sentences written for these tests.

/** Tags with one person chunk over the words `first`..`last` (as the tagger might leave them). */
function tagged(text: string, person: string): string[] {
  const ws = tokenize(text).map((t) => t.text);
  const parts = person.split(' ');
  const a = ws.findIndex((w, k) => parts.every((p, j) => ws[k + j] === p));
  if (a < 0) throw new Error(`no ${person}`);
  return ws.map((_, k) => (k === a ? 'B-PERS' : k > a && k < a + parts.length ? 'I-PERS' : 'O'));
}

describe('أبا is a name link inside a chain, like أبو and أبي (issue 14: names with أبو)', () => {
  const text = 'وحضر الحفل مهنا بن سعد أبا الخيل مدير الفرع.';
  it('a chunk the tagger ended before أبا goes on over أبا and the word after it', () => {
    expect(conventionChunks(text, tagged(text, 'مهنا بن سعد'))).toContain('PERS:مهنا بن سعد أبا الخيل');
  });
  it('a chunk the tagger ended on أبا takes the word after it', () => {
    expect(conventionChunks(text, tagged(text, 'مهنا بن سعد أبا'))).toContain('PERS:مهنا بن سعد أبا الخيل');
  });
  it('in the entities stage', () => {
    const doc = analyse('وأكد سلمان بن علي أبا ربعية أن الطريق مغلق.');
    checkSpans(doc);
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['سلمان بن علي أبا ربعية']);
  });
});

describe('the name links are language data (name-heads.json nameLinks), read from the pipeline’s lexicons', () => {
  /** A copy of the shipped entity lexicons with name-heads.json changed by `edit`. */
  function lexiconCopy(edit: (nh: Record<string, unknown>) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-links-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    const file = path.join(dir, 'name-heads.json');
    const nh = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(nh);
    writeFileSync(file, JSON.stringify(nh));
    return dir;
  }
  const within = <T>(dir: string, f: () => T): T => withEntityResources(new EntityResources({ lexiconDir: dir, useDerived: false }), f);
  const text = 'وحضر الحفل مهنا بن سعد أبا الخيل مدير الفرع.';

  it('a link taken out of the list no longer carries a chain, and the shipped list still does', () => {
    const dir = lexiconCopy((nh) => {
      const l = nh.nameLinks as { words: string[] };
      l.words = l.words.filter((w) => w !== 'أبا');
    });
    expect(within(dir, () => conventionChunks(text, tagged(text, 'مهنا بن سعد')))).not.toContain('PERS:مهنا بن سعد أبا الخيل');
    expect(within(DEFAULT_LEXICON_DIR, () => conventionChunks(text, tagged(text, 'مهنا بن سعد')))).toContain('PERS:مهنا بن سعد أبا الخيل');
    expect(within(dir, () => [isNameLink('ابو'), isNameLink('ابا'), isSonOfLink('بن')])).toEqual([true, false, true]);
  });

  it('links are compared folded, and only the son-of links link to a father', () => {
    expect(['بن', 'بنت', 'ابن', 'ابو', 'ابا', 'ابي', 'ال', 'بني', 'على'].map(isNameLink)).toEqual([
      ...Array(7).fill(true),
      false,
      false,
    ]);
    expect(['بن', 'بنت', 'ابن', 'ابو', 'ال'].map(isSonOfLink)).toEqual([true, true, true, false, false]);
  });

  it('a file without the list fails at start with what is missing, and the schema wants every son-of link among the links', () => {
    const dir = lexiconCopy((nh) => delete nh.nameLinks);
    expect(() => within(dir, () => isNameLink('بن'))).toThrow(/nameLinks/);
    const nh = JSON.parse(readFileSync(path.join(DEFAULT_LEXICON_DIR, 'name-heads.json'), 'utf8')) as { nameLinks: { words: string[] } };
    expect(NameHeadsSchema.safeParse(nh).success).toBe(true);
    nh.nameLinks.words = nh.nameLinks.words.filter((w) => w !== 'بنت');
    expect(NameHeadsSchema.safeParse(nh).success).toBe(false);
  });
});
