/**
 * Roles and titles of people: a title phrase from src/lexicon/entities/titles.json, optionally
 * followed by complements (a nationality adjective, an organisation or place, `باسم X`, a
 * definite noun: `وزير الزراعة التونسي`), either right before the name (`رئيس الوزراء سالم
 * الكعبي`, `المتحدث باسم البلدية، خالد النجار`) or after it in apposition (`…، المتحدث باسم…`).
 */
import { lexicons, foldName } from './lexicon.ts';
import { entityResources } from './resources.ts';
import { bare } from './names.ts';
import { opensWithArticle } from '../../text/clitics.ts';

/** A word of a sentence as the entity rules see it. */
export interface WordTok {
  start: number;
  end: number;
  text: string;
  kind: string;
  /** folded word */
  fold: string;
  /** folded mention form: proclitics removed, article kept */
  mfold: string;
  /** offset of the mention form inside the word */
  moff: number;
  /** index of the candidate mention covering this word, or -1 */
  cand: number;
  /** type of that candidate */
  candType: string;
  /** What is kept of the token's spelling, shared by every token spelled so (extract.ts wordTok), so a rule need not look it up again. */
  spelling?: object;
}

interface TitleInfo {
  entry: number;
  kind: string;
}

type TitleIndex = { phrases: Map<string, TitleInfo>; maxWords: number; nat: Map<string, string> };

export function titleIndex(): TitleIndex {
  return entityResources().get(buildTitleIndex);
}

function buildTitleIndex(): TitleIndex {
  const phrases = new Map<string, TitleInfo>();
  let maxWords = 1;
  const lex = lexicons();
  lex.titles.forEach((t, entry) => {
    for (const s of t.ar) {
      const f = foldName(s);
      if (!phrases.has(f)) phrases.set(f, { entry, kind: t.kind });
      maxWords = Math.max(maxWords, f.split(' ').length);
    }
  });
  const nat = new Map<string, string>();
  for (const n of lex.nationalities) for (const s of n.ar) nat.set(foldName(s), n.country);
  return { phrases, maxWords, nat };
}

/** Nationality adjective → ISO country code, or undefined. */
export function nationality(foldedWord: string): string | undefined {
  return titleIndex().nat.get(foldedWord);
}

/** Longest title phrase starting at word i: its length in words, or 0. */
export function titleAt(
  words: readonly WordTok[],
  i: number,
  end = words.length,
): { len: number; info: TitleInfo } | null {
  const { phrases, maxWords } = titleIndex();
  for (let n = Math.min(maxWords, end - i); n >= 1; n--) {
    const parts: string[] = [];
    let ok = true;
    for (let k = i; k < i + n; k++) {
      const w = words[k]!;
      if (w.kind !== 'word') {
        ok = false;
        break;
      }
      parts.push(k === i ? w.mfold : w.fold);
    }
    if (!ok) continue;
    const info = phrases.get(parts.join(' '));
    if (info) return { len: n, info };
  }
  return null;
}

const COMPLEMENT_WORDS = new Set([
  'العام',
  'الاعلي',
  'التنفيذي',
  'السابق',
  'الاسبق',
  'الحالي',
  'الجديد',
  'الرسمي',
  'الاول',
  'الثاني',
  'باسم',
  'لشوون',
  'لشؤون',
  'شوون',
]);

/** Whether word k may continue a role phrase (after a title). */
function complement(words: readonly WordTok[], k: number, prevWasBasm: boolean): boolean {
  const w = words[k]!;
  if (w.kind !== 'word') return false;
  if (prevWasBasm) return true;
  if (COMPLEMENT_WORDS.has(w.fold) || COMPLEMENT_WORDS.has(w.mfold)) return true;
  if (nationality(w.fold) || nationality(w.mfold)) return true;
  if (w.cand >= 0 && (w.candType === 'ORG' || w.candType === 'LOC')) return true;
  // definite noun in construct with the title: وزير الزراعة, مدير الدفاع المدني
  return opensWithArticle(w.mfold) && w.mfold.length > 3;
}

/**
 * A title that needs a complement takes any next word: `المتحدث باسم وزارة…`, and an indefinite
 * title in construct: `وزير خارجية…`, `رئيس وزراء…`.
 */
function openTitle(last: WordTok): boolean {
  return last.fold === 'باسم' || !opensWithArticle(last.mfold);
}

export interface RoleMatch {
  /** word indices [a, b) */
  a: number;
  b: number;
  start: number;
  end: number;
  how: 'title-before' | 'apposition';
}

/** The Latin and Arabic commas. */
export const COMMA: ReadonlySet<string> = new Set([',', '،']);
const MAX_COMPLEMENT = 4;

/** A role phrase that ends right before word m (a person mention's first word). */
export function roleBefore(words: readonly WordTok[], m: number): RoleMatch | null {
  let e = m; // exclusive end of the role
  if (e > 0 && COMMA.has(words[e - 1]!.text)) e--;
  let lo = e;
  while (
    lo > 0 &&
    e - lo < 8 &&
    words[lo - 1]!.kind === 'word' &&
    !(words[lo - 1]!.cand >= 0 && words[lo - 1]!.candType === 'PER')
  )
    lo--;
  for (let s = lo; s < e; s++) {
    const t = titleAt(words, s, e);
    if (!t) continue;
    let k = s + t.len;
    let basm = openTitle(words[k - 1]!);
    let extra = 0;
    while (k < e && extra < MAX_COMPLEMENT && complement(words, k, basm)) {
      basm = words[k]!.fold === 'باسم';
      k++;
      extra++;
    }
    if (k !== e) continue;
    const first = words[s]!;
    return { a: s, b: e, start: first.start + first.moff, end: words[e - 1]!.end, how: 'title-before' };
  }
  return null;
}

/** A role phrase in apposition after the mention ending at word b: `النجار، المتحدث باسم البلدية`. */
export function roleAfter(words: readonly WordTok[], b: number): RoleMatch | null {
  if (b >= words.length || !COMMA.has(words[b]!.text)) return null;
  const s = b + 1;
  const t = titleAt(words, s);
  if (!t || t.info.kind === 'honorific') return null;
  let k = s + t.len;
  let basm = openTitle(words[k - 1]!);
  let extra = 0;
  while (k < words.length && extra < MAX_COMPLEMENT && complement(words, k, basm)) {
    basm = words[k]!.fold === 'باسم';
    k++;
    extra++;
  }
  // the phrase must close: punctuation or the end of the sentence
  if (k < words.length && words[k]!.kind === 'word') return null;
  const first = words[s]!;
  return { a: s, b: k, start: first.start + first.moff, end: words[k - 1]!.end, how: 'apposition' };
}

/**
 * A key that is equal for two spellings of the same role: the title entry (synonyms such as
 * المتحدث باسم / الناطق باسم share one) plus the complements without articles, nationality
 * adjectives reduced to their country.
 */
export function roleKey(words: readonly WordTok[]): string | null {
  const t = titleAt(words, 0);
  if (!t) return null;
  const rest = words
    .slice(t.len)
    .filter((w) => w.kind === 'word')
    .map((w) => {
      const c = nationality(w.fold) ?? nationality(w.mfold);
      return c ? `@${c}` : bare(w.mfold);
    });
  return `${t.info.entry}|${rest.join(' ')}`;
}
