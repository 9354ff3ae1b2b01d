/**
 * Turns an annotator's private list of entity surface forms into offsets for the entity gold
 * (test/gold/entities-saudinewsnet.json), following docs/gold/entities-guide.md. The list stays
 * outside the repo (it holds article words); only offsets, types, ids and English names are
 * written.
 *
 *   npx tsx scripts/gold/entity-offsets.ts LIST [--write] [--show]
 *
 * LIST format, one article per block:
 *
 *   @12 tune                        article line index and split (tune | heldout | heldout2 | tune2)
 *   @zip more/2015-07-26.zip URL tune3   or a study-day article, by ZIP and URL (studyGoldArticle),
 *                                    written to test/gold/entities-studydays.json
 *   e1 ORG Ministry of Transport = وزارة النقل | الوزارة النقل    forms separated by |
 *   e2 LOC = المملكة | السعودية      (no English name)
 *   -e2 345                          drop the hit of e2 that starts at offset 345
 *   +e3 PER 400 412                  add a span by hand (type needed only for a new id)
 *
 * Every occurrence of each form is found where it starts a word, or follows only clitic letters
 * (و ف ب ل ك, e.g. وب ول فل, the preposition possibly followed by a tatweel: بـ), and ends a word. A form that starts with ال is also found written
 * after لل (للمملكة), its span then starting after both ل (the guide's rule 6). Overlapping hits
 * keep the longest (outermost) one. --show prints each article with its spans bracketed, for
 * checking by reading; --write merges the listed articles into the gold file.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT, sharedPath } from '../../src/util/shared.ts';
import { SPLITS, type Split } from './entity-splits.ts';
import { studyGoldArticle } from '../../src/util/news-corpus.ts';

type EType = 'PER' | 'ORG' | 'LOC' | 'MISC';
const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);
interface GoldEntity {
  id: string;
  type: EType;
  en?: string;
  mentions: [number, number][];
}
interface GoldArticle {
  index: number;
  id: string;
  url: string;
  split: Split;
  entities: GoldEntity[];
}
interface Gold {
  _doc: string;
  corpus: string;
  field: string;
  articles: GoldArticle[];
}
/** A study-day article of the daily ZIPs, named by ZIP and URL (no sample line index). */
interface StudyGoldArticle {
  zip: string;
  url: string;
  id: string;
  split: Split;
  entities: GoldEntity[];
}
interface StudyGold {
  _doc: string;
  field: string;
  articles: StudyGoldArticle[];
}

const CORPUS = 'data/news/saudinewsnet-sample.jsonl';
const GOLD_FILE = path.join(PROJECT_ROOT, 'test/gold/entities-saudinewsnet.json');
const STUDY_GOLD_FILE = path.join(PROJECT_ROOT, 'test/gold/entities-studydays.json');
const WORD = /[\p{L}\p{M}\p{N}]/u;
/**
 * What may precede a span inside its word: conjunction, then preposition, as in وب، فل، ك; the
 * preposition may be drawn out with a tatweel (بـ), as the press writes it before a name.
 */
const CLITICS = /^[وف]?(?:[بلك]ـ?)?$/;
const ELIDED = /^[وف]?لل$/;

const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);
function wordStart(text: string, i: number): number {
  while (i > 0 && isWord(text[i - 1])) i--;
  return i;
}

/** Starts of `form` in `text` that satisfy the clitic and boundary rules; `elided` for the لل reading. */
export function findForm(text: string, form: string): [number, number][] {
  const out: [number, number][] = [];
  const scan = (needle: string, prefixOk: RegExp) => {
    for (let s = text.indexOf(needle); s >= 0; s = text.indexOf(needle, s + 1)) {
      const e = s + needle.length;
      if (isWord(text[e])) continue;
      if (!prefixOk.test(text.slice(wordStart(text, s), s))) continue;
      out.push([s, e]);
    }
  };
  scan(form, CLITICS);
  if (form.startsWith('ال') && form.length > 3) scan(form.slice(2), ELIDED);
  return out;
}

interface Item {
  id: string;
  type?: EType;
  en?: string;
  forms: string[];
  drop: Set<number>;
  add: [number, number][];
}
interface Block {
  /** the sample line index, or -1 for a study-day article */
  index: number;
  /** a study-day article's ZIP and URL */
  study?: { zip: string; url: string };
  split: Split;
  items: Map<string, Item>;
}

