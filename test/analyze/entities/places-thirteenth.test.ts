import { describe, expect, it } from 'vitest';
import { analyse, typedMentions } from './helpers.ts';
import { COORDINATED_PLACE_RULE } from '../../../src/analyze/entities/coordinated-places.ts';
import { QUOTED_PLACE_RULE } from '../../../src/analyze/entities/quoted-places.ts';

// Classes read off unlabelled SaudiNewsNet days (more/2015-07-22, 2015-08-03, 2015-08-08 and
// others, session 13, issue #14); the sentences are fictional, written for these tests.

const mentions = typedMentions;

describe('a place named by an everyday word inside a list of places (coordinated-places.ts)', () => {
  it('joined by و to places the lists know, or after a plural head, it is the place', () => {
    const a = mentions('تهطل أمطار على مناطق عسير والباحة وجازان ونجران مساء اليوم.');
    expect(a).toEqual(['LOC:عسير', 'LOC:الباحة', 'LOC:جازان', 'LOC:نجران']);
    const doc = analyse('وزار الفريق القصيم وحائل الأسبوع الماضي.');
    const hail = doc.entities.find((e) => e.mentions.some((m) => m.text === 'حائل'));
    expect(hail?.type).toBe('LOC');
    expect(hail?.mentions.map((m) => m.source)).toEqual([COORDINATED_PLACE_RULE]);
  });

  it('region names that are adjectives elsewhere count in such a list only', () => {
    expect(mentions('شملت الحملة مناطق الرياض والشرقية والحدود الشمالية.')).toEqual([
      'LOC:الرياض',
      'LOC:الشرقية',
      'LOC:الحدود الشمالية',
    ]);
    expect(mentions('وقال إن الطريق عسير والواجهة الشرقية جاهزة.')).toEqual([]);
  });

  it('a word that only folds to a listed place after a clitic is left alone', () => {
    // `فخور` (proud) is not ف + `الخور`, `وأدى` (and led) not `الوادي`
    const rules = (text: string) => analyse(text).entities.flatMap((e) => e.mentions.map((m) => m.source));
    expect(rules('وقال إن شعب القاهرة فخور بالإنجاز.')).not.toContain(COORDINATED_PLACE_RULE);
    expect(mentions('وقع الانفجار في دمشق، وأدى إلى أضرار.')).toEqual(['LOC:دمشق']);
  });
});

describe('a district named after حي with a preposition glued to the head (بحي السلام)', () => {
  it('is one LOC from the head on, the preposition outside', () => {
    expect(mentions('وأقيمت الخيمة الشعبية بحي الورود في ليلة العيد.')).toEqual(['LOC:حي الورود']);
    // (the tagger's bare name after it is the district too, not the body the word also names)
    expect(mentions('وتقع الشقة بحي الجزيرة، شرق الرياض.')).toEqual(['LOC:حي الجزيرة', 'LOC:الرياض']);
  });
});

describe('a quoted name after a place head is the place, the quoted words only (quoted-places.ts, guide rule 25)', () => {
  it('a district, a mountain, a town the tagger would read as anything else', () => {
    const doc = analyse('وسيطرت المقاومة على جبل "النخلة" القريب، ثم دخلت مديرية "الوادي الأخضر" شمال العاصمة.');
    const quoted = doc.entities.flatMap((e) => e.mentions.map((m) => [e.type, m.text, m.source]));
    expect(quoted).toContainEqual(['LOC', 'النخلة', QUOTED_PLACE_RULE]);
    expect(quoted).toContainEqual(['LOC', 'الوادي الأخضر', QUOTED_PLACE_RULE]);
    expect(mentions('ولدت الكاتبة في بلدة «مارلو» الصغيرة.')).toEqual(['LOC:مارلو']);
  });

  it('quotes after any other word are left to the other rules', () => {
    // (`الجبل` with the article is no head: a description follows it, not a name)
    const doc = analyse('وقال إن الجبل "شاهق" والطريق إليه وعر، وإن المدينة "جميلة".');
    expect(doc.entities.flatMap((e) => e.mentions.map((m) => m.source))).not.toContain(QUOTED_PLACE_RULE);
  });
});

