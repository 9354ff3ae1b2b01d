import { describe, expect, it } from 'vitest';
import { analyse, conventionChunks, typedMentions } from './helpers.ts';
import { ARTICLE_PLACE_RULE } from '../../../src/analyze/entities/conventions.ts';

// Classes read off 300 unlabelled SaudiNewsNet articles (more/2015-07-26.zip, session 10, issue
// #14); the sentences are fictional, written for these tests.

const mentions = typedMentions;

describe("a ministry's regional directorate named by its field and its place (name-heads.json directorates)", () => {
  it('صحة / تعليم / بلدية + a one-word place is one ORG, a clitic outside it', () => {
    const a = mentions('وأوضح المتحدث الإعلامي بصحة تبوك أن المستشفى استقبل المصابين.');
    expect(a).toContain('ORG:صحة تبوك');
    expect(a).not.toContain('LOC:تبوك');
    expect(mentions('وأعلن تعليم حائل بدء التسجيل في المدارس.')).toContain('ORG:تعليم حائل');
    expect(mentions('أغلقت بلدية لندن الجسر أمس.')).toContain('ORG:بلدية لندن');
  });

  it('the chunk rule also takes a place the tagger found', () => {
    const text = 'زار الوزير تعليم المدينة أمس';
    const tags = ['O', 'O', 'O', 'B-LOC', 'O'];
    expect(conventionChunks(text, tags)).toEqual(['ORG:تعليم المدينة']);
  });

  it('the field before anything but a place is health, truth or teaching', () => {
    expect(mentions('تحققت اللجنة من صحة النبأ وتهتم بصحة الإنسان وتعليم المرأة.')).toEqual([]);
    // a place known only as an everyday word whose everyday sense is common: `جديدة` is not El Jadida
    expect(mentions('تنفذ الوزارة مشاريع بلدية جديدة في القرى.')).toEqual([]);
  });
});

describe('a place named by an everyday word is the place throughout an article that names it (name-heads.json articlePlaces)', () => {
  it('once the article has written إمارة حائل, a bare حائل is the place too', () => {
    const doc = analyse(
      'افتتح الأمير في إمارة حائل معرضا للكتاب. وقال الزوار إن المعرض جعل حائل وجهة ثقافية، وإن الطريق إلى حائل مزدحم.',
    );
    expect(doc.entities.find((e) => e.name === 'إمارة حائل')?.type).toBe('ORG');
    const bare = doc.entities.flatMap((e) => e.mentions.filter((m) => m.text === 'حائل').map((m) => [e.type, m.source]));
    expect(bare).toEqual([
      ['LOC', ARTICLE_PLACE_RULE],
      ['LOC', ARTICLE_PLACE_RULE],
    ]);
  });

  it('an article that never names the place keeps the everyday word', () => {
    expect(mentions('وقال المدرب إن الموقف عسير على الفريق، وإن الغياب حائل دون الفوز.')).toEqual([]);
  });

  it('a word outside the list stays an everyday word even where the place is named', () => {
    // `صور` (pictures) is Tyre's everyday spelling: too common to read as the place
    const tyre = ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O'];
    expect(conventionChunks('زار الوفد مدينة صور والتقط صور المباني', tyre)).toEqual(['LOC:مدينة صور']);
    const asir = ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O', 'O'];
    expect(conventionChunks('زار الوفد منطقة عسير ثم غادر عسير مساء', asir)).toEqual([
      'LOC:منطقة عسير',
      'LOC:عسير',
    ]);
  });
});
