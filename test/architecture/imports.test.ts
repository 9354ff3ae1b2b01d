/**
 * The house rules for imports (DESIGN.md, "Layers"): every import points down the layer table
 * below, and no module reaches itself again through its imports. Imports are read with the
 * TypeScript compiler's own pre-processor (static, type-only and dynamic `import()` alike), so
 * a lazy import inside a command's action counts the same as one at the top of a file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/** Lowest first; a module may import its own layer and the layers above it in this list. */
export const LAYERS: Array<[prefix: string, layer: string]> = [
  ['errors.ts', 'ground'],
  ['util/', 'ground'],
  ['doc/', 'document'],
  ['text/', 'text'],
  ['lexicon/', 'language data'],
  ['analyze/', 'analysis'],
  ['extract/', 'input reading'],
  ['pipeline/stage.ts', 'stage contract'],
  ['stages/', 'stages'],
  ['pipeline/', 'pipeline'],
  ['store/', 'archive'],
  ['ingest/', 'ingest'],
  ['server/', 'server'],
  ['cli/', 'cli'],
  ['index.ts', 'library entry'],
];

function rankOf(rel: string): number {
  const i = LAYERS.findIndex(([p]) => rel === p || (p.endsWith('/') && rel.startsWith(p)));
  if (i < 0) throw new Error(`src/${rel} is in no layer: add its folder to LAYERS`);
  // Entries naming the same layer share a rank.
  return LAYERS.findIndex(([, layer]) => layer === LAYERS[i]![1]);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** file (relative to src/) → the src files it imports. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)))
      .filter((rel) => rel.endsWith('.ts') && !rel.startsWith('..'));
    graph.set(path.relative(SRC, file), [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('imports', () => {
  const graph = importGraph();

  it('reads the whole source tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('cli/main.ts')).toContain('errors.ts');
  });

  it('point down the layers: no module imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (rankOf(to) > rankOf(from)) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('form no circles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the checks themselves catch an upward import and a circle', () => {
    const g = new Map([
      ['text/a.ts', ['cli/main.ts']],
      ['analyze/x.ts', ['analyze/y.ts']],
      ['analyze/y.ts', ['analyze/x.ts']],
    ]);
    expect(rankOf('cli/main.ts')).toBeGreaterThan(rankOf('text/a.ts'));
    expect(cycles(g)).toEqual([['analyze/x.ts', 'analyze/y.ts']]);
  });
});
