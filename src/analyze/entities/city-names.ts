/**
 * A name right after a head that only describes a place (name-heads.json nameAfter.descriptive:
 * `مدينة`, `بلدة`; guide rule 15) is the place, though the tagger read a foreign or unknown town
 * as a person: `مدينة [فيرغسون]`، `مدينة [جيلان بينار]`، `ومدينة [الصالح]`. The head stays outside
 * (rule 15). Not after a title (`مدينة الملك عبدالله`: a city named after a person, read by the
 * head-noun rule) nor for a person the lists know (a city named after a known man). Read on
 * unlabelled news, session 14 (5 in 1,450 articles of 8 study days).
 */
import { isDescriptiveHead } from './conventions.ts';
import { lookupName } from './names.ts';
import { titleAt, type WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const CITY_NAME_RULE = 'rule:loc/name-after-city';

export function cityNames(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      if (t[i] !== 'O' || t[i + 1] !== 'B-PERS' || !isDescriptiveHead(ws[i]!)) continue;
      let e = i + 2;
      while (e < ws.length && t[e] === 'I-PERS') e++;
      if (titleAt(ws, i + 1)) continue;
      if (lookupName(ws.slice(i + 1, e).map((w) => w.mfold).join(' '))?.type === 'PER') continue;
      for (let k = i + 1; k < e; k++) t[k] = k === i + 1 ? 'B-LOC' : 'I-LOC';
      out.push({ s, a: i + 1, b: e, rule: CITY_NAME_RULE });
      i = e - 1;
    }
  });
  return out;
}
