/**
 * The document model: the JSON contract shared by the CLI, the store, the API, the UI and exports.
 *
 * The original text is never rewritten. Every annotation is a half-open range `[start, end)` of
 * UTF-16 code units (JavaScript string indices) into `MarsadDocument.text`, and carries the
 * covered `text` so a reader can check it: `doc.text.slice(start, end) === span.text` always
 * (see `test/doc/invariants.test.ts`).
 */

/** A half-open range into the document text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Which rule or model produced an annotation, e.g. `rule:dateline/city-agency` or
 * `model:ner-perceptron`. `marsad explain` prints it next to the annotation.
 */
export type Provenance = string;

export interface SourcedSpan extends Span {
  source: Provenance;
}

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'symbol' | 'emoji';

export interface Token extends Span {
  kind: TokenKind;
  /** Normalised form for matching (see `src/text/normalize.ts`); never shown as the text. */
  norm: string;
}

export interface Sentence extends Span {
  /** Index into `article.paragraphs` (or -1 for headline/caption/other blocks). */
  paragraph: number;
}

export interface PublishedDate extends SourcedSpan {
  /** ISO calendar date `YYYY-MM-DD`. */
  value: string;
}

export interface ArticleStructure {
  headline: SourcedSpan | null;
  /** Where the publication date was read; null when the article has none (see `meta.published`). */
  published: PublishedDate | null;
  caption: SourcedSpan | null;
  credit: { photographer: SourcedSpan | null; agency: SourcedSpan | null };
  byline: SourcedSpan | null;
  dateline: SourcedSpan | null;
  /** Body paragraphs, site furniture excluded. */
  paragraphs: SourcedSpan[];
  /** Site furniture: font widgets, share bars, "read also", contributor footers… */
  boilerplate: SourcedSpan[];
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Entity {
  /** Document-local id, e.g. `e1`. */
  id: string;
  /** Cross-article key: the same real-world entity gets the same key in every article. */
  key: string;
  type: EntityType;
  /** Canonical Arabic name (the longest/fullest mention). */
  name: string;
  /** English name, when known. */
  en: string | null;
  /** lexicon: a curated list or the knowledge base; intl: CLDR; glossary: an institution translated; translit: romanised */
  enSource: 'lexicon' | 'intl' | 'glossary' | 'translit' | null;
  roles: Role[];
  mentions: SourcedSpan[];
  source: Provenance;
  /** The knowledge-base record the entity is linked to (src/analyze/entities/kb.ts), when known. */
  kb?: EntityKb;
}

/** A knowledge-base link: the record's stable id and its Wikidata id when known (`Q851`). */
export interface EntityKb {
  id: string;
  wikidata?: string;
}

/**
 * A role or title of a person: the words in the text that give it, or, when the text shows the
 * role only by position (a name in a photo credit), the span of that evidence plus a `label`.
 */
export interface Role extends SourcedSpan {
  label?: 'photographer';
}

/** Arabic wording for role labels, for people-facing output (the JSON keeps `label`). */
export const ROLE_LABEL_AR: Record<NonNullable<Role['label']>, string> = { photographer: 'مصوّر' };

/** How a role reads to a person: its label, when it has one, else its words. */
export function roleText(r: Role, lang: 'ar' | 'en' = 'ar'): string {
  if (!r.label) return r.text;
  return lang === 'ar' ? ROLE_LABEL_AR[r.label] : r.label;
}

export interface Quote {
  kind: 'direct' | 'indirect';
  /** The quoted content, without its quotation marks. */
  text: Span;
  /** The verb or phrase of saying. */
  cue: Span | null;
  speaker: { entity: string | null; text: Span | null };
  /** Entity id of an agency or outlet the quote was relayed through. */
  via: string | null;
  source: Provenance;
  /** Entity ids the quote is about: entities mentioned in its content, other than its speaker and outlet. */
  target?: string[];
  /** How the cue verb presents the content; absent when the cue is not a verb of saying. */
  stance?: QuoteStance;
}

/** نفى denies, حذّر warns, أكّد asserts; قال، أضاف and the like are neutral. */
export type QuoteStance = 'neutral' | 'asserting' | 'denying' | 'warning';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimeType;
  /** TIMEX3-style value: `2021-06-16`, `2021-06`, `2021-W21`, `P1W`, `XXXX-XX-XX`… */
  value: string;
  /** The date the value was resolved against, `YYYY-MM-DD`, or null when none was needed. */
  anchor: string | null;
  /** For Hijri dates: the Hijri value as written, e.g. `1436-10-03` (AH). */
  hijri?: string;
  /** TIMEX3 `mod` of a count: `MORE_THAN` for منذ أكثر من ثلاثين يوماً, `APPROX` for نحو عشرة أيام. */
  mod?: TimeMod;
  /** For an age (`rule:time/age`, البالغ 40 عاماً): the id of the person entity it is the age of. */
  of?: string;
  source: Provenance;
}

export type TimeMod = 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'APPROX';

export type EventType = 'meeting' | 'summit' | 'visit' | 'call' | 'other';

export interface NewsEvent {
  type: EventType;
  trigger: Span;
  participants: string[];
  place: string | null;
  time: { value: string; span: Span | null } | null;
  status: 'planned' | 'happened' | 'cancelled' | 'unknown';
  source: Provenance;
}

export interface DocumentMeta {
  /** Where the text came from (file path or URL), when known. */
  origin: string | null;
  /** Character encoding the input was decoded from, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  encoding: string;
  /** Detected input format: `text`, `html`, … */
  format: string;
  /** Share of letters that are Arabic; an article with none is analysed but flagged. */
  arabicRatio: number;
  /** Problems that did not stop the analysis (e.g. `no-arabic`, `no-publication-date`). */
  warnings: Warning[];
  /** The reference date stages resolved relative expressions against (`YYYY-MM-DD`), or null. */
  referenceDate: string | null;
  /** Title/url/source supplied by a container (JSONL, feed, HTML), when any. */
  title?: string | null;
  url?: string | null;
  site?: string | null;
  /** Language and writing direction declared or detected for an HTML page (`ar`, `rtl`). */
  lang?: string | null;
  dir?: string | null;
}

export interface Warning {
  code: string;
  message: string;
}

export interface MarsadDocument {
  /** The original text after decoding to Unicode, unchanged. */
  text: string;
  meta: DocumentMeta;
  article: ArticleStructure;
  sentences: Sentence[];
  tokens?: Token[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  events: NewsEvent[];
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function sourced(text: string, start: number, end: number, source: Provenance): SourcedSpan {
  return { start, end, text: text.slice(start, end), source };
}

/**
 * A document before any stage has run: the text, its meta (unset fields get their plain-text
 * defaults), and no annotations. `arabicRatio` is the caller's, as computing it scans the text.
 */
export function emptyDocument(
  text: string,
  meta: Partial<DocumentMeta> & Pick<DocumentMeta, 'arabicRatio'>,
  article: ArticleStructure = emptyArticle(),
): MarsadDocument {
  return {
    text,
    meta: { origin: null, encoding: 'utf-8', format: 'text', warnings: [], referenceDate: null, ...meta },
    article,
    sentences: [],
    entities: [],
    quotes: [],
    times: [],
    events: [],
  };
}

export function emptyArticle(): ArticleStructure {
  return {
    headline: null,
    published: null,
    caption: null,
    credit: { photographer: null, agency: null },
    byline: null,
    dateline: null,
    paragraphs: [],
    boilerplate: [],
  };
}
