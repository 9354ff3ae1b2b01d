/**
 * Builds the tagger's gazetteer at training time. Only 32-bit hashes of folded words and phrases
 * travel inside the committed model, never the entries themselves: our curated lexicons
 * (src/lexicon/entities), Node's CLDR region names, and, with attribution in
 * src/lexicon/entities/NOTICE.md, lists from ../shared: territory names, Egyptian places,
 * Wikidata person-name words, Google transliteration pairs (MIT/CC0/Apache), and the research
 * list ANERgazet (no licence; the tagger's own training corpus comes from the same release, and
 * it travels only as hashed bits). ANETAC and CamelProp are not read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../util/shared.ts';
import { GazBuilder, type GazClass, type GazIndex } from './gazetteer.ts';
import path from 'node:path';
import { loadLexicons } from '../entities/lexicon.ts';
import { entityResources } from '../entities/resources.ts';
import { foldWord, stripAll } from './features.ts';
import { hasArabicBlockUnit, isBareArabicWord } from '../../text/script.ts';

export interface GazSourceReport {
  name: string;
  entries: number;
}

function lines(p: string): string[] {
  return existsSync(p) ? readFileSync(p, 'utf8').split(/\r?\n/) : [];
}

/** Arabic names of every ISO region from CLDR (Node's Intl). */
export function cldrRegions(): { code: string; ar: string; en: string }[] {
  const ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: { code: string; ar: string; en: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const n = ar.of(code);
      const e = en.of(code);
      if (n && e && n !== code && hasArabicBlockUnit(n)) out.push({ code, ar: n, en: e });
    }
  }
  return out;
}

/** The gazetteer bit of an entry's everyday-word spellings, by type (MISC has none). */
const COMMON_BIT: Record<string, GazClass | undefined> = {
  ORG: 'ORG_COMMON',
  LOC: 'LOC_COMMON',
  PER: 'PER_COMMON',
};

/** Lexicon ids the tagger's gazetteer leaves out (`not-in-tagger.json`: picked from dev errors). */
export function notInTagger(): Set<string> {
  const p = path.join(entityResources().lexiconDir, 'not-in-tagger.json');
  if (!existsSync(p)) return new Set();
  return new Set((JSON.parse(readFileSync(p, 'utf8')) as { ids: string[] }).ids);
}

