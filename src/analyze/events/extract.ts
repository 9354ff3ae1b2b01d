/**
 * News events (meetings, summits, visits, phone calls) from trigger words, with the people and
 * organisations of the trigger's clause, the place, the time and the status.
 *
 * The clause of a trigger runs back to the nearest boundary (أن، إن، الذي، a verb of saying, the
 * previous trigger) and forward to the next trigger, a purpose phrase (لمناقشة، لبحث…) or the end
 * of the sentence. Mentions of one event across the article (`القمة المقرر انعقادها`, `سيلتقي`,
 * `لقاء الخميس المقبل بين…`) are merged when their participants agree.
 */
import type { Entity, EventType, NewsEvent, Span, Token, TimeExpression } from '../../doc/types.ts';
import { hasForm as has, tokenForms, type TokenForms } from '../../text/phrases.ts';
import { hasProcliticOf } from '../../text/clitics.ts';
import { splitSentences } from '../../text/sentences.ts';
import { tokenize } from '../../text/tokenize.ts';
import { cmp, parseYMD } from '../time/calendar.ts';
import { valueRange } from '../time/range.ts';
import * as L from './lexicon.ts';

export interface EventInput {
  text: string;
  entities: readonly Entity[];
  times: readonly TimeExpression[];
  /** The document's tokens (`doc.tokens`); the whole text is tokenised when they are not given. */
  tokens?: readonly Token[];
  /** Sentence spans (`doc.sentences`); the whole text is split when they are not given. */
  sentences?: readonly Span[];
  /** The document's reference date (YYYY-MM-DD), for telling planned from past by the time. */
  anchor: string | null;
  /** The headline: a present-tense verb there (يستقبل، يبحث) reports what happened on the publication day. */
  headline?: Span | null;
}

/** A word or mark of the text (numbers are left out: they never bound a clause), with its forms. */
interface Tok extends TokenForms {
  start: number;
  end: number;
  sent: number;
}

interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

type Tense = 'past' | 'present' | 'future' | 'noun';

interface Draft {
  ev: NewsEvent;
  /** How sure the status is: 3 cancellation, 2 verb tense, 1 cue or time, 0 unknown. */
  strength: number;
  verb: boolean;
  order: number;
  /** A trip or tour (رحلة، جولة): never merged with the visits it contains. */
  trip: boolean;
  /** The time was not written in the clause but inherited (the sentence's date, the publication date). */
  inferred: boolean;
}

