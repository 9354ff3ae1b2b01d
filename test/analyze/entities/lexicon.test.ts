import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR, loadLexicons } from '../../../src/analyze/entities/lexicon.ts';
import { validateLexicons } from '../../../src/analyze/entities/lexicon-schema.ts';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-lex-'));
  cpSync(LEXICON_DIR, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, fn: (data: unknown[]) => void) {
  const p = path.join(dir, file);
  const data = JSON.parse(readFileSync(p, 'utf8')) as unknown[];
  fn(data);
  writeFileSync(p, JSON.stringify(data));
}

describe('entity lexicons', () => {
  it('are valid as committed', () => {
    expect(validateLexicons()).toEqual([]);
    const lex = loadLexicons();
    expect(lex.entities.length).toBeGreaterThan(100);
    // spelling variants the issue names
    const biden = lex.entities.find((e) => e.id === 'joe-biden')!;
    expect([...biden.names, ...biden.aliases]).toEqual(expect.arrayContaining(['بايدن', 'بايدين']));
    const hamburg = lex.entities.find((e) => e.id === 'hamburg')!;
    expect(hamburg.names).toEqual(expect.arrayContaining(['هامبورغ', 'هامبورج']));
  });
  it('reports schema errors, duplicate ids, repeated spellings and conflicting types', () => {
    const dir = copy();
    edit(dir, 'people.json', (d) => {
      d.push({ id: 'joe-biden', type: 'PER', names: ['جو بايدن الثاني'], aliases: [], en: 'x' });
      d.push({ id: 'kremlin-person', type: 'PER', names: ['الكرملين'], aliases: [], en: 'x' });
      d.push({ id: 'twice', type: 'PER', names: ['سالم علي', 'سالم علي'], aliases: [], en: 'x' });
      d.push({ id: 'Bad Id', type: 'PER', names: ['Latin'], aliases: [], en: '' });
    });
    const msgs = validateLexicons(dir).map((p) => `${p.file}: ${p.message}`);
    expect(msgs.some((m) => /id|names|en/.test(m) && m.startsWith('people.json'))).toBe(true);
    // the schema error stops the file's other checks; fix it and look again
    edit(dir, 'people.json', (d) => d.pop());
    const again = validateLexicons(dir).map((p) => p.message);
    expect(again.some((m) => m.includes('duplicate id "joe-biden"'))).toBe(true);
    expect(again.some((m) => m.includes('conflicting types'))).toBe(true);
    expect(again.some((m) => m.includes('listed twice'))).toBe(true);
  });
  it('load with a cheap check of the shape the code relies on, naming the file and entry; the schemas catch the rest', () => {
    const dir = copy();
    const lex = loadLexicons(dir);
    // the schema's defaults, filled by the loader
    expect(lex.entities.every((e) => Array.isArray(e.aliases) && Array.isArray(e.common))).toBe(true);
    edit(dir, 'places.json', (d) => d.push({ id: 'no-names', type: 'LOC', en: 'Nowhere' }));
    const n = (JSON.parse(readFileSync(path.join(dir, 'places.json'), 'utf8')) as unknown[]).length - 1;
    // the entity lists are read (and checked) when first used
    const lazy = loadLexicons(dir);
    expect(lazy.titles.length).toBeGreaterThan(0);
    expect(() => lazy.entities).toThrow(new RegExp(`^places\\.json: ${n}: names: one or more strings`));
    // what only the schema knows (Arabic letters) is left to lexicons:check and this test
    const dir2 = copy();
    edit(dir2, 'places.json', (d) => d.push({ id: 'latin', type: 'LOC', names: ['Latin'], en: 'Latin' }));
    expect(loadLexicons(dir2).entities.some((e) => e.id === 'latin')).toBe(true);
    expect(validateLexicons(dir2).some((p) => p.file === 'places.json')).toBe(true);
    // the word lists read by other modules are checked by their schemas too
    const heads = path.join(dir2, 'name-heads.json');
    const h = JSON.parse(readFileSync(heads, 'utf8')) as { heads: Array<{ type: string }> };
    h.heads[0]!.type = 'PER';
    writeFileSync(heads, JSON.stringify(h));
    expect(validateLexicons(dir2).some((p) => p.file === 'name-heads.json' && /heads\.0\.type/.test(p.message))).toBe(true);
  });
  it('npm run lexicons:check exits 0 on the committed lexicons and 1 on broken ones', () => {
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
    const script = path.join(PROJECT_ROOT, 'scripts', 'validate-lexicons.ts');
    expect(execFileSync(tsx, [script], { encoding: 'utf8' })).toContain('lexicons OK');
    const dir = copy();
    edit(dir, 'titles.json', (d) => d.push({ ar: ['الرئيس'], en: 'again', kind: 'title' }));
    let code = 0;
    try {
      execFileSync(tsx, [script, dir], { stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});
