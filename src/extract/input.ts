import { readFileSync } from 'node:fs';

export interface DecodedInput {
  text: string;
  encoding: string;
  bytes: number;
}

// Placeholder: the foundation issue replaces this with BOM/UTF-16/windows-1256 detection and limits.
export function readInput(file: string): DecodedInput {
  const buf = file === '-' ? readFileSync(0) : readFileSync(file);
  return { text: buf.toString('utf8'), encoding: 'utf-8', bytes: buf.length };
}
