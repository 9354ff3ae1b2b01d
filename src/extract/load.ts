/**
 * One entry point from a path (or `-`) to pipeline input: reads the bytes under the size limit,
 * routes HTML pages to the HTML extractor and everything else through text decoding.
 */
import path from 'node:path';
import { LimitError, UserError } from '../errors.ts';
import type { PipelineInput } from '../doc/input.ts';
import { DEFAULT_MAX_BYTES, decodeInput, readBytes, type ReadOptions } from './input.ts';

export interface LoadOptions extends ReadOptions {
  /** Force a format instead of detecting it from the name and the first bytes. */
  format?: 'text' | 'html';
}

/** True when the first non-blank bytes open an HTML document (`<!doctype html`, `<html`). */
export function looksLikeHtml(head: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head.replace(/^\uFEFF/, ''));
}

export async function loadInput(pathOrDash: string, opts: LoadOptions = {}): Promise<PipelineInput> {
  return inputFromBytes(readBytes(pathOrDash, opts), pathOrDash, opts);
}

/** {@link loadInput} for bytes already read from `pathOrDash` (a path, or `-` for standard input). */
export async function inputFromBytes(bytes: Buffer, pathOrDash: string, opts: LoadOptions = {}): Promise<PipelineInput> {
  const name = pathOrDash === '-' ? 'standard input' : pathOrDash;
  const origin = pathOrDash === '-' ? null : pathOrDash;
  const byName = /\.x?html?$/i.test(path.extname(pathOrDash));
  let html = opts.format === 'html' || (opts.format !== 'text' && byName);
  if (!html && opts.format !== 'text' && bytes.length > 0) {
    // Cheap look at the first bytes (ASCII-compatible encodings) before a full decode.
    html = looksLikeHtml(bytes.subarray(0, 1024).toString('latin1'));
  }
  if (html) {
    if (bytes.length === 0)
      throw new UserError(`${name} is empty (0 bytes); give marsad a page that contains an article`);
    const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > max) {
      throw new LimitError(
        `${name} is ${bytes.length} bytes, over the ${max} bytes limit; raise it with --max-bytes ${bytes.length}`,
      );
    }
    let mod: { htmlToInput?: (b: Uint8Array, o: { url?: string; contentType?: string }) => PipelineInput };
    try {
      mod = await import('./html/index.ts');
    } catch {
      throw new UserError(
        `${name} is an HTML page, and HTML input is not available in this build; save the article as plain text`,
      );
    }
    if (!mod.htmlToInput)
      throw new UserError(`${name} is an HTML page, and HTML input is not available in this build`);
    const input = mod.htmlToInput(bytes, {});
    return { ...input, meta: { ...input.meta, origin: input.meta?.origin ?? origin, format: 'html' } };
  }
  const decoded = decodeInput(bytes, name, opts);
  return {
    text: decoded.text,
    meta: { origin, encoding: decoded.encoding, format: 'text', ...(decoded.warnings ? { warnings: decoded.warnings } : {}) },
  };
}
