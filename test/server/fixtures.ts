/**
 * Hand-built analysed documents (small fictional Arabic articles) for the route tests. Spans are
 * located by searching the text, so offsets are always consistent with `doc.text`.
 */
import { emptyArticle, sourced, span, type Entity, type MarsadDocument, type NewsEvent, type Quote, type TimeExpression } from '../../src/doc/types.ts';
import { newDocument } from '../../src/pipeline/pipeline.ts';

/** Offset of the n-th occurrence (0-based) of `needle` in `text`; throws when missing. */
export function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in text`);
  }
  return i;
}

export interface EntitySpec {
  id: string;
  key: string;
  type: Entity['type'];
  name: string;
  en: string | null;
  mentions: string[];
  roles?: string[];
}

export interface DocSpec {
  text: string;
  headline: string;
  published: string;
  entities?: EntitySpec[];
  quotes?: Array<{ kind: Quote['kind']; text: string; speaker: string | null; speakerText?: string; cue?: string }>;
  times?: Array<{ text: string; value: string; type?: TimeExpression['type'] }>;
  events?: Array<{ type: NewsEvent['type']; trigger: string; participants: string[]; place?: string; date?: string; status: NewsEvent['status'] }>;
}

export function makeDoc(spec: DocSpec): MarsadDocument {
  const t = spec.text;
  const doc = newDocument({ text: t }, { date: spec.published });
  const hs = at(t, spec.headline);
  const article = emptyArticle();
  article.headline = sourced(t, hs, hs + spec.headline.length, 'rule:structure/first-line');
  const ds = t.indexOf(spec.published);
  article.published = ds >= 0 ? { ...sourced(t, ds, ds + spec.published.length, 'rule:structure/date-line'), value: spec.published } : null;
  doc.article = article;
  doc.meta.referenceDate = spec.published;
  doc.entities = (spec.entities ?? []).map((e) => {
    const counts = new Map<string, number>();
    return {
      id: e.id,
      key: e.key,
      type: e.type,
      name: e.name,
      en: e.en,
      enSource: e.en ? 'lexicon' : null,
      roles: (e.roles ?? []).map((r) => {
        const s = at(t, r);
        return sourced(t, s, s + r.length, 'rule:roles/title-before-name');
      }),
      mentions: e.mentions.map((m) => {
        const n = counts.get(m) ?? 0;
        counts.set(m, n + 1);
        const s = at(t, m, n);
        return sourced(t, s, s + m.length, 'model:ner-perceptron');
      }),
      source: 'model:ner-perceptron',
    };
  });
  doc.quotes = (spec.quotes ?? []).map((q) => {
    const s = at(t, q.text);
    const st = q.speakerText ? at(t, q.speakerText) : -1;
    const c = q.cue ? at(t, q.cue) : -1;
    return {
      kind: q.kind,
      text: span(t, s, s + q.text.length),
      cue: q.cue ? span(t, c, c + q.cue.length) : null,
      speaker: { entity: q.speaker, text: q.speakerText ? span(t, st, st + q.speakerText.length) : null },
      via: null,
      source: q.kind === 'direct' ? 'rule:quotes/guillemets' : 'rule:quotes/qala-inna',
    };
  });
  doc.times = (spec.times ?? []).map((x) => {
    const s = at(t, x.text);
    return { ...span(t, s, s + x.text.length), type: x.type ?? 'DATE', value: x.value, anchor: spec.published, source: 'rule:times/relative-weekday' };
  });
  doc.events = (spec.events ?? []).map((e) => {
    const s = at(t, e.trigger);
    return {
      type: e.type,
      trigger: span(t, s, s + e.trigger.length),
      participants: e.participants,
      place: e.place ?? null,
      time: e.date ? { value: e.date, span: null } : null,
      status: e.status,
      source: 'rule:events/meeting-verb',
    };
  });
  return doc;
}

export const SUMMIT_TEXT = `قمة الواحة تبحث ملف المياه
الثلاثاء 15 يونيو 2021
الواحة - وكالة أنباء السهل
استقبل الرئيس سالم الكعبي أمس الاثنين وزيرة الخارجية ليلى حداد في قصر الواحة.
وقال الكعبي: «سنوقّع اتفاق المياه في 16 يونيو المقبل».
وأكدت حداد أن المحادثات كانت بنّاءة.`;

export function summitDoc(): MarsadDocument {
  return makeDoc({
    text: SUMMIT_TEXT,
    headline: 'قمة الواحة تبحث ملف المياه',
    published: '2021-06-15',
    entities: [
      { id: 'e1', key: 'per:salem-alkaabi', type: 'PER', name: 'سالم الكعبي', en: 'Salem Al-Kaabi', mentions: ['سالم الكعبي', 'الكعبي'], roles: ['الرئيس'] },
      { id: 'e2', key: 'per:layla-haddad', type: 'PER', name: 'ليلى حداد', en: 'Layla Haddad', mentions: ['ليلى حداد', 'حداد'], roles: ['وزيرة الخارجية'] },
      { id: 'e3', key: 'loc:al-waha', type: 'LOC', name: 'الواحة', en: 'Al-Waha', mentions: ['الواحة', 'الواحة'] },
    ],
    quotes: [
      { kind: 'direct', text: 'سنوقّع اتفاق المياه في 16 يونيو المقبل', speaker: 'e1', speakerText: 'الكعبي:', cue: 'وقال' },
      { kind: 'indirect', text: 'المحادثات كانت بنّاءة', speaker: 'e2', cue: 'وأكدت' },
    ],
    times: [
      { text: 'أمس الاثنين', value: '2021-06-14' },
      { text: '16 يونيو المقبل', value: '2021-06-16' },
    ],
    events: [
      { type: 'meeting', trigger: 'استقبل', participants: ['e1', 'e2'], place: 'e3', date: '2021-06-14', status: 'happened' },
      { type: 'other', trigger: 'سنوقّع', participants: ['e1'], date: '2021-06-16', status: 'planned' },
    ],
  });
}

/** Hostile article: markup, script, javascript: URLs and bidi overrides in the text itself. */
export const HOSTILE_TEXT = `<script>window.__pwned=1</script> خبر "><img src=x onerror="window.__pwned=2">
زوروا javascript:window.__pwned=3 أو <a href="javascript:alert(1)">هنا</a>
اسم الملف: \u202Efdp.exe\u202C والنص ' onmouseover='window.__pwned=4
2021-07-01`;

export function hostileDoc(): MarsadDocument {
  return makeDoc({
    text: HOSTILE_TEXT,
    headline: '<script>window.__pwned=1</script> خبر "><img src=x onerror="window.__pwned=2">',
    published: '2021-07-01',
    entities: [{ id: 'e1', key: 'per:"><svg onload=alert(1)>', type: 'PER', name: '<b>مجهول</b>', en: '"><img src=x onerror=alert(1)>', mentions: ['<script>'] }],
    quotes: [{ kind: 'direct', text: '<a href="javascript:alert(1)">هنا</a>', speaker: 'e1' }],
  });
}

/** An article announcing a signing in Al-Waha for 16 June (planned). */
export const SIGNING_PLAN_TEXT = `الكعبي يوقّع اتفاق المياه بعد غد
الاثنين 14 يونيو 2021
الواحة - وكالة أنباء السهل
أعلن مكتب الرئيس سالم الكعبي أنه سيوقّع اتفاق المياه في الواحة بعد غد.`;

export function signingPlanDoc(): MarsadDocument {
  return makeDoc({
    text: SIGNING_PLAN_TEXT,
    headline: 'الكعبي يوقّع اتفاق المياه بعد غد',
    published: '2021-06-14',
    entities: [
      { id: 'e1', key: 'per:salem-alkaabi', type: 'PER', name: 'سالم الكعبي', en: 'Salem Al-Kaabi', mentions: ['سالم الكعبي'], roles: ['الرئيس'] },
      { id: 'e2', key: 'loc:al-waha', type: 'LOC', name: 'الواحة', en: 'Al-Waha', mentions: ['الواحة', 'الواحة'] },
    ],
    times: [{ text: 'بعد غد', value: '2021-06-16' }],
    events: [{ type: 'other', trigger: 'سيوقّع', participants: ['e1'], place: 'e2', date: '2021-06-16', status: 'planned' }],
  });
}

/** The same signing, reported as done two days later by another paper. */
export const SIGNING_TEXT = `الكعبي يوقّع اتفاق المياه
الأربعاء 16 يونيو 2021
الواحة - صحيفة الضفة
وقّع الرئيس سالم الكعبي اليوم اتفاق المياه في الواحة بحضور وفود المحافظات.`;

export function signingDoc(): MarsadDocument {
  return makeDoc({
    text: SIGNING_TEXT,
    headline: 'الكعبي يوقّع اتفاق المياه',
    published: '2021-06-16',
    entities: [
      { id: 'e1', key: 'per:salem-alkaabi', type: 'PER', name: 'سالم الكعبي', en: 'Salem Al-Kaabi', mentions: ['سالم الكعبي', 'الكعبي'], roles: ['الرئيس'] },
      { id: 'e2', key: 'loc:al-waha', type: 'LOC', name: 'الواحة', en: 'Al-Waha', mentions: ['الواحة', 'الواحة'] },
    ],
    times: [{ text: 'اليوم', value: '2021-06-16' }],
    events: [{ type: 'other', trigger: 'وقّع', participants: ['e1'], place: 'e2', date: '2021-06-16', status: 'happened' }],
  });
}
