/**
 * The stage contract (src/pipeline/stage.ts): each stage reads only the facets it `needs` (and
 * `meta`) and the resources it declares, returns only what it `provides` (and `meta`), and needs
 * nothing it does not read. Each stage of the default pipeline runs, in order, over a document
 * proxy that throws on a facet it did not declare and records the ones it reads.
 */
import { describe, expect, it } from 'vitest';
import type { MarsadDocument } from '../../src/doc/types.ts';
import {
  analyzeText,
  createPipeline,
  newDocument,
  stageContext,
  Undeclared,
} from '../../src/pipeline/pipeline.ts';
import type { Facet, Stage } from '../../src/pipeline/stage.ts';
import { STAGES } from '../../src/pipeline/stages.ts';
import { timesStage } from '../../src/stages/times.ts';
import { quotesStage } from '../../src/stages/quotes.ts';
import { withEntityResources } from '../../src/analyze/entities/resources.ts';

// Fictional: a headline, a dated meeting, a quote, an age, a title and a place, and a quote whose
// speaker is named by a role alone (resolved through the entities' roles and the title lexicon).
const TEXT = [
  'وزير الخارجية يستقبل نظيره في الرياض',
  'الرياض - 12 مارس 2021',
  'استقبل وزير الخارجية سامر القاسمي اليوم الخميس في الرياض نظيره الأردني خالد المنصوري (54 عاما)، وبحثا التعاون بين البلدين.',
  'وقال القاسمي إن «العلاقات بين البلدين تشهد تطورا كبيرا».',
  'وحضر اللقاء الناطق باسم الوزارة فهد العتيبي.',
  'وقال الناطق الرسمي باسم الوزارة: «اللجنة المشتركة ستجتمع الأسبوع المقبل في عمّان».',
].join('\n\n');

const FACETS: readonly Facet[] = ['text', 'article', 'sentences', 'tokens', 'entities', 'quotes', 'times', 'events'];

/** The document as `stage` may see it: undeclared facets throw, declared ones are recorded when read. */
function guarded(doc: MarsadDocument, stage: Stage, read: Set<string>): MarsadDocument {
  return new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === 'string' && (FACETS as readonly string[]).includes(key)) {
        if (!stage.needs.includes(key as Facet)) {
          throw new Error(`stage "${stage.name}" read "${key}", which it does not declare`);
        }
        read.add(key);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    ownKeys(target) {
      // a spread of the whole document (`{...doc}`) would read every facet
      throw new Error(`stage "${stage.name}" enumerated the document (${Reflect.ownKeys(target).length} keys)`);
    },
  });
}

/** Runs `stages` in order as the pipeline does, each over a guarded document; what each read. */
function runGuarded(stages: readonly Stage[]): { doc: MarsadDocument; read: Map<string, Set<string>> } {
  const pipeline = createPipeline();
  const options = { date: '2021-03-10' };
  let doc = newDocument({ text: TEXT }, options);
  const read = new Map<string, Set<string>>();
  for (const stage of stages) {
    const seen = new Set<string>();
    const ctx = stageContext(options, stage, pipeline.resources);
    const lex = ctx.resources?.lexicons ?? new Undeclared(stage.name);
    const patch = withEntityResources(lex, () => stage.run(guarded(doc, stage, seen), ctx));
    const extra = Object.keys(patch).filter((k) => k !== 'meta' && !stage.provides.includes(k as Facet));
    if (extra.length) throw new Error(`stage "${stage.name}" returned ${extra.join(', ')}, which it does not provide`);
    doc = { ...doc, ...patch };
    if (stage.provides.includes('article')) {
      doc.meta = { ...doc.meta, referenceDate: doc.article.published?.value ?? options.date };
    }
    read.set(stage.name, seen);
  }
  return { doc, read };
}

describe('stage declarations', () => {
  const { doc, read } = runGuarded(STAGES);

  it('every stage reads only what it declares, and the run matches the pipeline', () => {
    // the guarded run is the real analysis: it found what the pipeline finds
    const real = analyzeText({ text: TEXT }, { date: '2021-03-10', tokens: true });
    expect(doc.entities).toEqual(real.entities);
    expect(doc.times).toEqual(real.times);
    expect(doc.quotes).toEqual(real.quotes);
    expect(doc.events).toEqual(real.events);
    // and the text gave every stage something to do
    expect(doc.entities.length).toBeGreaterThan(0);
    expect(doc.times.length).toBeGreaterThan(0);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(doc.events.length).toBeGreaterThan(0);
  });

  it.each(STAGES.map((s) => [s.name, s] as const))('%s needs nothing it does not read', (name, stage) => {
    expect([...read.get(name)!].sort()).toEqual([...stage.needs].sort());
  });

  it('a stage that reads an undeclared facet or resource fails', () => {
    const liar: Stage = { ...timesStage, needs: timesStage.needs.filter((n) => n !== 'text') };
    expect(() => runGuarded(STAGES.map((s) => (s === timesStage ? liar : s)))).toThrow(
      /stage "times" read "text", which it does not declare/,
    );
    // quotes link speakers through the entity lexicons (titles): without declaring them, it fails
    const blind: Stage = { ...quotesStage, resources: [] };
    expect(() => runGuarded(STAGES.map((s) => (s === quotesStage ? blind : s)))).toThrow(
      /"quotes" reads the entity lexicons without declaring/,
    );
  });

  it('the pipeline itself hands a stage only its declared facets and resources', () => {
    const seen: Array<string[]> = [];
    const spy: Stage = {
      name: 'spy',
      needs: ['text', 'entities'],
      provides: [],
      run: (d, ctx) => {
        seen.push(Object.keys(d).sort(), Object.keys(ctx.resources ?? {}));
        return {};
      },
    };
    createPipeline({ stages: [...STAGES, spy] }).analyze({ text: TEXT });
    expect(seen).toEqual([['entities', 'meta', 'text'], []]);
  });
});
