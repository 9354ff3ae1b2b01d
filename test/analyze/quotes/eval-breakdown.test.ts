import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/doc/types.ts';
import { span } from '../../../src/doc/types.ts';
import { newDocument } from '../../../src/pipeline/pipeline.ts';
import { norm } from '../../../src/analyze/quotes/text.ts';
import {
  type BreakdownGold,
  cueClass,
  formClass,
  goldSpeakerClass,
  missClass,
  wrongSpeakerClass,
  longerClass,
  cueMissedClass,
} from '../../../scripts/quotes-breakdown.ts';
import { directSpeakerDetail } from '../../../scripts/quotes-direct-breakdown.ts';
import { entity } from './helpers.ts';

// The held-out breakdown of scripts/eval-quotes.ts: each class on a fictional article.
const key = (s: string) => norm(s).replace(/\s+/g, ' ').trim();
const TEXT =
  'أعلن سامر الحداد مدير الميناء افتتاح الرصيف. وقال المدير إن العمل يبدأ غدا. وأضاف: سنوظف مئة عامل. وبحسب مصدر مطلع، فإن الكلفة كبيرة.';
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`not in the sample: ${s}`);
  return [i, i + s.length];
};
const doc = newDocument({ text: TEXT });
doc.entities = [entity(TEXT, 'e1', 'PER', 'سامر الحداد', ['سامر الحداد'])];
const gold = (over: Partial<BreakdownGold>): BreakdownGold => ({
  kind: 'indirect',
  text: at('العمل يبدأ غدا'),
  cue: at('وقال'),
  speaker: 'المدير',
  canonical: 'سامر الحداد',
  speakerAt: at('المدير'),
  ...over,
});
const quote = (content: [number, number], speaker: [number, number] | null, ent: string | null = null): Quote => ({
  kind: 'indirect',
  text: span(TEXT, content[0], content[1]),
  cue: null,
  speaker: { entity: ent, text: speaker ? span(TEXT, speaker[0], speaker[1]) : null },
  via: null,
  source: 'test',
});

