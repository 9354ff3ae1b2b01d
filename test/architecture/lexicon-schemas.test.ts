/**
 * The language data files of src/lexicon are checked by zod schemas (src/lexicon/schema.ts), run by
 * `npm run lexicons:check` and here: the committed files pass, and the edits that go wrong in
 * practice (a word listed twice, a stray space, a month out of range, a verb without its forms,
 * broken JSON) are each reported with the file and the place.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTopLexicons } from '../../src/lexicon/schema.ts';

const DIR = path.resolve('src/lexicon');

function copyWith(file: string, edit: (d: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-lex-'));
  cpSync(DIR, dir, { recursive: true });
  const p = path.join(dir, file);
  const d = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  edit(d);
  writeFileSync(p, JSON.stringify(d));
  return dir;
}

const messages = (dir: string): string[] => validateTopLexicons(dir).map((p) => `${p.file}: ${p.message}`);

describe('top-level lexicon schemas', () => {
  it('the committed files pass', () => {
    expect(messages(DIR)).toEqual([]);
  });

  it('a word listed twice is reported with its list and place, at any depth', () => {
    const dir = copyWith('time.json', (d) => {
      (d.pmParts as string[]).push((d.pmParts as string[])[0]!);
    });
    expect(messages(dir)).toEqual([expect.stringMatching(/^time\.json: pmParts\.\d+: ".+" is listed twice$/)]);
    const nested = copyWith('events.json', (d) => {
      const meeting = (d.triggers as Record<string, { nouns: string[] }>).meeting!;
      meeting.nouns.push(meeting.nouns[0]!);
    });
    expect(messages(nested)).toEqual([expect.stringMatching(/^events\.json: triggers\.meeting\.nouns\.\d+: /)]);
  });

  it('a stray space, a month out of range and a verb without forms are reported', () => {
    const space = copyWith('claims.json', (d) => {
      (d.forms as string[]).push(' مسافة');
    });
    expect(messages(space)).toEqual([expect.stringMatching(/^claims\.json: forms\.\d+: no stray spaces$/)]);
    const months = copyWith('calendar.json', (d) => {
      (d.hijriMonths as Array<{ month: number }>)[0]!.month = 13;
    });
    expect(messages(months)).toEqual([expect.stringMatching(/^calendar\.json: hijriMonths\.0\.month: /)]);
    const verbs = copyWith('speech.json', (d) => {
      delete (d.verbs as Array<Record<string, unknown>>)[0]!.m;
    });
    expect(messages(verbs)).toEqual([expect.stringMatching(/^speech\.json: verbs\.0\.m: /)]);
  });

  it('a file that is not JSON is reported, and the others are still checked', () => {
    const dir = copyWith('numbers.json', (d) => {
      (d.cardinals as Record<string, unknown>)['خمسة'] = 'five';
    });
    writeFileSync(path.join(dir, 'abbreviations.json'), '{ "arabic": [');
    const got = messages(dir);
    expect(got).toContainEqual(expect.stringMatching(/^abbreviations\.json: not JSON/));
    expect(got).toContainEqual(expect.stringMatching(/^numbers\.json: cardinals\.خمسة: /));
  });
});
