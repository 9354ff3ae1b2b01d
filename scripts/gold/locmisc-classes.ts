/**
 * Finer classes of the LOC and MISC errors of the entity evaluation, as COUNTS only (issue 14):
 * what a held-out place or named event/work the pipeline misses looks like, said without anybody
 * reading its text. As in org-classes.ts and per-classes.ts, every function answers with
 * `dimension:value` labels computed from the gold offsets, the predicted spans and the lexicons;
 * the caller only increments counters (scripts/eval-entities.ts --loc-classes, --misc-classes).
 */
import { type TypedSpan } from './entity-score.ts';
import { orgClassLists, orgMissLabels, wordKind, type OrgClassLists } from './org-classes.ts';
import { contextKind, letterBand, nameWordKind, perClassLists, type PerClassLists } from './per-classes.ts';
import { foldName, learnedList, LEXICON_DIR, nameHeadsJson, nameHeadsList, type Lexicons } from '../../src/analyze/entities/lexicon.ts';
import { has, wordsIn } from './words.ts';

/** The word lists the classes are judged by (folded with foldName), on top of the ORG and PER ones. */
export interface LocMiscLists {
  org: OrgClassLists;
  per: PerClassLists;
  /** heads of named events, works and programmes (name-heads.json quotedEvents, namedForums, eventSeasons) */
  eventHeads: Set<string>;
  /** heads a place's own name follows (name-heads.json learnedPlaces, quotedPlaces) */
  placeHeads: Set<string>;
  /** names of the lists' MISC entries (events.json and the like) */
  misc: Set<string>;
  /** places learned from the unlabelled news (learned-places.json) */
  learnedPlaces: Set<string>;
}

export function locMiscLists(lex: Lexicons): LocMiscLists {
  const f = (xs: Iterable<string>) => new Set([...xs].map(foldName));
  return {
    org: orgClassLists(lex, nameHeadsJson()),
    per: perClassLists(lex),
    eventHeads: f([...nameHeadsList('quotedEvents', 'heads'), ...nameHeadsList('namedForums', 'heads'), ...nameHeadsList('eventSeasons', 'heads')]),
    placeHeads: f([...nameHeadsList('learnedPlaces', 'heads'), ...nameHeadsList('quotedPlaces', 'heads')]),
    misc: f(lex.entities.filter((e) => e.type === 'MISC').flatMap((e) => [...e.names, ...e.aliases])),
    learnedPlaces: f(learnedList(LEXICON_DIR, 'learned-places.json', 'words')),
  };
}

/** A word's kind, the event and place heads first, then the ORG breakdown's kinds. */
export function locMiscWordKind(w: string, L: LocMiscLists): string {
  if (has(L.eventHeads, w)) return 'event-head';
  if (has(L.placeHeads, w)) return 'place-head';
  if (has(L.learnedPlaces, w)) return 'learned-place';
  return wordKind(w, L.org);
}

/** Which list knows the whole span, by the first that does. */
function knownAs(whole: string, L: LocMiscLists): string {
  if (has(L.org.places, whole)) return 'place';
  if (has(L.learnedPlaces, whole)) return 'learned-place';
  if (has(L.misc, whole)) return 'misc';
  if (has(L.org.orgs, whole) || has(L.org.orgsCommon, whole)) return 'org';
  if (has(L.org.persons, whole)) return 'person';
  return 'no';
}

/** Labels shared by a missed gold mention and a spurious prediction. */
function spanLabels(text: string, s: TypedSpan, L: LocMiscLists): string[] {
  const ws = wordsIn(text, s.start, s.end);
  const n = ws.length;
  const kinds = ws.map((w) => locMiscWordKind(w.w, L));
  const whole = text.slice(s.start, s.end);
  // the word before the span, whole (with a glued proclitic): a place head, an event head, a preposition…
  const prevWords = wordsIn(text, Math.max(0, s.start - 40), s.start);
  const prev = prevWords.at(-1);
  const prevKind = !prev ? 'none' : prev.end < s.start ? locMiscWordKind(prev.w, L) : /[\p{L}\p{M}]$/u.test(prev.w) ? 'proclitic' : 'mark';
  return [
    `words:${n >= 4 ? '4+' : n}`,
    `first:${kinds[0] ?? 'none'}`,
    `shape:${kinds.slice(0, 3).join('+')}${n > 3 ? '+…' : ''}`,
    `known:${knownAs(whole, L)}`,
    `nameWords:${ws.map((w) => nameWordKind(w.w, L.per)).slice(0, 2).join('+')}`,
    `letters:${ws[0] ? letterBand(ws[0].w) : 'none'}`,
    `number:${/\p{N}/u.test(whole) ? 'yes' : 'no'}`,
    `prevWord:${prevKind}`,
    `before:${contextKind(text, prev && prev.end === s.start ? prev.start : s.start, 'before', L.per)}`,
    `after:${contextKind(text, s.end, 'after', L.per)}`,
  ];
}

/**
 * Labels of one missed gold LOC or MISC mention (spans already past the guide's start rule);
 * `others` are the article's other gold mentions of the same entity with whether each was found.
 * The cut and overlap labels are the ORG breakdown's (they say nothing of the type).
 */
export function locMiscMissLabels(text: string, g: TypedSpan, pred: TypedSpan[], L: LocMiscLists, others: readonly { found: boolean }[] = []): string[] {
  const shared = new Set(['words', 'first', 'firstShape', 'known', 'inLongerGold']);
  const org = orgMissLabels(text, g, pred, L.org).filter((l) => !shared.has(l.split(':')[0]!));
  return [
    ...spanLabels(text, g, L),
    ...org,
    `elsewhere:${others.length === 0 ? 'only-mention' : others.some((o) => o.found) ? 'found-there' : 'missed-there'}`,
    // how many mentions the entity has: a class of 11 may be one name written 11 times
    `mentions:${others.length + 1 >= 5 ? '5+' : others.length + 1}`,
  ];
}

/** Labels of one spurious LOC or MISC prediction (it overlaps no gold mention). */
export function locMiscSpuriousLabels(text: string, p: TypedSpan, L: LocMiscLists): string[] {
  return spanLabels(text, p, L);
}
