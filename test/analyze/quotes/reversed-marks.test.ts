/**
 * Sites that write guillemets reversed (»…«) sometimes forget one of them. A stray « then closes
 * the nearest stray » before it, so a » left open does not swallow the narration and the next
 * quote's cue; and a colon quote that opens with a mark nobody closed keeps the words, not the
 * mark. The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { findMarkPairs } from '../../../src/analyze/quotes/marks.ts';
import { quotes } from './helpers.ts';

const TEXT =
  'وقال الوزير في المؤتمر:» نعمل على توسيع الميناء هذا العام. وأكد الوزير أن العمل يبدأ غدا. وأضاف قائلا:» سنفتح الرصيف الجديد في الشتاء «.';

describe('reversed guillemets with one » left open', () => {
  it('pairs the closing « with the nearest » before it', () => {
    const pairs = findMarkPairs(TEXT).map((p) => TEXT.slice(p.start, p.end));
    expect(pairs).toEqual(['سنفتح الرصيف الجديد في الشتاء']);
  });

  it('finds each quote with its own end', () => {
    const found = quotes(TEXT).map((q) => [q.kind, q.text.text]);
    expect(found).toEqual([
      ['direct', 'نعمل على توسيع الميناء هذا العام'],
      ['indirect', 'العمل يبدأ غدا'],
      ['direct', 'سنفتح الرصيف الجديد في الشتاء'],
    ]);
  });

  it('a » glued to the word before it closes a lost «: no reversed pair starts there', () => {
    const text = 'وختم حديثه بأن الأمر انتهى». وقال المدير: سنعود إلى العمل غدا «.';
    expect(findMarkPairs(text)).toEqual([]);
  });

  it('a colon quote between marks that were not paired keeps the words only', () => {
    const text = 'وقال المدير: » سنعود إلى العمل غدا»';
    expect(quotes(text).map((q) => q.text.text)).toEqual(['سنعود إلى العمل غدا']);
  });
});