export function buildGazetteer(opts: { shared?: boolean } = {}): {
  gaz: GazIndex;
  report: GazSourceReport[];
  /** folded words (clitics removed) of the shared name lists, for the letter model */
  nameWords: Set<string>;
} {
  const g = new GazBuilder();
  const nameWords = new Set<string>();
  const nameWordsOf = (s: string) => {
    for (const t of s.split(/\s+/)) {
      const f = stripAll(foldWord(t));
      if (f.length >= 2 && isBareArabicWord(f)) nameWords.add(f);
    }
  };
  const report: GazSourceReport[] = [];
  const count = (name: string, fn: () => number) => report.push({ name, entries: fn() });

  const lex = loadLexicons(entityResources().lexiconDir);
  const excluded = notInTagger();
  count('curated entities (src/lexicon/entities)', () => {
    let n = 0;
    for (const e of lex.entities) {
      if (excluded.has(e.id)) continue;
      const cls = e.type === 'PER' ? 'PER' : e.type;
      for (const s of [...e.names, ...e.aliases]) {
        g.add(s, cls);
        n++;
      }
      // everyday words get their own bits, so that they do not dilute what the type bit means
      const common = COMMON_BIT[e.type];
      for (const s of e.common) {
        // a phrase of several words is rarely an everyday phrase: it stays a phrase of its type
        if (/\s/.test(s.trim())) g.add(s, cls);
        else if (common) g.add(s, common);
        n++;
      }
    }
    return n;
  });
  count('curated titles/heads/nationalities', () => {
    let n = 0;
    const add = (s: string, ...cls: GazClass[]) => {
      for (const c of cls) g.add(s, c);
      n++;
    };
    for (const t of lex.titles) for (const s of t.ar) add(s, 'TITLE');
    for (const h of lex.heads) for (const s of h.ar) add(s, h.type === 'ORG' ? 'ORGHEAD' : 'LOCHEAD');
    for (const a of lex.nationalities) for (const s of a.ar) add(s, 'NAT');
    for (const s of lex.givenNames) add(s, 'FIRST', 'PER');
    return n;
  });
  count('CLDR region names (Intl)', () => {
    const r = cldrRegions();
    for (const x of r) {
      g.add(x.ar, 'LOC');
      g.add(x.ar, 'COUNTRY');
    }
    return r.length;
  });
  if (opts.shared !== false) {
    count('territories (rigour, MIT)', () => {
      let n = 0;
      const rows = lines(
        sharedPath('data', 'lexicons', 'territories_rigour', 'territories_arabic_script_names.tsv'),
      );
      for (const row of rows.slice(1)) {
        const c = row.split('\t');
        if (c.length < 8) continue;
        for (const name of [...(c[6] ?? '').split('|'), ...(c[7] ?? '').split('|')]) {
          if (!name) continue;
          g.add(name, 'LOC');
          nameWordsOf(name);
          if (c[4] === 'yes') g.add(name, 'COUNTRY');
          n++;
        }
      }
      return n;
    });
    count('Egyptian places (Tech-Labs, MIT)', () => {
      let n = 0;
      for (const f of ['governorates.csv', 'cities.csv']) {
        const rows = lines(sharedPath('data', 'lexicons', 'egypt_places', f));
        for (const row of rows.slice(1)) {
          const c = row.match(/"([^"]*)"/g)?.map((x) => x.slice(1, -1)) ?? [];
          const ar = c[2];
          if (ar && hasArabicBlockUnit(ar)) {
            g.add(ar, 'LOC');
            n++;
          }
        }
      }
      return n;
    });
    count('Wikidata person-name words (CC0), count ≥ 2', () => {
      let n = 0;
      const rows = lines(
        sharedPath('data', 'lexicons', 'wikidata_person_tokens', 'wd_arabic_person_tokens.tsv'),
      );
      for (const row of rows.slice(1)) {
        const [, ar, cnt] = row.split('\t');
        const k = Number(cnt);
        if (!ar || k < 2 || ar.length < 2) continue;
        g.add(ar, 'PER');
        nameWordsOf(ar);
        if (k >= 30) g.add(ar, 'FIRST');
        n++;
      }
      return n;
    });
    count('Google ar→en transliteration words (Apache-2.0)', () => {
      let n = 0;
      for (const row of lines(sharedPath('data', 'lexicons', 'google_ar2en_translit', 'ar2en.txt'))) {
        const [ar] = row.split('\t');
        if (ar && ar.length >= 2) {
          g.add(ar, 'NAME');
          nameWordsOf(ar);
          n++;
        }
      }
      return n;
    });
    count('ANERgazet persons/places/organisations (research use; hashes only)', () => {
      let n = 0;
      const files: [string, GazClass][] = [
        ['AlignedLocGazetteer.txt', 'LOC'],
        ['AlignedOrgGazetteer.txt', 'ORG'],
        ['AlignedPersGazetteer.txt', 'PER'],
      ];
      for (const [f, cls] of files) {
        for (const row of lines(sharedPath('data', 'lexicons', 'anergazet', f))) {
          const t = row.trim();
          // section markers (==== ، ****، -) are not names
          if (!t || /^[=*_-]+$/.test(t)) continue;
          g.add(t, cls);
          nameWordsOf(t);
          n++;
        }
      }
      return n;
    });
    // ANETAC is not used: its authors ask that it not be bundled into a product without their
    // consent, and a gazetteer hash table inside the model would bundle it in another form.
  }
  return { gaz: g.build(), report, nameWords };
}
