import events from '../../lexicon/events.json' with { type: 'json' };
import type { EventType } from '../../doc/types.ts';
import { fold } from '../time/norm.ts';

export type VerbTense = 'past' | 'present' | 'noun';

export interface TriggerEntry {
  type: EventType;
  tense: VerbTense;
  /** Folded words of the trigger (one for verbs and nouns, two for `اتصال هاتفي`). */
  words: string[];
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));

/** Trigger entries keyed by their first folded word. */
export const TRIGGERS = new Map<string, TriggerEntry[]>();
for (const [type, t] of Object.entries(events.triggers) as [EventType, { past: string[]; present: string[]; nouns: string[]; phrases?: string[] }][]) {
  const add = (w: string, tense: VerbTense): void => {
    const words = fold(w).split(' ');
    const list = TRIGGERS.get(words[0]!) ?? [];
    list.push({ type, tense, words });
    list.sort((a, b) => b.words.length - a.words.length);
    TRIGGERS.set(words[0]!, list);
  };
  t.past.forEach((w) => add(w, 'past'));
  t.present.forEach((w) => add(w, 'present'));
  t.nouns.forEach((w) => add(w, 'noun'));
  (t.phrases ?? []).forEach((w) => add(w, 'noun'));
}

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
export const FUTURE_PARTICLES = set(events.futureParticles);
export const LABELS = events.labels as Record<EventType, string>;
export const LABELS_EN = events.labelsEn as Record<EventType, string>;
