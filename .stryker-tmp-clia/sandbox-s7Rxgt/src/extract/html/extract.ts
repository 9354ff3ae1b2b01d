// @ts-nocheck
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Warning } from '../../doc/types.ts';
import { findAbsoluteDates } from '../../text/dates.ts';
import { arabicRatio } from '../../text/script.ts';
import { bestCandidate, dateFromUrl, DATE_META, parseDateString, type DateCandidate } from './dates.ts';
import {
  ALWAYS_DROP,
  BYLINE_PREFIXES,
  fold,
  isFurnitureClass,
  isFurnitureRole,
  isFurnitureTag,
  isFurnitureText,
  isRelatedHeading,
} from './furniture.ts';
import { HtmlLimitError, resolveLimits, type HtmlLimits } from './limits.ts';

export interface HtmlExtractOptions {
  /** Where the page came from; its path may carry the date (`/2020/8/24/`). */
  url?: string;
  /** The HTTP Content-Type, when the page was fetched; its charset beats `<meta>`. */
  contentType?: string;
  limits?: Partial<HtmlLimits>;
}

/** A piece of text the extractor found, and which rule found it. */
export interface Found {
  text: string;
  source: string;
}

export interface HtmlExtraction {
  headline: Found | null;
  date: DateCandidate | null;
  /** The page's own visible wording of the chosen date, when it shows one that agrees. */
  dateText: string | null;
  byline: Found | null;
  caption: Found | null;
  /** A photo credit shown apart from the caption (`class="credit"`), when any. */
  credit: Found | null;
  paragraphs: string[];
  /** Where the paragraphs came from: `html:readability`, or `html:blocks` when Readability found no article. */
  bodySource: string;
  lang: string | null;
  dir: string | null;
  site: string | null;
  title: string | null;
  url: string | null;
  warnings: Warning[];
  /** Elements and blocks removed as site furniture. */
  furnitureRemoved: number;
}

type El = Element;

