import { roleText } from '../doc/types.ts';
import type { Entity, MarsadDocument } from '../doc/types.ts';
import type { EventReport, StoredArticle } from '../store/types.ts';
import { html, type SafeHtml } from './escape.ts';
import { renderMarked, type Mark } from './highlight.ts';
import { ENTITY_TYPE_AR, EVENT_TYPE_AR, QUOTE_KIND_AR, STATUS_AR, entityHref, fmtDate } from './layout.ts';
import { describeSource } from './i18n.ts';

/** Provenance in words, then the technical id on its own line (for bug reports and `marsad explain`). */
function how(source: string): string[] {
  return [`كيف عُرف: ${describeSource(source)}`, `المعرّف التقني: ${source}`];
}

export interface PanelEntity {
  id: string;
  key: string;
  type: Entity['type'];
  name: string;
  en: string | null;
  mentions: number;
  roles: string[];
  /** Element id of the first highlighted mention. */
  anchor: string | null;
}

export interface PanelQuote {
  kind: 'direct' | 'indirect';
  text: string;
  speaker: { name: string; key: string | null; en: string | null } | null;
  cue: string | null;
  source: string;
  anchor: string;
}

export interface PanelEvent {
  type: string;
  status: string;
  trigger: string;
  date: string | null;
  participants: Array<{ key: string; name: string }>;
  place: { key: string; name: string } | null;
  source: string;
  anchor: string;
  /** What every article that reports this event said of it (store/events.ts); [] when unknown. */
  history: EventReport[];
}

export interface ArticleView {
  article: StoredArticle;
  panel: { people: PanelEntity[]; others: PanelEntity[]; quotes: PanelQuote[]; events: PanelEvent[] };
}

function speakerOf(doc: MarsadDocument, q: MarsadDocument['quotes'][number]): PanelQuote['speaker'] {
  const e = q.speaker.entity ? doc.entities.find((x) => x.id === q.speaker.entity) : undefined;
  if (e) return { name: e.name, key: e.key, en: e.en };
  if (q.speaker.text) return { name: q.speaker.text.text, key: null, en: null };
  return null;
}

/**
 * Element id of quote `i`: `q-at-<start offset>` so search hits and the quotes explorer can link
 * straight to it, unless two quotes start at the same offset.
 */
export function quoteAnchor(doc: MarsadDocument, i: number): string {
  const start = doc.quotes[i]!.text.start;
  return doc.quotes.findIndex((q) => q.text.start === start) === i ? `q-at-${start}` : `q-${i}`;
}

