import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// A place the Saudi press names by an epithet (places.json aliases): العاصمة المقدسة is Mecca, LOC
// in the tune gold, 494 times in 259 unlabelled articles of more/ (session 15). Fictional sentences.

describe('a place named by its epithet', () => {
  it('العاصمة المقدسة is Mecca, the same entity as its name', () => {
    const doc = analyse('وصل الحجاج إلى العاصمة المقدسة أمس، وتستعد مكة المكرمة لاستقبال المزيد.');
    const mecca = doc.entities.filter((e) => e.type === 'LOC');
    expect(mecca).toHaveLength(1);
    expect(mecca[0]!.mentions.map((m) => m.text)).toEqual(['العاصمة المقدسة', 'مكة المكرمة']);
  });

  it('…and stays inside the name of its municipality', () => {
    expect(typedMentions('أعلنت أمانة العاصمة المقدسة عن مشروع جديد.')).toEqual(['ORG:أمانة العاصمة المقدسة']);
  });
});
