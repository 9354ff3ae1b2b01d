import { describe, expect, it } from 'vitest';
import { typedMentions } from './helpers.ts';

// Places and bodies read on unlabelled SaudiNewsNet days (session 14, issue #14); the sentences are
// fictional, written for these tests.

describe("a body's field after ل ends before a place or body with a preposition", () => {
  it('the place after ب says where the body is: two mentions (guide rule 20)', () => {
    expect(typedMentions('افتتح المعرض في فرع الجمعية العربية السعودية للثقافة والفنون بجدة أمس.')).toEqual([
      'ORG:الجمعية العربية السعودية للثقافة والفنون',
      'LOC:جدة',
    ]);
    expect(typedMentions('وصرح رئيس الاتحاد الدولي للسباحة لرويترز أمس.')).toEqual(['ORG:الاتحاد الدولي للسباحة', 'ORG:رويترز']);
  });

  it('a place in construct with the field word still ends it: لأمانة جدة', () => {
    expect(typedMentions('عقد المجلس البلدي لأمانة جدة اجتماعه أمس.')[0]).toBe('ORG:المجلس البلدي لأمانة جدة');
  });
});

describe("Saudi governorates the lists lacked (places-world.json)", () => {
  it('a governorate is a place alone and with its head', () => {
    expect(typedMentions('عاد الوفد إلى بيشة والقنفذة أمس.')).toEqual(['LOC:بيشة', 'LOC:القنفذة']);
    expect(typedMentions('وقع الحادث في محافظة بيشة أمس.')).toEqual(['LOC:محافظة بيشة']);
    expect(typedMentions('افتتح المحافظ الحديقة في دومة الجندل أمس.')).toEqual(['LOC:دومة الجندل']);
  });

  it('one spelled like an everyday word is no place on its own', () => {
    expect(typedMentions('انخفضت أرباحها المجمعة في النصف الأول.')).toEqual([]);
  });
});

describe('a name after مدينة/بلدة the tagger read as a person (city-names.ts)', () => {
  it('is the place, the head outside (guide rule 15)', () => {
    expect(typedMentions('وصل الرئيس إلى مدينة سالم الراشد أمس.')).toEqual(['LOC:سالم الراشد']);
  });
});

describe('a district named by مديرية (districts.ts)', () => {
  it('is a place with its head, the ب place after it apart', () => {
    expect(typedMentions('سيطرت القوات على مديرية لودر بمحافظة أبين أمس.')).toEqual(['LOC:مديرية لودر', 'LOC:محافظة أبين']);
    expect(typedMentions('تقدمت القوات في مديرية حزم العدين أمس.')).toEqual(['LOC:مديرية حزم العدين']);
  });

  it('before a field it stays the directorate', () => {
    expect(typedMentions('أعلنت مديرية التربية بدء الدراسة.')).toEqual(['ORG:مديرية التربية']);
  });
});

describe('after مدينة, a place the lists know only by an everyday spelling (descriptivePlaces)', () => {
  it('is the place, as one no list knows is', () => {
    expect(typedMentions('وصل الوفد إلى مدينة الوجه أمس.')).toEqual(['LOC:الوجه']);
  });
});
