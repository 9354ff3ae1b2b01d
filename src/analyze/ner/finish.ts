/**
 * What runs on the tagger's output before anyone reads it, the same for `marsad tag`, for
 * `train-ner`'s dev scores and for the entities stage: document-level propagation, quoted titles,
 * the context rules (persons the gazetteer knows in full, head + adjective organisations, a place
 * + masculine nationality as a club, a nationality left out of a one-word organisation) and one
 * type per name and document. Each rule records the spans it set, so the entities stage can name
 * the rule as the mention's source. The context rules that find names also run between the
 * tagger's two passes (`firstPassRules`), so the second pass counts what they found.
 */
import { gazetteerView, PHRASE_CLASSES } from './features.ts';
import { TAG_INDEX, TAGS, type SentenceSpan } from './tags.ts';
import type { RuleModel } from './rule-model.ts';
import { propagate, propagateWindows } from './propagate.ts';
import { markQuotedTitles, TITLE_RULE } from './titles.ts';
import { HEAD_ADJECTIVE_RULE, markHeadAdjectives, mayBePair } from './head-pairs.ts';
import { CITY_TEAM_RULE, ORG_NATIONALITY_RULE, retypeCityTeams, trimOrgNationality } from './city-teams.ts';
import { TYPE_VOTE_RULE, voteTypes, voteTypesWindows } from './type-vote.ts';

const heads = new WeakMap<RuleModel, Set<string>>();
function headSet(model: RuleModel): Set<string> {
  let h = heads.get(model);
  if (!h) heads.set(model, (h = new Set(model.info.headAdjectives ?? [])));
  return h;
}

export const KNOWN_PERSON_RULE = 'rule:person/known-full-name';
const PER_CLASS = PHRASE_CLASSES.indexOf('PER');

export interface RuleSpan extends SentenceSpan {
  rule: string;
}

/**
 * A person's name the gazetteer knows as a phrase (`بان كي مون`) is tagged in full where the
 * tagger found only part of it (`كي مون`), when nothing of another type is inside and the
 * tagger's chunk does not run past the phrase. Only persons: for places and organisations the
 * lists include heads that the annotation conventions leave out (`قطاع غزة`, `صحيفة هآرتس`).
 */
export function completeKnownPersons(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: string[][],
  /** the gazetteer's phrase marks per sentence when the caller has them (the tagger's fast path) */
  phrases?: readonly Int8Array[],
): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    // only sentences with a person in them need the gazetteer's phrases
    if (!t.some((x) => x.endsWith('-PERS'))) return;
    const phrase = phrases?.[s] ?? gazetteerView(ws, model.gaz, model.clusters).phrase;
    const n = ws.length;
    for (let a = 0; a < n; a++) {
      if (phrase[a] !== PER_CLASS * 2) continue;
      let b = a + 1;
      while (b < n && phrase[b] === PER_CLASS * 2 + 1) b++;
      let some = false;
      let foreign = false;
      for (let k = a; k < b; k++) {
        if (t[k] === 'O') continue;
        if (t[k]!.slice(2) === 'PERS') some = true;
        else foreign = true;
      }
      if (!some || foreign || t[a] === 'I-PERS' || t[b] === 'I-PERS') continue;
      let whole = t[a] === 'B-PERS';
      for (let k = a + 1; k < b; k++) if (t[k] !== 'I-PERS') whole = false;
      if (whole) continue;
      t[a] = 'B-PERS';
      for (let k = a + 1; k < b; k++) t[k] = 'I-PERS';
      out.push({ s, a, b, rule: KNOWN_PERSON_RULE });
      a = b - 1;
    }
  });
  return out;
}

/**
 * Runs the rules over string tags (rewritten in place). `window`: propagate over windows of that
 * many sentences (a CoNLL stream has no document boundaries), else over all sentences as one
 * document.
 */
