/**
 * Organisation names made of a head noun and a relational adjective (`البنك المركزي`,
 * `البنك التجاري`, `الجهاد الإسلامي`): the tagger knows the head but not every adjective, and an
 * adjective such as التجاري is an ordinary word far more often than part of a name. Which heads
 * form names this way is learned from the training data (how often `ال<head> ال<adjective>ي`
 * is an organisation there), kept in the model, and applied to pairs the tagger left out.
 */
import type { SentenceSpan } from './tags.ts';
import { foldWord, stripArticle } from './features.ts';
import { firstLamAt } from '../../text/clitics.ts';
import { endsWithFeminineNisba, endsWithHa, endsWithYa } from '../../text/endings.ts';

export const HEAD_ADJECTIVE_RULE = 'rule:org/head-adjective';
/** A head must be seen this often in the pattern, and be an organisation this share of times. */
const MIN_COUNT = 4;
const MIN_RATE = 0.85;

/**
 * The folded word without و/ف and the article, or null when it has no article: `stripArticle`
 * removes two letters or more only when it finds the article (a conjunction alone is one).
 */
function definite(w: string): string | null {
  const f = foldWord(w);
  const s = stripArticle(f);
  return f.length - s.length >= 2 ? s : null;
}

/** A cheap test that `w1 w2` may be `ال<head> ال<adjective>ي`: no folding, no allocation. */
export function mayBePair(w1: string, w2: string): boolean {
  const last = w2.charCodeAt(w2.length - 1);
  if (
    last !== 0x064a &&
    last !== 0x0649 &&
    last !== 0x0629 &&
    last !== 0x0647 &&
    !(last >= 0x064b && last <= 0x0652)
  )
    return false;
  const l = firstLamAt(w1);
  return l >= 0 && l <= 3;
}

/**
 * The head of `w1 w2` when it is `ال<head> ال<adjective>ي/ية` with the adjective agreeing in
 * gender (a feminine head ends in ة), else null: in `متطلبات البنك الرأسمالية` the feminine
 * adjective belongs to the plural before البنك, not to البنك.
 */
export function headOfPair(w1: string, w2: string): string | null {
  // cheap rejections first: this runs on every pair of words the tagger left out
  if (!mayBePair(w1, w2)) return null;
  const h = definite(w1);
  const a = definite(w2);
  if (!h || !a || a.length < 4) return null;
  const femAdj = endsWithFeminineNisba(a);
  if (!femAdj && !endsWithYa(a)) return null;
  if (femAdj !== endsWithHa(h)) return null;
  return h;
}

export interface HeadStat {
  head: string;
  n: number;
  org: number;
}

/** Heads whose pairs are organisations in at least MIN_RATE of MIN_COUNT or more occurrences. */
export function learnHeadAdjectives(
  sents: readonly { words: readonly string[]; tags: readonly string[] }[],
): HeadStat[] {
  const stats = new Map<string, HeadStat>();
  for (const { words, tags } of sents) {
    for (let i = 0; i + 1 < words.length; i++) {
      const h = headOfPair(words[i]!, words[i + 1]!);
      if (!h) continue;
      let s = stats.get(h);
      if (!s) stats.set(h, (s = { head: h, n: 0, org: 0 }));
      s.n++;
      if (tags[i] === 'B-ORG' && tags[i + 1] === 'I-ORG') s.org++;
    }
  }
  return [...stats.values()]
    .filter((s) => s.n >= MIN_COUNT && s.org / s.n >= MIN_RATE)
    .sort((a, b) => (a.head < b.head ? -1 : a.head > b.head ? 1 : 0));
}

/**
 * Tags `ال<head> ال<adjective>ي` as an organisation where both words are O and the word after
 * does not continue a name; returns the spans it set (sentence, [a, b)).
 */
export function markHeadAdjectives(
  heads: ReadonlySet<string>,
  words: readonly (readonly string[])[],
  tags: string[][],
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (!heads.size) return out;
  words.forEach((ws, s) => {
    const t = tags[s]!;
    for (let i = 0; i + 1 < ws.length; i++) {
      if (t[i] !== 'O' || t[i + 1] !== 'O' || (t[i + 2] ?? 'O').startsWith('I-')) continue;
      const h = headOfPair(ws[i]!, ws[i + 1]!);
      if (!h || !heads.has(h)) continue;
      t[i] = 'B-ORG';
      t[i + 1] = 'I-ORG';
      out.push({ s, a: i, b: i + 2 });
      i++;
    }
  });
  return out;
}
