/**
 * Where a colon quote ends (issue 15, session 14): a later sentence that opens with و + a past
 * verb of saying is the narrator's, even when no أنّ, colon or quotation follows that verb.
 * The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

describe('a colon quote ends before the narrator reports someone again', () => {
  it('و + a verb of saying with a nominal object opens the narrator\'s sentence', () => {
    const text = 'وقال المدير: المشروع سيكتمل قريبا. وأكد الوزير سالم الناصر خلال زيارته ضرورة الالتزام بالمواعيد.';
    const qs = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes;
    expect(view(qs)).toEqual([{ kind: 'direct', text: 'المشروع سيكتمل قريبا', cue: 'وقال', speaker: 'المدير' }]);
  });

  it('the speaker\'s own next sentence stays in the quote', () => {
    const text = 'وقال المدير: المشروع سيكتمل قريبا. ونحن نعمل ليلا ونهارا.';
    expect(view(analyse(text).quotes).map((q) => q.text)).toEqual(['المشروع سيكتمل قريبا. ونحن نعمل ليلا ونهارا']);
  });
});
