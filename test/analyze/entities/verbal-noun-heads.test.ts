import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// A head noun in construct with a verbal noun of the pattern تفعلة (`صندوق تنمية الموارد البشرية`,
// `مؤسسة تحلية المياه`): the verbal noun ends like a feminine nisba adjective, which the head
// rules never take before a definite complement, so the whole name went unmarked. Read on
// unlabelled SaudiNewsNet days (more/2015-07-24, 07-27, 08-01, 08-06: about 40 in four days,
// session 14, issue #14); the sentences are fictional.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('head + a verbal noun in تفعلة + its definite complement is one ORG', () => {
  it('صندوق تنمية …، مؤسسة تحلية …، هيئة تنمية …', () => {
    expect(orgs('أعلن صندوق تنمية الموارد البشرية عن برنامج جديد للتدريب.')).toEqual(['ORG:صندوق تنمية الموارد البشرية']);
    expect(orgs('أعلنت مؤسسة تحلية المياه عن مشروع في الساحل.')).toEqual(['ORG:مؤسسة تحلية المياه']);
    expect(orgs('أعلنت هيئة تنمية الصادرات عن برنامج للمصدرين.')).toEqual(['ORG:هيئة تنمية الصادرات']);
  });

  it('…but a nisba adjective after a head still opens no name', () => {
    expect(orgs('أنشأت شركة تجارية الموقع الجديد في المدينة.')).toEqual([]);
  });
});
