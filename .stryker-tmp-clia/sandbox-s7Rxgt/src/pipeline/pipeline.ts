// @ts-nocheck
import {
  emptyArticle,
  emptyDocument,
  type DocumentMeta,
  type MarsadDocument,
} from '../doc/types.ts';
import type { PipelineInput } from '../doc/input.ts';
import type { AnalyzeOptions, Facet, Stage, StageContext } from './stage.ts';
import { STAGES } from './stages.ts';
import { arabicRatio } from '../text/script.ts';

const NO_DATE_WARNING = {
  code: 'no-publication-date',
  message: 'no publication date was found; pass --date YYYY-MM-DD to resolve relative dates',
} as const;

export type { PipelineInput } from '../doc/input.ts';

/** Checks that every stage's needs are provided by an earlier stage; throws with the culprit named. */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Facet>(['text']);
  for (const s of stages) {
    for (const n of s.needs) {
      if (!have.has(n)) {
        throw new Error(`pipeline stage "${s.name}" needs "${n}", which no earlier stage provides`);
      }
    }
    for (const p of s.provides) have.add(p);
  }
}

export function newDocument(input: PipelineInput, options: AnalyzeOptions = {}): MarsadDocument {
  const ratio = arabicRatio(input.text);
  const meta: DocumentMeta = {
    origin: null,
    encoding: 'utf-8',
    format: 'text',
    warnings: [],
    ...input.meta,
    // Structure handed over by an extractor (HTML, feeds) carries the article's own date, which
    // wins over --date exactly as it does when the structure stage finds one in plain text.
    referenceDate: input.meta?.referenceDate ?? input.article?.published?.value ?? options.date ?? null,
    arabicRatio: ratio,
  };
  meta.warnings = [...(meta.warnings ?? [])];
  if (ratio === 0 && input.text.trim().length > 0) {
    meta.warnings.push({
      code: 'no-arabic',
      message:
        'the text contains no Arabic letters; it was analysed anyway, but Arabic rules will find little',
    });
  }
  return emptyDocument(input.text, meta, input.article ?? emptyArticle());
}

/** Runs the whole analysis pipeline over one text. */
export function analyzeText(
  input: PipelineInput,
  options: AnalyzeOptions = {},
  stages: readonly Stage[] = STAGES,
): MarsadDocument {
  checkOrder(stages);
  let doc = newDocument(input, options);
  const ctx: StageContext = { options };
  const skip = new Set(options.skip ?? []);
  if (input.article) {
    skip.add('structure');
    if (!doc.meta.referenceDate) doc.meta.warnings.push({ ...NO_DATE_WARNING });
  }
  for (const stage of stages) {
    if (skip.has(stage.name)) continue;
    const patch = stage.run(doc, ctx);
    doc = { ...doc, ...patch };
    if (stage.provides.includes('article')) {
      // The reference date for relative expressions: the article's own date, else --date.
      const published = doc.article.published?.value ?? null;
      doc.meta = { ...doc.meta, referenceDate: published ?? options.date ?? null };
      if (!doc.meta.referenceDate) doc.meta.warnings.push({ ...NO_DATE_WARNING });
    }
  }
  if (!options.tokens) delete doc.tokens;
  return doc;
}
