/**
 * English names of institutions named by common nouns: البنك الزراعي is "Agricultural Bank", not
 * "al-Bank al-Zira'i". The words come from src/lexicon/entities/institutions.json; English word
 * order is rebuilt: adjectives before their noun (farthest first: المحكمة الجزائية المتخصصة →
 * "Specialised Criminal Court"), a common-noun complement after "of" or before the head as the
 * head prefers (وزارة النقل → "Ministry of Transport", هيئة السياحة → "Tourism Authority"), one
 * after ل- after "for", and a person's name, opened by a title, before the head (جامعة الملك
 * خالد → "King Khalid University"), its words spelled as royal names are (names) or else romanised
 * by the caller; a proper name with no title goes before a head whose complement does
 * (شركة أرامكو → "Aramco Company"). A name with any word the
 * glossary cannot place gets no translation (null), so the caller romanises it instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR, foldName } from '../entities/lexicon.ts';
import { opensWithArticle, opensWithLil, startsWithProclitic } from '../../text/clitics.ts';

interface Entry {
  ar: string[];
  en: string;
}

/** src/lexicon/entities/institutions.json (schema: InstitutionsSchema in entities/lexicon-schema.ts). */
export interface Institutions {
  note?: string;
  heads: (Entry & { complement: 'of' | 'before' })[];
  nouns: (Entry & { of?: boolean })[];
  modifiers: Entry[];
  titles: Entry[];
  names: Entry[];
}

export const INSTITUTIONS_FILE = path.join(LEXICON_DIR, 'institutions.json');

interface Word {
  en: string;
  kind: 'head' | 'noun' | 'modifier' | 'title' | 'name';
  of: boolean;
}

export class InstitutionGlossary {
  private readonly words = new Map<string, Word[]>();

  constructor(g: Institutions) {
    const add = (ar: string[], w: Word) => {
      for (const a of ar) {
        const k = foldName(a);
        this.words.set(k, [...(this.words.get(k) ?? []), w]);
      }
    };
    for (const h of g.heads) add(h.ar, { en: h.en, kind: 'head', of: h.complement === 'of' });
    for (const n of g.nouns) add(n.ar, { en: n.en, kind: 'noun', of: n.of ?? false });
    for (const m of g.modifiers) add(m.ar, { en: m.en, kind: 'modifier', of: false });
    for (const t of g.titles) add(t.ar, { en: t.en, kind: 'title', of: false });
    for (const t of g.names) add(t.ar, { en: t.en, kind: 'name', of: false });
  }

  static load(file = INSTITUTIONS_FILE): InstitutionGlossary {
    const g = JSON.parse(readFileSync(file, 'utf8')) as Institutions;
    // A cheap check at start-up; the full schema runs in lexicons:check and the tests.
    for (const k of ['heads', 'nouns', 'modifiers', 'titles', 'names'] as const)
      if (!Array.isArray(g?.[k])) throw new Error(`${file}: ${k} must be a list (npm run lexicons:check says more)`);
    return new InstitutionGlossary(g);
  }

  /** One word as the glossary knows it: clitics و and ل, then the article, peeled off. */
  private look(word: string, kind: Word['kind']): { w: Word; and: boolean; for: boolean } | null {
    let f = foldName(word);
    let and = false;
    let forP = false;
    if (startsWithProclitic(f, 'waw') && f.length > 3 && !this.find(f, kind)) {
      f = f.slice(1);
      and = true;
    }
    if (opensWithLil(f) && f.length > 3 && !this.find(f, kind)) {
      f = f.slice(2);
      forP = true;
    }
    const w = this.find(f, kind) ?? (opensWithArticle(f) ? this.find(f.slice(2), kind) : null);
    return w ? { w, and, for: forP } : null;
  }

  private find(f: string, kind: Word['kind']): Word | null {
    return this.words.get(f)?.find((w) => w.kind === kind) ?? null;
  }

  /**
   * The English name of an institution, or null when the name does not open with a head noun or
   * holds a word the glossary cannot place. `nameWord` gives the English of one word of a
   * person's or place's name.
   */
  translate(name: string, nameWord: (arabic: string) => string): string | null {
    const ws = name.split(/\s+/).filter(Boolean);
    const head = ws[0] ? this.look(ws[0], 'head') : null;
    if (!head || head.and || head.for) return null;
    let i = 1;
    const adjs: string[] = [];
    const takeAdjs = (into: string[]) => {
      while (i < ws.length) {
        const m = this.look(ws[i]!, 'modifier');
        if (!m || m.for) break;
        if (m.and && into.length) into[into.length - 1] += ' and';
        into.push(m.w.en);
        i++;
      }
    };
    takeAdjs(adjs);
    let before = '';
    let after = '';
    if (i < ws.length) {
      const title = this.look(ws[i]!, 'title');
      const noun = this.look(ws[i]!, 'noun');
      if (title && !title.and && !title.for) {
        // a person's name: its words until an adjective that agrees with the head
        const parts = [title.w.en];
        i++;
        while (i < ws.length && !this.look(ws[i]!, 'modifier')) {
          const royal = this.words.get(foldName(ws[i]!))?.find((w) => w.kind === 'name');
          parts.push(royal ? royal.en : nameWord(ws[i]!));
          i++;
        }
        if (parts.length < 2) return null;
        before = parts.join(' ');
        takeAdjs(adjs);
      } else if (noun && !noun.and) {
        i++;
        const nounAdjs: string[] = [];
        const nouns = [noun.w.en];
        // a second noun in the chain (حقوق الإنسان "Human Rights") reads before the first
        const second = i < ws.length ? this.look(ws[i]!, 'noun') : null;
        if (second && !second.and && !second.for) {
          nouns.unshift(second.w.en);
          i++;
        }
        takeAdjs(nounAdjs);
        const phrase = [...ordered(nounAdjs), ...nouns].join(' ');
        if (noun.for) after = `for ${phrase}`;
        else if (head.w.of || noun.w.of) after = `of ${phrase}`;
        else before = phrase;
      } else if (!noun && !title && !head.w.of) {
        // a proper name (شركة أرامكو): romanised, before the head, up to an agreeing adjective
        const parts: string[] = [];
        while (i < ws.length && !this.look(ws[i]!, 'modifier') && !this.look(ws[i]!, 'noun'))
          parts.push(nameWord(ws[i++]!));
        before = parts.join(' ');
        takeAdjs(adjs);
      } else return null;
    }
    if (i < ws.length) return null;
    return [before, ...ordered(adjs), head.w.en, after].filter(Boolean).join(' ');
  }
}

/** Arabic adjectives run outward from the noun, English ones inward: reverse, keeping "X and Y". */
function ordered(adjs: string[]): string[] {
  if (adjs.some((a) => a.endsWith(' and'))) return adjs;
  return [...adjs].reverse();
}
