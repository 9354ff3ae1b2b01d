import events from '../../lexicon/events.json' with { type: 'json' };
import type { EventType } from '../../doc/types.ts';
import { matchKey, PhraseMatcher, wordSet } from '../../text/phrases.ts';

export type VerbTense = 'past' | 'present' | 'noun';

export interface Trigger {
  type: EventType;
  tense: VerbTense;
}

/** Trigger words and phrases (`اتصال هاتفي`), matched over the shared tokens with their clitic forms. */
export const TRIGGERS = new PhraseMatcher<Trigger>();
/** Present-tense trigger verbs by folded word: after the future سـ (سيلتقي) they announce a plan. */
export const PRESENT_TRIGGERS = new Map<string, EventType>();
for (const [type, t] of Object.entries(events.triggers) as [EventType, { past: string[]; present: string[]; nouns: string[]; phrases?: string[] }][]) {
  t.past.forEach((w) => TRIGGERS.add(w, { type, tense: 'past' }));
  t.present.forEach((w) => {
    TRIGGERS.add(w, { type, tense: 'present' });
    if (!PRESENT_TRIGGERS.has(matchKey(w))) PRESENT_TRIGGERS.set(matchKey(w), type);
  });
  t.nouns.forEach((w) => TRIGGERS.add(w, { type, tense: 'noun' }));
  (t.phrases ?? []).forEach((w) => TRIGGERS.add(w, { type, tense: 'noun' }));
}

const set = wordSet;
export const TRIP_NOUNS = set(events.tripNouns);
export const NOT_EVENT_AFTER = set(events.notEventAfter);
export const PLANNED_CUES = set(events.plannedCues);
export const CANCELLED_CUES = set(events.cancelledCues);
export const HAPPENED_CUES = set(events.happenedCues);
export const HAPPENED_NOT_VERBS = set(events.happenedNotVerbs);
export const LIGHT_VERBS = set(events.lightVerbs);
export const PRESENT_VERBS = set(events.presentVerbs);
export const LEFT_BOUNDARIES = set(events.leftBoundaries);
export const RIGHT_STOPS = set(events.rightStops);
export const PLACE_PREPS = set(events.placePreps);
export const PLACE_HEADS = set(events.placeHeads);
export const FUTURE_PARTICLES = set(events.futureParticles);
export const LABELS = events.labels as Record<EventType, string>;
export const LABELS_EN = events.labelsEn as Record<EventType, string>;

/** The trigger verbs of every event type as written, past and present (not the nouns), for entities/verbs.ts. */
export function triggerVerbs(): string[] {
  return Object.values(events.triggers as Record<string, { past: string[]; present: string[] }>).flatMap((t) => [...t.past, ...t.present]);
}
