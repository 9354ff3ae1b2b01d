import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../src/text/normalize.ts';
import { analyzeText } from '../../src/pipeline/pipeline.ts';

// Persian, Urdu and Kurdish keyboards type ی ک ە (and ۀ ہ ھ) for the Arabic ي ك ه; news copied from
// such a source mixes them into Arabic words. Every fold profile reads them as the Arabic letters.
describe('the Persian letter variants fold to the Arabic letters', () => {
  it.each(['match', 'name', 'search', 'calendar'] as const)('in the %s profile', (profile) => {
    expect(fold('أکد', profile)).toBe(fold('أكد', profile));
    expect(fold('السعودیة', profile)).toBe(fold('السعودية', profile));
    expect(fold('رسالە', profile)).toBe(fold('رساله', profile));
    expect(fold('ھذا', profile)).toBe(fold('هذا', profile));
    expect(fold('ہذا', profile)).toBe(fold('هذا', profile));
    expect(fold('ۀذا', profile)).toBe(fold('هذا', profile));
  });

  it('the default normalisation (tokens\' norm) folds them, and stays idempotent', () => {
    expect(normalize('أکد رسالە')).toBe('اكد رساله');
    const once = normalize('ھيئة السیاحة');
    expect(normalize(once)).toBe(once);
  });

  it('a cue written with ک and a name written with ی are read as written in Arabic letters', () => {
    const doc = analyzeText(
      { text: 'أکد وزير الخارجية سالم العامري أن المحادثات مع السعودیة ستستمر الأسبوع المقبل.' },
      { date: '2015-08-04' },
    );
    expect(doc.quotes.map((q) => q.cue?.text)).toContain('أکد');
    const places = doc.entities.filter((e) => e.type === 'LOC').map((e) => e.en);
    expect(places).toContain('Saudi Arabia');
  });
});