export function finishTags(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: string[][],
  window?: number,
  /** rules left out (their names, `PROPAGATE` for propagation): for ablations under cross-validation */
  skip?: ReadonlySet<string>,
): RuleSpan[] {
  const on = (rule: string) => !skip?.has(rule);
  if (on(PROPAGATE)) {
    if (window) propagateWindows(words, tags, window);
    else propagate(words, tags);
  }
  const titles = on(TITLE_RULE)
    ? markQuotedTitles(words, tags).map(({ s, a, b }) => ({ s, a, b, rule: TITLE_RULE }))
    : [];
  const context = contextRules(model, words, tags, undefined, skip);
  const trimmed = on(ORG_NATIONALITY_RULE)
    ? trimOrgNationality(model, words, tags).map((x) => ({ ...x, rule: ORG_NATIONALITY_RULE }))
    : [];
  const votes = on(TYPE_VOTE_RULE)
    ? (window ? voteTypesWindows(words, tags, window) : voteTypes(words, tags)).map((x) => ({
        ...x,
        rule: TYPE_VOTE_RULE,
      }))
    : [];
  return [...titles, ...context, ...trimmed, ...votes];
}

/** The name of document-level propagation in `finishTags`'s `skip` (it sets no spans of its own). */
export const PROPAGATE = 'propagate';

/** Every rule `finishTags` runs, by the name its spans carry. */
export const FINISH_RULES = [
  PROPAGATE,
  TITLE_RULE,
  KNOWN_PERSON_RULE,
  HEAD_ADJECTIVE_RULE,
  CITY_TEAM_RULE,
  ORG_NATIONALITY_RULE,
  TYPE_VOTE_RULE,
] as const;

/** The rules that find or retype a name from its context, in order; `phrases` as in completeKnownPersons. */
function contextRules(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: string[][],
  phrases?: readonly Int8Array[],
  skip?: ReadonlySet<string>,
): RuleSpan[] {
  const on = (rule: string) => !skip?.has(rule);
  const persons = on(KNOWN_PERSON_RULE) ? completeKnownPersons(model, words, tags, phrases) : [];
  const orgs = on(HEAD_ADJECTIVE_RULE) ? markHeadAdjectives(headSet(model), words, tags) : [];
  const teams = on(CITY_TEAM_RULE) ? retypeCityTeams(model, words, tags) : [];
  return [
    ...persons,
    ...orgs.map((x) => ({ ...x, rule: HEAD_ADJECTIVE_RULE })),
    ...teams.map((x) => ({ ...x, rule: CITY_TEAM_RULE })),
  ];
}

/**
 * The rules that name a span's type from its context (not propagation or votes) over first-pass
 * tag indices, rewritten in place: the second pass then counts what they set, so the other
 * mentions of a club or a bank in the document follow.
 */
export function firstPassRules(
  model: RuleModel,
  words: readonly (readonly string[])[],
  tags: readonly Uint8Array[],
  phrases?: readonly Int8Array[],
): void {
  // only sentences where a rule can fire are turned into strings (this runs inside the tagger):
  // a person tag, a place tag, or two words left O that may be a head and its adjective
  const heads = headSet(model);
  const pick: number[] = [];
  tags.forEach((t, s) => {
    const ws = words[s]!;
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (x >= 1 && x <= 4) return void pick.push(s); // B/I-PERS, B/I-LOC
      if (heads.size && x === 0 && t[i + 1] === 0 && mayBePair(ws[i]!, ws[i + 1]!)) return void pick.push(s);
    }
  });
  if (!pick.length) return;
  const w = pick.map((s) => words[s]!);
  const str = pick.map((s) => Array.from(tags[s]!, (x) => TAGS[x]!));
  contextRules(model, w, str, phrases && pick.map((s) => phrases[s]!));
  pick.forEach((s, k) => {
    const out = tags[s]!;
    const t = str[k]!;
    for (let i = 0; i < t.length; i++) out[i] = TAG_INDEX.get(t[i]!)!;
  });
}
