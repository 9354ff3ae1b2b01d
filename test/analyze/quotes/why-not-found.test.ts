import { describe, expect, it } from 'vitest';
import { newDocument } from '../../../src/pipeline/pipeline.ts';
import { findQuotes } from '../../../src/analyze/quotes/index.ts';
import { type BreakdownGold, formClass, whyNotFound } from '../../../scripts/quotes-breakdown.ts';

// Issue 15, counted: why a gold quote was not found, read through the finder's own lexicon and
// its optional trace. Fictional sentences.
const at = (text: string, s: string): [number, number] => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`not in the sample: ${s}`);
  return [i, i + s.length];
};
const gold = (text: string, cue: string, content: string): BreakdownGold => ({
  kind: 'indirect',
  text: at(text, content),
  cue: at(text, cue),
  speaker: 'الوزير',
  canonical: 'الوزير',
});
const traced = (text: string) => {
  const doc = newDocument({ text });
  const events: { why: string; at: number }[] = [];
  const withTrace = findQuotes(doc, { trace: (why, pos) => events.push({ why, at: pos }) });
  return { events, withTrace, without: findQuotes(doc) };
};

describe('why a quote was not found (counts only)', () => {
  it('reads complementizers with their pronouns and shadda through the speech lexicon', () => {
    const a = 'وأكد الوزير بأنهم سيعودون قريبا.';
    expect(formClass(a, gold(a, 'وأكد', 'سيعودون قريبا'))).toBe('indirect/an-clause');
    const b = 'وأكد الوزير أنّ المشروع سيكتمل.';
    expect(formClass(b, gold(b, 'وأكد', 'المشروع سيكتمل'))).toBe('indirect/an-clause');
    const c = 'وأكد الوزير حرص الوزارة على الجودة.';
    expect(formClass(c, gold(c, 'وأكد', 'حرص الوزارة على الجودة'))).toBe('indirect/other');
  });

  it('traces the guard that turned a cue down, without changing what is found', () => {
    const text = 'وأعلن الوزير عن مشروع جديد للطرق.';
    const { events, withTrace, without } = traced(text);
    expect(events).toContainEqual({ why: 'marker:nominal-prep', at: 0 });
    expect(withTrace).toEqual(without);
    expect(whyNotFound(text, gold(text, 'وأعلن', 'مشروع جديد للطرق'), events)).toBe('cue-verb / say-verb / at-cue:marker:nominal-prep / gap-0-4');
  });

  it('names the guard of an attribution phrase and of a verb with no content marker', () => {
    expect(traced('وبحسب الجو الجميل، سيكتمل المشروع قريبا.').events).toEqual([{ why: 'attribution:implausible-source', at: 0 }]);
    expect(traced('وأوضح الوزير خلال زيارته أهمية المشروع.').events).toEqual([{ why: 'marker:none/sentence-end', at: 0 }]);
    expect(traced('وأضاف الوزير أن المشروع سيكتمل.').events).toEqual([]);
  });

  it('says when no verb of saying and no guard stand in the sentence', () => {
    const text = 'الطقس جميل اليوم. وبالنسبة للوزير فالمشروع سيكتمل قريبا.';
    const { events } = traced(text);
    expect(whyNotFound(text, gold(text, 'وبالنسبة', 'المشروع سيكتمل قريبا'), events)).toBe('cue-other / no-say-verb / no-guard / gap-0-4');
  });
});