/** The marks to highlight in an article, with tooltips naming type, English name, date, speaker and source. */
export function articleMarks(doc: MarsadDocument): Mark[] {
  const marks: Mark[] = [];
  doc.entities.forEach((e) => {
    e.mentions.forEach((m, i) => {
      marks.push({
        start: m.start,
        end: m.end,
        cls: `ent ent-${e.type}`,
        id: `m-${e.id}-${i}`,
        data: { key: e.key, kind: 'entity' },
        href: entityHref(e.key),
        tip: [
          `${ENTITY_TYPE_AR[e.type] ?? e.type}: ${e.name}`,
          e.en ? `بالإنجليزية: ${e.en}` : '',
          'انقر لصفحة الكيان',
          ...how(m.source || e.source),
        ].filter(Boolean),
      });
    });
  });
  doc.quotes.forEach((q, i) => {
    const sp = speakerOf(doc, q);
    const speaker = sp ? `المتحدث: ${sp.name}${sp.en ? ` (${sp.en})` : ''}` : 'المتحدث: غير معروف';
    marks.push({
      start: q.text.start,
      end: q.text.end,
      cls: `quote quote-${q.kind}`,
      id: quoteAnchor(doc, i),
      data: { kind: 'quote' },
      tip: [QUOTE_KIND_AR[q.kind] ?? q.kind, speaker, q.cue ? `فعل القول: ${q.cue.text}` : '', ...how(q.source)].filter(Boolean),
    });
    if (q.speaker.text) {
      marks.push({
        start: q.speaker.text.start,
        end: q.speaker.text.end,
        cls: 'speaker',
        id: `qs-${i}`,
        data: { kind: 'speaker' },
        tip: [`قائل الاقتباس ${i + 1}`, speaker, ...how(q.source)],
      });
    }
    if (q.cue) {
      marks.push({
        start: q.cue.start,
        end: q.cue.end,
        cls: 'cue',
        id: `qc-${i}`,
        data: { kind: 'cue' },
        tip: [`فعل القول للاقتباس ${i + 1}`, speaker, ...how(q.source)],
      });
    }
  });
  doc.times.forEach((t, i) => {
    marks.push({
      start: t.start,
      end: t.end,
      cls: `time time-${t.type}`,
      id: `t-${i}`,
      data: { kind: 'time', value: t.value },
      tip: [
        'تعبير زمني',
        `القيمة: ${t.value}${fmtDate(t.value) !== t.value ? ` — ${fmtDate(t.value)}` : ''}`,
        t.anchor ? `حُسب نسبةً إلى: ${t.anchor}` : '',
        t.hijri ? `هجري: ${t.hijri}` : '',
        ...how(t.source),
      ].filter(Boolean),
    });
  });
  doc.events.forEach((ev, i) => {
    const names = ev.participants.map((id) => doc.entities.find((e) => e.id === id)?.name).filter(Boolean);
    const place = ev.place ? doc.entities.find((e) => e.id === ev.place)?.name : null;
    marks.push({
      start: ev.trigger.start,
      end: ev.trigger.end,
      cls: `event event-${ev.status}`,
      id: `ev-${i}`,
      data: { kind: 'event' },
      tip: [
        `${EVENT_TYPE_AR[ev.type] ?? ev.type} — ${STATUS_AR[ev.status] ?? ev.status}`,
        ev.time ? `التاريخ: ${ev.time.value}${fmtDate(ev.time.value) !== ev.time.value ? ` — ${fmtDate(ev.time.value)}` : ''}` : '',
        names.length ? `المشاركون: ${names.join('، ')}` : '',
        place ? `المكان: ${place}` : '',
        ...how(ev.source),
      ].filter(Boolean),
    });
  });
  return marks;
}

export function buildArticleView(article: StoredArticle): ArticleView {
  const doc = article.doc;
  const ents: PanelEntity[] = doc.entities.map((e) => ({
    id: e.id,
    key: e.key,
    type: e.type,
    name: e.name,
    en: e.en,
    mentions: e.mentions.length,
    roles: [...new Set(e.roles.map((r) => roleText(r)))],
    anchor: e.mentions.length ? `m-${e.id}-0` : null,
  }));
  ents.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'ar'));
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return {
    article,
    panel: {
      people: ents.filter((e) => e.type === 'PER'),
      others: ents.filter((e) => e.type !== 'PER'),
      quotes: doc.quotes.map((q, i) => ({
        kind: q.kind,
        text: q.text.text,
        speaker: speakerOf(doc, q),
        cue: q.cue?.text ?? null,
        source: q.source,
        anchor: quoteAnchor(doc, i),
      })),
      events: doc.events.map((ev, i) => ({
        type: ev.type,
        status: ev.status,
        trigger: ev.trigger.text,
        date: ev.time?.value ?? null,
        participants: ev.participants.flatMap((id) => {
          const e = byId.get(id);
          return e ? [{ key: e.key, name: e.name }] : [];
        }),
        place: ev.place && byId.get(ev.place) ? { key: byId.get(ev.place)!.key, name: byId.get(ev.place)!.name } : null,
        source: ev.source,
        anchor: `ev-${i}`,
        history:
          article.eventHistory?.find((h) => h.trigger.start === ev.trigger.start && h.trigger.end === ev.trigger.end)
            ?.history ?? [],
      })),
    },
  };
}

/** The article body with highlights, plus the hidden descriptions the highlights point to. */
export function renderArticleText(doc: MarsadDocument, hide: readonly string[] = []): SafeHtml {
  const marks = articleMarks(doc);
  const body = renderMarked(doc.text, marks);
  const descs = marks.map((m) => html`<li id="${m.id}-d">${m.tip.join(' · ')}</li>`);
  const cls = ['article-text', ...hide.map((h) => `hide-${h}`)].join(' ');
  return html`<div class="${cls}" dir="auto">${body}</div>
<ul class="tip-descriptions" hidden>${descs}</ul>`;
}
