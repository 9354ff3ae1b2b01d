/**
 * The one escaping helper of the web UI. Article text is hostile input: every value that reaches
 * HTML goes through `html` (a tagged template) or `escapeHtml`, in text and attribute contexts
 * alike (attributes are always double-quoted, and quotes are escaped too).
 */
// @ts-nocheck


/** Markup that is already safe (built by `html` or from constant strings in our own code). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Bidirectional embedding/override/isolate controls. In hostile text they can make a display lie
 * (e.g. reverse a file name or a URL), so they are shown as visible markers instead; the stored
 * text is never changed. LRM/RLM/ALM are left alone: they only mark direction and are common in
 * ordinary Arabic text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

function bidiMarker(ch: string): string {
  return `⟦U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`;
}

/** Escapes text for HTML text or (double-quoted) attribute context, neutralising bidi overrides. */
const NEEDS_ESCAPE = /[&<>"'`\u202A-\u202E\u2066-\u2069]/;

export function escapeHtml(value: unknown): string {
  const s = value == null ? '' : String(value);
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]!).replace(BIDI_CONTROLS, bidiMarker);
}

/** True when `s` contains bidi override/embedding/isolate controls. */
export function hasBidiControls(s: string): boolean {
  BIDI_CONTROLS.lastIndex = 0;
  const found = BIDI_CONTROLS.test(s);
  BIDI_CONTROLS.lastIndex = 0;
  return found;
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function interpolate(v: Interpolation): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(interpolate).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(v);
}

/** Tagged template: the literal parts are trusted markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Joins fragments (each escaped unless already SafeHtml). */
export function join(parts: Interpolation[], sep = ''): SafeHtml {
  return new SafeHtml(parts.map(interpolate).join(sep));
}

/**
 * A URL that may be rendered as a link: only absolute http(s) URLs, re-serialised by the URL
 * parser (so `javascript:`, `data:`, `vbscript:` and obfuscated variants never become links).
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** A link to `url` when it is http(s), else the URL shown as plain text. */
export function externalLink(url: string | null | undefined, label?: string): SafeHtml {
  const href = safeHref(url);
  if (!href) return html`<span class="url">${label ?? url ?? ''}</span>`;
  return html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${label ?? href}</a>`;
}