function parseList(src: string): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  src.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fail = (why: string) => {
      throw new Error(`list line ${n + 1}: ${why}: ${line}`);
    };
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^@zip\s+(\S+)\s+(\S+)\s+(\S+)$/))) {
      if (!(SPLITS as readonly string[]).includes(m[3]!)) fail(`split must be ${SPLITS.join(', ')}`);
      cur = { index: -1, study: { zip: m[1]!, url: m[2]! }, split: m[3] as Block['split'], items: new Map() };
      blocks.push(cur);
      return;
    }
    if ((m = line.match(/^@(\d+)\s+(\S+)$/))) {
      if (!(SPLITS as readonly string[]).includes(m[2]!)) fail(`split must be ${SPLITS.join(', ')}`);
      cur = { index: Number(m[1]), split: m[2] as Block['split'], items: new Map() };
      blocks.push(cur);
      return;
    }
    if (!cur) fail('entry before any @article line');
    const b = cur as Block;
    const item = (id: string): Item => {
      let it = b.items.get(id);
      if (!it) b.items.set(id, (it = { id, forms: [], drop: new Set(), add: [] }));
      return it;
    };
    if ((m = line.match(/^-(e\d+)\s+(\d+)$/))) {
      item(m[1]!).drop.add(Number(m[2]));
    } else if ((m = line.match(/^\+(e\d+)(?:\s+(PER|ORG|LOC|MISC))?\s+(\d+)\s+(\d+)$/))) {
      const it = item(m[1]!);
      if (m[2]) it.type = m[2] as EType;
      it.add.push([Number(m[3]), Number(m[4])]);
    } else if ((m = line.match(/^(e\d+)\s+(\S+)\s*(.*?)\s*=\s*(.+)$/))) {
      if (!TYPES.has(m[2]!)) fail('unknown type');
      const it = item(m[1]!);
      it.type = m[2] as EType;
      if (m[3]) it.en = m[3];
      it.forms.push(...m[4]!.split('|').map((f) => f.trim()).filter(Boolean));
    } else fail('cannot read');
  });
  return blocks;
}

const label = (b: Block): string => (b.study ? `@${b.study.zip} ${b.study.url}` : `@${b.index}`);

