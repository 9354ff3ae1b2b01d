/**
 * The checks every entity gold file's mentions must pass (gold.test.ts for the sample,
 * gold-studydays.test.ts for the daily ZIPs): in range, at word boundaries, a start inside a word
 * only after clitic letters, sorted mentions never overlapping. Returns how many were checked.
 */
import { expect } from 'vitest';

const WORD = /[\p{L}\p{M}\p{N}]/u;
/** A span may start inside a word only after clitic letters: و ف, then ب ل ك (possibly drawn out: بـ), or لل. */
const PREFIX_OK = /^(?:[وف]?(?:[بلك]ـ?)?|[وف]?لل)$/;

export function expectMentionSpans(
  text: string,
  mentions: readonly (readonly [number, number])[],
  label: string,
  extra?: (s: number, e: number, where: string) => void,
): number {
  const spans = [...mentions].sort((p, q) => p[0] - q[0]);
  spans.forEach(([s, e], k) => {
    const where = `${label} ${s}-${e} «${text.slice(s, e)}»`;
    expect(0 <= s && s < e && e <= text.length, where).toBe(true);
    expect(WORD.test(text[s]!) && WORD.test(text[e - 1]!), where).toBe(true);
    expect(WORD.test(text[e] ?? ' '), where).toBe(false);
    let ws = s;
    while (ws > 0 && WORD.test(text[ws - 1]!)) ws--;
    expect(PREFIX_OK.test(text.slice(ws, s)), where).toBe(true);
    extra?.(s, e, where);
    if (k > 0) expect(spans[k - 1]![1] <= s, `${where} overlaps the previous mention`).toBe(true);
  });
  return spans.length;
}
