/**
 * Explicit calendar dates in Arabic text: `26 مايو 2021`, `٢٦ أيار ٢٠٢١`, `الأربعاء 26 مايو/أيار 2021`,
 * `2021/05/26`, `26/05/2021`, `10 شوال 1436هـ`… Relative expressions (أمس, الشهر المقبل) are not
 * handled here; the time-expression analyser resolves them and reuses this module for absolute ones.
 * Month and weekday names come from `src/lexicon/calendar.json`.
 */
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import { fold } from './normalize.ts';

export interface AbsoluteDate {
  start: number;
  end: number;
  text: string;
  /** ISO value: `YYYY-MM-DD`, `YYYY-MM`, or `XXXX-MM-DD` when the year is not written. */
  value: string;
  /** For Hijri dates: the Hijri date as written, `1436-10-10` (AH). */
  hijri?: string;
  /** The calendar the date was written in. */
  calendar: 'gregorian' | 'hijri';
  /** Weekday named in the text (ISO 1 = Monday … 7 = Sunday), when any. */
  weekday?: number;
  source: string;
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/**
 * Parses a number written with ASCII, Arabic-Indic or Persian digits, with `٫`, `.` or the
 * Arabic `ر` as decimal sign and `٬`/`,` as thousands separators (`٢٬٥٠٠`, `4ر16`, `١٥`).
 * Returns NaN when `s` is not a number.
 */
export function parseArabicNumber(s: string): number {
  let t = toAsciiDigits(s.trim()).replace(/[\u066C\u060C]/g, ',');
  t = t.replace(/(\d)[\u066Bر](\d)/g, '$1.$2');
  // A sign may open either comma form, as it may a plain number (-1,5 as -1.5 does).
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return NaN;
  return Number(t);
}

/** The white space the calendar folding collapses into one space between words. */
export { isFoldSpace } from './normalize.ts';

/** Folds the spellings calendar names come in: alef forms, alef maqsura, ta marbuta, marks (`fold(s, 'calendar')`). */
export function foldArabic(s: string): string {
  return fold(s, 'calendar');
}

/** The regex source of one character of a folded name: the spellings it folds from, then any marks. */
function looseUnit(ch: string): string {
  let out: string;
  if (ch === 'ا') out = '[اأإآٱ]';
  else if (ch === 'ي') out = '[يى]';
  else if (ch === 'ه') out = '[هة]';
  else if (ch === ' ') out = '\\s+';
  else out = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // tatweel and the marks a writer may put on any letter (شوّال، أيّار، رَمَضان)
  return out + '[\u0640\u064B-\u065F\u0670]*';
}

/** A regex source that matches `name` in any of the spellings {@link foldArabic} folds together. */
export function loosePattern(name: string): string {
  let out = '';
  for (const ch of foldArabic(name)) out += looseUnit(ch);
  return out;
}

/** The text units a folded name's character stands for in `looseUnit` (a space: any white space). */
function unitsOf(ch: string): string {
  return ch === 'ا' ? 'اأإآٱ' : ch === 'ي' ? 'يى' : ch === 'ه' ? 'هة' : ch;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * A regex source matching any of `names` (loosely, as `loosePattern`) that tries the same names in
 * the same order as the alternation of their loose patterns, longest first, but shares their common
 * beginnings: the date patterns are compiled on every start, and with the month names written out
 * one by one they were the larger part of what a one-document run spends on regexes.
 *
 * Same order: where two folded names differ, their characters' unit sets are disjoint (checked
 * below), so the names matching at one place are prefixes of one another, and the trie tries the
 * longer first (an optional tail is greedy) as the longest-first alternation does.
 */
export function looseAlternation(names: Iterable<string>): string {
  return trieSource(nameTrie(names));
}

/** The folded names as a trie (one node per folded character). */
export function nameTrie(names: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const n of new Set([...names].map((x) => foldArabic(x)))) {
    let node = root;
    for (const ch of n) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  if (root.end) throw new Error('calendar.json: an empty name');
  return root;
}

/** The regex source of a name trie (see looseAlternation). */
function trieSource(root: TrieNode): string {
  const emit = (node: TrieNode): string => {
    const seen = new Set<string>();
    const alts: string[] = [];
    for (const [ch, child] of node.next) {
      for (const u of ch === ' ' ? [' '] : unitsOf(ch)) {
        if (seen.has(u) || (ch !== ' ' && /[\s\u0640\u064B-\u065F\u0670]/u.test(u))) {
          throw new Error(`calendar.json: the folded names cannot share a pattern at "${ch}"`);
        }
        seen.add(u);
      }
      alts.push(looseUnit(ch) + emit(child));
    }
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** The trie key a text character stands for (the spellings `looseUnit` accepts for it). */
const TRIE_KEY: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
const SPACE = /\s/;
const isLooseMark = (c: number): boolean => c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670;

/**
 * Whether a name of `trie` may begin at `s[i]` as its loose pattern reads it (the letter after it
 * is not looked at): a cheap test before a date pattern that needs a name there is run at all.
 * V8 compiles a regex on its first run, and most texts never need the month patterns compiled.
 */
export function nameMayStartAt(trie: TrieNode, s: string, i: number): boolean {
  let node = trie;
  for (;;) {
    if (node.end) return true;
    const c = s[i];
    if (c === undefined) return false;
    let next: TrieNode | undefined;
    if (SPACE.test(c)) {
      next = node.next.get(' ');
      while (i < s.length && SPACE.test(s[i]!)) i++;
    } else {
      next = node.next.get(c) ?? (TRIE_KEY[c] !== undefined ? node.next.get(TRIE_KEY[c]) : undefined);
      i++;
    }
    if (!next) return false;
    while (i < s.length && isLooseMark(s.charCodeAt(i))) i++;
    node = next;
  }
}

/** The first index from `i` that is not white space (`\s*` in the patterns). */
function skipSpace(s: string, i: number): number {
  while (i < s.length && SPACE.test(s[i]!)) i++;
  return i;
}

const gregMonth = new Map<string, number>();
for (const m of calendar.gregorianMonths) {
  for (const list of [m.msa, m.levantine, m.maghrebi])
    for (const n of list) gregMonth.set(foldArabic(n), m.month);
}
const hijriMonth = new Map<string, number>();
for (const m of calendar.hijriMonths) for (const n of m.names) hijriMonth.set(foldArabic(n), m.month);

/** The Gregorian month a word names in any of its spellings (`نيسان`, `أبريل` → 4), or undefined. */
export function gregorianMonthOf(word: string): number | undefined {
  return gregMonth.get(foldArabic(word));
}
const weekdayOf = new Map<string, number>();
for (const w of calendar.weekdays) for (const n of w.names) weekdayOf.set(foldArabic(n), w.isoDay);

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const G_TRIE = nameTrie(gregMonth.keys());
const H_TRIE = nameTrie(hijriMonth.keys());
const G_MONTH = `(?:${trieSource(G_TRIE)})${NOT_LETTER_AFTER}`;
const H_MONTH = `(?:${trieSource(H_TRIE)})${NOT_LETTER_AFTER}`;
const WEEKDAY = `(?:${looseAlternation(weekdayOf.keys())})${NOT_LETTER_AFTER}`;
const H_MARK = `(?:\\s*(?:${looseAlternation(calendar.hijriMarkers)})${NOT_LETTER_AFTER})`;
const G_MARK = `(?:\\s*(?:${looseAlternation(calendar.gregorianMarkers)})${NOT_LETTER_AFTER})`;
const NO_DIGIT_BEFORE = `(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9.,/\\-])`;
const NO_DIGIT_AFTER = `(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9]|[.,/\\-][0-9\\u0660-\\u0669\\u06F0-\\u06F9])`;

const MONTH_PAIR = (first: string): string =>
  `(?<m>${first})(?:\\s*(?:[/\\-–]\\s*|\\(\\s*)?(?<m2>${G_MONTH})\\s*\\)?)?`;

// Every pattern starts at a digit or a month name (no optional prefix), which lets the regex
// engine skip ahead fast; a weekday before the date is picked up afterwards (WEEKDAY_BEFORE).

/** `26 مايو/أيار 2021 م`, `16 يونيو/ حزيران`, `5 يوليو تموز 2015`. */
const GREG_NAMED = new RegExp(
  `${NO_DIGIT_BEFORE}(?<d>${DIGIT}{1,2})\\s*${MONTH_PAIR(G_MONTH)}` +
    `(?:\\s*[،,]?\\s*(?<y>${DIGIT}{4})${NO_DIGIT_AFTER}(?<gm>${G_MARK})?)?`,
  'gu',
);

/** `مايو 2021`, `مايو ايار 2015`, `كانون الثاني 2020`: a month and a year, no day. */
const GREG_MONTH_YEAR = new RegExp(
  `${MONTH_PAIR(G_MONTH)}\\s*[،,]?\\s*(?<y>${DIGIT}{4})${NO_DIGIT_AFTER}(?<gm>${G_MARK})?`,
  'gu',
);

/** A digit and any white space right before the position it is tested at (sticky: set lastIndex). */
const DIGIT_THEN_SPACE = /(?<=[0-9\u0660-\u0669\u06F0-\u06F9]\s*)/uy;

/** `10 شوال 1436 هـ`, `10 شوال 1436هـ`. */
const HIJRI_NAMED = new RegExp(
  `${NO_DIGIT_BEFORE}(?<d>${DIGIT}{1,2})\\s*(?<m>${H_MONTH})` +
    `\\s*[،,]?\\s*(?<y>${DIGIT}{4})${NO_DIGIT_AFTER}(?<hm>${H_MARK})?`,
  'gu',
);

/** `2021/05/26`, `2021-05-26`, `26/05/2021`, `14/10/1436هـ`, `8 / 11 / 1436 هـ`. */
const NUMERIC = new RegExp(
  `${NO_DIGIT_BEFORE}(?:` +
    `(?<y1>${DIGIT}{4})(?<s1>\\s*[/\\-.]\\s*)(?<m1>${DIGIT}{1,2})\\k<s1>(?<d1>${DIGIT}{1,2})` +
    `|(?<d2>${DIGIT}{1,2})(?<s2>\\s*[/\\-.]\\s*)(?<m2>${DIGIT}{1,2})\\k<s2>(?<y2>${DIGIT}{4})` +
    `)${NO_DIGIT_AFTER}(?:(?<hm>${H_MARK})|(?<gm>${G_MARK}))?`,
  'gu',
);

/**
 * Sticky copies of the patterns that start at a digit: `datesIn` tries them only where a digit
 * run starts, which finds what a global scan finds (every match starts there) without running
 * the month alternations at every position.
 */
const GREG_NAMED_AT = new RegExp(GREG_NAMED.source, 'uy');
const HIJRI_NAMED_AT = new RegExp(HIJRI_NAMED.source, 'uy');
const NUMERIC_AT = new RegExp(NUMERIC.source, 'uy');

function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/**
 * Positions in `s` of the digits that no digit precedes, and whether one of those runs has
 * exactly four digits (a year: `GREG_MONTH_YEAR` cannot match without one).
 */
function digitRuns(s: string): { starts: number[]; lengths: number[]; year: boolean } {
  const starts: number[] = [];
  const lengths: number[] = [];
  let year = false;
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && isDigitUnit(s.charCodeAt(i))) {
      if (run++ === 0) starts.push(i);
    } else {
      if (run > 0) lengths.push(run);
      if (run === 4) year = true;
      run = 0;
    }
  }
  return { starts, lengths, year };
}

/**
 * The run starts where a pattern led by a day (1 or 2 digits, `\s*`, a month of `trie`) may match:
 * a longer run leaves a digit where the month must begin. The others are not tried, so a text
 * with no such place never compiles the pattern.
 */
function dayMonthStarts(s: string, starts: readonly number[], lengths: readonly number[], trie: TrieNode): number[] {
  return starts.filter((p, k) => lengths[k]! <= 2 && nameMayStartAt(trie, s, skipSpace(s, p + lengths[k]!)));
}

/** The run starts a numeric date may begin at: its first number is followed (after `\s*`) by / - or a dot. */
function numericStarts(s: string, starts: readonly number[], lengths: readonly number[]): number[] {
  return starts.filter((p, k) => '/-.'.includes(s[skipSpace(s, p + lengths[k]!)] ?? 'x'));
}

/**
 * The matches `slice.matchAll(global)` gives, for a pattern whose matches all start at a digit
 * run: `sticky` tried at each run start past the end of the previous match.
 */
function matchesAtDigits(sticky: RegExp, slice: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let last = 0;
  for (const p of starts) {
    if (p < last) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(slice);
    if (m) {
      out.push(m);
      last = p + m[0].length;
    }
  }
  return out;
}

/** A weekday right before a date: `الأربعاء 26 مايو`, `يوم الخميس، 3 يونيو`. */
const WEEKDAY_BEFORE = new RegExp(`(?<wd>(?:يوم\\s+)?${WEEKDAY})\\s*[،,]?\\s*$`, 'u');

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isValidGregorian(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

let hijriFmt: Intl.DateTimeFormat | null = null;

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** The Umm al-Qura Hijri date of a Gregorian date (Intl's `islamic-umalqura` calendar). */
export function gregorianToHijri(y: number, m: number, d: number): HijriDate {
  hijriFmt ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const parts = hijriFmt.formatToParts(new Date(Date.UTC(y, m - 1, d)));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const DAY_MS = 86_400_000;
const hijriOrdinal = (h: HijriDate): number => h.year * 355 + h.month * 30 + h.day;

/**
 * The Gregorian date (`YYYY-MM-DD`) of an Umm al-Qura Hijri date, or null when that date does not
 * exist (day 30 of a 29-day month, month 13…). Found by searching days with Intl, and cached:
 * Intl calls are slow and news repeats the same few dates.
 */
export function hijriToGregorian(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || !Number.isInteger(y + m + d)) return null;
  const k = y * 1000 + m * 40 + d;
  const hit = hijriCache.get(k);
  if (hit !== undefined) return hit;
  const g = searchHijri(y, m, d);
  if (hijriCache.size < 100_000) hijriCache.set(k, g);
  return g;
}

const hijriCache = new Map<number, string | null>();

function searchHijri(y: number, m: number, d: number): string | null {
  // 1 Muharram 1 AH ≈ 622-07-19; a Hijri year is ≈ 354.367 days, a month ≈ 29.53.
  let t = Date.UTC(622, 6, 19) + Math.round((y - 1) * 354.367 + (m - 1) * 29.5306 + (d - 1)) * DAY_MS;
  const want = hijriOrdinal({ year: y, month: m, day: d });
  for (let i = 0; i < 8; i++) {
    const g = new Date(t);
    const h = gregorianToHijri(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate());
    if (h.year === y && h.month === m && h.day === d) {
      return `${pad(g.getUTCFullYear(), 4)}-${pad(g.getUTCMonth() + 1)}-${pad(g.getUTCDate())}`;
    }
    const diff = want - hijriOrdinal(h);
    // Month lengths are 29 or 30, so ordinal differences across months are off by a day or two:
    // large steps first, then single days.
    const step = Math.abs(diff) > 3 ? diff : Math.sign(diff);
    if (step === 0) break;
    t += step * DAY_MS;
  }
  // The ordinal is approximate across year ends (29 ذو الحجة 1431 stepped back and forth past
  // the day): a day-by-day look around the last estimate settles it, or proves the day absent.
  for (let off = 1; off <= 45; off++) {
    for (const dt of [t - off * DAY_MS, t + off * DAY_MS]) {
      const g = new Date(dt);
      const h = gregorianToHijri(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate());
      if (h.year === y && h.month === m && h.day === d) {
        return `${pad(g.getUTCFullYear(), 4)}-${pad(g.getUTCMonth() + 1)}-${pad(g.getUTCDate())}`;
      }
    }
  }
  return null;
}

function num(s: string | undefined): number {
  return s === undefined ? NaN : Number(toAsciiDigits(s));
}

function weekdayFrom(s: string | undefined): number | undefined {
  if (!s) return undefined;
  return weekdayOf.get(foldArabic(s.replace(/^يوم\s+/, '')));
}

/** A Hijri date becomes `{value (Gregorian), hijri}`, or null when it does not exist. */
function hijriValue(y: number, m: number, d: number): { value: string; hijri: string } | null {
  const g = hijriToGregorian(y, m, d);
  return g ? { value: g, hijri: `${pad(y, 4)}-${pad(m)}-${pad(d)}` } : null;
}

/**
 * Finds explicit calendar dates in `text[from, to)`. Overlapping candidates keep the longest.
 * Dates that do not exist (31 February, 30 of a 29-day Hijri month) are not returned.
 */
export function findAbsoluteDates(text: string, from = 0, to = text.length): AbsoluteDate[] {
  // Every date we read has digits, and nothing of it lies far from them: run the patterns only
  // on windows around digit runs (merged), which is most of the speed on running text.
  const found: AbsoluteDate[] = [];
  const digits = /[0-9\u0660-\u0669\u06F0-\u06F9]+/g;
  digits.lastIndex = from;
  let winStart = -1;
  let winEnd = -1;
  for (let m = digits.exec(text); m && m.index < to; m = digits.exec(text)) {
    let s = Math.max(from, m.index - 48);
    // Start on a word boundary so no pattern sees half a word.
    for (let k = 0; k < 24 && s > from && !/\s/.test(text[s - 1]!); k++) s--;
    const e = Math.min(to, m.index + m[0].length + 72);
    if (winEnd >= 0 && s <= winEnd) {
      winEnd = Math.max(winEnd, e);
      continue;
    }
    if (winEnd >= 0) datesIn(text, winStart, winEnd, found);
    winStart = s;
    winEnd = e;
  }
  if (winEnd >= 0) datesIn(text, winStart, winEnd, found);
  return keepLongest(found);
}

function datesIn(text: string, from: number, to: number, found: AbsoluteDate[]): void {
  const slice = text.slice(from, to);
  const add = (m: RegExpMatchArray, d: Omit<AbsoluteDate, 'start' | 'end' | 'text' | 'weekday'>): void => {
    let start = from + m.index!;
    const end = start + m[0].replace(/[\s،,]+$/u, '').length;
    // A weekday may stand before the date (`الأربعاء 26 مايو 2021`); it belongs to the span.
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(from, start - 24), start));
    let weekday: number | undefined;
    if (before) {
      weekday = weekdayFrom(before.groups!.wd);
      start -= before[0].length;
    }
    found.push({ start, end, text: text.slice(start, end), ...d, ...(weekday ? { weekday } : {}) });
  };

  const { starts, lengths, year } = digitRuns(slice);
  // a Hijri named date ends in a four-digit year
  const hijriAt = year ? dayMonthStarts(slice, starts, lengths, H_TRIE) : [];
  for (const m of matchesAtDigits(HIJRI_NAMED_AT, slice, hijriAt)) {
    const g = m.groups!;
    const h = hijriValue(num(g.y), hijriMonth.get(foldArabic(g.m!)) ?? NaN, num(g.d));
    if (!h) continue;
    add(m, { ...h, calendar: 'hijri', source: 'rule:date/hijri-named' });
  }

  let monthAnywhere = false;
  for (let i = 0; year && !monthAnywhere && i < slice.length; i++) monthAnywhere = nameMayStartAt(G_TRIE, slice, i);
  for (const m of monthAnywhere ? slice.matchAll(GREG_MONTH_YEAR) : []) {
    // With a day in front this is a day-month-year date: GREG_NAMED reads (or rejects) it across
    // any run of white space, so the look back skips all of it (`31   فبراير 2021`), not 3 units.
    DIGIT_THEN_SPACE.lastIndex = m.index!;
    if (DIGIT_THEN_SPACE.test(slice)) continue;
    const g = m.groups!;
    const month = gregMonth.get(foldArabic(g.m!))!;
    if (g.m2 !== undefined && gregMonth.get(foldArabic(g.m2)) !== month) continue;
    add(m, {
      value: `${pad(num(g.y), 4)}-${pad(month)}`,
      calendar: 'gregorian',
      source: 'rule:date/gregorian-named',
    });
  }

  for (const m of matchesAtDigits(GREG_NAMED_AT, slice, dayMonthStarts(slice, starts, lengths, G_TRIE))) {
    const g = m.groups!;
    const month = gregMonth.get(foldArabic(g.m!))!;
    if (g.m2 !== undefined && gregMonth.get(foldArabic(g.m2)) !== month) continue;
    const day = num(g.d);
    const year = num(g.y);
    let value: string;
    if (g.y === undefined) {
      if (!isValidGregorian(2000, month, day)) continue; // 2000 is a leap year: allows 29 February
      value = `XXXX-${pad(month)}-${pad(day)}`;
    } else {
      if (!isValidGregorian(year, month, day)) continue;
      value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    }
    add(m, { value, calendar: 'gregorian', source: 'rule:date/gregorian-named' });
  }

  for (const m of matchesAtDigits(NUMERIC_AT, slice, numericStarts(slice, starts, lengths))) {
    const g = m.groups!;
    const year = num(g.y1 ?? g.y2);
    let month = num(g.m1 ?? g.m2);
    let day = num(g.d1 ?? g.d2);
    if (g.y2 !== undefined && month > 12 && day <= 12) [month, day] = [day, month]; // US order 05/26/2021
    // Years 1300–1500 are Hijri in news text even without the هـ mark.
    const hijri = g.hm !== undefined || (g.gm === undefined && year >= 1300 && year <= 1500);
    if (hijri) {
      const h = hijriValue(year, month, day);
      if (!h) continue;
      add(m, { ...h, calendar: 'hijri', source: 'rule:date/hijri-numeric' });
    } else {
      if (year < 1000 || !isValidGregorian(year, month, day)) continue;
      add(m, {
        value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
        calendar: 'gregorian',
        source: 'rule:date/gregorian-numeric',
      });
    }
  }
}

/**
 * Keeps the longest of overlapping candidates (the earlier of two as long), ordered by position;
 * candidates that only touch are both kept. Exported for its tests: the patterns above rarely
 * overlap on real text (their digit guards keep them apart), so the rule is checked on its own.
 */
export function keepLongest(found: AbsoluteDate[]): AbsoluteDate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AbsoluteDate[] = [];
  for (const d of found) {
    if (kept.some((k) => d.start < k.end && k.start < d.end)) continue;
    kept.push(d);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/** Between two dates: separators, the Hijri era mark, then الموافق (+ لـ), separators. */
const EQUIVALENT_JOIN = /^[\s\-–—ـ،,/|]*(?:هـ|ه)?\s*(?:(?:ا|ال)?لموافق\s*(?:لـ?)?)?[\s\-–—ـ،,/|]*$/u;

/**
 * Whether `s`, the text between two dates, joins a date to its equivalent in the other calendar:
 * nothing but dashes, commas, slashes and spaces, an optional Hijri era mark (هـ) and an optional
 * الموافق (`1436 هـ الموافق 10 اغسطس`, `1436هـ - 10 اغسطس`).
 */
export function joinsEquivalentDates(s: string): boolean {
  return EQUIVALENT_JOIN.test(s);
}

/**
 * `s` without the Gregorian era mark م (and a dot after it) that opens it before more text, or
 * without an opening dot: what follows a year in `2015 مواس`, `2015م .واس` is the agency.
 */
export function dropGregorianMark(s: string): string {
  return s.replace(/^م(?=\s*\.?\s*\S)\s*\.?\s*|^\.\s*/u, '');
}
