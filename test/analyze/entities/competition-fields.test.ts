import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rules 21 and 26 (docs/gold/entities-guide.md): a competition is one MISC with its
// country's adjective and its field when written, as the tune gold writes `الدوري البرتغالي`.
// Read on unlabelled SaudiNewsNet days (more/2015-07-24, 07-27, 08-04, session 15, issue #14);
// the sentences are fictional.

const misc = (t: string) => typedMentions(t).filter((m) => m.startsWith('MISC:'));

describe('a competition takes its country and its field (name-heads.json competitionFields)', () => {
  it('the country and the field after a league or a cup', () => {
    const doc = analyse('أنهى الفريق موسمه في دوري سالم جميل السعودي للمحترفين بالمركز الرابع.');
    const league = doc.entities.find((e) => e.type === 'MISC')!;
    expect(league.mentions.map((m) => [m.text, m.source])).toEqual([['دوري سالم جميل السعودي للمحترفين', 'rule:misc/competition-field']]);
    expect(misc('يلعب الفريقان على كأس السوبر الكويتي في لندن.')).toEqual(['MISC:كأس السوبر الكويتي']);
  });

  it('a listed league takes them too, the list\'s name inside the longer one', () => {
    expect(misc('قال المدرب إن الدوري السعودي الممتاز صعب هذا العام.')).toEqual(['MISC:الدوري السعودي الممتاز']);
  });

  it('a sport or an age group after the competition', () => {
    expect(misc('تأهل منتخبنا إلى كأس العالم للناشئين بعد فوزه.')).toEqual(['MISC:كأس العالم للناشئين']);
  });

  it('…but a ل phrase of the sentence (للمرة) stays outside', () => {
    expect(misc('توج الفريق بكأس السوبر للمرة الثانية.')).toEqual(['MISC:كأس السوبر']);
  });
});
