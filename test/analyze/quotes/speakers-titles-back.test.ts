/**
 * Speakers, session 15 (issue 15): a definite title without a name (الخبير، المحامي، الخبير
 * المصري في…، الوزير البحريني) refers back to the person who was speaking, not to the person the
 * article names most; and a nationality after a role or title is its adjective, never a name.
 * Read off unlabelled SaudiNewsNet days outside the sample (more/2015-07-21, 07-25, 08-04). The
 * sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyse, entity } from './helpers.ts';

const people = (t: string) => [
  entity(t, 'p1', 'PER', 'سالم الناصر', ['سالم الناصر']),
  entity(t, 'p2', 'PER', 'كريم العلي', ['كريم العلي']),
  entity(t, 'p3', 'PER', 'منصور التركي', ['منصور التركي']),
];
// The speaker's entity id where it has one, else its phrase.
const speakers = (t: string) => analyse(t, people).quotes.map((q) => [q.text.text, q.speaker.entity ?? q.speaker.text?.text ?? null]);

describe('a definite title without a name names the last person who spoke', () => {
  it('…كريم العلي… كريم العلي… وقال سالم الناصر… وأضاف الخبير: the expert who was speaking, not the person named most', () => {
    const t =
      'استقبل الرئيس كريم العلي الوفد. وأشاد كريم العلي بالتعاون. وقال الخبير سالم الناصر إن «الاتفاق مهم للمنطقة». وأضاف الخبير أن «التنفيذ سيبدأ قريبا».';
    expect(speakers(t).at(-1)).toEqual(['التنفيذ سيبدأ قريبا', 'p1']);
  });

  it('ويضيف الخبير المصري في شؤون الطاقة: a nationality after the title is no name; the expert who spoke goes on', () => {
    const t =
      'استقبل الرئيس كريم العلي الوفد. وأشاد كريم العلي بالتعاون. وقال الدكتور سالم الناصر إن «الأسعار مستقرة». ويضيف الخبير المصري في شؤون الطاقة: «الطلب سيرتفع قريبا».';
    expect(speakers(t).at(-1)).toEqual(['الطلب سيرتفع قريبا', 'p1']);
  });

  it('a family name that is also a nationality (اللواء التركي) is still the person who bears it', () => {
    const t = 'وقال اللواء منصور التركي إن «الوضع مستقر». وقال سالم الناصر إن «الطرق مفتوحة». وأضاف اللواء التركي أن «الدوريات مستمرة».';
    expect(speakers(t).at(-1)).toEqual(['الدوريات مستمرة', 'p3']);
  });
});

describe('a field adjective after a title is no name', () => {
  it('وأشار الباحث السياسي: the researcher who was speaking, not a person called السياسي', () => {
    const t = 'وقال الدكتور سالم الناصر، الباحث والكاتب، إن «الوضع معقد». وأشار الباحث السياسي إلى أن «الحل يحتاج وقتا».';
    expect(speakers(t).at(-1)).toEqual(['الحل يحتاج وقتا', 'p1']);
  });

  it('وقال الناشط السياسي + a name the entities stage missed: the name stays the speaker', () => {
    const t = 'وقال سالم الناصر إن «الوضع معقد». وقال الناشط السياسي جوان ماريك إن «المحاكمة ظالمة».';
    expect(speakers(t).at(-1)).toEqual(['المحاكمة ظالمة', 'جوان ماريك']);
  });
});

describe('a nationality right after a role is the role\'s adjective', () => {
  it('أوضح وزير بريطاني: the speaker is the whole phrase, not بريطاني', () => {
    const t = 'أوضح وزير بريطاني أمس أن «الحكومة ستدعم المستأجرين».';
    expect(speakers(t)).toEqual([['الحكومة ستدعم المستأجرين', 'وزير بريطاني']]);
  });
});
