/**
 * A quoted name right after a head noun for a place (name-heads.json `quotedPlaces`: `مدينة
 * "…"`, `جبل «…»`, `مديرية "…"`) is that place, LOC, the quoted words only (guide rule 25; the
 * head stays outside, as with `قناة "…"`). The tagger reads such names as anything (a village as
 * a person, a town as a product) or not at all (read on unlabelled news, session 13: محافظة «…»,
 * مديرية "…" twice, جبل "…" twice, بلدة «…», مدينة "…", قرية "…", حي "…" in 1,200 articles).
 */
import { base, QUOTE_MARKS } from './conventions.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import type { WordTok } from './roles.ts';
import type { RuleSpan } from '../ner/finish.ts';

export const QUOTED_PLACE_RULE = 'rule:loc/quoted-place';

/** The most words a quoted place name runs to. */
const MAX_WORDS = 4;

function heads(): Set<string> {
  return nameHeadsList('quotedPlaces', 'heads');
}

export function quotedPlaces(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const hs = entityResources().get(heads);
  const out: RuleSpan[] = [];
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let q = 1; q + 2 < ws.length; q++) {
      if (!QUOTE_MARKS.has(ws[q]!.text)) continue;
      const h = ws[q - 1]!;
      // (the head alone, not the end of a longer name: `[مستشفى مدينة] "…"` is not a place head)
      if (h.kind !== 'word' || !hs.has(base(h)) || t[q - 1]!.startsWith('I-') || t[q]!.startsWith('I-')) continue;
      const a = q + 1;
      let b = a;
      while (b < ws.length && b - a < MAX_WORDS && ws[b]!.kind === 'word') b++;
      if (b === a || b >= ws.length || !QUOTE_MARKS.has(ws[b]!.text)) continue;
      // (a name the tagger ran across the closing mark is not inside the quotes)
      if (t[b]!.startsWith('I-')) continue;
      if (t[q - 1] !== 'O') t[q - 1] = 'O';
      for (let k = a; k < b; k++) t[k] = k === a ? 'B-LOC' : 'I-LOC';
      out.push({ s, a, b, rule: QUOTED_PLACE_RULE });
      q = b;
    }
  });
  return out;
}