describe('quote evaluation breakdown (counts only)', () => {
  it('classes the gold speaker', () => {
    expect(goldSpeakerClass(doc, gold({}), key)).toBe('entity');
    expect(goldSpeakerClass(doc, gold({ speaker: '' }), key)).toBe('null');
    // وأضاف: the mention that introduced the speaker stands a sentence before the cue.
    expect(goldSpeakerClass(doc, gold({ cue: at('وأضاف'), speakerAt: at('المدير') }), key)).toBe('continuation');
    expect(goldSpeakerClass(doc, gold({ speaker: 'مصدر مطلع', canonical: 'مصدر مطلع', cue: at('وبحسب'), speakerAt: at('مصدر مطلع') }), key)).toBe('np-other');
    expect(goldSpeakerClass(doc, gold({ canonical: 'المدير' }), key)).toBe('np-definite');
  });

  it('classes a wrong speaker', () => {
    const g = gold({});
    const content = at('العمل يبدأ غدا');
    expect(wrongSpeakerClass(doc, quote(content, null), g, '', key)).toBe('found-null');
    expect(wrongSpeakerClass(doc, quote(content, at('المدير')), g, 'المدير', key)).toBe('overlaps-mention/unresolved');
    expect(wrongSpeakerClass(doc, quote(content, at('الميناء')), g, 'الميناء', key)).toBe('noun-phrase');
    expect(wrongSpeakerClass(doc, quote(content, at('الحداد')), g, 'الحداد', key)).toBe('shares-word');
    const other = newDocument({ text: TEXT });
    other.entities = [entity(TEXT, 'e2', 'LOC', 'الميناء', ['الميناء'])];
    expect(wrongSpeakerClass(other, quote(content, null, 'e2'), g, 'الميناء', key)).toBe('other-entity');
  });

  it('classes a miss', () => {
    const g = gold({});
    expect(missClass(g, [], new Set())).toBe('no-overlap/cue-missed');
    const longer = quote([at('وقال')[0], TEXT.length], null);
    expect(missClass(g, [longer], new Set())).toBe('overlap/found-longer');
    const shorter = quote(at('العمل'), null);
    expect(missClass(g, [shorter], new Set())).toBe('overlap/found-shorter');
    expect(missClass(g, [quote(g.text, null)], new Set([0]))).toBe('overlap/found-used-by-other');
    const cued: Quote = { ...quote(at('سنوظف مئة عامل'), null), cue: span(TEXT, ...at('وقال')) };
    expect(missClass(g, [cued], new Set())).toBe('no-overlap/cue-found');
  });

  it('classes the form of the content and the cue', () => {
    expect(formClass(TEXT, gold({}))).toBe('indirect/an-clause');
    expect(formClass(TEXT, gold({ text: at('الكلفة كبيرة'), cue: at('وبحسب') }))).toBe('indirect/an-clause');
    expect(formClass(TEXT, gold({ text: at('افتتاح الرصيف'), cue: at('أعلن') }))).toBe('indirect/other');
    expect(formClass(TEXT, gold({ kind: 'direct', text: at('سنوظف مئة عامل'), cue: at('وأضاف') }))).toBe('direct/unmarked');
    expect(cueClass(TEXT, gold({}))).toBe('cue-verb');
    expect(cueClass(TEXT, gold({ cue: at('وبحسب') }))).toBe('cue-attribution');
    expect(cueClass(TEXT, gold({ cue: at('الرصيف') }))).toBe('cue-other');
  });

  it('details a wrong direct speaker: what was found, where the gold speaker was named, the paragraph', () => {
    const g = gold({ kind: 'direct', text: at('سنوظف مئة عامل'), cue: at('وأضاف'), speaker: 'سامر الحداد', speakerAt: at('سامر الحداد') });
    const direct = (speaker: [number, number] | null): Quote => ({ ...quote(g.text, speaker), kind: 'direct', source: 'rule:quotes/colon' });
    // المدير is a role word; the person was last named two sentences before the cue.
    expect(directSpeakerDetail(doc, direct(at('المدير')), g, key)).toBe('colon / found-role/in-para / gold-entity/before-2 / cue-in-para');
    expect(directSpeakerDetail(doc, direct(at('الرصيف')), g, key)).toBe('colon / found-phrase/in-para / gold-entity/before-2 / cue-in-para');
    expect(directSpeakerDetail(doc, direct(null), gold({ ...g, canonical: 'كريم', speakerAt: undefined }), key)).toBe('colon / found-null / gold-no-entity/not-before / cue-in-para');
    // A quote in a paragraph of its own after the cue's.
    const two = newDocument({ text: 'وقال المدير:\n«سنوظف مئة عامل»' });
    const g2 = gold({ kind: 'direct', text: [14, 28], cue: [0, 4], speaker: 'المدير', canonical: 'المدير', speakerAt: [5, 11] });
    expect(directSpeakerDetail(two, { ...direct(null), text: span(two.text, 14, 28) }, g2, key)).toBe('colon / found-null / gold-no-entity/before-0 / own-para');
  });

  it('classes where a found-longer quote runs over and what a missed cue looks like', () => {
    // Runs from the gold content over the sentence end into the next sentence, opened by و+cue verb.
    const over = quote([at('العمل يبدأ غدا')[0], at('سنوظف')[0]], null);
    expect(longerClass(TEXT, gold({}), over)).toBe('ends-later 1-3w x-sent at:stop');
    // Starts before the gold cue: an earlier quote swallowed this one's cue (a verb after a stop).
    const g2 = gold({ text: at('سنوظف مئة عامل'), cue: at('وأضاف') });
    const swallow = quote([at('العمل')[0], at('عامل')[1]], null);
    expect(longerClass(TEXT, g2, swallow)).toBe('starts-earlier over-gold-cue x-sent cue-verb cue:stop+wa+cue-verb');
    // The first word after وقال is the speaker, not the complementizer.
    expect(cueMissedClass(TEXT, gold({}))).toBe('cue:wa+cue-verb after:bare+word near');
    expect(cueMissedClass(TEXT, gold({ cue: at('أعلن'), text: at('الكلفة كبيرة') }))).toBe('cue:cue-verb after:bare+word far');
    expect(cueMissedClass(TEXT, g2)).toBe('cue:wa+cue-verb after:colon near');
  });
});
