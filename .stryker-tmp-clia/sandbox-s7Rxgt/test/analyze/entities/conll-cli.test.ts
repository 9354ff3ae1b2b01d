// @ts-nocheck
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/util/shared.ts';
import { tagConll } from '../../../src/analyze/ner/conll-io.ts';
import { TAGS } from '../../../src/analyze/ner/tags.ts';

const BIN = path.join(PROJECT_ROOT, 'bin', 'marsad.js');
// fictional sentences, one token per line; the second column (a gold tag) must be ignored
const INPUT = ['قال O', 'الرئيس O', 'فلاديمير B-PERS', 'بوتين I-PERS', 'في O', 'موسكو B-LOC', '. O', '', 'وزار', 'سامر', 'الخطيب', 'جنيف', ''].join('\n');

describe('marsad tag --format conll', () => {
  it('keeps tokens and sentence breaks and writes ANERcorp tags', () => {
    const out = execFileSync('node', [BIN, 'tag', '--format', 'conll', '-'], { input: INPUT, encoding: 'utf8' });
    const lines = out.split('\n');
    expect(lines.length).toBe(INPUT.split('\n').length);
    const inLines = INPUT.split('\n');
    lines.forEach((l, i) => {
      if (inLines[i] === '') return expect(l).toBe('');
      const [tok, tag, extra] = l.split(' ');
      expect(tok).toBe(inLines[i]!.split(' ')[0]);
      expect(TAGS).toContain(tag);
      expect(extra).toBeUndefined();
    });
    expect(lines.slice(2, 4)).toEqual(['فلاديمير B-PERS', 'بوتين I-PERS']);
    expect(lines[5]).toBe('موسكو B-LOC');
    expect(out).toBe(tagConll(INPUT));
  });
  it('rejects an unknown format or a missing file with a message', () => {
    const r = spawnSync('node', [BIN, 'tag', '--format', 'json'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown --format');
    const m = spawnSync('node', [BIN, 'tag', '/nonexistent/tokens.txt'], { encoding: 'utf8' });
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('no such file');
  });
  it('handles empty input and runs of blank lines', () => {
    expect(tagConll('')).toBe('');
    expect(tagConll('\n\nموسكو\n')).toBe('\n\nموسكو B-LOC\n');
  });
});
