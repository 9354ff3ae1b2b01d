// @ts-nocheck
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { main } from '../../../src/cli/main.ts';

let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const article = [
  'وزير الخارجية يزور الأردن الأسبوع المقبل',
  '',
  'أعلنت وزارة الخارجية، اليوم الأربعاء، أن الوزير سامي الحداد سيلتقي نظيره الأردني خالد العمري في عمّان في 16 يونيو المقبل، لبحث العلاقات الثنائية.',
].join('\n');

describe('marsad events', () => {
  it('lists events and exports a calendar that ical.js reads, without reading the clock', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-events-'));
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, article);
    expect(await main(['node', 'marsad', 'events', '--date', '2021-05-26', file])).toBe(0);
    expect(out).toContain('2021-05-26');
    expect(out).toMatch(/meeting +planned +“سيلتقي”/);
    out = '';
    expect(await main(['node', 'marsad', 'events', '--ics', '--date', '2021-05-26', file])).toBe(0);
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(out));
    const evs = cal.getAllSubcomponents('vevent');
    // Needs the entities stage to name the two ministers.
    expect(evs, 'one planned meeting with a date').toHaveLength(1);
    expect(new ICAL.Event(evs[0]!).startDate.toString()).toBe('2021-06-16');
    expect(new ICAL.Event(evs[0]!).summary).toContain('سامي الحداد');
    expect(evs[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2021-05-26T00:00:00Z');
  });

  it('a bad --date is the user’s to fix', async () => {
    expect(await main(['node', 'marsad', 'events', '--date', '2021-02-30', 'x.txt'])).toBe(2);
    expect(err).toMatch(/--date/);
  });

  it('an unreadable file does not stop the others, and is reported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marsad-events-'));
    const file = path.join(dir, 'ok.txt');
    writeFileSync(file, article);
    expect(await main(['node', 'marsad', 'events', '--date', '2021-05-26', path.join(dir, 'missing.txt'), file])).toBe(1);
    expect(err).toContain('missing.txt');
    expect(out).toContain('ok.txt');
    expect(await main(['node', 'marsad', 'events', path.join(dir, 'missing.txt')])).toBe(2);
  });
});
