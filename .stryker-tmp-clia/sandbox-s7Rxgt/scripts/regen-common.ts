/**
 * Shared by the scripts/regen-*.ts scripts: write a golden file and print what changed, so that
 * regenerating is a reviewed step. Tests never import this (nor the regen scripts): they compute
 * the output on their own and compare it with the committed file.
 */
// @ts-nocheck

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/util/shared.ts';

/** A line diff (longest common subsequence), as `-`/`+` lines with two lines of context. */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > 25_000_000) return `(too large to diff: ${a.length} → ${b.length} lines)`;
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = LCS length of a[i..] and b[j..], stored row by row
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const ops: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
      ops.push({ op: '-', line: a[i]! });
      i++;
    } else {
      ops.push({ op: '+', line: b[j]! });
      j++;
    }
  }
  const keep = ops.map((o, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some((x) => x.op !== ' '),
  );
  const out: string[] = [];
  let skipped = false;
  ops.forEach((o, k) => {
    if (!keep[k]) {
      if (!skipped) out.push('  …');
      skipped = true;
      return;
    }
    skipped = false;
    out.push(`${o.op} ${o.line}`);
  });
  return out.join('\n');
}

/**
 * Writes `value` as pretty JSON to `file` and prints the diff against what was there (or that
 * the file is new). Returns whether the file changed.
 */
export function writeGolden(file: string, value: unknown): boolean {
  const next = JSON.stringify(value, null, 1) + '\n';
  const rel = path.relative(PROJECT_ROOT, file);
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (prev === next) {
    console.log(`unchanged ${rel}`);
    return false;
  }
  writeFileSync(file, next);
  if (prev === null) console.log(`NEW ${rel} (review it by hand before committing)`);
  else console.log(`CHANGED ${rel}:\n${lineDiff(prev, next)}\n`);
  return true;
}

/** True when the module whose `import.meta.url` is given is the script being run. */
export function isMain(url: string): boolean {
  return !!process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(url).pathname);
}