const norm = (s: string | null | undefined): string => (s ?? '').replace(/[\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => (c === '\u00a0' ? ' ' : '')).replace(/\s+/g, ' ').trim();

const hasArabic = (s: string): boolean => /\p{Script=Arabic}/u.test(s);

/** Parses a page into a DOM, wrapping fragments so there is always a `<body>`. */
export function parseDocument(html: string): Document {
  const head = html.slice(0, 2048);
  const src = /<html[\s>]/i.test(head) || /<body[\s>]/i.test(html.slice(0, 65536)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(src);
  return document as unknown as Document;
}

/**
 * Walks the element tree without recursion (pages nest 10,000 deep), numbering elements in
 * document order. Throws past `maxDepth`; returns the elements sitting at `flattenDepth`.
 */
function survey(doc: Document, limits: HtmlLimits): { order: Map<El, number>; tooDeep: El[]; maxDepth: number } {
  const order = new Map<El, number>();
  const tooDeep: El[] = [];
  let maxDepth = 0;
  const stack: [El, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    order.set(el, order.size);
    if (depth > maxDepth) maxDepth = depth;
    if (depth > limits.maxDepth) {
      throw new HtmlLimitError(
        `the page nests elements more than ${limits.maxDepth} levels deep; it is probably broken or hostile. ` +
          `Raise the limit (limits.maxDepth) if it is a real page`,
        'maxDepth',
      );
    }
    const kids = el.children;
    if (depth === limits.flattenDepth && kids.length > 0) {
      tooDeep.push(el);
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, depth + 1]);
  }
  return { order, tooDeep, maxDepth };
}

function metaMap(all: readonly El[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of all) {
    if (m.tagName !== 'META') continue;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (!key || content == null) continue;
    const list = out.get(key) ?? [];
    list.push(norm(content));
    out.set(key, list);
  }
  return out;
}

type Json = Record<string, unknown>;

/** JSON-LD objects on the page, `@graph`s and arrays flattened. Broken blocks are skipped. */
function jsonLd(all: readonly El[]): Json[] {
  const out: Json[] = [];
  for (const s of all) {
    if (s.tagName !== 'SCRIPT' || (s.getAttribute('type') ?? '').toLowerCase().trim() !== 'application/ld+json') continue;
    const raw = (s.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\/\*.*?\*\//s, '');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      try {
        data = JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    const queue: unknown[] = [data];
    while (queue.length && out.length < 200) {
      const d = queue.shift();
      if (Array.isArray(d)) queue.push(...d);
      else if (d && typeof d === 'object') {
        out.push(d as Json);
        const g = (d as Json)['@graph'];
        if (g) queue.push(g);
      }
    }
  }
  return out;
}

const typeOf = (o: Json): string => {
  const t = o['@type'];
  return (Array.isArray(t) ? t.join(' ') : String(t ?? '')).toLowerCase();
};

const isArticleType = (o: Json): boolean => /article|posting|report|webpage|liveblog|story/.test(typeOf(o));

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return norm(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join('، ') : null;
  }
  if (v && typeof v === 'object') return nameOf((v as Json).name);
  return null;
}

/** Drops a site-name suffix or prefix from a title: `العنوان - اليوم السابع` → `العنوان`. */
export function stripSiteName(title: string, site: string | null): string {
  const t = norm(title);
  const parts = t.split(/\s+[-|–—•»«:]{1,2}\s+/);
  if (parts.length < 2) return t;
  const fs = site ? fold(site) : null;
  if (fs) {
    const kept = parts.filter((p) => {
      const fp = fold(p);
      return !(fp === fs || fs.includes(fp) || (fp.includes(fs) && fp.length <= fs.length + 12));
    });
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  // No site name to compare: drop a short last part when the first is clearly the headline.
  const last = parts[parts.length - 1]!;
  const first = parts.slice(0, -1).join(' - ');
  if (last.split(' ').length <= 4 && first.split(' ').length >= 4) return first;
  return t;
}

function ancestorsFurniture(el: El): boolean {
  for (let e: El | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (tag === 'footer' || tag === 'nav' || tag === 'aside') return true;
    if (isFurnitureClass(e.getAttribute('class')) || isFurnitureClass(e.getAttribute('id'))) return true;
  }
  return false;
}

/** Text that follows `el` in document order, up to `max` characters (the headline's neighbourhood). */
function textAfter(el: El, max: number): string {
  let out = '';
  let node: Node | null = el;
  // Skip the element's own subtree, then walk forward.
  const next = (n: Node, skipKids: boolean): Node | null => {
    if (!skipKids && n.firstChild) return n.firstChild;
    let cur: Node | null = n;
    while (cur && !cur.nextSibling) cur = cur.parentNode;
    return cur ? cur.nextSibling : null;
  };
  node = next(el, true);
  let steps = 0;
  while (node && out.length < max && steps++ < 5000) {
    if (node.nodeType === 1) {
      const tag = (node as El).tagName.toLowerCase();
      if (ALWAYS_DROP.has(tag)) {
        node = next(node, true);
        continue;
      }
      if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'span' || tag === 'time' || tag === 'li') out += ' | ';
    } else if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
    }
    node = next(node, false);
  }
  return norm(out);
}

const fullDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v);

interface Block {
  text: string;
  linkChars: number;
  tag: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'hr', 'br', 'address', 'details',
  'summary', 'center', 'form', 'nav',
]);

/** Splits a subtree into text blocks at block elements and `<br>`, without recursion. */
export function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let tag = 'p';
  const flush = (): void => {
    const t = norm(buf);
    if (t && /[\p{L}\p{N}]/u.test(t)) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), tag });
    buf = '';
    linkChars = 0;
  };
  type Item = { node: Node; exit: boolean; inLink: boolean };
  const stack: Item[] = [{ node: root, exit: false, inLink: false }];
  while (stack.length) {
    const { node, exit, inLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      buf += v;
      if (inLink) linkChars += norm(v).length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const t = node.nodeType === 1 ? (node as El).tagName.toLowerCase() : '#root';
    if (exit) {
      if (BLOCK_TAGS.has(t)) flush();
      continue;
    }
    if (ALWAYS_DROP.has(t)) continue;
    if (BLOCK_TAGS.has(t)) {
      flush();
      tag = t;
    }
    stack.push({ node, exit: true, inLink });
    const kids = node.childNodes;
    const link = inLink || t === 'a';
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false, inLink: link });
  }
  flush();
  return blocks;
}

