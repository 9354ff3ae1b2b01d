/**
 * A role or a short organisation written as the speaker names the person or the organisation the
 * article gave in full: the person the entities stage gave that very role phrase to, the person
 * named before the role without a comma (النقيب فلان المتحدث الرسمي…), an emirate named in full before
 * (الإمارة) and a company whose name followed the word شركة (الشركة). The sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/doc/types.ts';
import { analyse, entity } from './helpers.ts';

const spoken = (text: string, ents: (t: string) => Entity[] = () => []): [string, string | null, string | null][] =>
  analyse(text, ents).quotes.map((q) => [q.text.text, q.speaker.entity, q.speaker.text?.text ?? null]);

describe('a role or a short organisation names the one given in full', () => {
  it('the person the entities stage gave the role phrase to speaks, when the phrase is cut short', () => {
    const text = 'وصلت القافلة إلى الميناء صباحا. وقالت المتحدثة باسم هذه الهيئة المحلية سلمى راشد: «إنها أول قافلة تصل منذ شهر».';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'سلمى راشد', ['سلمى راشد'], ['المتحدثة باسم هذه الهيئة المحلية'])];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([['p1', 'سلمى راشد']]);
  });

  it('a role written after a name without a comma is remembered for the role alone later', () => {
    const text =
      'وأوضح الرائد كامل بن سعيد العتيبي المتحدث الرسمي في قيادة الدوريات بالمنطقة الغربية, أن الفرق أنقذت عشرة أشخاص. وقال المتحدث الرسمي في قيادة الدوريات بالمنطقة الغربية: "إن البحث مستمر".';
    const ents = (t: string): Entity[] => [entity(t, 'p1', 'PER', 'كامل بن سعيد العتيبي', ['كامل بن سعيد العتيبي'])];
    expect(spoken(text, ents).map((q) => q[1])).toEqual(['p1', 'p1']);
  });

  it('الإمارة names the emirate given in full before', () => {
    const text = 'أعلنت إمارة منطقة الوادي عن خطة النقل الجديدة. وأوضحت الإمارة، أنه سيتم طرح المناقصات العام المقبل.';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'إمارة منطقة الوادي', ['إمارة منطقة الوادي'])];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([['o1', 'إمارة منطقة الوادي']]);
  });

  it('الشركة names the company whose quoted name followed the word شركة', () => {
    const text = 'أعلنت شركة «النخيل الذهبي» إفلاسها أمس. وقالت الشركة إنها ستبيع متاجرها خلال شهر.';
    const ents = (t: string): Entity[] => [entity(t, 'o1', 'ORG', 'النخيل الذهبي', ['النخيل الذهبي'])];
    expect(spoken(text, ents).map((q) => q.slice(1))).toEqual([['o1', 'شركة «النخيل الذهبي»']]);
  });
});
