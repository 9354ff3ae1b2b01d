import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// The passports directorate of a region, named by its field and the place with no head, like
// `مرور جدة` (name-heads.json directorates). Read on unlabelled SaudiNewsNet days (more/2015-07-22,
// 07-24, 07-25, 08-06, session 14, issue #14); the sentences are fictional.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('جوازات before a place is the passports directorate, one ORG', () => {
  it('with the region head or the bare place, and with its clitic outside', () => {
    expect(orgs('قالت جوازات منطقة الجوف إن المنفذ مفتوح.')).toEqual(['ORG:جوازات منطقة الجوف']);
    expect(orgs('أوضح المتحدث الإعلامي لجوازات منطقة حائل أن العمل مستمر.')).toEqual(['ORG:جوازات منطقة حائل']);
    expect(orgs('وصل مدير جوازات الباحة إلى الموقع صباح اليوم.')).toEqual(['ORG:جوازات الباحة']);
  });

  it('…but passports of travellers are no body', () => {
    expect(orgs('سلم الموظف جوازات المسافرين في الرياض.')).toEqual([]);
  });
});
