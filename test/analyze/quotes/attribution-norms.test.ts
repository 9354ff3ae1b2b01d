/**
 * After a comma, وفقا ل / بحسب / استنادا إلى usually name a source, and the reported content ends
 * before them; before a rule, a plan or a schedule they say how, and the content goes on
 * (speech.json attributionNorms). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.ts';

describe('an attribution phrase before a rule or a plan', () => {
  it('does not end the reported content', () => {
    const text = 'وأوضح المدير أن الصندوق سيدفع أرباح القروض، وفقا للأقساط الشهرية المتفق عليها.';
    expect(quotes(text).map((q) => q.text.text)).toEqual(['الصندوق سيدفع أرباح القروض، وفقا للأقساط الشهرية المتفق عليها']);
  });

  it('nor when a few words stand before the rule', () => {
    const text = 'وأكد المدير أن المخالف سيعاقب، استنادا إلى ما جاء في نظام العمل الجديد.';
    expect(quotes(text).map((q) => q.text.text)).toEqual(['المخالف سيعاقب، استنادا إلى ما جاء في نظام العمل الجديد']);
  });

  it('a source after the phrase still ends it', () => {
    const text = 'وأوضح المدير أن الصندوق سيدفع أرباح القروض، وفقا لصحيفة المساء.';
    expect(quotes(text).map((q) => q.text.text)).toContain('الصندوق سيدفع أرباح القروض');
  });
});
