/**
 * The word helpers the count-only error breakdowns share (org-classes.ts, per-classes.ts): the
 * whitespace words of a stretch of gold text, and list membership as written or without a light
 * proclitic.
 */
import { foldName } from '../../src/analyze/entities/lexicon.ts';
import { lightProcliticForms } from '../../src/text/clitics.ts';
import { trimSeparators } from '../../src/text/punctuation.ts';

export interface Word {
  start: number;
  end: number;
  w: string;
}

/** The whitespace-separated words of `text[start, end)`, with their offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(start, end).matchAll(/\S+/gu)) out.push({ start: start + m.index, end: start + m.index + m[0].length, w: m[0] });
  return out;
}

/** Whether a list holds the word or phrase, as written or without a light proclitic (و، ف، ب، ل، لل). */
export const has = (set: Set<string>, w: string): boolean => lightProcliticForms(foldName(trimSeparators(w))).some(([f]) => set.has(f));
