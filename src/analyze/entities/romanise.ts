/**
 * Romanisation of Arabic names that no lexicon knows (`enSource: "translit"`): whole words from a
 * table learned from name lists (see src/lexicon/entities/NOTICE.md), else letter rules that
 * guess long vowels from و/ي and the article.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR, foldName } from './lexicon.ts';

export const ROMANISE_TABLE = path.join(LEXICON_DIR, 'romanise-words.json');

let table: Map<string, string> | null = null;
function words(): Map<string, string> {
  if (table) return table;
  table = new Map();
  if (existsSync(ROMANISE_TABLE)) {
    const t = JSON.parse(readFileSync(ROMANISE_TABLE, 'utf8')) as { words: Record<string, string> };
    for (const [ar, en] of Object.entries(t.words)) table.set(ar, en);
  }
  return table;
}

const LETTERS: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's',
  ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm',
  ن: 'n', ه: 'h', ء: "'", پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
};

function capitalise(s: string): string {
  const i = s.search(/[a-z]/);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/** Letter rules for one folded word (no article). */
export function romaniseRules(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const first = i === 0;
    const last = i === w.length - 1;
    if (c === 'و') out += first ? 'w' : w[i + 1] === 'ا' || w[i - 1] === 'ا' ? 'w' : 'o';
    else if (c === 'ي') out += first ? 'y' : w[i + 1] === 'ا' || w[i - 1] === 'ا' ? 'y' : last ? 'i' : 'i';
    else if (c === 'ه' && last) out += w.length > 2 ? 'a' : 'h';
    else if (c === 'ا') out += first ? 'a' : w[i - 1] === 'ا' ? '' : 'a';
    else if (c === 'ع' && first) out += 'a';
    else out += LETTERS[c] ?? '';
  }
  return out.replace(/^'+|'+$/g, '');
}

/**
 * A raw word folded for the letter rules, with each letter that carries a shadda written twice
 * (عمّان → عممان): folding drops the shadda, and with it the difference between Amman and Aman.
 * A shadda on the sun letter after the article is assimilation (الشّمس), not a double consonant.
 */
function geminated(raw: string): string {
  const w = raw.replace(/^(ال)([\u0621-\u064A])[\u064B-\u0650\u0652]*\u0651/, '$1$2');
  return foldName(w.replace(/([\u0621-\u064A])[\u064B-\u0650\u0652]*\u0651/g, '$1$1'));
}

/** Romanises a name: table words where known, letter rules otherwise; the article becomes `al-`. */
export function romanise(name: string): string {
  const t = words();
  return name
    .split(/\s+/)
    .map((raw) => ({ w: foldName(raw), g: geminated(raw) }))
    .filter(({ w }) => w !== '')
    .map(({ w, g }) => {
      const known = t.get(w);
      if (known) return capitalise(known);
      if (w.startsWith('عبد') && w.length > 4) {
        const rest = w.slice(3).replace(/^ال/, '');
        return 'Abd al-' + capitalise(t.get(rest) ?? romaniseRules(g.slice(3).replace(/^ال/, '')));
      }
      if (w.startsWith('ال') && w.length > 3) {
        const rest = w.slice(2);
        return 'al-' + capitalise(t.get(rest) ?? romaniseRules(g.slice(2)));
      }
      return capitalise(romaniseRules(g));
    })
    .join(' ');
}

/** Whether a folded word is a known name word (the romanisation table). */
export function isNameWord(folded: string): boolean {
  return words().has(folded);
}
