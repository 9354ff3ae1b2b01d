// @ts-nocheck
import { decodeBytes } from '../input.ts';
import type { Warning } from '../../doc/types.ts';

export interface DecodedHtml {
  html: string;
  /** The encoding the page was decoded from (`utf-8`, `windows-1256`, `utf-16le`…). */
  encoding: string;
  /** What the HTTP header or the page itself declared, canonicalised, when anything. */
  declared: string | null;
  warnings: Warning[];
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso8859-6': 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'ecma-114': 'iso-8859-6',
};

export function canonicalCharset(name: string): string {
  const n = name.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return ALIASES[n] ?? n;
}

/** The charset parameter of a Content-Type value (`text/html; charset=windows-1256`), if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m?.[1] ? canonicalCharset(m[1]) : null;
}

/**
 * The charset a page declares in its first bytes (`<meta charset>` or an `http-equiv`
 * Content-Type), read as ASCII the way browsers prescan. UTF-16 pages are prescanned after
 * dropping their NUL bytes.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let ascii = Buffer.from(head).toString('latin1');
  if (ascii.includes('\0')) ascii = ascii.replace(/\0/g, '');
  for (const m of ascii.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1] && !/http-equiv/i.test(tag)) return canonicalCharset(direct[1]);
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag);
      const cs = charsetFromContentType(content?.[2]);
      if (cs) return cs;
    }
    if (direct?.[1]) return canonicalCharset(direct[1]);
  }
  return null;
}

const family = (enc: string): string => (enc === 'utf-8-bom' ? 'utf-8' : enc);

/**
 * Decodes a page: the HTTP header's charset beats `<meta>` (as in browsers), but the bytes have
 * the last word: a declaration the bytes contradict (UTF-8 that is not, a code page on valid
 * UTF-8, ISO-8859-6 that reads as windows-1256) is overridden and reported as a warning.
 * Detection itself is {@link decodeBytes} (BOM, UTF-16 patterns, strict UTF-8, Arabic code pages).
 */
export function decodeHtml(bytes: Uint8Array, opts: { contentType?: string; name?: string } = {}): DecodedHtml {
  const fromHeader = charsetFromContentType(opts.contentType);
  let fromMeta = sniffMetaCharset(bytes);
  // A page that could be prescanned as ASCII is not UTF-16, whatever its <meta> says (HTML spec).
  if (fromMeta?.startsWith('utf-16') && !Buffer.from(bytes.subarray(0, 4096)).includes(0)) fromMeta = 'utf-8';
  const declared = fromHeader ?? fromMeta;
  const warnings: Warning[] = [];
  // A declared legacy code page is only trusted by decodeBytes when the bytes are not UTF-8; we
  // also refuse a wrong Arabic code page by letting it score both.
  const trustDeclared = declared && declared !== 'windows-1256' && declared !== 'iso-8859-6' ? declared : null;
  let decoded = decodeBytes(bytes, { declared: trustDeclared, name: opts.name ?? 'the page' });
  if (decoded.encoding === 'utf-8-invalid' && declared && declared !== 'utf-8') {
    decoded = decodeBytes(bytes, { declared, name: opts.name ?? 'the page' });
  }
  const { text, encoding } = decoded;
  warnings.push(...(decoded.warnings ?? []));
  const used = family(encoding);
  if (declared && used !== declared && !(used.startsWith('utf-16') && declared.startsWith('utf-16'))) {
    warnings.push({
      code: 'html-charset-mismatch',
      message: `the page declares ${declared} (${fromHeader ? 'HTTP header' : '<meta>'}) but its bytes are ${used}; decoded as ${used}`,
    });
  } else if (fromHeader && fromMeta && fromHeader !== fromMeta && used === fromHeader) {
    warnings.push({
      code: 'html-charset-conflict',
      message: `the HTTP header says ${fromHeader} and <meta> says ${fromMeta}; the bytes agree with ${fromHeader}`,
    });
  }
  if (!declared && used !== 'utf-8' && used !== 'utf-8-bom') {
    warnings.push({ code: 'html-charset-undeclared', message: `the page declares no charset; detected ${used}` });
  }
  return { html: text, encoding, declared, warnings };
}
