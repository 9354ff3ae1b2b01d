/**
 * The environment is read in one place: the CLI (src/cli/config.ts) turns MARSAD_* variables into
 * settings and passes them down as options (to createPipeline, ingest, openStore, the fetcher).
 * Nothing else under src/ reads `process.env`, so a library user or a test sets these through
 * options, and a setting cannot differ between the CLI and the layers it calls.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/**
 * Files allowed to read the environment, with the reason. cli/ is the product's entry point;
 * util/shared.ts finds the reference data for tests, evaluations and training ($MARSAD_SHARED),
 * not a setting of the product.
 */
const ALLOWED = [/^cli\//, /^util\/shared\.ts$/];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(e) && !e.endsWith('.d.ts') ? [p] : [];
  });
}

/** Where `code` reads the environment: `process.env`, `process['env']`, `{ env } = process`, `node:process`'s env. */
export function envReads(code: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node) => `line ${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${n.getText(sf)}`;
  const isProcess = (e: ts.Expression) => ts.isIdentifier(e) && e.text === 'process';
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && isProcess(n.expression) && n.name.text === 'env') found.push(at(n));
    else if (
      ts.isElementAccessExpression(n) &&
      isProcess(n.expression) &&
      ts.isStringLiteralLike(n.argumentExpression) &&
      n.argumentExpression.text === 'env'
    )
      found.push(at(n));
    else if (
      ts.isVariableDeclaration(n) &&
      ts.isObjectBindingPattern(n.name) &&
      n.initializer &&
      isProcess(n.initializer) &&
      n.name.elements.some((b) => (b.propertyName ?? b.name).getText(sf) === 'env')
    )
      found.push(at(n));
    else if (
      ts.isImportDeclaration(n) &&
      ts.isStringLiteral(n.moduleSpecifier) &&
      /^(node:)?process$/.test(n.moduleSpecifier.text) &&
      /\benv\b/.test(n.importClause?.getText(sf) ?? '')
    )
      found.push(at(n));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('environment reads', () => {
  it('finds every way of reading the environment', () => {
    expect(envReads('const a = process.env.MARSAD_X;')).toHaveLength(1);
    expect(envReads("const a = process['env'];")).toHaveLength(1);
    expect(envReads('const { env } = process;')).toHaveLength(1);
    expect(envReads('const { env: e, argv } = process;')).toHaveLength(1);
    expect(envReads("import { env } from 'node:process';")).toHaveLength(1);
    // a word in a comment or a string is no read; other properties of process are fine
    expect(envReads("// process.env is read by the CLI\nconst s = 'process.env'; process.stderr.write(s);")).toEqual([]);
  });

  it('happen only in src/cli/ (and where the reference data is found)', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    let allowedReads = 0;
    for (const f of files) {
      const rel = path.relative(SRC, f).split(path.sep).join('/');
      const reads = envReads(readFileSync(f, 'utf8'), f);
      if (ALLOWED.some((r) => r.test(rel))) allowedReads += reads.length;
      else offenders.push(...reads.map((r) => `src/${rel} ${r}`));
    }
    expect(offenders).toEqual([]);
    // the scan does see the reads where they belong
    expect(allowedReads).toBeGreaterThan(0);
  });
});