describe('a valley, a mountain or an island named by a definite word after its head (name-heads.json heads)', () => {
  it('is one LOC with its head, and a list after it stays a list', () => {
    expect(mentions('وتصب مياه السيول في وادي الغضا شمال القرية.')).toEqual(['LOC:وادي الغضا']);
    expect(mentions('وسجل منتزه الغيم وجبل الضباب أدنى درجة حرارة.')).toContain('LOC:جبل الضباب');
    expect(mentions('تشمل الأمطار محافظات وادي الغضا والسليل.')).toContain('LOC:وادي الغضا');
  });

  it('a verb whose hamza the folding drops is no head: وأدى (and performed) is not وادي (valley)', () => {
    expect(mentions('وأدى المصلون الصلاة في الجامع.')).toEqual([]);
    expect(mentions('وأدى الارتفاع إلى خسائر كبيرة.')).toEqual([]);
  });
});

describe('God, a religion or a currency after لل is no name (notNames, currencies read on the restored article)', () => {
  it('لله and للإسلام and للدولار give nothing', () => {
    expect(mentions('وقال اللاعب: الحمد لله على الفوز.')).toEqual([]);
    expect(mentions('ووصف الهجوم بأنه معاد للإسلام والمسلمين.')).toEqual([]);
    expect(mentions('وتراجعت الأسهم مع التحسن الملحوظ للدولار أمس.')).toEqual([]);
  });
});

describe('a nationality adjective without the article is no place (nationalities.json)', () => {
  it('طائرة سعودية names no country', () => {
    expect(mentions('وهبطت طائرة حربية سعودية في المطار بعد الظهر.')).toEqual([]);
  });
});

describe('a foreign place whose first word is never a place alone (place-prefixes.ts)', () => {
  it('سانت, لوس … with the name word after them are one LOC', () => {
    expect(mentions('وتقام القرعة في سانت بيترسبورج الروسية.')).toEqual(['LOC:سانت بيترسبورج']);
    expect(mentions('وعاش الممثل في مدينة لوس أنجلس سنوات.')).toEqual(['LOC:لوس أنجلس']);
  });

  it('لسان (tongue) is no place, nor is it one before a person', () => {
    const where = (text: string) => analyse(text).entities.filter((e) => e.type === 'LOC').map((e) => e.name);
    expect(where('وجاء التأكيد على لسان «المتحدث» أمس.')).toEqual([]);
  });
});


describe('an event named in parentheses after an indefinite event head (quotedEvents)', () => {
  it('مهرجان (…) and حملة (…) give the name inside, MISC; a count in parentheses gives nothing', () => {
    expect(mentions('وتنطلق الفعاليات بمهرجان (الوجه وجهتنا) الشهر المقبل.')).toEqual(['MISC:الوجه وجهتنا']);
    expect(mentions('وأطلقت الجمعية حملة (معا نقرأ) للأطفال.')).toEqual(['MISC:معا نقرأ']);
    expect(mentions('وخلفت العملية (22) قتيلا.')).toEqual([]);
  });
});

describe('a quoted title after a noun for a work is one MISC, names inside it included (quoted-works.ts)', () => {
  it('a book named after a person, a film named after a place', () => {
    expect(mentions('وكتبت الباحثة في كتاب «مارك توين والثقافة الأميركية» فصلا كاملا.')).toEqual([
      'MISC:مارك توين والثقافة الأميركية',
    ]);
    expect(mentions('وعرض فيلم «لورنس العرب» سنة 1962 لأول مرة.')).toEqual(['MISC:لورنس العرب']);
  });
});

describe('a seminar named in quotes (quotedEvents heads: ندوة, guide rule 25)', () => {
  it('ندوة «…» gives the quoted name, MISC, over the place inside it', () => {
    expect(mentions('وتحتضن الخيمة ندوة «الشعر العربي في إسبانيا» مساء اليوم.')).toEqual([
      'MISC:الشعر العربي في إسبانيا',
    ]);
  });
});