/** Extracts the article from decoded HTML. See {@link extractHtmlBytes} for raw bytes. */
export function extractHtml(html: string, opts: HtmlExtractOptions = {}, warningsIn: Warning[] = []): HtmlExtraction {
  const limits = resolveLimits(opts.limits);
  const warnings = [...warningsIn];
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > limits.maxBytes) {
    throw new HtmlLimitError(
      `the page is ${(bytes / 1048576).toFixed(1)} MB, over the ${(limits.maxBytes / 1048576).toFixed(1)} MB limit; raise limits.maxBytes to read it`,
      'maxBytes',
    );
  }
  const doc = parseDocument(html);
  const { order, tooDeep, maxDepth } = survey(doc, limits);
  if (tooDeep.length) {
    for (const el of tooDeep) el.textContent = el.textContent ?? '';
    warnings.push({
      code: 'html-deep-nesting',
      message: `the page nests ${maxDepth} levels deep; content below level ${limits.flattenDepth} was flattened to text`,
    });
  }
  // One list of every element, in document order, instead of many selector queries (slow in linkedom).
  let all = [...order.keys()];
  if (tooDeep.length) all = all.filter((e) => e.isConnected);
  const ld = jsonLd(all);
  for (const s of all) if (ALWAYS_DROP.has(s.tagName.toLowerCase())) s.remove();
  all = all.filter((e) => e.isConnected);
  const byTag = (...tags: string[]): El[] => all.filter((e) => tags.includes(e.tagName));
  const withClassOrId = all.filter((e) => e.hasAttribute('class') || e.hasAttribute('id'));

  const meta = metaMap(all);
  const first = (...keys: string[]): string | null => {
    for (const k of keys) for (const v of meta.get(k) ?? []) if (v) return v;
    return null;
  };
  const articles = ld.filter(isArticleType);
  const ldMain = articles.find((o) => o.datePublished || o.headline) ?? articles[0] ?? null;

  // Site name, then headline.
  const isUrlish = (s: string): boolean => /^(https?:|www\.)/i.test(s);
  const siteNames = [...(meta.get('og:site_name') ?? []), nameOf(ldMain?.publisher), first('application-name'), first('twitter:site')]
    .filter((s): s is string => !!s && !isUrlish(s) && !s.startsWith('@'));
  let site: string | null = siteNames[0] ?? null;
  const titleTag = norm(byTag('TITLE')[0]?.textContent);
  const ogTitle = first('og:title', 'twitter:title');
  const ldHeadline = typeof ldMain?.headline === 'string' ? norm(ldMain.headline) : null;
  const h1s = byTag('H1').map((h) => ({ el: h, text: norm(h.textContent) })).filter((h) => h.text.length >= 6);
  const reference = [ogTitle, ldHeadline, titleTag].filter((s): s is string => !!s).map((s) => fold(stripSiteName(s, site)));
  let headline: Found | null = null;
  let headlineEl: El | null = null;
  for (const h of h1s) {
    const fh = fold(h.text);
    if (reference.some((r) => r && (r === fh || r.includes(fh) || fh.includes(r)))) {
      headline = { text: h.text, source: 'html:h1' };
      headlineEl = h.el;
      break;
    }
  }
  if (!headline) {
    const t = ogTitle ?? ldHeadline ?? titleTag;
    if (t) headline = { text: stripSiteName(t, site), source: ogTitle ? 'html:og' : ldHeadline ? 'html:jsonld' : 'html:title' };
    else if (h1s[0]) {
      headline = { text: h1s[0].text, source: 'html:h1' };
      headlineEl = h1s[0].el;
    }
  }
  if (headline && headline.source !== 'html:h1') headline.text = stripSiteName(headline.text, site);
  if (!headlineEl && headline) {
    const fh = fold(headline.text);
    headlineEl = h1s.find((h) => fold(h.text) === fh)?.el ?? null;
  }
  if (!site && titleTag && headline) {
    const rest = norm(titleTag.replace(headline.text, '')).replace(/^[-|–—:•»«\s]+|[-|–—:•»«\s]+$/g, '');
    if (rest && rest.split(' ').length <= 5) site = rest;
  }

  // Publication date candidates, every source.
  const cands: DateCandidate[] = [];
  const push = (raw: unknown, source: string): void => {
    if (typeof raw !== 'string' || !raw.trim()) return;
    const p = parseDateString(raw);
    if (p) cands.push({ ...p, raw: norm(raw), source });
  };
  for (const o of articles.length ? articles : ld) push(o.datePublished, 'html:jsonld');
  for (const o of articles.length ? articles : ld) push(o.dateCreated, 'html:jsonld-created');
  for (const [key, vals] of meta) {
    const src = DATE_META[key];
    if (src) for (const v of vals) push(v, src);
  }
  for (const el of all.filter((e) => e.getAttribute('itemprop') === 'datePublished')) {
    push(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent, 'html:itemprop');
  }
  const times = byTag('TIME');
  const pubTime =
    times.find((t) => t.hasAttribute('pubdate') || /publish/i.test(t.getAttribute('class') ?? '')) ??
    times.find((t) => !ancestorsFurniture(t) && (!headlineEl || (order.get(t) ?? 0) > (order.get(headlineEl) ?? 0)));
  if (pubTime) push(pubTime.getAttribute('datetime') ?? pubTime.textContent, 'html:time');
  let dateText: string | null = null;
  const visible: { value: string; text: string; hijri?: string }[] = [];
  const scanVisible = (text: string): void => {
    for (const d of findAbsoluteDates(text)) {
      if (fullDate(d.value)) visible.push({ value: d.value, text: d.text, ...(d.hijri ? { hijri: d.hijri } : {}) });
    }
  };
  if (headlineEl) scanVisible(textAfter(headlineEl, 400));
  for (const el of visible.length ? [] : withClassOrId) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!/date|time|publish|posted|created/i.test(attr) || /prayer|weather|update|modif/i.test(attr)) continue;
    const t = norm(el.textContent);
    if (t.length > 200 || ancestorsFurniture(el)) continue;
    // The first date shown in a date-like element is the page's; the rest are related stories.
    scanVisible(t);
    if (visible.length > 0) break;
  }
  const v0 = visible[0];
  if (v0) cands.push({ value: v0.value, raw: v0.text, source: 'html:visible', ...(v0.hijri ? { hijri: v0.hijri } : {}) });
  const url = opts.url ?? first('og:url') ?? byTag('LINK').find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href') ?? null;
  if (url) {
    const u = dateFromUrl(url);
    if (u) cands.push(u);
  }
  const date = bestCandidate(cands);
  if (date) {
    const shown = visible.find((v) => v.value === date.value);
    if (shown) dateText = shown.text;
    else if (hasArabic(date.raw)) dateText = date.raw;
    const disagree = cands.filter((c) => c.value !== date.value && c.source !== 'html:jsonld-created');
    if (disagree.length) {
      warnings.push({
        code: 'html-date-conflict',
        message: `the page's dates disagree: ${date.value} (${date.source}) was kept over ${disagree.map((c) => `${c.value} (${c.source})`).join(', ')}`,
      });
    }
  }

  // Byline: a visible author element, then structured data.
  let byline: Found | null = null;
  for (const el of all.filter((e) => e.hasAttribute('class') || e.hasAttribute('id') || e.hasAttribute('rel') || e.hasAttribute('itemprop'))) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!/author|byline|writer|reporter|kateb|katib/i.test(attr) || /node|avatar|image|photo|img|bio/i.test(attr)) continue;
    const t = norm(el.textContent);
    if (t.length < 3 || t.length > 80 || !hasArabic(t) || isFurnitureText(t)) continue;
    if (headlineEl && (order.get(el) ?? 0) < (order.get(headlineEl) ?? 0) - 50) continue;
    byline = { text: t, source: 'html:byline' };
    break;
  }
  if (!byline) {
    const a = nameOf(ldMain?.author) ?? first('author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author');
    if (a && hasArabic(a) && !isUrlish(a) && (!site || fold(a) !== fold(site))) byline = { text: a, source: ldMain?.author ? 'html:jsonld' : 'html:meta' };
  }

  // Caption: the first photo caption after the headline, outside furniture.
  let caption: Found | null = null;
  let credit: Found | null = null;
  const capEls = all
    .filter((e) => e.tagName === 'FIGCAPTION' || /caption/i.test(e.getAttribute('class') ?? ''))
    .filter((el) => !ancestorsFurniture(el))
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const afterHead = headlineEl ? capEls.filter((el) => (order.get(el) ?? 0) > (order.get(headlineEl!) ?? 0)) : [];
  for (const el of afterHead.length ? afterHead : capEls) {
    const t = norm(el.textContent);
    if (t.length < 3 || t.length > 400 || isFurnitureText(t)) continue;
    caption = { text: t, source: el.tagName.toLowerCase() === 'figcaption' ? 'html:figcaption' : 'html:caption' };
    const fig = el.closest('figure') ?? el.parentElement;
    const cr = fig?.querySelector('[class*="credit"], [class*="photographer"], [class*="copyright"]');
    const ct = norm(cr?.textContent);
    if (ct && !t.includes(ct) && ct.length <= 80) credit = { text: ct, source: 'html:credit' };
    break;
  }

  // Language and direction.
  const root = doc.documentElement;
  let lang = norm(root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? doc.body?.getAttribute('lang') ?? first('content-language', 'language') ?? '') || null;
  if (!lang) {
    const loc = first('og:locale');
    if (loc) lang = loc.split(/[_-]/)[0] ?? null;
  }
  if (lang && /^arabic$/i.test(lang)) lang = 'ar';
  let dir = norm(root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() || null;

  // Furniture: weigh each element by the paragraph text it holds, so a furniture-looking
  // wrapper around the article itself (`<div class="node author-x">`, an ASP.NET `<form>`) is kept.
  const weight = new Map<El, number>();
  let total = 0;
  for (const p of byTag('P')) {
    const n = norm(p.textContent).length;
    total += n;
    for (let e: El | null = p; e; e = e.parentElement) weight.set(e, (weight.get(e) ?? 0) + n);
  }
  const protectedEls = new Set<El>();
  if (headlineEl) for (let e: El | null = headlineEl; e; e = e.parentElement) protectedEls.add(e);
  let removed = 0;
  const removable = (el: El): boolean => !protectedEls.has(el) && (weight.get(el) ?? 0) <= Math.max(200, total * 0.3);
  for (const el of all) {
    if (!el.isConnected) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'head' || tag === 'main' || tag === 'article') continue;
    const furnitureEl =
      isFurnitureTag(tag) ||
      isFurnitureRole(el.getAttribute('role')) ||
      isFurnitureClass(el.getAttribute('class')) ||
      isFurnitureClass(el.getAttribute('id')) ||
      el.hasAttribute('hidden') ||
      (el.hasAttribute('style') && /display\s*:\s*none/i.test(el.getAttribute('style') ?? ''));
    if (furnitureEl && removable(el)) {
      el.remove();
      removed++;
      continue;
    }
    if ((weight.get(el) ?? 0) <= 120 && /^(h[2-6]|p|div|section|aside|ul|li|span|strong|b|a|header)$/.test(tag)) {
      const t = norm(el.textContent);
      if (t.length > 0 && t.length <= 120 && (isFurnitureText(t) || isRelatedHeading(t)) && removable(el)) {
        // A "related" heading takes the list of links after it along.
        if (isRelatedHeading(t)) {
          const sib = el.nextElementSibling;
          if (sib && removable(sib) && linkShare(sib) > 0.6) {
            sib.remove();
            removed++;
          }
        }
        el.remove();
        removed++;
      }
    }
  }

  // Body: Readability on the cleaned page, then our block splitter and text filters.
  let bodySource = 'html:readability';
  let blocks: Block[] = [];
  try {
    // The serializer hands back Readability's element itself: no serialise-and-reparse.
    const parsed = new Readability<Node>(doc, { charThreshold: 200, serializer: (n: Node) => n }).parse();
    if (parsed?.content) {
      blocks = blocksOf(parsed.content);
      if (!dir && parsed.dir) dir = parsed.dir;
      if (!lang && parsed.lang) lang = parsed.lang;
    }
  } catch (err) {
    warnings.push({ code: 'html-readability-failed', message: `Readability failed (${(err as Error).message}); used plain blocks` });
  }
  if (blocks.length === 0) {
    bodySource = 'html:blocks';
    blocks = doc.body ? blocksOf(doc.body) : [];
  }

  const skip = new Set<string>();
  if (headline) skip.add(fold(headline.text));
  if (caption) skip.add(fold(caption.text));
  if (credit) skip.add(fold(credit.text));
  if (byline) skip.add(fold(byline.text));
  if (dateText) skip.add(fold(dateText));
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let afterRelated = false;
  for (const b of blocks) {
    if (seen.has(b.text)) continue;
    const f = b.text.length <= 400 ? fold(b.text) : b.text;
    if (skip.has(f)) continue;
    if (isFurnitureText(b.text)) {
      removed++;
      afterRelated = isRelatedHeading(b.text);
      continue;
    }
    // Lists of headlines under a "related" heading, and short all-link lines.
    const links = b.linkChars / b.text.length;
    if ((afterRelated && links > 0.5) || (links > 0.8 && b.text.length < 150)) {
      removed++;
      continue;
    }
    afterRelated = false;
    // A line that is only the date or only the byline is shown in the header lines instead.
    const dates = b.text.length < 80 ? findAbsoluteDates(b.text) : [];
    const dateChars = dates.reduce((n, d) => n + d.text.length, 0);
    if (dates.length && b.text.length < 80 && dateChars / b.text.length > 0.5) {
      if (!dateText && date && dates.some((d) => d.value === date.value)) dateText = b.text;
      continue;
    }
    if (!byline && paragraphs.length < 3 && b.text.length <= 60 && BYLINE_PREFIXES.some((p) => f.startsWith(fold(p)))) {
      byline = { text: b.text, source: 'html:byline-line' };
      continue;
    }
    seen.add(b.text);
    paragraphs.push(b.text);
  }
  if (!lang || !dir) {
    const ratio = arabicRatio(paragraphs.join(' '));
    if (ratio > 0.5) {
      lang ??= 'ar';
      dir ??= 'rtl';
    }
  }
  if (!date) warnings.push({ code: 'html-no-date', message: 'no publication date was found on the page (metadata, <time>, visible text or URL)' });
  if (paragraphs.length === 0) warnings.push({ code: 'html-no-body', message: 'no article text was found on the page' });

  return {
    headline,
    date,
    dateText,
    byline,
    caption,
    credit,
    paragraphs,
    bodySource,
    lang,
    dir,
    site,
    title: headline?.text ?? (titleTag || null),
    url,
    warnings,
    furnitureRemoved: removed,
  };
}

function linkShare(el: El): number {
  const all = norm(el.textContent).length;
  if (all === 0) return 1;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) inLinks += norm(a.textContent).length;
  return inLinks / all;
}
