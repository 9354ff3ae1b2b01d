/**
 * An event, competition or award named in full as the archive names it (issue #14, MISC recall;
 * session 16): names the head-noun rule cuts at its complement (`[مهرجان أبها] يجمعنا`,
 * `[مهرجان بريدة] عاصمة التمور`) or the tagger misses (`جائزة لوحة وقصيدة`). Like institutions
 * (learned-orgs.ts), named events recur verbatim across the news with a stable end, so the runs of
 * three words or more that open with an event head, recur in many articles and are followed by no
 * one word most of the time are learned from unlabelled news (learned-events.json, built by
 * scripts/build-learned-events.ts). Where the text writes one in full and the tags there are
 * nothing, an event over a prefix of it, or places, persons and bodies inside it, the whole learned
 * name becomes the event (the longest one learned). Runs after the competition rules.
 */
import { learnedNameRule } from './learned-at.ts';

export const LEARNED_EVENT_RULE = 'rule:misc/learned-event';

const rule = learnedNameRule({
  file: 'learned-events.json',
  type: 'MISC',
  rule: LEARNED_EVENT_RULE,
  miscStopsInside: false,
  minWordsAlone: 0,
});

/** Reads the learned names into the running resources, so that analysing reads no file (createPipeline). */
export const prepareLearnedEvents = rule.prepare;

/** Tags are rewritten in place; the spans set are returned. */
export const learnedEvents = rule.tag;
