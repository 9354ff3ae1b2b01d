/**
 * An institution named in full as the archive names it (issue #14, "learning from unlabelled
 * news"; session 14): names the tagger cuts short at the end (`[المؤسسة العامة للتدريب] التقني
 * والمهني`), cuts at the start (`هيئة [الهلال الأحمر] السعودي`) or misses. Institution names
 * recur verbatim across the news with a stable end, so the runs of words that open with an ORG head
 * noun, recur in many articles and are followed by no one word most of the time are learned from
 * unlabelled news (learned-orgs.json, built by scripts/build-learned-orgs.ts). Where the text
 * writes one in full and the tags there are nothing, an organisation over a prefix of it, or places
 * and persons inside it, the whole learned name becomes the organisation (the longest one learned).
 */
import { learnedNameRule } from './learned-at.ts';

export const LEARNED_ORG_RULE = 'rule:org/learned-name';

// a two-word run is often an everyday phrase (`حركة الملاحة`, `مركز المقابلات`): it only widens a name found
const rule = learnedNameRule({
  file: 'learned-orgs.json',
  type: 'ORG',
  rule: LEARNED_ORG_RULE,
  miscStopsInside: true,
  minWordsAlone: 3,
});

/** Reads the learned names into the running resources, so that analysing reads no file (createPipeline). */
export const prepareLearnedOrgs = rule.prepare;

/** Tags are rewritten in place; the spans set are returned. */
export const learnedOrgs = rule.tag;
