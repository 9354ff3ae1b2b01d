/**
 * Subjects written before a verb of saying that opens an أنّ clause (issue 15, session 14, read
 * off unlabelled days more/2015-07-26, 07-31, 08-02, 08-06, checked on 07-22 and 08-08). The
 * sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity, view } from './helpers.ts';

describe('a named subject before the verb (svo.ts)', () => {
  it('the name a relative pronoun stands for speaks (المحافظ فلان الذي أكد أنّ…)', () => {
    const text = 'وحضر الحفل المحافظ سالم الناصر الذي أكد أن المحافظة استعدت للمناسبة.';
    const qs = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes;
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'المحافظة استعدت للمناسبة', cue: 'أكد', speaker: 'سالم الناصر' }]);
    expect(qs[0]!.speaker.entity).toBe('p1');
  });

  it('a plural verb after الذين speaks for a group, not for the person named before it', () => {
    const text = 'وأثار القرار مخاوف بين بعض حلفاء سالم الناصر الذين يقولون إن القرار متسرع.';
    const qs = analyse(text, (t) => [entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر'])]).quotes;
    expect(qs.map((q) => q.speaker.entity)).not.toContain('p1');
  });

  it('a name whose first word opens with a root و is no و + verb (إلا أن وزارة الصحة أكدت أنّ…)', () => {
    const text = 'وزار الوفد المدينة أمس. إلا أن وزارة الصحة العامة أكدت أن الحملة مستمرة.';
    const qs = analyse(text, (t) => [entity(t, 'o1', 'ORG', 'وزارة الصحة العامة', ['وزارة الصحة العامة'])]).quotes;
    expect(view(qs)).toEqual([{ kind: 'indirect', text: 'الحملة مستمرة', cue: 'أكدت', speaker: 'وزارة الصحة العامة' }]);
  });

  it('a strict verb (يرى، تعتقد) after its subject and right before أنّ', () => {
    const text = 'وارتفعت الأسهم أمس، لكن مجلس إدارة الشركة يرى أن الصفقة ستدعم النمو.';
    expect(view(analyse(text).quotes)).toEqual([{ kind: 'indirect', text: 'الصفقة ستدعم النمو', cue: 'يرى', speaker: 'مجلس إدارة الشركة' }]);
  });

  it('not after a pronoun of anyone, nor after a relative pronoun with no name before it', () => {
    expect(analyse('وانتقد الكاتب المشروع. أما من يعتبر أن الخطر كبير فرأيه صائب.').quotes).toEqual([]);
    expect(analyse('وراجع الفريق النماذج القديمة التي ترى أن السوق سيتعافى.').quotes).toEqual([]);
  });

  it('a strict verb speaks only for words that name a speaker: no question, no pronoun of anyone', () => {
    expect(analyse('وسألنا المدرب عن الفريق، هل تعتقد أن المشوار صعب؟').quotes).toEqual([]);
    expect(analyse('وتباينت الآراء، وهناك من يرى أن القرار متسرع.').quotes).toEqual([]);
  });
});
