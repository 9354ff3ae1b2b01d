/**
 * Named exhibitions, forums and conferences (guide rule 21: named festivals, forums and exhibitions
 * are MISC): `معرض الكتاب الدولي`, `ملتقى الشباب الثاني`, `منتدى جدة الاقتصادي`, `معرض الرياض
 * الدولي للكتاب`. Their heads (name-heads.json `namedForums`) are no heads of the head-noun rule:
 * they are as often a plain noun (`معرض الفن التشكيلي` 'an art show', `مؤتمر صحافي`, `في معرض
 * الرد` 'in the course of'), and a conference named by a place or a body is that place or body
 * (`مؤتمر [جنيف]`, `مؤتمر [مجلس العموم]`: rule 21's `تفجير تبوك`). So the head with definite
 * complements no one marked, or with a place the tagger found, is a name only where a mark of a
 * name follows it: an adjective of the list (`الدولي`), an edition (event-editions.ts), or, after
 * a place, a relational adjective or a field after لل. Read on unlabelled news, session 14.
 */
import { endsWithNisba, opensWithArticle } from '../../text/clitics.ts';
import { base, conventions } from './conventions.ts';
import { editionAt } from './event-editions.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { nationality, titleAt, type WordTok } from './roles.ts';
import { isKnownVerb } from './verbs.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const NAMED_FORUM_RULE = 'rule:misc/named-forum';

/** Definite complements a forum's name takes before its mark: `ملتقى الإعلام البترولي الثاني`. */
const MAX_COMPLEMENTS = 3;

interface Forums {
  heads: Set<string>;
  adjectives: Set<string>;
  notFirst: Set<string>;
}

function load(): Forums {
  return {
    heads: nameHeadsList('namedForums', 'heads'),
    adjectives: nameHeadsList('namedForums', 'adjectives'),
    notFirst: nameHeadsList('lamAfter', 'notFirst'),
  };
}

/** An unmarked word with no clitic. */
const plain = (w: WordTok | undefined, tag: string | undefined): w is WordTok =>
  !!w && tag === 'O' && w.kind === 'word' && w.moff === 0;

const definite = (f: string): boolean => opensWithArticle(f) && f.length > 3;

/** A definite noun no one marked that can be in a forum's name: no word of the sentence, no verb, no title. */
function complement(words: readonly WordTok[], tags: readonly string[], k: number): boolean {
  const w = words[k];
  if (!plain(w, tags[k]) || !definite(w.fold)) return false;
  const c = conventions();
  return !c.notComplements.has(w.fold) && nationality(w.fold) === undefined && !isKnownVerb(w.fold) && !titleAt(words, k, k + 1);
}

/** A field after لل (`للكتاب`): ل + the article, no word that opens a phrase of the sentence (`للعام`). */
function field(words: readonly WordTok[], tags: readonly string[], k: number, f: Forums): boolean {
  const w = words[k];
  if (!w || tags[k] !== 'O' || w.kind !== 'word' || w.moff === 0) return false;
  const b = base(w);
  return b !== w.mfold && definite(b) && !f.notFirst.has(b);
}

/** A relational adjective that is no nationality nor a word of the sentence (`الاقتصادي`, not `الذي`): after a place, it marks a name. */
function relational(words: readonly WordTok[], tags: readonly string[], k: number): boolean {
  const w = words[k];
  return (
    plain(w, tags[k]) && definite(w.fold) && endsWithNisba(w.fold) && nationality(w.fold) === undefined && !conventions().notComplements.has(w.fold)
  );
}

export function namedForums(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const f = entityResources().get(load);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 2 < ws.length; i++) {
      const w = ws[i]!;
      if (w.kind !== 'word' || t[i] !== 'O' || !f.heads.has(base(w))) continue;
      const head = base(w);
      let b = i + 1;
      const place = t[b] === 'B-LOC';
      if (place) {
        b++;
        while (b < ws.length && t[b] === 'I-LOC') b++;
      } else
        while (b - i <= MAX_COMPLEMENTS && complement(ws, t, b) && !f.adjectives.has(ws[b]!.fold) && !editionAt(ws, t, head, b)) b++;
      if (b === i + 1) continue;
      // the marks of a name, in the order the press writes them: `الدولي`, `للكتاب`, `الثاني`
      const end = b;
      if (plain(ws[b], t[b]) && (f.adjectives.has(ws[b]!.fold) || (place && relational(ws, t, b)))) b++;
      // (a field takes its own adjective: `للتحكيم التجاري`)
      if ((b > end || place) && field(ws, t, b, f)) b += relational(ws, t, b + 1) ? 2 : 1;
      b += editionAt(ws, t, head, b);
      if (b === end) continue;
      for (let k = i; k < b; k++) t[k] = k === i ? 'B-MISC' : 'I-MISC';
      out.push({ s, a: i, b, rule: NAMED_FORUM_RULE });
      i = b - 1;
    }
  });
  return out;
}
