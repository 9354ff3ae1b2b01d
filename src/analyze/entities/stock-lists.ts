/**
 * Companies listed by their trading names after `أسهم شركات` in a market report (`وكانت أسهم
 * شركات [فيبكو] و[إعمار] و[أسمنت حائل] الأكثر ارتفاعا`): each name of the list is an ORG, whatever
 * the word means elsewhere (`تكوين`, `كيان`, `زين`) or the place it spells (`[الإنماء طوكيو
 * للتأمين]`, `[السعودية للتموين]`). Missed 16 times in one report of tune2; such lists stand in
 * about 50 articles of 6 days of more/ (session 15, issue #14). The heads and the words that end a
 * list are name-heads.json `stockLists`. A name is one to three words; the list ends at a word of
 * `ends`, at punctuation other than a comma, or at a longer run, and has two names or more.
 */
import { startsWithProclitic } from '../../text/clitics.ts';
import type { RuleSpan } from '../ner/finish.ts';
import { nameHeadsList } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { COMMA, nationality, type WordTok } from './roles.ts';

export const STOCK_LIST_RULE = 'rule:org/stock-list';

interface StockLists {
  /** two-word heads, folded and joined by a space (`اسهم شركات`) */
  heads: Set<string>;
  /** a conjunction written apart (`زين و بترورابغ`) */
  links: Set<string>;
  ends: Set<string>;
}

function build(): StockLists {
  return { heads: nameHeadsList('stockLists', 'heads'), links: nameHeadsList('stockLists', 'links'), ends: nameHeadsList('stockLists', 'ends') };
}

const MAX_WORDS = 3;
const isName = (w: WordTok | undefined): boolean => !!w && (w.kind === 'word' || w.kind === 'latin');
// (و opens the next name of the list: `وموبايلي`)
const conjoined = (w: WordTok): boolean => w.kind === 'word' && w.moff > 0 && startsWithProclitic(w.fold, 'waw');

/** The names of the list that starts at word i: [a, b) pairs, none when no full name is read. */
function listNames(ws: readonly WordTok[], i: number, c: StockLists): [number, number][] {
  const out: [number, number][] = [];
  let a = i;
  const ended = (w: WordTok) => c.ends.has(w.fold) || c.ends.has(w.mfold) || c.links.has(w.fold);
  while (a < ws.length && isName(ws[a]) && !ended(ws[a]!)) {
    let b = a + 1;
    while (b < ws.length && isName(ws[b]) && !conjoined(ws[b]!) && !ended(ws[b]!)) b++;
    if (b - a > MAX_WORDS) break;
    out.push([a, b]);
    // the list goes on after a comma, at a word with و, or after و written apart
    const next = ws[b];
    if (next && COMMA.has(next.text)) a = b + 1;
    else if (next && conjoined(next)) a = b;
    else if (next && next.kind === 'word' && c.links.has(next.fold)) a = b + 1;
    else break;
  }
  // (one name after the head is a sector, and so is a first one with a nationality: `أسهم شركات
  // البتروكيماويات السعودية، لافتًا إلى …`; a company's own may end a list: `وزين السعودية`)
  if (out.length < 2 || nationality(ws[out[0]![1] - 1]!.fold) !== undefined) return [];
  return out;
}

export function stockLists(words: readonly (readonly WordTok[])[], tags: string[][]): RuleSpan[] {
  const c = entityResources().get(build);
  const out: RuleSpan[] = [];
  if (!c.heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 2 < ws.length; i++) {
      if (ws[i]!.kind !== 'word' || ws[i + 1]!.kind !== 'word' || !c.heads.has(`${ws[i]!.mfold} ${ws[i + 1]!.fold}`)) continue;
      for (const [a, b] of listNames(ws, i + 2, c)) {
        for (let k = a; k < b; k++) t[k] = k === a ? 'B-ORG' : 'I-ORG';
        out.push({ s, a, b, rule: STOCK_LIST_RULE });
        i = b - 1;
      }
    }
  });
  return out;
}
