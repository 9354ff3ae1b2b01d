/**
 * Speakers, session 15 (issue 15): a word in the accusative or genitive, its tanween written
 * (أخيرًا، رسميًا، كثيرًا، سابقًا), stands after a verb of saying as an adverb or an object, never
 * as the subject that names the speaker. Read off unlabelled SaudiNewsNet days outside the sample
 * (more/2015-07-21, 07-25, 08-04, 08-06). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
  entity(t, 'p2', 'PER', 'هند الراشد', ['هند الراشد']),
];
// The speaker's entity id where it has one, else its phrase.
const speakers = (t: string) => analyse(t, people).quotes.map((q) => [q.text.text, q.speaker.entity ?? q.speaker.text?.text ?? null]);

describe('an adverb with tanween after the verb is no speaker', () => {
  it('…أن سالم الناصر شدد كثيرًا على أن…: the person named before the verb speaks, not كثيرًا', () => {
    const t = 'وعلى الرغم من أن سالم الناصر شدد كثيرًا في تصريحاته على أن «الخلاف بسيط»، فإن الأزمة مستمرة.';
    expect(speakers(t)).toEqual([['الخلاف بسيط', 'p1']]);
  });

  it('وحذرت أخيرًا: the speaker goes on from the sentence before, not أخيرًا', () => {
    const t = 'وقالت الوزيرة السابقة هند الراشد إن «الوضع خطير». وحذرت أخيرًا من أن «المنطقة ستشتعل».';
    expect(speakers(t).at(-1)).toEqual(['المنطقة ستشتعل', 'p2']);
  });

  it('كما أعلنت سابقًا على لسان المتحدثة هند الراشد: a name after the adverb is still the speaker', () => {
    const t = 'أوقفت الشركة عملها في المدينة بسبب نقص المواد والمعدات اللازمة، كما أعلنت سابقًا على لسان المتحدثة الرسمية لها هند الراشد.';
    expect(speakers(t).map((s) => s[1])).toEqual(['p2']);
  });
});
