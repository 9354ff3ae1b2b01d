import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// A person named in full after another and و is a person too (`[سمير النوري] ووائل غلام`): the
// tagger dropped the second in line-ups and member lists, once on tune3 (`وفيصل معوضه`) and about
// 20 times in two days of more/ (2015-07-25, 08-01), session 16, issue #14. Fictional sentences.

const pers = (t: string) => typedMentions(t).filter((m) => m.startsWith('PER:'));

describe('a given name and one more word after a full name and و', () => {
  it('is the next person of the list', () => {
    expect(pers('وفي الدفاع جعفر السعيد وفيصل معوضه وسعود مكبش.')).toEqual(['PER:جعفر السعيد', 'PER:فيصل معوضه', 'PER:سعود مكبش']);
  });

  it('names the rule', () => {
    const doc = analyse('وفي الدفاع جعفر السعيد وفيصل معوضه وسعود مكبش.');
    const m = doc.entities.flatMap((e) => e.mentions).find((x) => x.text === 'فيصل معوضه');
    expect(m?.source).toBe('rule:per/coordinated-person');
  });

  it('…but not a role after و (وأمين منطقة …، وأمين عام …)', () => {
    expect(pers('حضر الاجتماع سامي الخيبري وأمين منطقة تبوك.')).toEqual(['PER:سامي الخيبري']);
    expect(pers('حضر الاجتماع سامي الخيبري وأمين عام الاتحاد.')).toEqual(['PER:سامي الخيبري']);
  });
});
