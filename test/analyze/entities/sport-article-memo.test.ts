import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSportArticle } from '../../../src/analyze/entities/conventions.ts';
import { wordTok } from '../../../src/analyze/entities/extract.ts';
import { DEFAULT_LEXICON_DIR, EntityResources, withEntityResources } from '../../../src/analyze/entities/resources.ts';
import { tokenize } from '../../../src/text/tokenize.ts';

// isSportArticle keeps its answer per article (issue 18: three rules ask it of the same sentences);
// the answer kept is the one of the lexicons that gave it, never another pipeline's.
const sentences = (text: string) => [tokenize(text).map((t) => wordTok(t))];

describe('isSportArticle answers from the running lexicons, also for an article it has answered before', () => {
  /** A copy of the shipped entity lexicons that asks for more sport words than any article has. */
  function strictCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-sport-'));
    cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
    const file = path.join(dir, 'name-heads.json');
    const heads = JSON.parse(readFileSync(file, 'utf8')) as { sport: { min: number } };
    heads.sport.min = 1000;
    writeFileSync(file, JSON.stringify(heads));
    return dir;
  }

  it('the shipped lists and a stricter copy each give their own answer, asked in turn', () => {
    const match = sentences('فاز النادي في المباراة الأولى من الدوري بهدف في الشوط الثاني من مباراة الأمس');
    const plain = sentences('افتتح المحافظ المعرض الجديد في المدينة');
    const shipped = new EntityResources();
    const strict = new EntityResources({ lexiconDir: strictCopy(), useDerived: false });
    const ask = (r: EntityResources, words: ReturnType<typeof sentences>) => withEntityResources(r, () => isSportArticle(words));
    for (let round = 0; round < 2; round++) {
      expect(ask(shipped, match)).toBe(true);
      expect(ask(strict, match)).toBe(false);
      expect(ask(shipped, plain)).toBe(false);
    }
  });
});
