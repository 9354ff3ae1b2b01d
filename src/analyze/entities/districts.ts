/**
 * A Yemeni district named by `مديرية` (name-heads.json `districts`): the head-noun rule reads
 * `مديرية` as a directorate, ORG, which it is before a field (`مديرية الأمن`, `مديرية أمن إسطنبول`,
 * `مديرية التربية`); before any other word it is the district, LOC with its head like `محافظة`
 * (guide rule 2): `مديرية لودر`، `مديرية حزم العدين`. The district's name is one word, or two where
 * the first has no article and the second has; what the head-noun rule ran on after it (an
 * adjective, a و-joined word, a ب phrase: `مديرية لودر [بمحافظة أبين]`) is cut off, a ب place
 * with a head of its own kept as a place. Read on unlabelled news, session 14.
 */
import { dropArticle, endsWithNisba, opensWithArticle } from '../../text/clitics.ts';
import { base, headOf } from './conventions.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const DISTRICT_RULE = 'rule:loc/district';

interface Districts {
  heads: Set<string>;
  fields: Set<string>;
}

function load(): Districts {
  return { heads: nameHeadsList('districts', 'heads'), fields: nameHeadsList('districts', 'fields') };
}

const bare = (w: WordTok | undefined): w is WordTok => !!w && w.kind === 'word' && w.moff === 0;

export function districts(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const d = entityResources().get(load);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      if (t[i] !== 'B-ORG' || t[i + 1] !== 'I-ORG' || !d.heads.has(base(ws[i]!))) continue;
      let end = i + 2;
      while (end < ws.length && t[end] === 'I-ORG') end++;
      // (the name is read whole: a word in construct carries no preposition, so `لودر` is no ل + ودر)
      const name = ws[i + 1]!;
      if (name.kind !== 'word' || d.fields.has(dropArticle(name.fold))) continue;
      // a second word in construct, not an adjective: `حزم العدين`, not `قعطبة الحدودية`
      const second = ws[i + 2];
      const construct = bare(second) && opensWithArticle(second.fold) && !endsWithNisba(second.fold);
      const e = !opensWithArticle(name.fold) && end > i + 2 && construct ? i + 3 : i + 2;
      for (let k = i; k < e; k++) t[k] = k === i ? 'B-LOC' : 'I-LOC';
      out.push({ s, a: i, b: e, rule: DISTRICT_RULE });
      // the rest: a place with its own head after ب stays a place; anything else names nothing here
      const rest = ws[e];
      const place = e < end && !!rest && rest.kind === 'word' && rest.moff > 0 && headOf(rest)?.type === 'LOC';
      for (let k = e; k < end; k++) t[k] = place ? (k === e ? 'B-LOC' : 'I-LOC') : 'O';
      if (place) out.push({ s, a: e, b: end, rule: DISTRICT_RULE });
      i = end - 1;
    }
  });
  return out;
}
