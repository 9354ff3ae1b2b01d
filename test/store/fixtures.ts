/**
 * Small fictional articles (written for these tests) turned into analysed documents by hand, so
 * the store is tested independently of how far the analysis stages have got.
 */
import { emptyArticle, sourced, span, type EntityType, type MarsadDocument, type NewsEvent, type QuoteStance } from '../../src/doc/types.ts';
import type { ArticleInfo } from '../../src/store/types.ts';

export interface FixtureEntity {
  id: string;
  key: string;
  type: EntityType;
  name: string;
  en: string | null;
  /** Surface strings; every occurrence in the text becomes a mention. */
  forms: string[];
  roles?: string[];
}

export interface Fixture {
  headline: string;
  body: string;
  published: string | null;
  site: string;
  url: string;
  entities?: FixtureEntity[];
  quotes?: Array<{ text: string; speaker: string | null; cue?: string; stance?: QuoteStance; target?: string[] }>;
  events?: Array<{ type: NewsEvent['type']; trigger: string; participants: string[]; place?: string; status: NewsEvent['status']; date?: string }>;
}

function all(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push(i);
  return out;
}

export function makeDoc(f: Fixture): { doc: MarsadDocument; info: ArticleInfo } {
  const text = `${f.headline}\n\n${f.body}`;
  const article = emptyArticle();
  article.headline = sourced(text, 0, f.headline.length, 'test:fixture');
  if (f.published) article.published = { ...sourced(text, 0, 0, 'test:fixture'), value: f.published };
  article.paragraphs = [sourced(text, f.headline.length + 2, text.length, 'test:fixture')];
  const entities = (f.entities ?? []).map((e) => {
    const mentions = e.forms.flatMap((form) => all(text, form).map((i) => sourced(text, i, i + form.length, 'test:fixture')));
    // Longer forms contain shorter ones: keep the outermost mention only.
    const kept = mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    const roles = (e.roles ?? []).flatMap((r) => all(text, r).slice(0, 1).map((i) => sourced(text, i, i + r.length, 'test:fixture')));
    return { id: e.id, key: e.key, type: e.type, name: e.name, en: e.en, enSource: e.en ? ('lexicon' as const) : null, roles, mentions: kept, source: 'test:fixture' };
  });
  const quotes = (f.quotes ?? []).map((q) => {
    const i = text.indexOf(q.text);
    if (i < 0) throw new Error(`quote not in text: ${q.text}`);
    const c = q.cue ? text.indexOf(q.cue) : -1;
    return {
      kind: 'direct' as const,
      text: span(text, i, i + q.text.length),
      cue: c >= 0 ? span(text, c, c + q.cue!.length) : null,
      speaker: { entity: q.speaker, text: null },
      via: null,
      source: 'test:fixture',
      ...(q.stance ? { stance: q.stance } : {}),
      ...(q.target ? { target: q.target } : {}),
    };
  });
  const events = (f.events ?? []).map((ev) => {
    const i = text.indexOf(ev.trigger);
    if (i < 0) throw new Error(`trigger not in text: ${ev.trigger}`);
    return {
      type: ev.type,
      trigger: span(text, i, i + ev.trigger.length),
      participants: ev.participants,
      place: ev.place ?? null,
      time: ev.date ? { value: ev.date, span: null } : f.published ? { value: f.published, span: null } : null,
      status: ev.status,
      source: 'test:fixture',
    };
  });
  const doc: MarsadDocument = {
    text,
    meta: { origin: f.url, encoding: 'utf-8', format: 'text', arabicRatio: 1, warnings: [], referenceDate: f.published },
    article,
    sentences: [],
    entities,
    quotes,
    times: [],
    events,
  };
  return { doc, info: { origin: f.url, url: f.url, site: f.site } };
}

