import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// A mosque's own name after مسجد/جامع (a camp's after مخيم, a border crossing's after منفذ) is one
// LOC with its head (guide rules 12 and 15), also where no list knows the name (name-heads.json nameAfter.definiteOnly); the everyday complements
// (مسجد الحي 'the neighbourhood mosque') are no name. Read on unlabelled news (more/, session 15:
// about 150 of 494 definite words after the heads). Fictional sentences.

const locs = (t: string) => typedMentions(t).filter((m) => m.startsWith('LOC:'));

describe('a mosque named by its head and a definite word', () => {
  it('is one LOC with its head', () => {
    expect(locs('صلى المشيعون في مسجد الحمدان أمس.')).toEqual(['LOC:مسجد الحمدان']);
    expect(locs('ألقى الخطيب كلمته في جامع الفرقان.')).toEqual(['LOC:جامع الفرقان']);
  });

  it('so is a refugee camp or a border crossing, but not منفذ الهجوم \'the attacker\'', () => {
    expect(locs('عبرت الشاحنات منفذ الطوال أمس.')).toEqual(['LOC:منفذ الطوال']);
    expect(locs('وصلت المساعدات إلى مخيم الحمدان أمس.')).toEqual(['LOC:مخيم الحمدان']);
    expect(locs('قتل منفذ الهجوم أمس.')).toEqual([]);
  });

  it('…but an everyday complement names nothing', () => {
    expect(locs('اجتمع الشباب في مسجد الحي بعد الصلاة.')).toEqual([]);
  });
});
