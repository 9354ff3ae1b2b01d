import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';

// Guide rule 4 (docs/gold/entities-guide.md): a ministry keeps no country adjective after its name
// (`وزارة الخارجية الأردنية` → ORG `وزارة الخارجية`). The lists spell foreign ministries with their
// adjective for linking (`وزارة الخزانة الأمريكية`); the known name was kept whole 4 times on tune3
// and 29 times in one day of unlabelled news (more/2015-07-21), session 16, issue #14. Fictional sentences.

const orgs = (t: string) => typedMentions(t).filter((m) => m.startsWith('ORG:'));

describe('a listed ministry with its country adjective: the ministry only', () => {
  it('وزارة الخزانة الأمريكية، وزارة الدفاع الروسية: the adjective stays outside, after a clitic too', () => {
    expect(orgs('فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركتين للشحن.')).toEqual(['ORG:وزارة الخزانة']);
    expect(orgs('قال مسؤول بوزارة الدفاع الروسية إن التدريبات انتهت أمس.')).toEqual(['ORG:وزارة الدفاع']);
  });

  it('names the rule that cut it, and still links the listed ministry', () => {
    const doc = analyse('فرضت وزارة الخزانة الأمريكية عقوبات جديدة على شركتين للشحن.');
    const org = doc.entities.find((e) => e.type === 'ORG')!;
    expect(org.mentions.map((m) => [m.text, m.source])).toEqual([['وزارة الخزانة', 'rule:org/ministry-without-adjective']]);
    expect(org.en).toBe('United States Department of the Treasury');
  });

  it('…but a listed body with another head keeps its adjective (مجلس الأمن القومي الأمريكي)', () => {
    expect(orgs('اجتمع مجلس الأمن القومي الأمريكي لبحث الأزمة.')).toEqual(['ORG:مجلس الأمن القومي الأمريكي']);
  });
});
