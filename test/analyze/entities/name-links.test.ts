import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokenize.ts';
import { analyse, checkSpans, conventionChunks } from './helpers.ts';

// Fictional sentences written for these tests.

/** Tags with one person chunk over the words `first`..`last` (as the tagger might leave them). */
function tagged(text: string, person: string): string[] {
  const ws = tokenize(text).map((t) => t.text);
  const parts = person.split(' ');
  const a = ws.findIndex((w, k) => parts.every((p, j) => ws[k + j] === p));
  if (a < 0) throw new Error(`no ${person}`);
  return ws.map((_, k) => (k === a ? 'B-PERS' : k > a && k < a + parts.length ? 'I-PERS' : 'O'));
}

describe('أبا is a name link inside a chain, like أبو and أبي (issue 14: names with أبو)', () => {
  const text = 'وحضر الحفل مهنا بن سعد أبا الخيل مدير الفرع.';
  it('a chunk the tagger ended before أبا goes on over أبا and the word after it', () => {
    expect(conventionChunks(text, tagged(text, 'مهنا بن سعد'))).toContain('PERS:مهنا بن سعد أبا الخيل');
  });
  it('a chunk the tagger ended on أبا takes the word after it', () => {
    expect(conventionChunks(text, tagged(text, 'مهنا بن سعد أبا'))).toContain('PERS:مهنا بن سعد أبا الخيل');
  });
  it('in the entities stage', () => {
    const doc = analyse('وأكد سلمان بن علي أبا ربعية أن الطريق مغلق.');
    checkSpans(doc);
    expect(doc.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['سلمان بن علي أبا ربعية']);
  });
});
