import { describe, expect, it } from 'vitest';
import { LEX } from '../../../src/analyze/quotes/lexicon.ts';
import { analyzeText } from '../../../src/pipeline/pipeline.ts';

// The words the quote rules wrote inside regexes until issue 18, now named lists of speech.json.
describe('quote rule word lists read from speech.json', () => {
  it('hold the keys the rules compare', () => {
    // as written, not folded: أنّ/إنّ alone, with or without shadda and hamza seat
    expect([...LEX.bareComplementizers].sort()).toEqual(['ان', 'انّ', 'أن', 'أنّ', 'إن', 'إنّ'].sort());
    expect(LEX.bareComplementizers.has('أنه')).toBe(false);
    // folded: إلى is الي; على is not listed (folded it is the name علي)
    expect([...LEX.participleRunPreps].sort()).toEqual(['الي', 'ب', 'عن', 'من'].sort());
    expect(LEX.inChargeOfNouns).toEqual(['مسوول']);
    expect(LEX.relayStems).toEqual(['نقل']);
  });

  it('a relay phrase (بحسب ما نقلته … عن) gives the source relayed after عن, not the one relaying', () => {
    const text = 'وبحسب ما نقلته سارة الحربي عن مصدر مطلع، فإن الاجتماع سيعقد غداً في المدينة.';
    const doc = analyzeText({ text }, { date: '2030-01-01' });
    expect(doc.quotes.map((q) => [q.speaker?.text?.text, q.text.text])).toEqual([['مصدر مطلع', 'الاجتماع سيعقد غداً في المدينة']]);
  });
});
