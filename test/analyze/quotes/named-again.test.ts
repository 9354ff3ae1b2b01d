/**
 * A colon quote runs to its paragraph's end, but a speaker does not name himself in the third
 * person: where the narrator names the speaker again, in a later sentence or in a short clause
 * after a comma, the quote has ended; reported speech ends so before a short و clause
 * (named-again.ts). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

const coach = (t: string) => [entity(t, 'p1', 'PER', 'سامر العلي', ['سامر العلي', 'العلي'])];

describe('a colon quote ends where the narrator names the speaker again', () => {
  it('before a later sentence that names the speaker', () => {
    const text = 'وقال المدرب سامر العلي: الفريق جاهز للمباراة. وقد أشرف العلي على التدريب الأخير مساء أمس.';
    expect(analyse(text, coach).quotes.map((q) => q.text.text)).toEqual(['الفريق جاهز للمباراة']);
  });

  it('before a short clause after a comma that names the speaker', () => {
    const text = 'وقال المدرب سامر العلي: الفريق جاهز للمباراة، كما شكر العلي الجماهير على حضورها.';
    expect(analyse(text, coach).quotes.map((q) => q.text.text)).toEqual(['الفريق جاهز للمباراة']);
  });

  it('reported speech ends before و + a clause that names the speaker', () => {
    const text = 'وأوضح المدرب سامر العلي أن الفريق جاهز للمباراة، ويبرر العلي ذلك بالتدريب الطويل.';
    expect(analyse(text, coach).quotes.map((q) => q.text.text)).toEqual(['الفريق جاهز للمباراة']);
  });

  it('reported speech goes on past another lead that names the speaker', () => {
    const text = 'وأوضح المدرب سامر العلي أن الفريق جاهز للمباراة، بينما لا يزال العلي ينتظر اللاعبين.';
    expect(analyse(text, coach).quotes.map((q) => q.text.text)).toEqual(['الفريق جاهز للمباراة، بينما لا يزال العلي ينتظر اللاعبين']);
  });

  it('the speaker\'s own next sentence, which names nobody, stays in the quote', () => {
    const text = 'وقال المدرب سامر العلي: الفريق جاهز للمباراة. ونحن نحترم المنافس كثيرا.';
    expect(analyse(text, coach).quotes.map((q) => q.text.text)).toEqual(['الفريق جاهز للمباراة. ونحن نحترم المنافس كثيرا']);
  });
});