export const PUTIN_FIXTURE: FixtureEntity = { id: 'e1', key: 'PER:putin', type: 'PER', name: 'فلاديمير بوتين', en: 'Vladimir Putin', forms: ['فلاديمير بوتين', 'بوتين'], roles: ['الرئيس الروسي'] };

export const ARTICLES: Fixture[] = [
  {
    headline: 'وفد تجاري يزور موسكو',
    body: 'زار وفد تجاري موسكو والكرملين أمس لبحث ملف الطاقة مع أوروبا. وقال رئيس الوفد إن المحادثات كانت مثمرة.',
    published: '2021-05-20',
    site: 'wire-a',
    url: 'https://example.test/a1',
  },
  {
    headline: 'بوتين يتوجه إلى جنيف',
    body: 'نقلت وكالة أنباء عن مصدر مقرب للكرملين أن الرئيس الروسي بوتين سيصل إلى جنيف الأسبوع المقبل.',
    published: '2021-06-01',
    site: 'wire-b',
    url: 'https://example.test/a2',
    entities: [{ ...PUTIN_FIXTURE, forms: ['بوتين'] }],
  },
  {
    headline: 'قمة في جنيف',
    body: 'وَصَلَ الرَّئِيسُ فلاديمير بوتين إلى جنيفَ لِلِقَاءِ الرئيس جو بايدن. وقال بايدن: «سنعمل معا من أجل السلام» في ختام اللقاء.',
    published: '2021-06-10',
    site: 'daily-c',
    url: 'https://example.test/a3',
    entities: [
      PUTIN_FIXTURE,
      { id: 'e2', key: 'PER:biden', type: 'PER', name: 'جو بايدن', en: 'Joe Biden', forms: ['جو بايدن', 'بايدن'] },
      { id: 'e3', key: 'LOC:geneva', type: 'LOC', name: 'جنيف', en: 'Geneva', forms: ['جنيفَ'] },
    ],
    quotes: [{ text: 'سنعمل معا من أجل السلام', speaker: 'e2', cue: 'وقال' }],
    events: [{ type: 'summit', trigger: 'لِلِقَاءِ', participants: ['e1', 'e2'], place: 'e3', status: 'happened' }],
  },
  {
    headline: 'الفريق يصل إلى النهائي',
    body: 'وصل الفريق إلى نهائي بطولة اوروبا للشباب بعد فوز صعب. وقال المدرب إن اللاعبين قدموا مباراة كبيرة.',
    published: '2021-07-02',
    site: 'sport-d',
    url: 'https://example.test/a4',
  },
];

/** A long wire story and a syndicated copy with another outlet's headline and a trimmed ending. */
export function wireCopies(): [Fixture, Fixture] {
  const body =
    'أعلنت وزارة الزراعة في بيان صدر صباح اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية تشمل توفير البذور والأسمدة بأسعار مخفضة ' +
    'وتقديم قروض ميسرة لمدة خمس سنوات. وأوضح البيان أن الخطة ستنفذ على ثلاث مراحل تبدأ الأولى في الشهر المقبل وتستهدف عشرة آلاف مزارع. ' +
    'وأشار إلى أن الوزارة ستفتح مكاتب جديدة في القرى لتسجيل المستفيدين ومتابعة التنفيذ مع السلطات المحلية والجمعيات التعاونية. ' +
    'وأكد الوزير أن الهدف هو رفع الإنتاج المحلي وتقليل الاعتماد على الاستيراد خلال السنوات القادمة.';
  const trimmed = body.slice(0, body.lastIndexOf('وأكد'));
  return [
    { headline: 'خطة لدعم المزارعين', body, published: '2021-08-01', site: 'wire-a', url: 'https://example.test/w1' },
    { headline: 'الزراعة تطلق خطة دعم جديدة', body: trimmed + ' وأكد الوزير أن الهدف هو رفع الإنتاج المحلي.', published: '2021-08-01', site: 'daily-c', url: 'https://example.test/w2' },
  ];
}
