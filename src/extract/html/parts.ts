import { sourced, type SourcedSpan } from '../../doc/types.ts';
import { firstOfJoinedNames } from '../../text/punctuation.ts';
import { PHOTO_AGENCIES, PHOTOGRAPHER_CUES } from './furniture.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');

const AGENCY_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...PHOTO_AGENCIES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`,
  'u',
);
const PHOTOGRAPHER_RE = new RegExp(
  `(?:${PHOTOGRAPHER_CUES.map(escape).join('|')})\\s*[:：]?\\s*(?<name>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,3})`,
  'u',
);

/** Photographer and agency inside a caption: `(تصوير: أحمد سالم)`, `- رويترز`, `(أ ف ب)`. */
export function captionCredit(text: string, start: number, end: number): { photographer: SourcedSpan | null; agency: SourcedSpan | null } {
  const cap = text.slice(start, end);
  let photographer: SourcedSpan | null = null;
  let agency: SourcedSpan | null = null;
  const pm = PHOTOGRAPHER_RE.exec(cap);
  if (pm?.groups?.name) {
    const name = firstOfJoinedNames(pm.groups.name);
    const s = start + pm.index + pm[0].length - pm.groups.name.length;
    if (!AGENCY_RE.test(name)) photographer = sourced(text, s, s + name.length, 'html:caption-credit');
  }
  const am = AGENCY_RE.exec(cap);
  if (am) agency = sourced(text, start + am.index, start + am.index + am[0].length, 'html:caption-credit');
  return { photographer, agency };
}

/**
 * The dateline opening the first paragraph: `القاهرة - أ ش أ:`, `(أبوظبي - البيان)`,
 * `بيروت (رويترز) -`. Place names are not checked: the shape and its position decide.
 */
export function findDateline(text: string, start: number, end: number): SourcedSpan | null {
  const para = text.slice(start, Math.min(end, start + 80));
  const patterns = [
    /^\((?:[\p{Script=Arabic}\p{M}]+\s?){1,3}\s*[-–—]\s*[^()\n]{1,30}\)/u,
    /^(?:[\p{Script=Arabic}\p{M}]+\s){0,2}[\p{Script=Arabic}\p{M}]+\s*\((?:[^()\n]{1,25})\)\s*[-–—:]/u,
    /^(?:[\p{Script=Arabic}\p{M}]+\s){0,2}[\p{Script=Arabic}\p{M}]+\s[-–—]\s(?:[\p{Script=Arabic}\p{M}.]+\s?){1,3}?\s*[:：]/u,
  ];
  for (const re of patterns) {
    const m = re.exec(para);
    if (m) return sourced(text, start, start + m[0].length, 'html:dateline');
  }
  return null;
}