/** A study-day article's id: its day and a hash of its URL, short and stable (URLs end in anything). */
export function studyArticleId(zip: string, url: string): string {
  const day = (zip.match(/(\d{4}-\d{2}-\d{2})/)?.[1] ?? zip).replaceAll('-', '');
  return `sd-${day}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
}

const STUDY_DOC =
  "Entity gold for news of the daily ZIPs (../shared/data/news/more/*.zip), annotated by hand like test/gold/entities-saudinewsnet.json and under the same conventions (docs/gold/entities-guide.md): each article is named by its ZIP and URL (src/util/news-corpus.ts, studyGoldArticle, which refuses a sample article), and each mention by half-open UTF-16 offsets into its `content` field; no text is kept here. split `tune3`: 14 articles of more/2015-07-26 and 2015-08-06 from 11 newspapers, annotated blind in session 16 (no marsad run on them before this gold was committed); its errors may be listed and tuned on afterwards.";

function annotate(text: string, b: Block): { entities: GoldEntity[]; warnings: string[] } {
  const warnings: string[] = [];
  const hits: { id: string; span: [number, number]; manual: boolean }[] = [];
  for (const it of b.items.values()) {
    for (const f of it.forms) {
      const found = findForm(text, f).filter(([s]) => !it.drop.has(s));
      if (found.length === 0) warnings.push(`${label(b)} ${it.id}: no hit for «${f}»`);
      for (const span of found) hits.push({ id: it.id, span, manual: false });
    }
    for (const span of it.add) hits.push({ id: it.id, span, manual: true });
  }
  // outermost first: manual spans, then longer, then earlier
  hits.sort(
    (x, y) => Number(y.manual) - Number(x.manual) || y.span[1] - y.span[0] - (x.span[1] - x.span[0]) || x.span[0] - y.span[0],
  );
  const kept: typeof hits = [];
  for (const h of hits) {
    const clash = kept.find((k) => h.span[0] < k.span[1] && k.span[0] < h.span[1]);
    if (!clash) kept.push(h);
    else if (h.manual) warnings.push(`${label(b)} manual span ${h.span} of ${h.id} overlaps ${clash.id}`);
  }
  const entities: GoldEntity[] = [];
  for (const it of b.items.values()) {
    const mentions = kept
      .filter((h) => h.id === it.id)
      .map((h) => h.span)
      .sort((p, q) => p[0] - q[0]);
    if (!it.type) throw new Error(`${label(b)} ${it.id} has no type`);
    if (mentions.length === 0) {
      warnings.push(`${label(b)} ${it.id}: no mention left`);
      continue;
    }
    entities.push({ id: it.id, type: it.type, ...(it.en ? { en: it.en } : {}), mentions });
  }
  entities.sort((p, q) => p.mentions[0]![0] - q.mentions[0]![0]);
  return { entities, warnings };
}

function show(text: string, entities: GoldEntity[]): string {
  const marks = entities.flatMap((e) => e.mentions.map((m) => ({ m, tag: `${e.id}:${e.type}` })));
  marks.sort((p, q) => q.m[0] - p.m[0]);
  let out = text;
  for (const { m, tag } of marks) out = out.slice(0, m[0]) + '[' + out.slice(m[0], m[1]) + `]${tag}` + out.slice(m[1]);
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const listFile = argv.find((a) => !a.startsWith('--'));
  if (!listFile) {
    process.stderr.write('usage: entity-offsets.ts LIST [--write] [--show]\n');
    process.exit(2);
  }
  const blocks = parseList(readFileSync(listFile, 'utf8'));
  const sampleBlocks = blocks.filter((b) => !b.study);
  const studyBlocks = blocks.filter((b) => b.study);
  const write = argv.includes('--write');
  const report = (b: Block, text: string): GoldEntity[] => {
    const { entities, warnings } = annotate(text, b);
    for (const w of warnings) process.stderr.write(w + '\n');
    if (argv.includes('--show')) process.stdout.write(`\n===== ${label(b)} (${b.split})\n${show(text, entities)}\n`);
    return entities;
  };
  if (sampleBlocks.length > 0) {
    const lines = readFileSync(sharedPath(CORPUS), 'utf8').split('\n');
    const gold: Gold = existsSync(GOLD_FILE)
      ? (JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold)
      : { _doc: '', corpus: CORPUS, field: 'content', articles: [] };
    for (const b of sampleBlocks) {
      const row = JSON.parse(lines[b.index]!) as Record<string, string>;
      const entities = report(b, row.content ?? '');
      const art: GoldArticle = { index: b.index, id: `sn-${String(b.index).padStart(3, '0')}`, url: row.url ?? '', split: b.split, entities };
      gold.articles = gold.articles.filter((a) => a.index !== b.index).concat(art);
    }
    // tune, heldout, heldout2, tune2 blocks, each in index order
    gold.articles.sort((p, q) => SPLITS.indexOf(p.split) - SPLITS.indexOf(q.split) || p.index - q.index);
    if (write) {
      writeFileSync(GOLD_FILE, formatGold(gold));
      process.stderr.write(`wrote ${gold.articles.length} articles to ${path.relative(PROJECT_ROOT, GOLD_FILE)}\n`);
    }
  }
  if (studyBlocks.length > 0) {
    const gold: StudyGold = existsSync(STUDY_GOLD_FILE)
      ? (JSON.parse(readFileSync(STUDY_GOLD_FILE, 'utf8')) as StudyGold)
      : { _doc: STUDY_DOC, field: 'content', articles: [] };
    for (const b of studyBlocks) {
      const { zip, url } = b.study!;
      const entities = report(b, studyGoldArticle({ zip, url }).content);
      gold.articles = gold.articles.filter((a) => a.url !== url).concat({ zip, url, id: studyArticleId(zip, url), split: b.split, entities });
    }
    gold.articles.sort((p, q) => SPLITS.indexOf(p.split) - SPLITS.indexOf(q.split) || p.zip.localeCompare(q.zip) || p.id.localeCompare(q.id));
    if (write) {
      writeFileSync(STUDY_GOLD_FILE, formatStudyGold(gold));
      process.stderr.write(`wrote ${gold.articles.length} articles to ${path.relative(PROJECT_ROOT, STUDY_GOLD_FILE)}\n`);
    }
  }
}

function formatStudyGold(g: StudyGold): string {
  const arts = g.articles.map((a) => {
    const ents = a.entities.map((e) => '    ' + JSON.stringify(e)).join(',\n');
    const head = JSON.stringify({ zip: a.zip, url: a.url, id: a.id, split: a.split }).slice(0, -1);
    return `  ${head}, "entities": [\n${ents}\n  ]}`;
  });
  return `{\n "_doc": ${JSON.stringify(g._doc)},\n "field": ${JSON.stringify(g.field)},\n "articles": [\n${arts.join(',\n')}\n ]\n}\n`;
}

/** One entity per line keeps the file short and its diffs readable. */
function formatGold(g: Gold): string {
  const arts = g.articles.map((a) => {
    const ents = a.entities.map((e) => '    ' + JSON.stringify(e)).join(',\n');
    const head = JSON.stringify({ index: a.index, id: a.id, url: a.url, split: a.split }).slice(0, -1);
    return `  ${head}, "entities": [\n${ents}\n  ]}`;
  });
  return `{\n "_doc": ${JSON.stringify(g._doc)},\n "corpus": ${JSON.stringify(g.corpus)},\n "field": ${JSON.stringify(g.field)},\n "articles": [\n${arts.join(',\n')}\n ]\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('entity-offsets.ts')) main();
