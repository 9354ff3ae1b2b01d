// @ts-nocheck
import { findAbsoluteDates, isValidGregorian, toAsciiDigits } from '../../text/dates.ts';

/** A publication date found somewhere on a page. */
export interface DateCandidate {
  /** `YYYY-MM-DD`, the calendar day as the page wrote it (no time-zone shift). */
  value: string;
  /** The string it was read from. */
  raw: string;
  /** `html:jsonld`, `html:og`, `html:meta`, `html:itemprop`, `html:time`, `html:visible`, `html:url`. */
  source: string;
  hijri?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || !isValidGregorian(y, m, d)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads the calendar day from a machine or human date string: ISO 8601 (`2020-06-03T03:01+0400`
 * is 3 June: we keep the page's local day), `2020/06/03`, US `8/24/2020 9:23 AM`, RFC 822
 * (`Mon, 24 Aug 2020 09:23:13 GMT`), epoch seconds, and Arabic dates in any month tradition or
 * Hijri (via `src/text/dates.ts`).
 */
export function parseDateString(input: string): { value: string; hijri?: string } | null {
  const s = toAsciiDigits(input.trim());
  if (!s) return null;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) {
    const v = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (v) return { value: v };
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) {
    const v = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (v) return { value: v };
  }
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  if (m) {
    const mi = EN_MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    const v = mi >= 0 ? ymd(+m[3]!, mi + 1, +m[1]!) : null;
    if (v) return { value: v };
  }
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m) {
    const mi = EN_MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    const v = mi >= 0 ? ymd(+m[3]!, mi + 1, +m[2]!) : null;
    if (v) return { value: v };
  }
  if (/^\d{10}$/.test(s)) {
    const d = new Date(Number(s) * 1000);
    return { value: d.toISOString().slice(0, 10) };
  }
  for (const d of findAbsoluteDates(input)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d.hijri ? { value: d.value, hijri: d.hijri } : { value: d.value };
  }
  return null;
}

/** A date in a URL path: `/2020/8/24/`, `/2020-08-24-1.3874341`, `/20200824/`. */
export function dateFromUrl(url: string): DateCandidate | null {
  let path: string;
  try {
    path = decodeURI(new URL(url).pathname);
  } catch {
    path = url;
  }
  const patterns = [
    /(?:^|\/)((\d{4})\/(\d{1,2})\/(\d{1,2}))(?=\/|$|[^\d])/,
    /(?:^|[/_])((\d{4})-(\d{1,2})-(\d{1,2}))(?![\d])/,
    /\/((\d{4})(\d{2})(\d{2}))(?=\/|$|[-_.])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (!m) continue;
    const v = ymd(+m[2]!, +m[3]!, +m[4]!);
    if (v) return { value: v, raw: m[1]!, source: 'html:url' };
  }
  return null;
}

/** Publication-date meta names, by attribute value (lower-cased), with the source they report. */
export const DATE_META: Record<string, string> = {
  'article:published_time': 'html:og',
  'og:published_time': 'html:og',
  'og:article:published_time': 'html:og',
  'article:published': 'html:og',
  'og:pubdate': 'html:og',
  datepublished: 'html:itemprop',
  pubdate: 'html:meta',
  publishdate: 'html:meta',
  'publish-date': 'html:meta',
  publish_date: 'html:meta',
  'publication-date': 'html:meta',
  'published-date': 'html:meta',
  published_time: 'html:meta',
  'article.published': 'html:meta',
  'dc.date': 'html:meta',
  'dc.date.issued': 'html:meta',
  'dc.date.created': 'html:meta',
  'dcterms.created': 'html:meta',
  'dcterms.issued': 'html:meta',
  'sailthru.date': 'html:meta',
  'parsely-pub-date': 'html:meta',
  'original-publish-date': 'html:meta',
  'cxenseparse:recs:publishtime': 'html:meta',
  date: 'html:meta',
};

/** Order of trust when sources disagree: structured data first, the URL last. */
export const SOURCE_RANK = ['html:jsonld', 'html:og', 'html:itemprop', 'html:meta', 'html:time', 'html:visible', 'html:url', 'html:jsonld-created'];

export function bestCandidate(cands: DateCandidate[]): DateCandidate | null {
  let best: DateCandidate | null = null;
  let bestRank = Infinity;
  for (const c of cands) {
    const r = SOURCE_RANK.indexOf(c.source);
    const rank = r < 0 ? SOURCE_RANK.length : r;
    if (rank < bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}