export function extractEvents(input: EventInput): NewsEvent[] {
  const { text } = input;
  const sents: [number, number][] = (input.sentences && input.sentences.length > 0 ? input.sentences : splitSentences(text, [])).map(
    (s) => [s.start, s.end],
  );
  const sentOf = (off: number): number => {
    for (let k = 0; k < sents.length; k++) if (off >= sents[k]![0] && off < sents[k]![1]) return k;
    return -1;
  };
  const all = input.tokens ?? tokenize(text);
  const allForms = tokenForms(all);
  /** Index in `all` of the token that holds offset `off`, or -1. */
  const tokenAt = (off: number): number => {
    let lo = 0;
    let hi = all.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = all[mid]!;
      if (off < t.start) hi = mid - 1;
      else if (off >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const toks: Tok[] = [];
  // Tokens and sentences are both in text order: one pass over the sentences for all tokens.
  let si = 0;
  all.forEach((t, k) => {
    if (t.kind === 'number') return;
    while (si < sents.length && sents[si]![1] <= t.start) si++;
    const sent = si < sents.length && sents[si]![0] <= t.start ? si : -1;
    const f = allForms[k]!;
    toks.push({ key: f.key, forms: f.forms, proclitics: f.proclitics, stem: f.stem, start: t.start, end: t.end, sent });
  });
  const mentions: Mention[] = input.entities
    .flatMap((e) => e.mentions.map((m) => ({ entity: e, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const anchor = parseYMD(input.anchor);

  // 1. Triggers.
  const triggers: { i: number; end: number; type: EventType; tense: Tense }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let found: { type: EventType; tense: Tense; n: number } | null = null;
    const m = L.TRIGGERS.matchAt(toks, i)[0];
    if (m) found = { type: m.value.type, tense: m.value.tense, n: m.end - m.start };
    else if (hasProcliticOf(t.proclitics, 'sin')) {
      // Future سـ + imperfect: سيلتقي، ستعقد.
      const type = L.PRESENT_TRIGGERS.get(t.stem);
      if (type) found = { type, tense: 'future', n: 1 };
    }
    if (!found) continue;
    if (has(L.NOT_EVENT_AFTER, toks[i + found.n])) continue; // لقاء السوبر: a match
    let tense = found.tense;
    if (tense === 'present' && L.FUTURE_PARTICLES.has(toks[i - 1]?.key ?? '')) tense = 'future';
    triggers.push({ i, end: i + found.n, type: found.type, tense });
    i += found.n - 1;
  }

  // 2. One draft per trigger.
  const drafts: Draft[] = [];
  triggers.forEach((tr, k) => {
    const sent = toks[tr.i]!.sent;
    const prevEnd = k > 0 && triggers[k - 1]!.end <= tr.i && toks[triggers[k - 1]!.i]!.sent === sent ? triggers[k - 1]!.end : -1;
    let left = tr.i;
    while (left - 1 >= 0 && toks[left - 1]!.sent === sent && left - 1 >= prevEnd && tr.i - left < 16) {
      if (has(L.LEFT_BOUNDARIES, toks[left - 1])) break;
      left--;
    }
    const nextStart = k + 1 < triggers.length ? triggers[k + 1]!.i : toks.length;
    let right = tr.end;
    while (right < toks.length && toks[right]!.sent === sent && right < nextStart && right - tr.end < 18) {
      if (L.RIGHT_STOPS.has(toks[right]!.key) || has(L.LEFT_BOUNDARIES, toks[right])) break;
      right++;
    }
    const wStart = toks[left]!.start;
    const wEnd = toks[right - 1]!.end;
    const trigStart = toks[tr.i]!.start;
    const trigEnd = toks[tr.end - 1]!.end;
    const inWin = (m: { start: number; end: number }): boolean => m.start < wEnd && wStart < m.end && !(m.start < trigEnd && trigStart < m.end);

    // Participants: people of the clause; organisations when no person is named (قمة دول الساحل).
    // Before a noun, a name is the event's subject only through a light verb (أجرى الوزير اتصالاً);
    // otherwise it belongs to another verb (وطالب الكعبي بتأجيل… خلال القمة).
    const light = toks.slice(left, tr.i).some((t) => has(L.LIGHT_VERBS, t));
    const lightBetween = (m: Mention): boolean => light && m.start >= wStart;
    const win = mentions.filter(inWin);
    const cand = win.filter((m) => tr.tense !== 'noun' || m.start >= trigEnd || lightBetween(m));
    let parts = cand.filter((m) => m.entity.type === 'PER');
    if (parts.length === 0 && tr.type !== 'visit') parts = cand.filter((m) => m.entity.type === 'ORG');
    if (parts.length === 0 && tr.type === 'visit') {
      // A trip's stops (`تتضمن محطة في…`, `ثم زيارة…`) belong to the traveller named earlier in the sentence.
      let b = tr.i - 1;
      while (b >= 0 && toks[b]!.sent === sent && !has(L.LEFT_BOUNDARIES, toks[b])) b--;
      const from = b >= 0 ? toks[b]!.end : 0;
      const before = mentions.filter((m) => m.entity.type === 'PER' && m.start >= from && m.end <= trigStart && sentOf(m.start) === sent);
      if (before.length > 0) parts = [before[before.length - 1]!];
    }
    const participants = [...new Set(parts.map((m) => m.entity.id))];

    // Place: a place named after في/إلى (or with ب attached) in the clause, after the trigger first.
    const isPrepped = (m: Mention): boolean => {
      const k = tokenAt(m.start);
      if (k < 0) return false;
      // بجنيف: the preposition glued to the name (inside or just before the mention).
      if (hasProcliticOf(allForms[k]!.proclitics, 'ba')) return true;
      if (all[k]!.start !== m.start) return false;
      if (has(L.PLACE_PREPS, allForms[k - 1])) return true;
      // في العاصمة الفرنسية باريس، إلى مدينة جدة: a generic place noun (and one adjective) between.
      for (const h of [k - 1, k - 2]) {
        if (h < 1 || !has(L.PLACE_HEADS, allForms[h]) || all[h]!.kind !== 'word') continue;
        if (h === k - 2 && all[k - 1]!.kind !== 'word') continue;
        if (has(L.PLACE_PREPS, allForms[h - 1]) || hasProcliticOf(allForms[h]!.proclitics, 'ba')) return true;
      }
      return false;
    };
    const locs = win.filter((m) => m.entity.type === 'LOC');
    const after = locs.filter((m) => m.start >= trigEnd && isPrepped(m));
    const beforeL = locs.filter((m) => m.end <= trigStart && isPrepped(m));
    // زار الوزير بيروت: a visit verb takes its destination as a direct object, without a preposition.
    const object = tr.type === 'visit' && tr.tense !== 'noun' ? locs.find((m) => m.start >= trigEnd) : undefined;
    const placeM = after[0] ?? beforeL[beforeL.length - 1] ?? object ?? null;

    // Time: a dated expression in the clause, after the trigger first.
    const isDated = (t: TimeExpression): boolean => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);
    const dated = input.times.filter((t) => isDated(t) && t.start < wEnd && wStart < t.end);
    const timeE = dated.find((t) => t.start >= trigEnd) ?? dated[dated.length - 1] ?? null;
    const inHeadline = !!input.headline && trigStart >= input.headline.start && trigEnd <= input.headline.end;

    // Status.
    const clause = toks.slice(left, right);
    let status: NewsEvent['status'] = 'unknown';
    let strength = 0;
    // A past verb carries the event even when the trigger is a noun (عقد الوزيران اجتماعاً، جرت محادثات).
    let pastVerb = tr.tense === 'past';
    if (clause.some((t) => has(L.CANCELLED_CUES, t))) {
      status = 'cancelled';
      strength = 3;
    } else if (tr.tense === 'present' && inHeadline && !toks.slice(Math.max(0, tr.i - 4), right).some((t) => t.sent === sent && has(L.PLANNED_CUES, t))) {
      // A headline in the present tense (الوزير يستقبل نظيره) reports the day's news.
      status = 'happened';
      strength = 2;
    } else if (tr.tense === 'future' || tr.tense === 'present') {
      status = 'planned';
      strength = 2;
    } else if (tr.tense === 'past') {
      status = 'happened';
      strength = 2;
    } else if (clause.some((t) => has(L.PLANNED_CUES, t)) || clause.some((t) => hasProcliticOf(t.proclitics, 'sin') && L.TRIGGERS.startsWith(t.stem))) {
      status = 'planned';
      strength = 1;
    } else if (toks.slice(left, Math.min(right, tr.end + 2)).some((t) => has(L.HAPPENED_CUES, t))) {
      // A past light verb before the noun (عقد الوزيران اجتماعاً) or right after it (محادثات أجراها).
      status = 'happened';
      strength = 1;
      pastVerb = toks.slice(left, Math.min(right, tr.end + 2)).some((t) => has(L.HAPPENED_CUES, t) && !has(L.HAPPENED_NOT_VERBS, t));
    } else if (clause.some((t) => has(L.PRESENT_VERBS, t))) {
      status = 'planned';
      strength = 1;
    }
    if (strength < 1 && timeE && anchor) {
      const r = valueRange(timeE.value);
      if (r && cmp(r[0], anchor) > 0) [status, strength] = ['planned', 1];
      else if (r && cmp(r[1], anchor) < 0) [status, strength] = ['happened', 1];
    }

    // Undated: the date governing the sentence (the last one before the trigger, else the first
    // after), else the publication date for what a past verb or a present headline reports.
    let time: NewsEvent['time'] = timeE ? { value: timeE.value, span: { start: timeE.start, end: timeE.end, text: timeE.text } } : null;
    let inferred = false;
    if (!time) {
      const inSent = input.times.filter((t) => isDated(t) && sentOf(t.start) === sent && sent >= 0);
      const gov = inSent.filter((t) => t.end <= trigStart).at(-1) ?? inSent.find((t) => t.start >= trigEnd) ?? null;
      if (gov) time = { value: gov.value, span: { start: gov.start, end: gov.end, text: gov.text } };
      else if (input.anchor && status === 'happened' && (pastVerb || inHeadline)) time = { value: input.anchor, span: null };
      inferred = !!time;
    }

    const ev: NewsEvent = {
      type: tr.type,
      trigger: { start: trigStart, end: trigEnd, text: text.slice(trigStart, trigEnd) },
      participants,
      place: placeM ? placeM.entity.id : null,
      time,
      status,
      source: `rule:event/${tr.type}-${tr.tense === 'noun' ? 'noun' : 'verb'}`,
    };
    // Coordinated stops of one trip (`وتشمل توقفاً…، لحضور قمة…، ثم زيارة…`) share the status of the
    // mention before them in the sentence when they have no evidence of their own.
    const prev = drafts[drafts.length - 1];
    if (strength === 0 && prev && prev.strength > 0 && toks[triggers[prev.order]!.i]!.sent === sent) {
      status = prev.ev.status;
      strength = 0.5;
      ev.status = status;
    }
    drafts.push({ ev, strength, verb: tr.tense !== 'noun', order: k, trip: has(L.TRIP_NOUNS, toks[tr.i]), inferred });
  });

  // 3. Drop mentions with nothing to say; merge mentions of the same event.
  const kept = drafts.filter((d) => d.ev.participants.length > 0 && (d.ev.type !== 'visit' || d.ev.participants.some((p) => input.entities.find((e) => e.id === p)?.type === 'PER')));
  const merged: Draft[] = [];
  for (const d of kept) {
    const same = merged.find((m) => m.trip === d.trip && compatible(m.ev, d.ev, m.inferred || d.inferred));
    if (!same) {
      merged.push({ ...d, ev: { ...d.ev, participants: [...d.ev.participants] } });
      continue;
    }
    mergeInto(same, d);
  }
  return merged.sort((a, b) => a.ev.trigger.start - b.ev.trigger.start).map((d) => d.ev);
}

const FAMILY: Record<EventType, string> = { meeting: 'm', summit: 'm', visit: 'v', call: 'c', other: 'o' };

function timeCompatible(a: NewsEvent['time'], b: NewsEvent['time']): boolean {
  if (!a || !b) return true;
  const ra = valueRange(a.value);
  const rb = valueRange(b.value);
  if (!ra || !rb) return a.value === b.value;
  const inside = (x: typeof ra, y: typeof ra): boolean => cmp(x[0], y[0]) >= 0 && cmp(x[1], y[1]) <= 0;
  return inside(ra, rb) || inside(rb, ra);
}

function compatible(a: NewsEvent, b: NewsEvent, inferredTime = false): boolean {
  if (FAMILY[a.type] !== FAMILY[b.type]) return false;
  const pa = [...a.participants].sort().join(',');
  const pb = [...b.participants].sort().join(',');
  if (pa !== pb) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  // An inherited date is a guess: it never keeps two mentions of one event apart.
  return inferredTime || timeCompatible(a.time, b.time);
}

function span(r: NonNullable<NewsEvent['time']>): number {
  const x = valueRange(r.value);
  return x ? (x[1].y - x[0].y) * 400 + (x[1].m - x[0].m) * 31 + (x[1].d - x[0].d) : 1e9;
}

function mergeInto(into: Draft, d: Draft): void {
  const a = into.ev;
  const b = d.ev;
  a.place ??= b.place;
  if (b.time && !d.inferred && (!a.time || into.inferred || span(b.time) < span(a.time))) {
    a.time = b.time;
    into.inferred = false;
  } else if (b.time && !a.time) {
    a.time = b.time;
    into.inferred = true;
  }
  if (d.strength > into.strength) {
    a.status = b.status;
    into.strength = d.strength;
  }
  // The verb mention names the event best (`سيلتقي` is a meeting even when the article also says القمة).
  if (d.verb && !into.verb) {
    a.type = b.type;
    a.trigger = b.trigger;
    a.source = b.source;
    into.verb = true;
  }
}
