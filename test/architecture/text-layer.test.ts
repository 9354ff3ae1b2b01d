/**
 * One text layer (DESIGN.md): the characters Arabic is folded, split and cut by are written in
 * src/text/ (and the word lists in src/lexicon/) only. This scans every other source file, outside
 * comments, for the three things that used to be copied around:
 * - a harakat range (`\u064B-\u065F` and its variants, or harakat written inside a character
 *   class): use `fold(s, profile)`, `stripMarks`, `doubleShadda` (src/text/normalize.ts) or the
 *   helpers of src/text/script.ts;
 * - a clitic list (a character class or alternation of the proclitics و ف ب ك ل س, a list of
 *   them, or a string of them or of verb prefixes that a letter is looked up in, 'يتن'.includes):
 *   use src/text/clitics.ts and the token forms of src/text/phrases.ts;
 * - a sentence-end set (a character class, list or string of marks holding ؟ with . ! or ?): use
 *   src/text/sentences.ts or src/text/punctuation.ts;
 * - a regex for the article at the start of a word (`/^ال/`): use src/text/clitics.ts;
 * - a string test for the article or لل at the start of a word (`w.startsWith('ال')`): use opensWithArticle or opensWithLil;
 * - a range of Arabic code units written as escapes (`/^[\u0621-\u064A]+$/`): use src/text/script.ts;
 * - any other regex literal with an Arabic letter in it (`/^لل/`, `/^(لن|لم)$/`), and any array
 *   of Arabic strings written in code (`['بن', 'بنت']`): language knowledge goes in a named list of
 *   src/lexicon/ (issue 18, "code refers to named lists only"), letters in src/text helpers.
 * Each fails anywhere outside src/text and src/lexicon: the last uses (the structure rules, a few
 * entity, time, transliteration and quote rules) moved into src/text helpers and named lexicon
 * lists in session 13, and the list of those still to move (REMAINING) went with them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const OWN = ['text/', 'lexicon/'];

type Kind = 'harakat range' | 'clitic list' | 'sentence-end set' | 'article regex' | 'article test' | 'arabic regex' | 'arabic list' | 'script range';

const PROCLITIC = '[وفبكلس]';
const HARAKA = '[\\u064B-\\u0652]';
const ARABIC = '\\u0621-\\u064A\\u0671-\\u06D3';
/** One character of a string literal that is neither a letter, a space nor the quote closing it. */
const MARKS = '(?:(?!\\1)[^\\s\\p{L}])';
/** One unit of a regex body: a plain character, an escape, or a character class. */
const REGEX_BODY = '(?:[^/\\\\\\n\\[]|\\\\.|\\[(?:[^\\]\\\\\\n]|\\\\.)*\\])';
const PATTERNS: Array<[Kind, RegExp]> = [
  ['harakat range', /\\u06(?:4[b-f]|5[0-9a-f])|\\u0670|\\u\{6(?:4[b-f]|5[0-9a-f])\}/i],
  // harakat inside a character class (no space or quote in it: not an array of strings)
  ['harakat range', new RegExp(`\\[[^\\]\\s\`'"]*${HARAKA}[^\\]\\s\`'"]*\\]`, 'u')],
  ['clitic list', new RegExp(`\\[\\^?${PROCLITIC}{2,}\\]|\\((?:${PROCLITIC}\\|)+${PROCLITIC}\\)|['"]${PROCLITIC}['"],\\s*['"]${PROCLITIC}['"]`, 'u')],
  // a string of clitic or verb-prefix letters that a letter is looked up in ('بلف'.includes(w[0]))
  ['clitic list', /(['"])[وفبكلسيتنا]{2,5}\1\.includes\(/u],
  ['sentence-end set', /\[[^\]\n]*؟[^\]\n]*\]|\[[^\]\n]*[.!?][^\]\n]*؟|['"]؟['"]\s*[,\]]/u],
  // string literals of ؟ and of . ! or ? on one line (lastIndexOf('. '), lastIndexOf('؟ '))
  ['sentence-end set', /^(?=.*(['"])؟\s?\1)(?=.*(['"])[.!?]\s?\2)/u],
  // a string of marks only, holding ؟ with . ! or ? (`endsAt(c, '.!؟?:"”»)')`), not a sentence in quotes
  ['sentence-end set', new RegExp(`(['"\`])${MARKS}*(?:؟${MARKS}*[.!?]|[.!?]${MARKS}*؟)${MARKS}*\\1`, 'u')],
  // a regex testing for the article at the start of a word: use opensWithArticle, startsWithArticle
  // or isDefiniteNisba (src/text/clitics.ts)
  ['article regex', /\/\^\(?(?:\?:)?ال/u],
  // a string test for the article or for لل at the start of a word (w.startsWith('ال')): use
  // opensWithArticle or opensWithLil (src/text/clitics.ts)
  ['article test', /\.startsWith\(\s*(['"])(?:ال|لل)\1\s*\)/u],
  // a range of Arabic code units written as escapes (/^[\u0621-\u064A]+$/, /[\u0600-\u06FF]/): use
  // the script tests of src/text/script.ts
  ['script range', /\\u06[0-9a-f]{2}-\\u06[0-9a-f]{2}/i],
  // a regex literal (after an operator, a bracket or `return`) with an Arabic letter in it
  ['arabic regex', new RegExp(`(?:^|[=(,!&|?:;{}\\[]|return)\\s*/(?![/*])${REGEX_BODY}*[${ARABIC}]${REGEX_BODY}*/[dgimsuyv]*`, 'u')],
  // the same with the Arabic letter (or tatweel) inside a character class (/[هة]$/, /[:–—ـ]/)
  ['arabic regex', new RegExp(`(?:^|[=(,!&|?:;{}\\[]|return)\\s*/(?![/*])${REGEX_BODY}*\\[\\^?(?:[^\\]\\\\\\n]|\\\\.)*?[${ARABIC}]`, 'u')],
  // an array literal whose first element is an Arabic string, with more after it
  ['arabic list', new RegExp(`\\[\\s*(['"])[^'"\\n]*[${ARABIC}][^'"\\n]*\\1\\s*,`, 'u')],
];

/** The kinds a line of code holds; a line counted as a narrower kind is not an 'arabic regex' or 'arabic list' too, nor a harakat range a script range. */
function kindsOf(line: string): Kind[] {
  // a harakat range is a script range too: it is counted as the narrower kind only
  const kinds = PATTERNS.filter(([, re]) => re.test(line))
    .map(([k]) => k)
    .filter((k, _, all) => k !== 'script range' || !all.includes('harakat range'));
  const narrower = kinds.some((k) => k !== 'arabic regex' && k !== 'arabic list');
  return [...new Set(narrower ? kinds.filter((k) => k !== 'arabic regex' && k !== 'arabic list') : kinds)];
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** The code of a line: without `//` comments and the lines of block comments. */
function codeLines(src: string): string[] {
  let inBlock = false;
  return src.split('\n').map((line) => {
    let l = line;
    if (inBlock) {
      const end = l.indexOf('*/');
      if (end < 0) return '';
      l = l.slice(end + 2);
      inBlock = false;
    }
    const open = l.indexOf('/*');
    if (open >= 0 && !l.slice(0, open).includes('`')) {
      const close = l.indexOf('*/', open + 2);
      if (close < 0) {
        inBlock = true;
        l = l.slice(0, open);
      } else l = l.slice(0, open) + l.slice(close + 2);
    }
    const c = l.search(/(^|\s)\/\/\s/);
    return c >= 0 ? l.slice(0, c) : l;
  });
}

/** file → kind → lines found. */
function scan(): Map<string, Map<Kind, string[]>> {
  const found = new Map<string, Map<Kind, string[]>>();
  for (const file of sources(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if (OWN.some((o) => rel.startsWith(o))) continue;
    codeLines(readFileSync(file, 'utf8')).forEach((line, i) => {
      for (const k of kindsOf(line)) {
        const byKind = found.get(rel) ?? new Map<Kind, string[]>();
        byKind.set(k, [...(byKind.get(k) ?? []), `${rel}:${i + 1}: ${line.trim().slice(0, 120)}`]);
        found.set(rel, byKind);
      }
    });
  }
  return found;
}

/** Folders whose code names no Arabic word or letter at all: words are named lists (time.json's `words`), letters src/text helpers. The entity and quote rules still compare single words and letters (`t.n === 'علي'`, `w.fold[0] === 'و'`). */
const NO_ARABIC_STRINGS = ['analyze/time/', 'analyze/events/', 'analyze/ner/', 'analyze/translit/', 'extract/'];
/** A string literal with an Arabic letter (or tatweel) in it. */
const ARABIC_STRING = new RegExp(`(['"\`])(?:(?!\\1)[^\\\\\\n]|\\\\.)*[${ARABIC}]`, 'u');

/** file:line: code for each Arabic string literal in the folders of NO_ARABIC_STRINGS. */
function arabicStrings(): string[] {
  const out: string[] = [];
  for (const file of sources(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    if (!NO_ARABIC_STRINGS.some((d) => rel.startsWith(d))) continue;
    codeLines(readFileSync(file, 'utf8')).forEach((line, i) => {
      if (ARABIC_STRING.test(line)) out.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return out;
}

describe('one text layer', () => {
  const found = scan();

  it('the scan finds what it looks for (on lines written here)', () => {
    const hits = kindsOf;
    expect(hits("s.replace(/[\\u064B-\\u065F\\u0640]/g, '')")).toEqual(['harakat range']);
    expect(hits("/^[وف]ال/.test(w)")).toEqual(['clitic list']);
    expect(hits("const P = ['و', 'ف', 'ب'];")).toEqual(['clitic list']);
    expect(hits("if (w.moff === 1 && 'بلف'.includes(w.fold[0]!)) return 0;")).toEqual(['clitic list']);
    expect(hits("f[0] === 'س' && 'يتن'.includes(f[1]!)")).toEqual(['clitic list']);
    expect(hits("'بلد'.includes(x)")).toEqual([]);
    expect(hits('const END = /[.!?؟]/;')).toEqual(['sentence-end set']);
    expect(hits("new Set(['.', '!', '?', '؟'])")).toEqual(['sentence-end set']);
    expect(hits("endsAt(c, '.!؟?:\"”»)')")).toEqual(['sentence-end set']);
    expect(hits('endsWithAny(s, ".،؟!")')).toEqual(['sentence-end set']);
    expect(hits("const q = 'لماذا؟ قال.';")).toEqual([]);
    expect(hits("Math.max(w.lastIndexOf('. '), w.lastIndexOf('؟ '), w.lastIndexOf('! '))")).toEqual(['sentence-end set']);
    expect(hits("x === '؟' ? 1 : 2")).toEqual([]);
    expect(hits("endsWithAny(s, '.،,:؛')")).toEqual([]);
    expect(hits("const t = 'وقال الوزير: «نعم».';")).toEqual([]);
    expect(hits("return [`كيف عُرف: ${x}`];")).toEqual([]);
    expect(hits('/[ًٌٍَُِّْ]/g')).toEqual(['harakat range']);
    expect(hits('if (/^ال/.test(w)) return;')).toEqual(['article regex']);
    expect(hits('/^ال\\p{L}+ي$/u.test(next)')).toEqual(['article regex']);
    expect(hits("w.startsWith('ال')")).toEqual(['article test']);
    expect(hits('if (x.fold.startsWith("لل")) return;')).toEqual(['article test']);
    expect(hits("w.startsWith('ل') || w.startsWith('وال')")).toEqual([]);
    expect(hits('if (/^لل/.test(t.n)) return;')).toEqual(['arabic regex']);
    expect(hits("return v.word && /^(لن|لم|لا|قد)$/.test(v.n);")).toEqual(['arabic regex']);
    expect(hits("const rest = first.text.replace(/^لل/, 'ال');")).toEqual(['arabic regex']);
    expect(hits('const SEP = /\\s*[–—]\\s*|\\s+ـ+\\s*/gu;')).toEqual(['arabic regex']);
    expect(hits("if (/[هة]$/.test(w.fold)) return;")).toEqual(['arabic regex']);
    expect(hits("if (!/^[\\u0621-\\u064A]+$/.test(f)) return false;")).toEqual(['script range']);
    expect(hits("/[\\u0600-\\u06FF]/.test(n)")).toEqual(['script range']);
    expect(hits("s.replace(/\\u0640/g, '')")).toEqual([]);
    expect(hits("const m = /^\\s*[(«]?([^()«»\\-–—ـ:\\n]{1,30}?)/u.exec(rest);")).toEqual(['arabic regex']);
    expect(hits("if (!/[:：–—\\-]/u.test(sep)) continue;")).toEqual([]);
    expect(hits('const x = a / b / 2; // ال')).toEqual([]);
    expect(hits('if (/^\\d{4}$/.test(w)) return;')).toEqual([]);
    expect(hits("const BIN = new Set(['بن', 'بنت', 'ابن']);")).toEqual(['arabic list']);
    expect(hits("const one = new Set(['على']);")).toEqual([]);
    expect(hits("x.has('قبل') || y === 'بعد'")).toEqual([]);
    expect(codeLines('// [\\u064B-\\u065F]\nx /* [وف] */ y')).toEqual(['', 'x  y']);
  });

  it('no Arabic word or letter in a string of the time, event, tagger, transliteration or structure code', () => {
    expect(ARABIC_STRING.test("if (c.w(j) === 'و') return;")).toBe(true);
    expect(ARABIC_STRING.test('t.proclitics.includes("س")')).toBe(true);
    expect(ARABIC_STRING.test("if (c.w(j) === W.and) return;")).toBe(false);
    expect(ARABIC_STRING.test("const s = 'x\\'y';")).toBe(false);
    expect(arabicStrings()).toEqual([]);
  });

  it('no harakat range outside src/text and src/lexicon', () => {
    const lines = [...found.values()].flatMap((m) => m.get('harakat range') ?? []);
    expect(lines).toEqual([]);
  });

  it('no clitic list, sentence-end set, article regex, nor Arabic in a regex or a string array either', () => {
    const lines = [...found.values()].flatMap((m) => [...m].filter(([k]) => k !== 'harakat range').flatMap(([, ls]) => ls));
    expect(lines).toEqual([]);
  });
});
